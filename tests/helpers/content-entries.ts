/** The reviewed entries in content/directives as {id, data}, read with the schema alone. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { directiveSchema, type Directive, type DirectiveInput } from '../../src/model/directive.ts';
import { CONTENT_DIR } from './seeds.ts';

export interface TestEntry { id: string; data: Directive }

export function contentEntries(): TestEntry[] {
  return readdirSync(CONTENT_DIR).filter((n) => n.endsWith('.mdx')).sort().map((name) => {
    const text = readFileSync(join(CONTENT_DIR, name), 'utf8');
    const front = /^---\n([\s\S]*?)\n---\n/.exec(text)![1]!;
    return { id: name.replace(/\.mdx$/, ''), data: directiveSchema.parse(parseYaml(front)) };
  });
}

/** A made-up entry for edge cases: only what the schema requires, plus the overrides. */
export function fakeEntry(id: string, over: Partial<DirectiveInput> = {}): TestEntry {
  return {
    id,
    data: directiveSchema.parse({
      type: 'huong-dan',
      provenance: { source: `${id}.txt`, sha256: '0'.repeat(64), imported: '2026-01-01', completeness: 'complete' },
      ...over,
    }),
  };
}

export const SEED = {
  congVan: 'cong-van-khong-so-2024-44cf0838',
  huongDan: 'huong-dan-khong-so-khong-ngay-cb6f72ab',
  keHoach: 'ke-hoach-khong-so-khong-ngay-d1f5bbac',
} as const;
