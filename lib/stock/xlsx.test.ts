import { describe, expect, it } from 'vitest';
import { inflateRawSync } from 'node:zlib';
import { toXlsx } from './xlsx';

/** Reads the entries of a ZIP through its central directory (enough to check our own output). */
function unzip(buf: Buffer): Map<string, string> {
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buf.readUInt16LE(end + 10);
  let p = buf.readUInt32LE(end + 16);
  const out = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    const size = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.subarray(p + 46, p + 46 + nameLen).toString();
    const start = local + 30 + buf.readUInt16LE(local + 26);
    out.set(name, inflateRawSync(buf.subarray(start, start + size)).toString());
    p += 46 + nameLen;
  }
  return out;
}

describe('toXlsx', () => {
  it('writes a workbook whose sheet has the header row and typed cells', () => {
    const buf = toXlsx(
      'Stok',
      ['regencyCode', 'name', 'onHand'],
      [{ regencyCode: '15.71', name: 'Kota <Jambi> & co', onHand: 2850 }],
    );
    expect(buf.subarray(0, 2).toString()).toBe('PK');
    const files = unzip(buf);
    expect([...files.keys()]).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/worksheets/sheet1.xml',
    ]);
    const sheet = files.get('xl/worksheets/sheet1.xml')!;
    expect(sheet).toContain('<c r="A1" t="inlineStr"><is><t xml:space="preserve">regencyCode</t></is></c>');
    expect(sheet).toContain(
      '<c r="B2" t="inlineStr"><is><t xml:space="preserve">Kota &lt;Jambi&gt; &amp; co</t></is></c>',
    );
    expect(sheet).toContain('<c r="C2"><v>2850</v></c>');
    expect(files.get('xl/workbook.xml')).toContain('<sheet name="Stok"');
  });
});
