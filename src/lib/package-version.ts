/** The installed version of a package, for cache keys (read from its package.json, found the way Node finds the package). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const known = new Map<string, string>();

/** "1.6.0", or "?" when the package is not installed where this module can see it. */
export function installedVersion(name: string): string {
  let v = known.get(name);
  if (v === undefined) {
    v = '?';
    for (const dir of require.resolve.paths(name) ?? []) {
      try {
        const pkg = JSON.parse(readFileSync(join(dir, name, 'package.json'), 'utf8')) as { name?: string; version?: string };
        if (pkg.name === name) { v = pkg.version ?? '?'; break; }
      } catch { /* not in this folder */ }
    }
    known.set(name, v);
  }
  return v;
}
