/**
 * The manifest of an offline copy: the SHA-256 of every file, as SHA256SUMS (the format of
 * `sha256sum -c` / `shasum -a 256 -c`) and as JSON, and the check of a folder against it.
 */
import { createHash } from 'node:crypto';
import { comparePaths } from '../lib/files.ts';

export const SUMS_FILE = 'SHA256SUMS';
export const JSON_FILE = 'SHA256SUMS.json';
/** The manifest files themselves are not listed in the manifest. */
export const MANIFEST_FILES = new Set([SUMS_FILE, JSON_FILE]);

export interface ManifestFile { path: string; size: number; sha256: string }
export interface Manifest { algorithm: 'sha256'; files: number; bytes: number; entries: ManifestFile[] }

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export function buildManifest(files: Iterable<{ path: string; bytes: Uint8Array }>): Manifest {
  const entries = [...files]
    .filter((f) => !MANIFEST_FILES.has(f.path))
    .map((f) => { const bytes = f.bytes; return { path: f.path, size: bytes.length, sha256: sha256(bytes) }; }) // read once: may come from disk
    .sort((a, b) => comparePaths(a.path, b.path));
  return { algorithm: 'sha256', files: entries.length, bytes: entries.reduce((n, e) => n + e.size, 0), entries };
}

/** SHA256SUMS text: "<hex>  <path>" per line, "\n" line ends, sorted by path. */
export const sumsText = (m: Manifest) => m.entries.map((e) => `${e.sha256}  ${e.path}\n`).join('');
export const manifestJson = (m: Manifest) => `${JSON.stringify(m, null, 1)}\n`;

/** Parse SHA256SUMS text back to path → hex. */
export function parseSums(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [i, line] of text.split('\n').entries()) {
    if (!line) continue;
    const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
    if (!m) throw new Error(`${SUMS_FILE}:${i + 1}: not "<sha256>  <path>"`);
    out.set(m[2]!, m[1]!);
  }
  return out;
}

export interface VerifyReport { ok: boolean; checked: number; changed: string[]; missing: string[]; extra: string[] }

/**
 * Compare the files present (path → bytes reader) with SHA256SUMS. Files not listed (other than
 * the manifest itself) are reported as extra and fail the check: a copy must be exactly the package.
 */
export function verifyAgainst(sums: Map<string, string>, present: Iterable<string>, read: (path: string) => Uint8Array): VerifyReport {
  const have = new Set([...present].filter((p) => !MANIFEST_FILES.has(p)));
  const r: VerifyReport = { ok: true, checked: 0, changed: [], missing: [], extra: [] };
  for (const [path, hex] of [...sums].sort((a, b) => comparePaths(a[0], b[0]))) {
    if (!have.has(path)) { r.missing.push(path); continue; }
    r.checked++;
    if (sha256(read(path)) !== hex) r.changed.push(path);
  }
  for (const p of [...have].sort(comparePaths)) if (!sums.has(p)) r.extra.push(p);
  r.ok = !r.changed.length && !r.missing.length && !r.extra.length;
  return r;
}
