import { expect, test } from '@playwright/test';
import { apiSignIn, fmtId, openAs, seriousViolations } from './helpers';

const numberOf = (s: string | null) => Number((s ?? '').replace(/\./g, ''));

test.describe('blangko stock', () => {
  test('an officer records a PRINTED entry and sees the balance and the chart change', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await openAs(page, 'operator.kotajambi', '/stok');
    await expect(page.getByTestId('location-name')).toHaveText('Kota Jambi');
    const before = numberOf(await page.getByTestId('onhand').textContent());
    expect(before).toBeGreaterThan(100);
    await expect(page.getByTestId('balance-chart')).toHaveAttribute('data-last', String(before));
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('Jenis').first().selectOption('PRINTED');
    await page.getByLabel('Jumlah').fill('abc');
    await expect(page.getByTestId('err-quantity')).toHaveText('Jumlah harus berupa bilangan bulat.');
    await page.getByLabel('Jumlah').fill('37');
    await expect(page.getByTestId('err-quantity')).toHaveCount(0);
    await page.getByRole('button', { name: 'Simpan mutasi' }).click();
    await expect(page.getByTestId('movement-outcome')).toHaveText(
      `Tersimpan. Saldo sekarang ${fmtId(before - 37)} keping.`,
    );
    await expect(page.getByTestId('onhand')).toHaveText(fmtId(before - 37));
    await expect(page.getByTestId('balance-chart')).toHaveAttribute('data-last', String(before - 37));
    await expect(page.getByTestId('ledger').locator('tbody tr').first()).toContainText('-37');

    const api = await (await page.request.get('/api/v1/stock?province=15')).json();
    expect(api.regencies.find((r: { regencyCode: string }) => r.regencyCode === '15.71').onHand).toBe(before - 37);

    // a past day: the figures as they stood at its end, and no form to record with
    await page.goto('/stok?asOf=2023-01-05');
    const past = await (await page.request.get('/api/v1/stock?province=15&asOf=2023-01-05')).json();
    const kota = past.regencies.find((r: { regencyCode: string }) => r.regencyCode === '15.71');
    await expect(page.getByTestId('onhand')).toHaveText(fmtId(kota.onHand));
    await expect(page.getByTestId('balance-chart')).toHaveAttribute('data-last', String(kota.onHand));
    await expect(page.getByRole('button', { name: 'Simpan mutasi' })).toHaveCount(0);
    await expect(page.getByTestId('ledger').locator('tbody tr').first()).toContainText('2023');
  });

  test('an over-draw shows the balance and the asked quantity and changes nothing', async ({ page }) => {
    await openAs(page, 'operator.kotajambi', '/stok');
    const before = numberOf(await page.getByTestId('onhand').textContent());
    const ledgerRows = await page.getByTestId('ledger').locator('tbody tr').count();
    await page.getByLabel('Jenis').first().selectOption('SPOILED');
    await page.getByLabel('Jumlah').fill(String(before + 1));
    const message = `Stok tidak cukup: saldo ${fmtId(before)} keping, diminta ${fmtId(before + 1)} keping.`;
    await expect(page.getByTestId('err-quantity')).toHaveText(message);
    await page.getByRole('button', { name: 'Simpan mutasi' }).click();
    await expect(page.getByTestId('err-quantity')).toHaveText(message);

    // The server refuses the same over-draw on its own (a stale page, another device), with the same figures.
    const res = await page.request.post('/api/v1/stock/15.71/movements', {
      data: {
        type: 'SPOILED',
        quantity: before + 1,
        occurredOn: new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Jakarta' }),
      },
      headers: { 'Idempotency-Key': `e2e-overdraw-${Date.now()}` },
    });
    expect(res.status()).toBe(409);
    expect((await res.json()).error.message).toBe(`${message} Tidak ada yang dicatat.`);
    await page.reload();
    await expect(page.getByTestId('onhand')).toHaveText(fmtId(before));
    await expect(page.getByTestId('ledger').locator('tbody tr')).toHaveCount(ledgerRows);
  });

  test('a dropped answer is retried with the same Idempotency-Key and books once', async ({ page }) => {
    await openAs(page, 'operator.kotajambi', '/stok');
    const before = numberOf(await page.getByTestId('onhand').textContent());
    const keys: string[] = [];
    // the server gets the first request and books it, but the answer never reaches the phone
    await page.route('**/api/v1/stock/15.71/movements', async (route) => {
      keys.push(route.request().headers()['idempotency-key']);
      if (keys.length === 1) {
        await route.fetch();
        await route.abort('connectionreset');
      } else {
        await route.continue();
      }
    });
    await page.getByLabel('Jenis').first().selectOption('PRINTED');
    await page.getByLabel('Jumlah').fill('11');
    await page.getByRole('button', { name: 'Simpan mutasi' }).click();
    await expect(page.getByTestId('movement-outcome')).toHaveText(
      `Tersimpan. Saldo sekarang ${fmtId(before - 11)} keping.`,
    );
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^web-[0-9a-f]{32}$/);
    expect(keys[1]).toBe(keys[0]);
    await page.unroute('**/api/v1/stock/15.71/movements');
    await page.reload();
    await expect(page.getByTestId('onhand')).toHaveText(fmtId(before - 11));
  });

  test('a retry with the same Idempotency-Key returns the first answer and books once', async ({ request }) => {
    await apiSignIn(request, 'operator.kotajambi');
    const before = (await (await request.get('/api/v1/stock?province=15')).json()).regencies.find(
      (r: { regencyCode: string }) => r.regencyCode === '15.71',
    ).onHand;
    const today = new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Jakarta' });
    const key = `e2e-retry-${Date.now()}`;
    const post = () =>
      request.post('/api/v1/stock/15.71/movements', {
        data: { type: 'PRINTED', quantity: 3, occurredOn: today },
        headers: { 'Idempotency-Key': key },
      });
    const first = await post();
    const second = await post();
    expect(first.status()).toBe(201);
    expect(second.status()).toBe(201);
    expect(second.headers()['idempotent-replayed']).toBe('true');
    expect(await second.json()).toEqual(await first.json());
    expect((await first.json()).onHand).toBe(before - 3);
    const after = (await (await request.get('/api/v1/stock?province=15')).json()).regencies.find(
      (r: { regencyCode: string }) => r.regencyCode === '15.71',
    ).onHand;
    expect(after).toBe(before - 3);
  });

  test('a head confirms a proposed rebalancing TRANSFER with one click', async ({ page, playwright, baseURL }) => {
    // give Kabupaten Kerinci a surplus (as the ministry's direct shipment would), so a proposal exists
    const adminApi = await playwright.request.newContext({ baseURL });
    await apiSignIn(adminApi, 'admin');
    const today = new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Jakarta' });
    const r = await adminApi.post('/api/v1/stock/15.01/movements', {
      data: { type: 'RECEIPT', quantity: 60_000, occurredOn: today, reference: 'E2E/SURPLUS' },
    });
    expect(r.status()).toBe(201);
    await adminApi.dispose();

    await page.setViewportSize({ width: 360, height: 800 });
    await openAs(page, 'kadis.jambi', '/stok/penyeimbangan');
    const proposal = page.getByTestId('proposals').locator('li').first();
    await expect(proposal).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    const from = (await proposal.getAttribute('data-from'))!;
    const to = (await proposal.getAttribute('data-to'))!;
    const quantity = Number(await proposal.getAttribute('data-quantity'));
    expect(quantity).toBeGreaterThan(0);
    const onHand = async (code: string) =>
      (await (await page.request.get('/api/v1/stock?province=15')).json()).regencies.find(
        (x: { regencyCode: string }) => x.regencyCode === code,
      ).onHand as number;
    const [fromBefore, toBefore] = [await onHand(from), await onHand(to)];
    await proposal.getByRole('button', { name: /Konfirmasi transfer/ }).click();
    await expect(page.getByTestId('transfer-outcome')).toContainText(`Transfer tercatat. `);
    await expect(page.getByTestId('transfer-outcome')).toContainText(fmtId(quantity));
    expect(await onHand(from)).toBe(fromBefore - quantity);
    expect(await onHand(to)).toBe(toBefore + quantity);
  });

  test('a head plans and confirms an allocation of 20,000 in Jambi; each regency rises by its line', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await openAs(page, 'kadis.jambi', '/stok');
    await expect(page.getByTestId('province-table').locator('tbody tr')).toHaveCount(11);
    expect(await seriousViolations(page)).toEqual([]);
    const before = await (await page.request.get('/api/v1/stock?province=15')).json();

    await page.getByRole('link', { name: 'Perencana alokasi' }).click();
    await page.getByLabel('Jumlah blangko yang datang').fill('20000');
    await page.getByRole('button', { name: 'Hitung usulan' }).click();
    const rows = page.getByTestId('alloc-table').locator('tbody tr');
    await expect(rows).toHaveCount(11);
    await expect(page.getByTestId('alloc-total')).toHaveText('20.000');

    // editing a line breaks the total until another line gives the cards back
    const first = rows.nth(0).getByRole('textbox');
    const second = rows.nth(1).getByRole('textbox');
    const a = numberOf(await first.inputValue());
    const b = numberOf(await second.inputValue());
    await first.fill(String(a + 10));
    await expect(page.getByTestId('alloc-mismatch')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Konfirmasi alokasi' })).toBeDisabled();
    if (b >= 10) {
      await second.fill(String(b - 10));
    } else {
      await first.fill(String(a));
    }
    await expect(page.getByTestId('alloc-mismatch')).toHaveCount(0);
    expect(await seriousViolations(page)).toEqual([]);

    const lines: Record<string, number> = {};
    for (let i = 0; i < 11; i++) {
      const code = (await rows.nth(i).getAttribute('data-code'))!;
      lines[code] = numberOf(await rows.nth(i).getByRole('textbox').inputValue());
    }
    expect(Object.values(lines).reduce((s, n) => s + n, 0)).toBe(20_000);
    await page.getByLabel('Referensi').fill(`BAST/15/E2E/${Date.now()}`);
    await page.getByRole('button', { name: 'Konfirmasi alokasi' }).click();
    await expect(page.getByTestId('alloc-outcome')).toHaveText('Alokasi tercatat: 20.000 keping didistribusikan.');

    const after = await (await page.request.get('/api/v1/stock?province=15')).json();
    for (const r of after.regencies as { regencyCode: string; onHand: number }[]) {
      const was = before.regencies.find((x: { regencyCode: string }) => x.regencyCode === r.regencyCode).onHand;
      expect(r.onHand, r.regencyCode).toBe(was + lines[r.regencyCode]);
    }
    expect(after.warehouse.onHand).toBe(before.warehouse.onHand);
  });

  test('a head books a receipt and a distribution in the warehouse ledger', async ({ page }) => {
    await openAs(page, 'kadis.jambi', '/stok?kode=15');
    await page.getByRole('link', { name: 'Buku mutasi gudang' }).click();
    await expect(page.getByTestId('location-name')).toHaveText('Gudang provinsi Jambi');
    expect(await seriousViolations(page)).toEqual([]);
    const before = numberOf(await page.getByTestId('onhand').textContent());
    const kota = async () =>
      (await (await page.request.get('/api/v1/stock?province=15')).json()).regencies.find(
        (r: { regencyCode: string }) => r.regencyCode === '15.71',
      ).onHand as number;
    const kotaBefore = await kota();

    await page.getByLabel('Jenis').first().selectOption('RECEIPT');
    await page.getByLabel('Jumlah').fill('500');
    await page.getByLabel('Referensi').fill('SP-KEMENDAGRI/E2E');
    await page.getByRole('button', { name: 'Simpan mutasi' }).click();
    await expect(page.getByTestId('movement-outcome')).toHaveText(
      `Tersimpan. Saldo sekarang ${fmtId(before + 500)} keping.`,
    );

    await page.getByLabel('Jenis').first().selectOption('DISTRIBUTION');
    await page.getByLabel('Jumlah').fill('200');
    await expect(page.getByTestId('err-counterpartCode')).toHaveCount(0);
    await page.getByRole('button', { name: 'Simpan mutasi' }).click();
    await expect(page.getByTestId('err-counterpartCode')).toHaveText('Pilih kabupaten/kota tujuan.');
    await page.getByLabel('Kabupaten/kota tujuan').selectOption('15.71');
    await page.getByRole('button', { name: 'Simpan mutasi' }).click();
    await expect(page.getByTestId('movement-outcome')).toHaveText(
      `Tersimpan. Saldo sekarang ${fmtId(before + 300)} keping.`,
    );
    await expect(page.getByTestId('onhand')).toHaveText(fmtId(before + 300));
    expect(await kota()).toBe(kotaBefore + 200);
  });

  test('lists download as CSV and XLSX with the same columns; asOf gives the figures of that day', async ({
    request,
  }) => {
    await apiSignIn(request, 'kadis.jambi');
    const csv = await request.get('/api/v1/stock?province=15&format=csv');
    expect(csv.headers()['content-type']).toContain('text/csv');
    expect(csv.headers()['content-disposition']).toMatch(/pantau-stok-15-jambi-\d{4}-\d{2}-\d{2}\.csv/);
    const lines = (await csv.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    // the columns of the /stok table, in the UI language
    expect(lines[0]).toBe(
      'Kode,Kabupaten/kota,Stok,Minimum,Status,Rata-rata pemakaian/hari,Cukup untuk (hari),Perkiraan habis,Pembaruan terakhir,Terlambat',
    );
    expect(lines).toHaveLength(12);
    const xlsx = await request.get('/api/v1/stock/15.71/movements?format=xlsx&limit=10');
    expect(xlsx.headers()['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect((await xlsx.body()).subarray(0, 2).toString()).toBe('PK');
    // the day before the 20,000 of 5 Jan 2023 every Jambi regency was below its minimum (seed-facts.md)
    const before = await (await request.get('/api/v1/stock?province=15&asOf=2023-01-04')).json();
    expect(before.regencies.filter((r: { status: string }) => r.status !== 'OK')).toHaveLength(11);
    const ledger = await (
      await request.get('/api/v1/stock/15/movements?asOf=2023-01-05&from=2023-01-05&type=RECEIPT')
    ).json();
    expect(ledger.items.map((m: { quantity: number }) => m.quantity)).toEqual([20_000]);
  });

  test('the rebalancing view and a foreign province are guarded', async ({ page }) => {
    await openAs(page, 'kadis.jambi', '/stok/penyeimbangan');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Penyeimbangan stok: Jambi');
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto('/stok?kode=16');
    await expect(page.getByTestId('forbidden')).toBeVisible();
    const res = await page.request.post('/api/v1/stock/16.71/movements', {
      data: { type: 'TRANSFER', quantity: 1, counterpartCode: '16.02', occurredOn: '2026-01-01' },
    });
    expect(res.status()).toBe(403);
  });
});
