/** Placing files from a content-addressed cache into the output. */
import { copyFileSync, linkSync, rmSync } from 'node:fs';

/**
 * A cached file into the output: a hard link where the file system allows (no bytes copied —
 * 10,600 posters at 1,000 directives took 4 s to copy), else a copy. Safe because a cache file is
 * never rewritten: its name (or its folder's) is the digest of everything that made it. The link
 * is tried first: the output is usually a fresh folder, and 50,000 posters at 10,000 directives
 * would otherwise cost 50,000 needless removals.
 */
export function placeCached(from: string, to: string): void {
  try {
    linkSync(from, to);
    return;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') { copyFileSync(from, to); return; }
  }
  rmSync(to, { force: true });
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}
