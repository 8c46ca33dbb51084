/**
 * Every internal link of the site comes from here, so the offline edition can turn them into
 * relative links to explicit index.html files in one place.
 */
import type { Level } from '../model/directive.ts';

/** Vietnamese URL segments of the issuing levels (cap/<slug>/). */
export const LEVEL_SLUG: Record<Level, string> = {
  central: 'trung-uong', province: 'tinh', district: 'huyen', commune: 'xa',
};

/** URL segment of a number group: "18nqtw" → "18nqtw", "cong-van:468" → "cong-van-468". */
export const numberSlug = (group: string) => group.replace(/[^a-z0-9-]+/g, '-');

/** Where a graph document lives: its directive page when it is in the collection, else its own page. */
export const documentRoute = (doc: { id: string; entry?: string }) =>
  doc.entry ? ROUTES.directive(doc.entry) : ROUTES.citedDocument(doc.id);

const pad2 = (n: number) => String(n).padStart(2, '0');

export const ROUTES = {
  home: () => '',
  directive: (id: string) => `van-ban/${id}/`,
  /** A directive page's Open Graph image (drawn after the build by src/integrations/posters.ts). */
  directiveImage: (id: string) => `anh-van-ban/${id}/og--do.png`,
  // The citation graph (src/graph): a cited document ("tai-lieu/<slug>"), a number's page, the graph file.
  citedDocument: (id: string) => `${id}/`,
  citedDocuments: () => 'tai-lieu/',
  number: (group: string) => `so-hieu/${numberSlug(group)}/`,
  numbers: () => 'so-hieu/',
  graphJson: () => 'do-thi.json',
  // Browsing (src/browse): lists by type, issuing body, level, year → month, topic; the timeline.
  types: () => 'loai/',
  type: (slug: string) => `loai/${slug}/`,
  issuers: () => 'co-quan/',
  issuer: (slug: string) => `co-quan/${slug}/`,
  levels: () => 'cap/',
  level: (level: Level) => `cap/${LEVEL_SLUG[level]}/`,
  years: () => 'nam/',
  year: (year: number) => `nam/${year}/`,
  month: (year: number, month: number) => `nam/${year}/${pad2(month)}/`,
  topics: () => 'chu-de/',
  topic: (slug: string) => `chu-de/${slug}/`,
  timeline: () => 'dong-thoi-gian/',
  // Commemoration calendar (src/calendar).
  calendar: () => 'lich/',
  calendarMonth: (year: number, month: number) => `lich/${year}/${pad2(month)}/`,
  ics: () => 'lich.ics',
  // The monthly bulletin (src/bulletin): the index of issues, an issue ("2024-12"), the page of
  // directives without a month.
  bulletins: () => 'ban-tin/',
  bulletin: (slug: string) => `ban-tin/${slug}/`,
  bulletinUndated: () => 'ban-tin/chua-ro-thang/',
  // Slogans (src/slogans): the gallery and one page per slogan (posters hang there later).
  slogans: () => 'khau-hieu/',
  slogan: (slug: string) => `khau-hieu/${slug}/`,
  /** A poster file (src/posters/build.ts posterFiles names it relative to the poster folder). */
  poster: (file: string) => `khau-hieu-anh/${file}`,
  // The poster maker (src/posters/browser): the page and its script (named by its content hash).
  posterMaker: () => 'ap-phich/tao/',
  posterMakerScript: (name: string) => `ap-phich/tao/${name}`,
  // The loudspeaker script (src/speech): a directive's text as read aloud, its slogans, the "Nghe" button's script.
  speech: (id: string) => `phat-thanh/${id}/`,
  speechSlogans: (id: string) => `phat-thanh/${id}/khau-hieu/`,
  speechScript: (name: string) => `phat-thanh/${name}`,
  // Search (src/search): the page, its script, the Pagefind bundle, the number-lookup shards.
  search: () => 'tim-kiem/',
  searchScript: () => 'tim-kiem/tim-kiem.js',
  pagefind: () => 'pagefind/',
  numberShards: () => 'tim-kiem/so/',
  numberShard: (index: number) => `tim-kiem/so/${index}.js`,
  /** The site's search file, read by peers' search pages (src/search/federation.ts). */
  searchIndex: () => 'tim-kiem/chi-muc.js',
  // Feeds and metadata.
  feed: () => 'rss.xml',
  sitemap: () => 'sitemap.xml',
  /** The n-th part (1-based) of a sitemap too large for one file; sitemap.xml is then their index. */
  sitemapPart: (n: number) => `sitemap-${n}.xml`,
  ogImage: () => 'og-placeholder.png',
  /** The site icon (public/favicon.svg): without it every page load asks for /favicon.ico and gets a 404. */
  favicon: () => 'favicon.svg',
} as const;

/** Join the site base ("/" or "/sub/") with a route path. */
export function href(base: string, path: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}${path}`;
}

/**
 * Absolute URL of a route for canonical links, feeds, the sitemap and the calendar file:
 * site "https://example.org", base "/sub/" → "https://example.org/sub/<path>".
 */
export function absoluteHref(site: URL | string, base: string, path: string): string {
  return new URL(href(base, path), site).href;
}

/**
 * A page of a peer site (issue 21; `path` relative to the peer's base, as its do-thi.json gives it).
 * A peer with a url: that absolute URL. A peer known only by a local path (a folder or .zip of its
 * build): it is taken to be published beside this site, in a sibling folder named by its id —
 * `<base>../<peer id>/<path>` ("/xa/../tinh/van-ban/x/" from base "/xa/", which the browser reads as
 * "/tinh/van-ban/x/"). A multi-site offline bundle rewrites the second form.
 */
export function peerHref(peer: { id: string; url?: string | undefined }, base: string, path: string): string {
  if (peer.url) return new URL(path, peer.url.endsWith('/') ? peer.url : `${peer.url}/`).href;
  return href(base, `../${peer.id}/${path}`);
}
