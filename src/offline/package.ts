/**
 * The offline copy, made from a finished build (dist/) by a packaging step: every page with
 * relative links to explicit files (html.ts), Pagefind readable through classic scripts
 * (pagefind.ts), the two top-level pages (pages.ts), the SHA-256 manifest (checksums.ts), a
 * FAT32 check (fat.ts) and a deterministic zip (zip.ts). Same build in → same bytes out.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { ROUTES } from '../lib/links.ts';
import { buildManifest, JSON_FILE, manifestJson, parseSums, SUMS_FILE, sumsText, verifyAgainst, type VerifyReport } from './checksums.ts';
import { fatReport, type FatReport } from './fat.ts';
import { escapesFolder, splitUnsafe } from './safe-paths.ts';
import { rewriteHtml } from './html.ts';
import { relativeTo, type LinkContext, type PathKind, type Sibling } from './links.ts';
import { peersForCopy } from './peers.ts';
import { OPEN_FILE, openPage, VERIFY_PAGE, verifyPage } from './pages.ts';
import { DROPPED_FILES, LOADER_FILE, LOADER_SOURCE, pagefindToClassic, wrapBundleFile, wrappedName } from './pagefind.ts';
import { writeZip } from './zip.ts';
import { comparePaths, listFiles } from '../lib/files.ts';
import { workerPool } from '../lib/worker-pool.ts';

/**
 * A file of the copy. What the packaging makes (rewritten pages, wrapped index files, manifests)
 * is held in memory; what it copies as it is (posters, images, feeds: 2.4 GB at 10,000
 * directives) stays in the build and is read each time `bytes` is asked for (`source`).
 */
export interface OfflineFile { path: string; size: number; readonly bytes: Uint8Array; source?: string }

const made = (path: string, bytes: Uint8Array): OfflineFile => ({ path, size: bytes.length, bytes });
const copied = (path: string, source: string): OfflineFile => ({
  path, source, size: statSync(source).size,
  get bytes() { return readFileSync(source); },
});

export interface PackageOptions {
  /** The site's base path; by default read from the build (the search page's data-base), else "/". */
  base?: string;
  /** The site's absolute URL ("https://chidao.example/"); by default read from the home page's canonical link. */
  site?: string;
  /** Threads rewriting pages (default: one per core; 0: this thread only). Same output either way. */
  threads?: number;
  /** The other sites of a bundle of several (bundle.ts): links to them become links into their folders. */
  siblings?: readonly SiblingBuild[];
}

/** Another site of the bundle: its web address (base included), its folder, its build's files. */
export interface SiblingBuild { prefix: string; folder: string; paths: readonly string[] }

export interface PackageResult {
  files: OfflineFile[];
  base: string;
  site: string | undefined;
  pages: number;
  links: number;
  /** Broken internal links, remote resources, module scripts: the copy is refused when any. */
  problems: string[];
  fat: FatReport;
}

const utf8 = new TextDecoder('utf-8', { fatal: false });
const encode = (s: string) => new TextEncoder().encode(s);


type Element = DefaultTreeAdapterMap['element'];
function* elements(node: DefaultTreeAdapterMap['node']): Generator<Element> {
  for (const k of 'childNodes' in node ? node.childNodes : []) {
    if ('tagName' in k) yield k;
    yield* elements(k);
  }
}
const attrOf = (el: Element, n: string) => el.attrs.find((a) => a.name === n)?.value;

/** Base and site as the build wrote them: the search page's data-base, the home page's canonical URL. */
export function detectBuildUrls(read: (p: string) => string | undefined): { base?: string; site?: string } {
  const out: { base?: string; site?: string } = {};
  const search = read(`${ROUTES.search()}index.html`);
  if (search) for (const el of elements(parse(search))) { const b = attrOf(el, 'data-base'); if (el.attrs.some((a) => a.name === 'id' && a.value === 'tim-kiem') && b) out.base = b; }
  const home = read('index.html');
  if (home) for (const el of elements(parse(home))) if (el.tagName === 'link' && /\bcanonical\b/.test(attrOf(el, 'rel') ?? '')) out.site = attrOf(el, 'href');
  return out;
}

