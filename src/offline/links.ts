/**
 * One internal URL of the web edition → the relative URL of the file it means in the offline copy.
 *
 * The web edition links to folders ("/van-ban/x/") that a web server answers with their
 * index.html; on disk a folder URL opens a directory listing. So every internal URL becomes a
 * path relative to the page holding it, ending in an explicit file: "../../van-ban/x/index.html".
 * Query strings and fragments are kept. Pure: the file system is asked through `kind`.
 */
import { posix } from 'node:path';

/** What a site path (relative to the root of the copy, decoded) is on disk. */
export type PathKind = 'file' | 'dir' | undefined;

export interface LinkContext {
  /** The page holding the link, relative to the root of the copy: "van-ban/x/index.html". */
  file: string;
  /** The site's base path, "/" or "/sub/" (CHIDAO_BASE). */
  base: string;
  /** The site's origin and base as absolute URL prefix ("https://chidao.example/"), if known. */
  site?: string;
  kind: (sitePath: string) => PathKind;
  /**
   * Other sites in the same offline bundle (several sites on one stick): an absolute URL starting
   * with a sibling's prefix becomes a relative link into the sibling's folder, beside this site's.
   */
  siblings?: readonly Sibling[];
}

export interface Sibling {
  /** The sibling's web address, its base included, ending in "/" ("https://tinh.example/"). */
  prefix: string;
  /** Its folder in the bundle, beside this site's ("tinh-cao-bang"). */
  folder: string;
  kind: (sitePath: string) => PathKind;
}

export type LinkResult =
  /** Not an internal link (fragment only, mailto:, data:, another site…): leave it as it is. */
  | { type: 'keep'; external?: boolean; outside?: boolean }
  /** An internal link, as a relative URL to an explicit file. */
  | { type: 'internal'; url: string; target: string; exists: boolean };

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** Split "a/b?q=1#x" into path, "?q=1", "#x". */
export function splitUrl(url: string): { path: string; query: string; hash: string } {
  const h = url.indexOf('#');
  const hash = h >= 0 ? url.slice(h) : '';
  const rest = h >= 0 ? url.slice(0, h) : url;
  const q = rest.indexOf('?');
  return { path: q >= 0 ? rest.slice(0, q) : rest, query: q >= 0 ? rest.slice(q) : '', hash };
}

const decode = (p: string) => { try { return decodeURIComponent(p); } catch { return p; } };
const withSlash = (b: string) => (b.endsWith('/') ? b : `${b}/`);

/**
 * The site path (relative to the root, still percent-encoded, "" for the home page) an URL points
 * to, or undefined when it is not internal. A trailing "/" (a folder) is kept.
 */
