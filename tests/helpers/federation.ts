/**
 * The three seeds as three sites (issue 21; tests/fixtures/sites/README.md): each built with its
 * own content folder, site config, cache and base path /<id>/, side by side under <work>/sites/,
 * so a link to a peer given by path ("<base>../<peer id>/…") lands on the peer's build.
 *
 * A site reads its peers' graphs when it is built, so the first build of the central site and of
 * the province meet peers not built yet (a warning each, the build goes on); both are then built
 * again once every site is there.
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { astroBuild } from './build.ts';
import { ROOT } from './seeds.ts';

export const SITES = ['trung-uong', 'tinh', 'xa'] as const;
export type SiteId = (typeof SITES)[number];
const FIXTURES = join(ROOT, 'tests/fixtures/sites');

/** The seed entry (content/directives) each site publishes. */
export const SEED_ENTRY: Record<SiteId, string> = {
  'trung-uong': 'cong-van-khong-so-2024-44cf0838',
  tinh: 'huong-dan-khong-so-khong-ngay-cb6f72ab',
  xa: 'ke-hoach-khong-so-khong-ngay-d1f5bbac',
};

export interface Federation {
  /** The folder holding the three builds, each in <id>/: serve it to reach them at /<id>/. */
  sites: string;
  /** Each site's folder. */
  dist: Record<SiteId, string>;
  /** The output (stdout + stderr) of each site's last build. */
  log: Record<SiteId, string>;
  /** The output of the first builds, when peers built later were not there yet. */
  firstLog: Record<SiteId, string>;
  /** Builds one site again (with the same content, config and cache); its output. */
  rebuild(id: SiteId): string;
  /** Removes the builds and everything made for them. */
  remove(): void;
}

/** A peer as the fixture's site.yaml gives it (src/site/site-config.ts). */
export interface FixturePeer { id: string; name: string; relation?: string; path?: string; url?: string; search?: boolean }

/** Fills `content` with what a site publishes: its seed entry and its own directives (stand-ins). */
export function copySiteContent(id: SiteId, content: string): void {
  mkdirSync(content, { recursive: true });
  copyFileSync(join(ROOT, 'content/directives', `${SEED_ENTRY[id]}.mdx`), join(content, `${SEED_ENTRY[id]}.mdx`));
  const own = join(FIXTURES, id, 'directives');
  for (const f of (existsSync(own) ? readdirSync(own, { withFileTypes: true }) : []).filter((e) => e.isFile() && e.name.endsWith('.mdx')).map((e) => e.name)) {
    copyFileSync(join(own, f), join(content, f));
  }
}

/**
 * A site's config from the fixture, each peer passed through `peer` (peers are given there by a
 * path naming a folder beside the builds), written to `file` for CHIDAO_SITE_CONFIG.
 */
export function writeSiteConfig(id: SiteId, file: string, peer: (p: FixturePeer) => FixturePeer): void {
  const config = parse(readFileSync(join(FIXTURES, id, 'site.yaml'), 'utf8')) as { peers: FixturePeer[] };
  config.peers = config.peers.map(peer);
  writeFileSync(file, stringify(config));
}

function prepare(work: string, id: SiteId): Record<string, string> {
  const content = join(work, 'content', id);
  copySiteContent(id, content);
  // Peer paths name a folder beside the builds.
  const configFile = join(work, `${id}.yaml`);
  writeSiteConfig(id, configFile, (p) => (p.path ? { ...p, path: join(work, 'sites', p.path) } : p));
  return {
    CHIDAO_CONTENT_DIR: content, CHIDAO_SITE_CONFIG: configFile, CHIDAO_CACHE_DIR: join(work, 'cache', id),
    CHIDAO_BASE: `/${id}/`, CHIDAO_POSTERS: '0',
  };
}

function build(work: string, id: SiteId, env: Record<string, string>): string {
  const r = astroBuild(join(work, 'sites', id), env);
  const out = `${r.stdout}\n${r.stderr}`;
  if (r.status !== 0) throw new Error(`build of site ${id} failed:\n${out.slice(-4000)}`);
  return out;
}

/** Builds the three sites (five builds: central and province twice). */
export function buildFederation(): Federation {
  mkdirSync(join(ROOT, '.cache'), { recursive: true });
  const work = mkdtempSync(join(ROOT, '.cache', 'federation-test-'));
  mkdirSync(join(work, 'sites'), { recursive: true });
  cpSync(join(FIXTURES, 'broken-peer'), join(work, 'sites', 'broken-peer'), { recursive: true });
  const env = Object.fromEntries(SITES.map((id) => [id, prepare(work, id)])) as Record<SiteId, Record<string, string>>;
  const firstLog = {} as Record<SiteId, string>;
  for (const id of SITES) firstLog[id] = build(work, id, env[id]);
  const log = { ...firstLog };
  for (const id of ['trung-uong', 'tinh'] as const) log[id] = build(work, id, env[id]);
  const dist = Object.fromEntries(SITES.map((id) => [id, join(work, 'sites', id)])) as Record<SiteId, string>;
  return { sites: join(work, 'sites'), dist, log, firstLog, rebuild: (id) => build(work, id, env[id]), remove: () => rmSync(work, { recursive: true, force: true }) };
}
