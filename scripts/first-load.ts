/** `npx tsx scripts/first-load.ts BASE USER PAGE…`: the JavaScript a first visit to each page
 *  downloads (every script of the server-rendered page, gzip level 9), script by script, largest
 *  first — the breakdown behind the bench's first-load JS figure. */
import zlib from 'node:zlib';
import { signInCookie } from './sign-in';

async function main() {
  const [base, user, ...pages] = process.argv.slice(2);
  const cookie = await signInCookie(base, user);
  for (const p of pages) {
    const html = await (await fetch(`${base}${p}`, { headers: { cookie } })).text();
    const srcs = [
      ...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1].replaceAll('&amp;', '&'))),
    ];
    const sizes: [string, number][] = [];
    for (const s of srcs) {
      const body = Buffer.from(await (await fetch(new URL(s, base))).arrayBuffer());
      sizes.push([s, zlib.gzipSync(body, { level: 9 }).length]);
    }
    sizes.sort((a, b) => b[1] - a[1]);
    const total = sizes.reduce((n, [, b]) => n + b, 0);
    console.log(`${p} as ${user}: ${(total / 1024).toFixed(1)} KB gzip in ${sizes.length} scripts`);
    for (const [s, b] of sizes) console.log(`  ${(b / 1024).toFixed(1).padStart(6)} KB  ${s}`);
  }
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
