/**
 * Federated search (issue 21): the search page searches the indexes of the peer sites that
 * content/site.yaml marks `search: true`, beside its own. Pure and browser-safe: the build side
 * (which peers, the page's attribute, the policy's origins) and the browser side (reading a
 * peer's search file, labelling its results) share these few definitions.
 *
 * Each site publishes one small classic script, `tim-kiem/chi-muc.js`, naming what its search
 * page needs to read another site's index: its id and office, the Pagefind parts to merge and the
 * first sequence number of each number-lookup shard. A classic script (not JSON) so that it loads
 * with a <script> tag from another origin without CORS, and from disk (file://) in the offline
 * bundle of several sites, where fetch() is refused.
 */

/** The global function the search file calls: `chidaoSearchIndex({...})`. */
export const SEARCH_INDEX_CALLBACK = 'chidaoSearchIndex';
/** Version of the search file's shape; a reader refuses another (the peer runs other software). */
export const SEARCH_INDEX_VERSION = 1;

export interface SearchIndexFile {
  v: typeof SEARCH_INDEX_VERSION;
  /** The site's id in content/site.yaml. */
  id: string;
  /** Its publishing office ("trên trang của <office>"). */
  office: string;
  /** Pagefind parts merged after the primary bundle, newest first (src/search/parts.ts). */
  parts: string[];
  /** First sequence number of each number-lookup shard (src/search/number-lookup.ts). */
  starts: number[];
}

/** The file's text: a classic script calling the page's callback. */
export const searchIndexScript = (f: SearchIndexFile) => `${SEARCH_INDEX_CALLBACK}(${JSON.stringify(f)});\n`;

/** A search file as read from a peer, or an error saying why it cannot be used. */
export function readSearchIndex(value: unknown): SearchIndexFile {
  const f = value as Partial<SearchIndexFile> | null;
  if (!f || typeof f !== 'object') throw new Error('tệp chỉ mục tìm kiếm rỗng');
  if (f.v !== SEARCH_INDEX_VERSION) throw new Error(`tệp chỉ mục tìm kiếm phiên bản ${String(f.v)}, trang này đọc phiên bản ${SEARCH_INDEX_VERSION}`);
  if (!Array.isArray(f.parts) || !Array.isArray(f.starts) || !f.starts.every((n) => Number.isInteger(n))) throw new Error('tệp chỉ mục tìm kiếm không đúng dạng');
  return f as SearchIndexFile;
}

/** A peer as the search page gets it (data-peers): its id, the name shown, and its base URL. */
export interface SearchPeer {
  id: string;
  name: string;
  /** The peer site's root, ending in "/": an absolute URL on the web, a relative folder in the offline bundle. */
  base: string;
}

/**
 * The peers to search, in the config's order: those with `search: true`, at their url; a peer with
 * only a `path` is taken to be published beside this site in a folder named by its id
 * ("<base>../<id>/", as federation links to it).
 */
export function searchPeers(peers: ReadonlyArray<{ id: string; name: string; url?: string; path?: string; search: boolean }>, base = '/'): SearchPeer[] {
  const slash = (u: string) => (u.endsWith('/') ? u : `${u}/`);
  return peers.filter((p) => p.search && (p.url || p.path)).map((p) => ({ id: p.id, name: p.name, base: p.url ? slash(p.url) : `${slash(base)}../${p.id}/` }));
}

/** The origins the search page's policy must allow (scripts, and fetch for Pagefind) for these peers. */
export function peerOrigins(peers: readonly SearchPeer[]): string[] {
  const out = new Set<string>();
  for (const p of peers) {
    try { const u = new URL(p.base); if (/^https?:$/.test(u.protocol)) out.add(u.origin); } catch { /* relative: same origin */ }
  }
  return [...out].sort();
}

/** The site a merged Pagefind instance belongs to: instances are the own site's parts, then each peer's. */
export function siteOfInstance(counts: readonly number[], instance: number): number {
  let at = 0;
  for (const [site, n] of counts.entries()) {
    if (instance < at + n) return site;
    at += n;
  }
  return -1;
}

/** A peer's document URL: its base joined with a route or a Pagefind raw URL ("/van-ban/x/"). */
export const peerUrl = (base: string, route: string) => `${base.endsWith('/') ? base : `${base}/`}${route.replace(/^\/+/, '')}`;

/** The identity of a numbered document across sites: number key, type and date. */
export const docIdentity = (d: { k: string; t?: string; d?: string; r?: string }) => `${d.k}|${d.t ?? ''}|${d.d ?? d.r ?? ''}`;
