/** A small RFC 4180 CSV parser: quoted fields ("" inside quotes is a quote), CRLF or LF line
 *  ends, commas or semicolons (spreadsheets in id-ID save with ';'). Each record keeps the line
 *  number it starts on, so rejected rows can be named as a user sees them in an editor. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

export function parseCsv(text: string): { records: CsvRecord[]; error: { line: number } | null } {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstLine = src.slice(0, src.search(/\r?\n|$/));
  const sep = !firstLine.includes(',') && firstLine.includes(';') ? ';' : ',';
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let start = 1;
  let quoted = false;
  let wasQuoted = false;
  let i = 0;
  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '' && !wasQuoted)) records.push({ line: start, fields });
    fields = [];
    field = '';
    wasQuoted = false;
  };
  while (i < src.length) {
    const c = src[i];
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        const n = src[i];
        if (n !== undefined && n !== sep && n !== '\n' && n !== '\r') return { records, error: { line } };
        continue;
      }
      if (c === '\n') line++;
      field += c;
      i++;
      continue;
    }
    if (c === '"') {
      if (field !== '') return { records, error: { line } };
      quoted = true;
      wasQuoted = true;
      i++;
    } else if (c === sep) {
      fields.push(field);
      field = '';
      i++;
    } else if (c === '\r' || c === '\n') {
      endRecord();
      i += c === '\r' && src[i + 1] === '\n' ? 2 : 1;
      line++;
      start = line;
    } else {
      field += c;
      i++;
    }
  }
  if (quoted) return { records, error: { line: start } };
  if (field !== '' || fields.length > 0 || wasQuoted) endRecord();
  return { records, error: null };
}
