import fs from 'node:fs';
import path from 'node:path';

/** Every `METHOD /route` under app/api/v1, with `{param}` for dynamic segments, sorted. The
 *  authorization matrix and the fuzz test both check that each one has an entry. */
export function apiRouteMethods(): string[] {
  const root = path.join(process.cwd(), 'app', 'api', 'v1');
  const walk = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const p = path.join(dir, e.name);
      // the catch-all [...path] answers 404 for paths no route serves; it is no API route
      if (e.isDirectory()) return e.name.startsWith('[...') ? [] : walk(p);
      if (e.name !== 'route.ts') return [];
      const route = ('/' + path.relative(root, dir).split(path.sep).join('/')).replace(/\[(\w+)\]/g, '{$1}');
      const src = fs.readFileSync(p, 'utf8');
      return [...src.matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => `${m[1]} ${route}`);
    });
  return walk(root).sort();
}

/** The routes that change data: every method but GET. */
export function apiWriteRoutes(): string[] {
  return apiRouteMethods().filter((r) => !r.startsWith('GET '));
}
