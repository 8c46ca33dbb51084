/**
 * The sitemap (sitemaps.org 0.9) from the list of built pages. Pure; sorted, so reproducible.
 *
 * A sitemap file holds at most 50,000 URLs and 50 MB (uncompressed). Within both, the site has
 * one sitemap.xml, a <urlset>; past either, sitemap.xml becomes a <sitemapindex> of parts
 * (sitemap-1.xml, sitemap-2.xml …), each within both limits, so robots.txt and the footer link
 * name the same file whatever the size of the site.
 */
import { escapeXml } from './xml.ts';

export interface SitemapLimits { urls: number; bytes: number }
export const SITEMAP_LIMITS: SitemapLimits = { urls: 50_000, bytes: 50 * 1024 * 1024 };

const HEAD = '<?xml version="1.0" encoding="UTF-8"?>';
const URLSET_OPEN = '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">';
const INDEX_OPEN = '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">';
const urlEntry = (u: string) => `<url><loc>${escapeXml(u)}</loc></url>`;
/** Bytes of a document's lines joined by "\n" with a final newline. */
const bytesOf = (lines: readonly string[]) => lines.reduce((n, l) => n + Buffer.byteLength(l) + 1, 0);

/** Entry lines → a whole document: head, opening tag, the lines, closing tag. */
const documentOf = (open: string, close: string, lines: readonly string[]) => [HEAD, open, ...lines, close, ''].join('\n');

/** Absolute page URLs → one <urlset> document; duplicates dropped, sorted. */
export function toSitemap(urls: readonly string[]): string {
  return documentOf(URLSET_OPEN, '</urlset>', [...new Set(urls)].sort().map(urlEntry));
}

/** Absolute URLs of sitemap parts → the <sitemapindex> document listing them, in the order given. */
export function toSitemapIndex(partUrls: readonly string[]): string {
  return documentOf(INDEX_OPEN, '</sitemapindex>', partUrls.map((u) => `<sitemap><loc>${escapeXml(u)}</loc></sitemap>`));
}

/** Absolute page URLs, deduplicated and sorted, cut into runs whose <urlset> each keeps within `limits`. */
export function sitemapChunks(urls: readonly string[], limits: SitemapLimits = SITEMAP_LIMITS): string[][] {
  const frame = bytesOf([HEAD, URLSET_OPEN, '</urlset>']);
  const chunks: string[][] = [];
  let chunk: string[] = [];
  let bytes = frame;
  for (const url of [...new Set(urls)].sort()) {
    const size = bytesOf([urlEntry(url)]);
    if (frame + size > limits.bytes) throw new Error(`sitemap: a URL of ${size} bytes cannot fit in a sitemap of ${limits.bytes} bytes: ${url.slice(0, 200)}`);
    if (chunk.length === limits.urls || bytes + size > limits.bytes) {
      chunks.push(chunk);
      chunk = [];
      bytes = frame;
    }
    chunk.push(url);
    bytes += size;
  }
  if (chunk.length || !chunks.length) chunks.push(chunk);
  return chunks;
}

export interface SitemapFile { path: string; xml: string }

export interface SitemapNames {
  /** The sitemap robots.txt names ("sitemap.xml"). */
  main: string;
  /** The n-th part (1-based) when there are several ("sitemap-1.xml"). */
  part: (n: number) => string;
  /** A path of the site → its absolute URL (the index lists absolute URLs). */
  url: (path: string) => string;
}

/** Absolute page URLs → the sitemap files to write: one <urlset>, or an index and its parts. */
export function sitemapFiles(urls: readonly string[], names: SitemapNames, limits: SitemapLimits = SITEMAP_LIMITS): SitemapFile[] {
  const chunks = sitemapChunks(urls, limits);
  if (chunks.length > limits.urls) throw new Error(`sitemap: ${chunks.length} parts, more than an index may list (${limits.urls})`);
  if (chunks.length === 1) return [{ path: names.main, xml: toSitemap(chunks[0]!) }];
  const parts = chunks.map((chunk, i) => ({ path: names.part(i + 1), xml: toSitemap(chunk) }));
  return [{ path: names.main, xml: toSitemapIndex(parts.map((p) => names.url(p.path))) }, ...parts];
}

/** Built pathnames ("", "van-ban/x/", "lich.ics") → the HTML pages among them (not files, not 404). */
export function htmlPages(pathnames: readonly string[]): string[] {
  return pathnames
    .map((p) => p.replace(/^\/+/, ''))
    .filter((p) => (p === '' || p.endsWith('/')) && !/^404\/?$/.test(p));
}
