/** sitemap.xml (sitemaps.org 0.9) from the list of built pages. Pure; sorted, so reproducible. */
import { escapeXml } from './xml.ts';

/** Absolute page URLs → the sitemap document; duplicates dropped, sorted. */
export function toSitemap(urls: readonly string[]): string {
  const sorted = [...new Set(urls)].sort();
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...sorted.map((u) => `<url><loc>${escapeXml(u)}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n');
}

/** Built pathnames ("", "van-ban/x/", "lich.ics") → the HTML pages among them (not files, not 404). */
export function htmlPages(pathnames: readonly string[]): string[] {
  return pathnames
    .map((p) => p.replace(/^\/+/, ''))
    .filter((p) => (p === '' || p.endsWith('/')) && !/^404\/?$/.test(p));
}
