import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { decodeSource } from '../../src/import/source-text.ts';
import { importText, sha256Hex } from '../../src/import/import-text.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
export const SEEDS_DIR = join(ROOT, '..', 'shared', 'seeds');
export const CONTENT_DIR = join(ROOT, 'content', 'directives');

export const seedFiles = () => readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort();

export function seedText(name: string): string {
  return decodeSource(readFileSync(join(SEEDS_DIR, name)));
}

export function importSeed(name: string) {
  const bytes = readFileSync(join(SEEDS_DIR, name));
  return importText(decodeSource(bytes), { source: name, sha256: sha256Hex(bytes), imported: '2026-11-23' });
}

export function importString(text: string, source = 'test.txt') {
  return importText(decodeSource(new TextEncoder().encode(text)), { source, sha256: sha256Hex(text), imported: '2026-11-23' });
}
