/** Renders the app icons (public/icons/*.png) from the SVGs beside them in Debian's Chromium:
 *  `npx tsx scripts/icons.ts` after changing an SVG. The PNGs are committed. */
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';

const dir = path.join(process.cwd(), 'public', 'icons');
const jobs: [string, string, number][] = [
  ['icon.svg', 'icon-192.png', 192],
  ['icon.svg', 'icon-512.png', 512],
  ['icon-maskable.svg', 'icon-maskable-512.png', 512],
  ['icon.svg', 'apple-touch-icon.png', 180],
];

async function main() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox'],
  });
  for (const [svg, png, size] of jobs) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const src = fs.readFileSync(path.join(dir, svg), 'utf8');
    await page.setContent(
      `<html><body style="margin:0">${src.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
    );
    await page.screenshot({ path: path.join(dir, png), omitBackground: true });
    await page.close();
    console.log(`${png} ${size}×${size}`);
  }
  await browser.close();
}

void main();