/** Build the offline copy in memory from the files of a build. */
export async function packageOffline(dist: string, opts: PackageOptions = {}): Promise<PackageResult> {
  const paths = listFiles(dist);
  const fileSet = new Set(paths);
  const read = (p: string) => readFileSync(join(dist, p));
  const detected = detectBuildUrls((p) => (fileSet.has(p) ? utf8.decode(read(p)) : undefined));
  const base = opts.base ?? detected.base ?? '/';
  const site = opts.site ?? detected.site;
  const bundle = ROUTES.pagefind(); // "pagefind/"
  const searchPage = `${ROUTES.search()}index.html`;

  const out = new Map<string, OfflineFile>();
  const set = (path: string, bytes: Uint8Array) => out.set(path, made(path, bytes));
  const problems: string[] = [];
  const htmlPages: string[] = [];
  for (const p of paths) {
    if (p.startsWith(bundle)) {
      const key = p.slice(bundle.length);
      if (DROPPED_FILES.has(key)) continue;
      if (key === 'pagefind.js') set(p, encode(await pagefindToClassic(utf8.decode(read(p)))));
      else set(`${bundle}${wrappedName(key)}`, encode(wrapBundleFile(key, read(p))));
      continue;
    }
    if (p.endsWith('.html')) htmlPages.push(p);
    else out.set(p, copied(p, join(dist, p)));
  }
  let links = 0;
  const siblings = opts.siblings ?? [];
  const rewritten = await rewritePages(dist, htmlPages, { paths, base, site, siblings }, opts.threads);
  for (const [i, p] of htmlPages.entries()) {
    const r = rewritten[i]!;
    links += r.links;
    problems.push(...r.problems);
    set(p, p === searchPage ? encode(withPeers(withLoader(utf8.decode(r.html), p, `${bundle}${LOADER_FILE}`, problems), p, { base, site, siblings: siblingKinds(siblings), kind: () => undefined })) : r.html);
  }
  const pages = htmlPages.length;
  if (fileSet.has(`${bundle}pagefind.js`)) set(`${bundle}${LOADER_FILE}`, encode(LOADER_SOURCE));
  for (const top of [OPEN_FILE, VERIFY_PAGE]) if (fileSet.has(top)) problems.push(`${top}: the build already has a file of that name`);
  set(OPEN_FILE, encode(openPage()));
  // The verification page states the count (itself included) and size of the files listed.
  let listedBytes = 0;
  for (const f of out.values()) listedBytes += f.size;
  set(VERIFY_PAGE, encode(verifyPage({ files: out.size + 1, bytes: listedBytes })));
  const manifest = buildManifest(out.values());
  set(SUMS_FILE, encode(sumsText(manifest)));
  set(JSON_FILE, encode(manifestJson(manifest)));

  const files = [...out.values()].sort((a, b) => comparePaths(a.path, b.path));
  const fat = fatReport(files.map((f) => ({ path: f.path, size: f.size })));
  problems.push(...fat.problems);
  for (const f of files) {
    const reason = escapesFolder(f.path);
    if (reason) problems.push(`${f.path}: the name ${reason}: left out of the copy`);
  }
  return { files, base, site, pages, links, problems, fat };
}

/**
 * What a site path is in the copy, to resolve links against: the build's files and folders, the
 * bundle's files as they become (<file>.js, the loader), the two top-level pages.
 */
export function pathKinds(paths: readonly string[]): (sitePath: string) => PathKind {
  const bundle = ROUTES.pagefind();
  const fileSet = new Set(paths);
  const dirSet = new Set<string>(['']);
  for (const p of paths) for (let d = posix.dirname(p); d !== '.'; d = posix.dirname(d)) dirSet.add(d);
  return (p) => {
    const q = p.replace(/\/$/, '');
    if (fileSet.has(q) && !q.startsWith(bundle)) return 'file';
    if (q.startsWith(bundle)) return fileSet.has(q) || q === `${bundle}${LOADER_FILE}` ? 'file' : dirSet.has(q) ? 'dir' : undefined;
    return dirSet.has(q) ? 'dir' : q === OPEN_FILE || q === VERIFY_PAGE ? 'file' : undefined;
  };
}

export interface PageRewrite { html: Uint8Array; links: number; problems: string[] }
export interface RewriteContext { paths: readonly string[]; base: string; site: string | undefined; siblings: readonly SiblingBuild[] }

/** The siblings with what each path of theirs is in their copy. */
export const siblingKinds = (siblings: readonly SiblingBuild[]): Sibling[] =>
  siblings.map((s) => ({ prefix: s.prefix, folder: s.folder, kind: pathKinds(s.paths) }));

/** One page of the build as the copy holds it, and what is wrong with its links. */
export function rewritePage(p: string, source: Uint8Array, ctx: { base: string; site: string | undefined; kind: (sitePath: string) => PathKind; siblings?: readonly Sibling[] }): PageRewrite {
  const r = rewriteHtml(utf8.decode(source), { file: p, base: ctx.base, site: ctx.site, kind: ctx.kind, siblings: ctx.siblings });
  const problems: string[] = [];
  for (const l of r.links) if (!l.exists) problems.push(`${p}: ${l.tag} ${l.attr}="${l.from}" → ${l.target}: no such file`);
  for (const e of r.external) if (e.loaded) problems.push(`${p}: ${e.tag} ${e.attr}="${e.url}" loads from another origin`);
  for (const o of r.outside) problems.push(`${p}: ${o.tag} ${o.attr}="${o.url}" is outside the site`);
  if (r.moduleScripts) problems.push(`${p}: ${r.moduleScripts} <script type="module">`);
  return { html: encode(r.html), links: r.links.length, problems };
}

