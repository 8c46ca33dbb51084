/**
 * gold.json in the ../shared/realworld format (its README, "gold.json"): read, validated with zod,
 * every problem named by file, entry and field ("gold.json: "15".citations[0].keys: …"), so a
 * labelling slip in a new set is found before it silently skews a score.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { goldKey } from './compare.ts';
import { compareKeys } from '../text/compare.ts';

const isoDate = z.string().regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'expected an ISO date YYYY, YYYY-MM or YYYY-MM-DD');
const normalisedKey = z.string().min(1).refine((k) => goldKey(k) === k, { error: (iss) => `"${String(iss.input)}" is not a normalised key (key() gives "${goldKey(String(iss.input))}")` });

const goldSelf = z
  .object({
    type: z.string().min(1).nullable(),
    number: z.string().min(1).nullable(),
    number_as_printed: z.string().optional(),
    date: isoDate.nullable(),
    issuer: z.string().min(1).nullable(),
    keys: z.array(normalisedKey),
    in_body: z.boolean(),
    note: z.string().optional(),
  })
  .refine((s) => (s.number === null) === (s.keys.length === 0), { error: 'keys must be empty exactly when number is null', path: ['keys'] });

const goldCitation = z
  .object({
    keys: z.array(normalisedKey),
    date: isoDate.nullable(),
    as_written: z.string().min(1),
    also_written: z.array(z.string().min(1)).optional(),
    // The README marks name-only references "true"; a numbered one may leave the field out.
    name_only: z.boolean().optional(),
    type: z.string().min(1),
    issuer: z.string().nullable(),
    resolves_to: z.array(z.string()).optional(),
    short_form: z.unknown().optional(),
    bare_keys: z.array(normalisedKey).optional(),
    note: z.string().optional(),
  })
  .refine((c) => (c.name_only ?? false) === (c.keys.length === 0), { error: 'name_only must be true exactly when keys is empty', path: ['name_only'] })
  .transform((c) => ({ ...c, name_only: c.name_only ?? false }));

const goldEntry = z.object({
  file: z.string().min(1),
  level: z.enum(['central', 'province', 'district', 'commune', 'ward']),
  system: z.enum(['party', 'state', 'mass_org']),
  truncated: z.boolean(),
  full_length: z.boolean(),
  chars: z.number().int().nonnegative(),
  source: z.string(),
  self: goldSelf,
  citations: z.array(goldCitation),
  slogans: z.array(z.string().min(1)),
  slogans_last_truncated: z.boolean().optional(),
  slogans_note: z.string().optional(),
  not_citations: z.array(z.object({ text: z.string().min(1), why: z.string() })),
  note: z.string().optional(),
});

export type GoldEntry = z.output<typeof goldEntry>;
export type GoldCitation = z.output<typeof goldCitation>;
/** One labelled file: its key in gold.json ("15") and its labels. */
export interface GoldFile extends GoldEntry { id: string }

export class GoldError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GoldError';
  }
}

/** `"15".citations[0].keys` */
function describePath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? JSON.stringify(String(p)) : `.${String(p)}`)).join('');
}

/**
 * Parsed gold.json → its entries in key order; keys starting with "_" are skipped. Throws a
 * GoldError naming `where` (the file), the entry and the field of every problem.
 */
export function parseGold(json: unknown, where: string): GoldFile[] {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new GoldError(`${where}: expected an object keyed by file number ("01" … "40")`);
  const problems: string[] = [];
  const files: GoldFile[] = [];
  for (const [id, value] of Object.entries(json).sort(([a], [b]) => compareKeys(a, b))) {
    if (id.startsWith('_')) continue;
    const r = goldEntry.safeParse(value);
    if (r.success) files.push({ id, ...r.data });
    else for (const issue of r.error.issues) problems.push(`${where}: ${describePath([id, ...issue.path])}: ${issue.message}`);
  }
  if (problems.length) throw new GoldError(problems.join('\n'));
  return files;
}

/** <folder>/gold.json, read and validated; every entry's `file` must exist in the folder. */
export function readGold(folder: string): GoldFile[] {
  const path = join(folder, 'gold.json');
  if (!existsSync(path)) throw new GoldError(`${path}: not found (a scored folder holds a gold.json)`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new GoldError(`${path}: not valid JSON: ${(e as Error).message}`);
  }
  const files = parseGold(json, path);
  const missing = files.filter((f) => !existsSync(join(folder, f.file)));
  if (missing.length) throw new GoldError(missing.map((f) => `${path}: ${JSON.stringify(f.id)}.file: no file "${f.file}" in ${folder}`).join('\n'));
  return files;
}
