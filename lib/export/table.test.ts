import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportFileName, exportLang, toCsv, toXlsx, type Column } from './table';

interface Row {
  code: string;
  name: string;
  onHand: number;
  daysOfCover: number | null;
  day: string;
}
const columns: Column<Row>[] = [
  { header: { id: 'Kode', en: 'Code' }, type: 'text', value: (r) => r.code },
  { header: { id: 'Wilayah', en: 'Region' }, type: 'text', value: (r) => r.name },
  { header: { id: 'Stok', en: 'On hand' }, type: 'int', value: (r) => r.onHand },
  { header: { id: 'Hari cakupan', en: 'Days of cover' }, type: 'decimal', value: (r) => r.daysOfCover },
  { header: { id: 'Tanggal', en: 'Date' }, type: 'date', value: (r) => r.day },
];
const rows: Row[] = [
  { code: '15.71', name: 'Kota Jambi', onHand: 21286, daysOfCover: 12.5, day: '2023-04-03' },
  { code: '15.01', name: 'Kabupaten "Kerinci", Jambi', onHand: 0, daysOfCover: null, day: '2023-01-05' },
  { code: '15.02', name: '=HYPERLINK("x")', onHand: 5, daysOfCover: 1, day: '2023-01-05' },
];

describe('table export', () => {
  it('writes CSV with the shown columns, raw numbers, ISO dates, quoting and no formulas', () => {
    expect(toCsv(columns, rows, 'id')).toBe(
      '\uFEFFKode,Wilayah,Stok,Hari cakupan,Tanggal\r\n' +
        '15.71,Kota Jambi,21286,12.5,2023-04-03\r\n' +
        '15.01,"Kabupaten ""Kerinci"", Jambi",0,,2023-01-05\r\n' +
        `15.02,"'=HYPERLINK(""x"")",5,1,2023-01-05\r\n`,
    );
    expect(toCsv(columns, [], 'en')).toBe('\uFEFFCode,Region,On hand,Days of cover,Date\r\n');
  });

  it('writes XLSX whose numbers are numbers and dates are dates', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await toXlsx(columns, rows, 'en', 'stock')) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.getRow(1).values).toEqual([undefined, 'Code', 'Region', 'On hand', 'Days of cover', 'Date']);
    expect(ws.getCell('C2').value).toBe(21286);
    expect(ws.getCell('D2').value).toBe(12.5);
    expect(ws.getCell('D3').value).toBeNull();
    expect((ws.getCell('E2').value as Date).toISOString()).toBe('2023-04-03T00:00:00.000Z');
    expect(ws.rowCount).toBe(4);
  });

  it('names files by what, region and date', () => {
    expect(exportFileName('stok', '15 Jambi', '2023-01-31', 'xlsx')).toBe('pantau-stok-15-jambi-2023-01-31.xlsx');
    expect(exportFileName('mutasi', '15.71 Kota Jambi', '2023-01-31', 'csv')).toBe(
      'pantau-mutasi-15.71-kota-jambi-2023-01-31.csv',
    );
  });
});

describe('export language', () => {
  const req = (headers: Record<string, string>) => new Request('http://pantau.local/api/v1/stock', { headers });
  it('follows the UI language cookie, else Accept-Language, else Indonesian', () => {
    expect(exportLang(req({ cookie: 'a=1; pantau_lang=en' }))).toBe('en');
    expect(exportLang(req({ cookie: 'pantau_lang=id', 'accept-language': 'en-US' }))).toBe('id');
    expect(exportLang(req({ 'accept-language': 'en-US,en;q=0.9' }))).toBe('en');
    expect(exportLang(req({}))).toBe('id');
  });
});
