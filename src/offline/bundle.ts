/**
 * Several sites' builds on one stick (issue 21): each site's offline copy (package.ts) in a folder
 * of its own, named by the site's id; links from one site to another (absolute URLs starting with
 * the other's address, as federation writes them) rewritten to relative paths into the sibling's
 * folder; the search page's peers that are on the stick searched from there (peers.ts); a top
 * page listing the sites, the opening page, and one SHA-256 manifest over the whole bundle. Each
 * site's folder keeps its own manifest too, so it can be checked or copied alone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROUTES } from '../lib/links.ts';
import { comparePaths, listFiles } from '../lib/files.ts';
import { readSearchIndex, SEARCH_INDEX_CALLBACK } from '../search/federation.ts';
import { buildManifest, JSON_FILE, manifestJson, SUMS_FILE, sumsText } from './checksums.ts';
import { fatReport, type FatReport } from './fat.ts';
import { detectBuildUrls, packageOffline, type OfflineFile, type SiblingBuild } from './package.ts';
import { OPEN_FILE, openPage, sitesPage, VERIFY_PAGE, verifyPage, type BundledSite } from './pages.ts';
import { escapesFolder } from './safe-paths.ts';

export interface BundleResult {
  files: OfflineFile[];
  sites: Array<BundledSite & { prefix?: string; pages: number; links: number }>;
  problems: string[];
  fat: FatReport;
}

const withSlash = (s: string) => (s.endsWith('/') ? s : `${s}/`);
const encode = (s: string) => new TextEncoder().encode(s);

/** A build's id and office, from its search file (src/search/federation.ts). */
export function buildIdentity(dist: string): { id: string; office: string } {
  const text = readFileSync(join(dist, ROUTES.searchIndex()), 'utf8');
  const m = new RegExp(`^${SEARCH_INDEX_CALLBACK}\\((.*)\\);\\s*$`, 's').exec(text);
  if (!m) throw new Error(`${dist}: ${ROUTES.searchIndex()} is not a search file`);
  const f = readSearchIndex(JSON.parse(m[1]!));
  return { id: f.id, office: f.office };
}

/** The bundle of the builds, in memory (the first site is listed first). */
export async function packageSites(dists: readonly string[], opts: { threads?: number } = {}): Promise<BundleResult> {
  const read = dists.map((dist) => {
    const paths = listFiles(dist);
    const set = new Set(paths);
    const urls = detectBuildUrls((p) => (set.has(p) ? readFileSync(join(dist, p), 'utf8') : undefined));
    const { id, office } = buildIdentity(dist);
    // The home page's canonical address is the site's address, its base included.
    const prefix = urls.site ? withSlash(urls.site) : undefined;
    return { dist, paths, id, office, prefix, base: urls.base ?? '/' };
  });
  const problems: string[] = [];
  const folders = new Set<string>();
  for (const s of read) {
    if (folders.has(s.id)) throw new Error(`two sites with the id "${s.id}" (${s.dist}): one folder each is needed`);
    folders.add(s.id);
    if (!s.prefix) problems.push(`${s.dist}: no canonical address on its home page: links from the other sites cannot reach it`);
  }
  const files: OfflineFile[] = [];
  const sites: BundleResult['sites'] = [];
  for (const s of read) {
    const siblings: SiblingBuild[] = read.filter((o) => o !== s && o.prefix).map((o) => ({ prefix: o.prefix!, folder: o.id, paths: o.paths }));
    const r = await packageOffline(s.dist, { siblings, threads: opts.threads });
    problems.push(...r.problems.map((p) => `${s.id}/${p}`));
    for (const f of r.files) {
      const path = `${s.id}/${f.path}`;
      files.push(f.source !== undefined
        ? { path, size: f.size, source: f.source, get bytes() { return f.bytes; } }
        : { path, size: f.size, bytes: f.bytes });
    }
    sites.push({ folder: s.id, id: s.id, office: s.office, prefix: s.prefix, pages: r.pages, links: r.links });
  }
  const made = (path: string, text: string) => { const bytes = encode(text); files.push({ path, size: bytes.length, bytes }); };
  made('index.html', sitesPage(sites));
  made(OPEN_FILE, openPage());
  made(VERIFY_PAGE, verifyPage({ files: files.length + 1, bytes: files.reduce((n, f) => n + f.size, 0) }));
  const manifest = buildManifest(files);
  made(SUMS_FILE, sumsText(manifest));
  made(JSON_FILE, manifestJson(manifest));
  files.sort((a, b) => comparePaths(a.path, b.path));
  const fat = fatReport(files.map((f) => ({ path: f.path, size: f.size })));
  problems.push(...fat.problems);
  for (const f of files) {
    const reason = escapesFolder(f.path);
    if (reason) problems.push(`${f.path}: the name ${reason}: left out of the copy`);
  }
  return { files, sites, problems, fat };
}
