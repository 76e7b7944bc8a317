import { chromium } from '@playwright/test';
(async () => {
  const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
  const ctx = await b.newContext({ viewport: { width: 360, height: 780 } });
  const p = await ctx.newPage();
  const user = process.argv[2];
  await p.goto('http://127.0.0.1:3105/login');
  await p.getByLabel('Nama pengguna').fill(user);
  await p.getByLabel('Kata sandi').fill('pantau-demo');
  await p.getByRole('button', { name: 'Masuk' }).click();
  await p.waitForURL((u) => !u.pathname.startsWith('/login'));
  for (const path of process.argv.slice(3)) {
    await p.goto('http://127.0.0.1:3105' + path);
    await p.waitForTimeout(1500);
    await p.screenshot({ path: `/tmp/shot-${user}-${path.replace(/[^a-z0-9]/gi, '_')}.png`, fullPage: false });
  }
  await b.close();
})();
