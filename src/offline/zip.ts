/**
 * A deterministic zip of the offline copy: entries sorted by path, one fixed timestamp, fixed
 * attributes, no extra fields, deflate by fflate (pure JavaScript, version pinned) rather than
 * Node's zlib, whose output may differ between zlib builds and CPUs. Same files → same bytes.
 * Names are UTF-8 (fflate sets the UTF-8 flag for non-ASCII names, e.g. "Mở trang chủ.html").
 */
import { zipSync, type Zippable } from 'fflate';
import { comparePaths } from './checksums.ts';

/** 2000-01-01 00:00 in DOS time. Built from local fields: the zip holds local time, so this
 *  reads the same in every time zone. */
const FIXED_TIME = new Date(2000, 0, 1, 0, 0, 0);
/** Formats already compressed: stored, not deflated again. */
const STORED = /\.(png|jpe?g|gif|webp|avif|woff2?|pdf|zip|gz)$/i;
/** The plain zip format (no Zip64, which fflate does not write) holds at most 65,535 entries. */
export const MAX_ENTRIES = 65_535;

/** Why a plain zip cannot hold these files (entry count, 4 GiB of offsets), or undefined if it can. */
export function zipLimit(files: readonly { bytes: Uint8Array }[]): string | undefined {
  if (files.length > MAX_ENTRIES) return `${files.length} files, more than the ${MAX_ENTRIES} a zip without Zip64 holds`;
  const total = files.reduce((n, f) => n + f.bytes.length, 0);
  if (total >= 2 ** 32) return `${(total / 2 ** 30).toFixed(1)} GiB, more than the 4 GiB a zip without Zip64 holds`;
  return undefined;
}

export function deterministicZip(files: Iterable<{ path: string; bytes: Uint8Array }>): Uint8Array {
  const sorted = [...files].sort((a, b) => comparePaths(a.path, b.path));
  if (sorted.length > MAX_ENTRIES) throw new Error(`zip: ${sorted.length} files, more than the ${MAX_ENTRIES} a zip without Zip64 holds`);
  const z: Zippable = {};
  for (const f of sorted) {
    // Object keys that look like array indexes would be reordered by JavaScript: never at the top
    // level of the copy, but refuse rather than write an unsorted zip.
    if (/^\d+$/.test(f.path)) throw new Error(`zip: a top-level file named "${f.path}" would break the order`);
    z[f.path] = [f.bytes, { level: STORED.test(f.path) ? 0 : 6, mtime: FIXED_TIME, os: 3, attrs: 0o100644 << 16 }];
  }
  return zipSync(z);
}
