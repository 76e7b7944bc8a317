import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Issue 15: nothing leaves the server unasked. Every entry point that builds or starts Next (or
 *  lints with Redocly) turns the tools' telemetry off before it runs them: the first build used to
 *  announce that it collects usage data. */
const root = path.resolve(import.meta.dirname, '..');
const read = (f: string) => fs.readFileSync(path.join(root, f), 'utf8');

describe('telemetry', () => {
  it.each([
    // npm start: set in the process before it runs the seed, the build and the server
    ['scripts/start.mjs', /^process\.env\.NEXT_TELEMETRY_DISABLED \?\?= '1';$/m],
    ['scripts/test-all.sh', /^export NEXT_TELEMETRY_DISABLED=1$/m],
    ['scripts/e2e.sh', /^export NEXT_TELEMETRY_DISABLED=1$/m],
    ['.ci/run', /^export NEXT_TELEMETRY_DISABLED=1 REDOCLY_TELEMETRY=off/m],
    // the scripts that spawn `next start` pass it in the server's environment
    ['scripts/bench.ts', /NEXT_TELEMETRY_DISABLED: '1'/],
    ['scripts/crash-test.ts', /NEXT_TELEMETRY_DISABLED: '1'/],
  ])('%s turns Next telemetry off for what it runs', (file, off) => {
    expect(read(file)).toMatch(off);
  });

  it('the lint of the OpenAPI document runs with Redocly telemetry off', () => {
    expect(read('scripts/test-all.sh')).toMatch(/REDOCLY_TELEMETRY=off [^\n]*npx redocly lint/);
  });
});