/** Pages per message to a rewriting thread. */
const BATCH = 40;

/**
 * Every page rewritten, in the order given: on worker threads (rewrite-worker.ts; parse5 over
 * the 20,414 pages of 10,000 directives: 55 s on one thread, 41 s on two), or here when `threads` is 0.
 */
async function rewritePages(dist: string, pages: string[], ctx: RewriteContext, threads = availableParallelism()): Promise<PageRewrite[]> {
  if (threads === 0 || !pages.length) {
    const kind = pathKinds(ctx.paths);
    const siblings = siblingKinds(ctx.siblings);
    return pages.map((p) => rewritePage(p, readFileSync(join(dist, p)), { ...ctx, kind, siblings }));
  }
  const pool = workerPool<RewriteJob, PageRewrite[]>(new URL('./rewrite-worker.ts', import.meta.url), threads, { dist, ...ctx });
  try {
    const batches: Array<Promise<PageRewrite[]>> = [];
    for (let i = 0; i < pages.length; i += BATCH) batches.push(pool.run({ pages: pages.slice(i, i + BATCH) }));
    return (await Promise.all(batches)).flat();
  } finally {
    await pool.close();
  }
}

export interface RewriteJob { pages: string[] }

/** Insert the Pagefind loader before the search page's own script (tim-kiem.js), which calls it. */
function withLoader(html: string, page: string, loader: string, problems: string[]): string {
  const doc = parse(html, { sourceCodeLocationInfo: true });
  const script = ROUTES.searchScript();
  for (const el of elements(doc)) {
    const src = el.tagName === 'script' ? attrOf(el, 'src') : undefined;
    if (src && posix.normalize(posix.join(posix.dirname(page), src)) === script && el.sourceCodeLocation) {
      const at = el.sourceCodeLocation.startOffset;
      return `${html.slice(0, at)}<script src="${relativeTo(page, loader)}"></script>${html.slice(at)}`;
    }
  }
  problems.push(`${page}: no <script src> for ${script}: the offline search loader was not inserted`);
  return html;
}

/**
 * The search page's peers (data-peers, federated search) as the copy can reach them: a peer in the
 * bundle by its folder, relative to the page; a peer not in it is left out — the copy never loads
 * anything from the network.
 */
function withPeers(html: string, page: string, ctx: Omit<LinkContext, 'file'>): string {
  const m = /(<div id="tim-kiem"[^>]*?\sdata-peers=")([^"]*)(")/.exec(html);
  if (!m) return html;
  const kept = peersForCopy(m[2]!, { ...ctx, file: page });
  return kept === undefined
    ? html.slice(0, m.index) + m[0].replace(/\sdata-peers="[^"]*"/, '') + html.slice(m.index + m[0].length)
    : html.slice(0, m.index) + m[1] + kept + m[3] + html.slice(m.index + m[0].length);
}

/**
 * Writes the copy into outDir (replacing a previous copy there) and its zip to zipPath. The folder
 * is the offline edition; the zip carries it in one file (Zip64 past 65,534 files or 4 GiB).
 * Refuses to replace a folder that is not an offline copy (no SHA256SUMS in it) and not empty.
 */
export async function writeOffline(all: readonly OfflineFile[], outDir: string, zipPath: string): Promise<{ zipBytes: number; leftOut: Array<{ path: string; reason: string }> }> {
  // Never a name that escapes the folder, on disk or in the zip, even with --allow-broken.
  const { safe: files, unsafe: leftOut } = splitUnsafe(all);
  if (existsSync(outDir)) {
    const entries = readdirSync(outDir);
    if (entries.length && !entries.includes(SUMS_FILE)) throw new Error(`${outDir} exists and is not an offline copy (no ${SUMS_FILE}): not replacing it`);
    rmSync(outDir, { recursive: true, force: true });
  }
  for (const f of files) {
    const to = join(outDir, f.path);
    mkdirSync(dirname(to), { recursive: true });
    if (f.source) copyFileSync(f.source, to);
    else writeFileSync(to, f.bytes);
  }
  rmSync(zipPath, { force: true }); // never leave an older zip beside a newer copy
  mkdirSync(dirname(zipPath), { recursive: true });
  return { zipBytes: await writeZip(files, zipPath), leftOut };
}

/** Check a copy on disk against its SHA256SUMS. */
export function verifyFolder(folder: string): VerifyReport {
  const sumsPath = join(folder, SUMS_FILE);
  if (!existsSync(sumsPath) || !statSync(sumsPath).isFile()) throw new Error(`${folder}: no ${SUMS_FILE}: not an offline copy`);
  return verifyAgainst(parseSums(readFileSync(sumsPath, 'utf8')), listFiles(folder), (p) => readFileSync(join(folder, p)));
}
