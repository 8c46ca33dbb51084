/**
 * The site's own description, in one content file (content/site.yaml): who publishes this build
 * (the office named in the bulletin's masthead and on peers' pages) and which other chidao sites it
 * draws on (peers: upstream and downstream offices, issue 21). CHIDAO_SITE_CONFIG points a build at
 * another file (tests build several sites from one checkout).
 *
 * Pure apart from reading the file; no Astro imports.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'yaml';

export const SITE_CONFIG_FILE = 'content/site.yaml';

/** A short stable id: lower-case ASCII letters, digits and hyphens ("tinh-quang-tri"). */
const siteId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case letters, digits and single hyphens');

export const peerSchema = z.object({
  /** Stable id of the peer site, unique in this file. */
  id: siteId,
  /** The peer's publishing office, as readers see it ("trên trang của <name>"). */
  name: z.string().min(1),
  /** Where it stands in the cascade relative to this site. */
  relation: z.enum(['upstream', 'downstream', 'peer']).default('peer'),
  /** Base URL of the peer's published build (https://…/), read at build time when no path is given. */
  url: z.string().url().optional(),
  /** A local folder or .zip of the peer's build (tests and offline use; relative to the project). */
  path: z.string().min(1).optional(),
  /** Search the peer's index beside this site's own (off by default). */
  search: z.boolean().default(false),
}).strict().refine((p) => p.url !== undefined || p.path !== undefined, { message: 'a peer needs a url or a path' });

export const siteConfigSchema = z.object({
  /** This site's own id (what peers call it). */
  id: siteId.default('chidao'),
  /** The publishing office: masthead of the bulletin, name shown on peers' sites. */
  office: z.string().min(1).default('Ban Tuyên giáo'),
  peers: z.array(peerSchema).default([]),
}).strict().superRefine((c, ctx) => {
  const seen = new Set<string>();
  c.peers.forEach((p, i) => {
    if (p.id === c.id) ctx.addIssue({ code: 'custom', path: ['peers', i, 'id'], message: `a peer cannot have this site's own id "${c.id}"` });
    if (seen.has(p.id)) ctx.addIssue({ code: 'custom', path: ['peers', i, 'id'], message: `duplicate peer id "${p.id}"` });
    seen.add(p.id);
  });
});

export type SiteConfig = z.infer<typeof siteConfigSchema>;
export type Peer = SiteConfig['peers'][number];

/** The config file this build reads: CHIDAO_SITE_CONFIG, else content/site.yaml, under root. */
export function siteConfigPath(root: string, env: NodeJS.ProcessEnv = process.env): string {
  const file = env.CHIDAO_SITE_CONFIG || SITE_CONFIG_FILE;
  return isAbsolute(file) ? file : join(root, file);
}

/** Parses a config text; throws naming the file, and the line and field of every problem. */
export function parseSiteConfig(text: string, file: string): SiteConfig {
  let raw: unknown;
  try {
    raw = parse(text) ?? {};
  } catch (e) {
    throw new Error(`${file}: not valid YAML: ${(e as Error).message}`);
  }
  const parsed = siteConfigSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((i) => `  ${file}${lineOf(text, i.path)}: ${i.path.join('.') || '(root)'}: ${i.message}`);
  throw new Error(`invalid site configuration:\n${lines.join('\n')}`);
}

/** Reads the config (defaults when the file is absent). */
export function loadSiteConfig(root: string, env: NodeJS.ProcessEnv = process.env): SiteConfig {
  const path = siteConfigPath(root, env);
  if (!existsSync(path)) return siteConfigSchema.parse({});
  return parseSiteConfig(readFileSync(path, 'utf8'), path);
}

/** ":N" for the line of the last key on the path that the text names, else "". */
function lineOf(text: string, path: readonly PropertyKey[]): string {
  const keys = path.filter((k): k is string => typeof k === 'string');
  const key = keys.at(-1);
  if (key === undefined) return '';
  const lines = text.split(/\r?\n/);
  // The n-th peer's key: count "- " items under peers when an index is on the path.
  const index = path.find((k): k is number => typeof k === 'number');
  let seenItems = -1;
  for (const [n, line] of lines.entries()) {
    if (index !== undefined && /^\s*-\s/.test(line)) seenItems++;
    if (index !== undefined && seenItems !== index) continue;
    if (new RegExp(`^\\s*(?:-\\s+)?${key}\\s*:`).test(line)) return `:${n + 1}`;
  }
  return '';
}
