/** Listing the files of a folder (a build, a cache entry, an offline copy). */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Code-unit order of paths ("/"-separated): the same on every machine, whatever the locale. */
export const comparePaths = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Every file under a folder, as "/"-separated relative paths, sorted. */
export function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const d of readdirSync(join(root, rel), { withFileTypes: true })) {
      const p = rel ? `${rel}/${d.name}` : d.name;
      if (d.isDirectory()) walk(p);
      else if (d.isFile()) out.push(p);
    }
  };
  walk('');
  return out.sort(comparePaths);
}
