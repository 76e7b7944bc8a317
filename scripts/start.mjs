#!/usr/bin/env node
// `npm start`: prepares and starts Pantau. Creates the database (SQLite ./data/pantau.db unless
// DATABASE_URL says otherwise), runs the migrations, loads the demo on an empty database, builds
// the app when the build is missing or older than the sources, then serves it on PORT (3000).
import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
process.chdir(root);
const port = process.env.PORT ?? '3000';
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

function run(cmd, args, env = process.env) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

// One secret for signing sessions, kept beside the data so a restart keeps everyone signed in.
// Several instances on one PostgreSQL must share NEXTAUTH_SECRET (docs/deployment.md).
if (!process.env.NEXTAUTH_SECRET) {
  const file = path.join(root, 'data', 'nextauth-secret');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (!fs.existsSync(file)) fs.writeFileSync(file, crypto.randomBytes(32).toString('base64url'), { mode: 0o600 });
  process.env.NEXTAUTH_SECRET = fs.readFileSync(file, 'utf8').trim();
}
process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
process.env.PANTAU_DEMO ??= '1';
// nothing leaves the server unasked: no Next telemetry from the build or the server (issue 15)
process.env.NEXT_TELEMETRY_DISABLED ??= '1';

run(bin('tsx'), ['scripts/seed.ts', '--if-empty']);

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(p));
    else newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}
const buildId = path.join(root, '.next', 'BUILD_ID');
const sources = ['app', 'components', 'lib', 'public'].filter((d) => fs.existsSync(d));
const stale =
  !fs.existsSync(buildId) ||
  Math.max(...sources.map(newestMtime), fs.statSync('package.json').mtimeMs) > fs.statSync(buildId).mtimeMs;
if (stale) {
  console.log('Membangun aplikasi (next build)…');
  run(bin('next'), ['build']);
}

const server = spawn(bin('next'), ['start', '-p', port], { stdio: ['ignore', 'pipe', 'inherit'], env: process.env });
let announced = false;
server.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  if (!announced && /Ready|started/i.test(String(chunk))) {
    announced = true;
    console.log(`
Pantau berjalan di http://localhost:${port}

Akun demo (kata sandi: pantau-demo)
  admin                ADMIN             nasional
  kadis.jambi          PROVINCE_HEAD     15 Jambi
  kadis.sumsel         PROVINCE_HEAD     16 Sumatera Selatan
  operator.kotajambi   REGENCY_OFFICER   15.71 Kota Jambi
  operator.oki         REGENCY_OFFICER   16.02 Kabupaten Ogan Komering Ilir
  operator.palembang   REGENCY_OFFICER   16.71 Kota Palembang
  loket1.kotajambi     COUNTER_OPERATOR  Loket 1, Disdukcapil Kota Jambi
  kiosk.kotajambi      KIOSK             Disdukcapil Kota Jambi
`);
  }
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.kill(sig));
server.on('exit', (code) => process.exit(code ?? 0));
