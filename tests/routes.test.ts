import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApi } from '@/lib/api/openapi';

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    // the catch-all [...path] (404 for unknown paths) is no API route
    if (e.isDirectory()) return e.name.startsWith('[...') ? [] : routeFiles(p);
    return e.name === 'route.ts' ? [p] : [];
  });
}

describe('API v1 routes', () => {
  it('every route file is described in /api/v1/openapi.json (a new route needs its entry)', () => {
    const root = path.join(process.cwd(), 'app', 'api', 'v1');
    const routes = routeFiles(root)
      .map((f) => '/' + path.relative(root, path.dirname(f)).split(path.sep).join('/'))
      .map((r) => r.replace(/\[(\w+)\]/g, '{$1}'))
      .sort();
    expect(routes).toEqual(Object.keys(openApi.paths).sort());
  });
});