export function sitePath(url: string, ctx: LinkContext): { path: string; query: string; hash: string } | undefined {
  const base = withSlash(ctx.base.startsWith('/') ? ctx.base : `/${ctx.base}`);
  let u = url.trim();
  if (!u || u.startsWith('#')) return undefined;
  if (u.startsWith('//') || SCHEME.test(u)) {
    const site = ctx.site ? new URL(withSlash(ctx.site)) : undefined;
    let abs: URL;
    try { abs = new URL(u.startsWith('//') ? `https:${u}` : u); } catch { return undefined; }
    if (!site || !/^https?:$/.test(abs.protocol) || abs.host !== site.host) return undefined;
    u = abs.pathname + abs.search + abs.hash;
  }
  const parts = splitUrl(u);
  let path: string;
  if (parts.path.startsWith('/')) {
    if (!withSlash(parts.path).startsWith(base)) return undefined; // outside the site
    path = parts.path === base.slice(0, -1) ? '' : parts.path.slice(base.length);
  } else {
    // Relative to the page's web URL: a page "a/b/index.html" lives at "a/b/".
    const dir = posix.dirname(ctx.file);
    const joined = posix.normalize(posix.join(dir === '.' ? '' : dir, parts.path || posix.basename(ctx.file)));
    if (joined.startsWith('..')) return undefined; // above the site's root
    path = joined === '.' ? '' : joined;
    if (parts.path.endsWith('/') && path && !path.endsWith('/')) path += '/';
  }
  return { path: path.replace(/^\.\//, ''), query: parts.query, hash: parts.hash };
}

/** An URL of the web edition, rewritten for the page `ctx.file` of the offline copy. */
export function rewriteLink(url: string, ctx: LinkContext): LinkResult {
  const raw = url.trim();
  if (!raw || raw.startsWith('#')) return { type: 'keep' };
  const sib = siblingLink(raw, ctx);
  if (sib) return sib;
  const sp = sitePath(raw, ctx);
  if (!sp) {
    const external = raw.startsWith('//') || /^https?:/i.test(raw);
    // A path outside the site ("/other/x", "../../../x" above the root) opens nothing on disk.
    return { type: 'keep', external, outside: !external && !SCHEME.test(raw) };
  }
  let target = sp.path;
  if (target === '' || target.endsWith('/')) target += 'index.html';
  else if (ctx.kind(decode(target)) === 'dir') target += '/index.html';
  const exists = ctx.kind(decode(target)) === 'file';
  return { type: 'internal', url: relativeTo(ctx.file, target) + sp.query + sp.hash, target: decode(target), exists };
}

/** The sibling whose prefix starts the URL (the longest, and longer than this site's own). */
export function siblingOf(url: string, ctx: Pick<LinkContext, 'siblings' | 'site' | 'base'>): Sibling | undefined {
  let best: Sibling | undefined;
  for (const s of ctx.siblings ?? []) if (url.startsWith(s.prefix) && (!best || s.prefix.length > best.prefix.length)) best = s;
  if (!best || !ctx.site) return best;
  const own = new URL(withSlash(ctx.base), withSlash(ctx.site)).href;
  return url.startsWith(own) && own.length >= best.prefix.length ? undefined : best;
}

/**
 * A sibling named by a link written for a peer published beside this site (a peer with only a
 * `path` in site.yaml): "<base>../<id>/<page>", the sibling whose folder is that id.
 */
function besideOf(raw: string, ctx: LinkContext): { sib: Sibling; rest: string } | undefined {
  const beside = `${withSlash(ctx.base.startsWith('/') ? ctx.base : `/${ctx.base}`)}../`;
  if (!raw.startsWith(beside)) return undefined;
  const rest = raw.slice(beside.length);
  const folder = rest.split(/[/?#]/)[0]!;
  const sib = ctx.siblings?.find((s) => s.folder === folder);
  return sib ? { sib, rest: rest.slice(folder.length).replace(/^\//, '') } : undefined;
}

/**
 * A link to a sibling site of the bundle — an absolute URL starting with its address, or
 * "<base>../<id>/…" — as a relative link to its file ("../../tinh/van-ban/x/index.html").
 */
function siblingLink(raw: string, ctx: LinkContext): LinkResult | undefined {
  const byUrl = siblingOf(raw, ctx);
  const found = byUrl ? { sib: byUrl, rest: raw.slice(byUrl.prefix.length) } : besideOf(raw, ctx);
  if (!found) return undefined;
  const sib = found.sib;
  const parts = splitUrl(found.rest);
  let target = posix.normalize(parts.path || '.').replace(/^\.\/?/, '');
  if (target.startsWith('..')) return undefined;
  if (target === '' || parts.path.endsWith('/')) target = `${target}${target && !target.endsWith('/') ? '/' : ''}index.html`;
  else if (sib.kind(decode(target)) === 'dir') target += '/index.html';
  const exists = sib.kind(decode(target)) === 'file';
  const inBundle = `../${sib.folder}/${target}`;
  return { type: 'internal', url: relativeTo(ctx.file, inBundle) + parts.query + parts.hash, target: decode(inBundle), exists };
}

/**
 * A folder prefix (the search page's data-base, data-bundle, data-shards: "/pagefind/"), relative
 * to the page and still a folder: "../pagefind/". The root is "./" when the page is at the top.
 */
export function rewritePrefix(url: string, ctx: LinkContext): string | undefined {
  const sp = sitePath(url, ctx);
  if (!sp) return undefined;
  const folder = sp.path === '' ? '' : withSlash(sp.path);
  const from = posix.dirname(ctx.file);
  const rel = posix.relative(from === '.' ? '' : from, folder || '.');
  return rel ? `${rel}/` : './';
}

/** Relative URL from the page `from` ("a/b/index.html") to the file `to` ("c/index.html"). */
export function relativeTo(from: string, to: string): string {
  const dir = posix.dirname(from);
  const rel = posix.relative(dir === '.' ? '' : dir, to);
  return rel || posix.basename(to);
}
