import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { signedInPage } from './helpers';

/** SPEC §14, one lean flow: the officer submits last month from the report after seeing what
 *  is in it; a movement dated in it is refused naming the month; the head sees it on the bell
 *  and the month close page and approves it; the report (screen and PDF) says who approved it;
 *  the head reopens it with a reason and the entry goes through (then is reversed, so the demo's
 *  balance is as before for the tests after this one). */
test('officer submits, head approves, the report shows “Disetujui oleh”, reopen lets entries through', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const officer = await signedInPage(browser, 'operator.kotajambi');
  const { today } = await (await officer.request.get('/api/v1/stock?province=15')).json();
  const [y, m] = (today as string).split('-').map(Number);
  const month = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
  const fmt = (opts: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat('id-ID', { ...opts, timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
  const monthWord = fmt({ month: 'long' });
  const monthLabel = fmt({ month: 'long', year: 'numeric' });

  await officer.goto(`/laporan?scope=15.71&month=${month}`);
  await expect(officer.getByTestId('month-summary')).toContainText('Mutasi stok');
  await officer.getByRole('button', { name: `Ajukan bulan ${monthWord}` }).click();
  await expect(officer.getByTestId('report-period')).toContainText('Diajukan');

  const printed = (occurredOn: string) =>
    officer.request.post('/api/v1/stock/15.71/movements', { data: { type: 'PRINTED', quantity: 1, occurredOn } });
  const refused = await printed(`${month}-10`);
  expect(refused.status()).toBe(409);
  const err = (await refused.json()).error;
  expect(err.code).toBe('PERIOD_LOCKED');
  expect(err.message).toContain(`Bulan ${monthLabel} Kota Jambi sudah diajukan`);

  const head = await signedInPage(browser, 'kadis.jambi');
  await expect(head.getByTestId('alert-count')).toBeVisible();
  await head.goto(`/periode?scope=15&month=${month}`);
  const row = head.locator('tr[data-code="15.71"]');
  await expect(row).toHaveAttribute('data-state', 'SUBMITTED');
  await expect(head.getByTestId('pending')).toContainText('Kota Jambi');
  const axe = await new AxeBuilder({ page: head }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  await head.getByTestId('approve-15.71').click();
  await expect(row).toHaveAttribute('data-state', 'APPROVED');

  await officer.reload();
  await expect(officer.getByTestId('report-period-line')).toContainText('Disetujui oleh');
  await officer.emulateMedia({ media: 'print' });
  const pdf = join(mkdtempSync(join(tmpdir(), 'pantau-period-')), 'laporan.pdf');
  writeFileSync(pdf, await officer.pdf({ format: 'A4' }));
  expect(execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })).toContain('Disetujui oleh');
  await officer.emulateMedia({ media: 'screen' });
  expect((await (await printed(`${month}-10`)).json()).error.message as string).toContain('sudah disetujui');

  await head.getByTestId('reopen-15.71').click();
  await head.getByTestId('reason-15.71').fill('Entri cetak tanggal 10 tertinggal');
  await head.getByRole('button', { name: 'Buka kembali' }).last().click();
  await expect(row).toHaveAttribute('data-state', 'OPEN');
  await expect(row).toContainText('Entri cetak tanggal 10 tertinggal');

  const accepted = await printed(`${month}-10`);
  expect(accepted.status()).toBe(201);
  const { movement } = await accepted.json();
  const undo = await officer.request.post('/api/v1/stock/15.71/movements', {
    data: { type: 'REVERSAL', reversesId: movement.id, occurredOn: today },
  });
  expect(undo.status()).toBe(201);

  await head.goto('/peringatan');
  await expect(head.getByTestId('alerts')).toBeVisible();
  const axeAlerts = await new AxeBuilder({ page: head }).analyze();
  expect(axeAlerts.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  await expect(head.getByTestId('alert-count')).toBeHidden();
});
