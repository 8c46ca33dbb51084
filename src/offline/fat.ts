/**
 * Will a tree of files survive a FAT32 stick (and Windows)? Limits: ≈ 21,000 long-named entries
 * per folder (65,536 directory slots, each long name taking several), names without <>:"\|?* or
 * control characters and not ending in a dot or space, no reserved device names, no two names in
 * a folder equal but for case, names ≤ 255 UTF-16 units, whole paths ≤ 260 characters with room
 * for where the copy is placed. 4 GiB per file.
 */
import { posix } from 'node:path';

export const MAX_PER_FOLDER = 21_000;
/** Windows MAX_PATH is 260 including the drive and folder the copy sits in: keep 100 for those. */
export const MAX_RELATIVE_PATH = 160;
const BAD_CHARS = /[<>:"\\|?*\u0000-\u001f]/;
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

export interface FatReport {
  files: number; bytes: number; folders: number;
  /** Largest number of entries (files and folders) in one folder, and which. */
  maxPerFolder: { folder: string; entries: number };
  longestPath: string;
  /** Space taken with 32 KiB clusters (the FAT32 default for 32–64 GB sticks, 16 KiB below). */
  onDisk32k: number;
  problems: string[];
}

export function fatReport(files: readonly { path: string; size: number }[]): FatReport {
  const entries = new Map<string, Set<string>>();
  const add = (dir: string, name: string) => {
    let s = entries.get(dir);
    if (!s) entries.set(dir, (s = new Set()));
    s.add(name);
  };
  const problems: string[] = [];
  let longestPath = '';
  for (const f of files) {
    if (f.path.length > longestPath.length) longestPath = f.path;
    const parts = f.path.split('/');
    for (let i = 0; i < parts.length; i++) {
      const name = parts[i]!;
      add(parts.slice(0, i).join('/'), name);
      if (BAD_CHARS.test(name) || /[. ]$/.test(name) || RESERVED.test(name) || !name) problems.push(`${f.path}: name "${name}" not allowed on FAT32/Windows`);
      if (name.length > 255) problems.push(`${f.path}: name longer than 255`);
    }
    if (f.path.length > MAX_RELATIVE_PATH) problems.push(`${f.path}: path longer than ${MAX_RELATIVE_PATH} characters`);
    if (f.size >= 2 ** 32) problems.push(`${f.path}: larger than 4 GiB`);
  }
  let maxPerFolder = { folder: '', entries: 0 };
  for (const [dir, names] of entries) {
    if (names.size > maxPerFolder.entries) maxPerFolder = { folder: dir || '.', entries: names.size };
    if (names.size > MAX_PER_FOLDER) problems.push(`${dir || '.'}: ${names.size} entries, more than ${MAX_PER_FOLDER}`);
    const folded = new Map<string, string>();
    for (const n of names) {
      const k = n.normalize('NFC').toLowerCase();
      const other = folded.get(k);
      if (other) problems.push(`${posix.join(dir, n)}: same name as "${other}" on a case-insensitive disk`);
      folded.set(k, n);
    }
  }
  return {
    files: files.length,
    bytes: files.reduce((n, f) => n + f.size, 0),
    folders: entries.size,
    maxPerFolder,
    longestPath,
    onDisk32k: files.reduce((n, f) => n + Math.max(1, Math.ceil(f.size / 32768)) * 32768, 0),
    problems,
  };
}
