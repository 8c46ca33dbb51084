/**
 * RSS 2.0 feed of new directives. "New" means newly published on the site: items are ordered by
 * import day (newest first), then in compareDirectives order, and dated by import day, which is
 * data, so the same corpus gives the same bytes. Pure.
 */
import { compareDirectives } from '../lib/labels.ts';
import type { Entry } from '../model/directive.ts';
import { escapeXml } from './xml.ts';

export interface FeedItem { title: string; url: string; description: string; categories: readonly string[] }
export interface RssOptions<T extends Entry> {
  title: string;
  description: string;
  /** Absolute URLs. */
  homeUrl: string;
  selfUrl: string;
  limit: number;
  item: (entry: T) => FeedItem;
}

/** "2026-11-23" → "Mon, 23 Nov 2026 00:00:00 GMT" (RFC 822 as RSS wants). */
export const rfc822Day = (day: string) => new Date(`${day}T00:00:00Z`).toUTCString();

export function feedOrder<T extends Entry>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => {
    const ia = a.data.provenance.imported, ib = b.data.provenance.imported;
    return ia !== ib ? (ia < ib ? 1 : -1) : compareDirectives(a, b);
  });
}

export function toRss<T extends Entry>(entries: readonly T[], o: RssOptions<T>): string {
  const items = feedOrder(entries).slice(0, o.limit);
  const newest = items[0]?.data.provenance.imported;
  const x = escapeXml;
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    `<title>${x(o.title)}</title>`,
    `<link>${x(o.homeUrl)}</link>`,
    `<description>${x(o.description)}</description>`,
    '<language>vi</language>',
    ...(newest ? [`<lastBuildDate>${rfc822Day(newest)}</lastBuildDate>`] : []),
    `<atom:link href="${x(o.selfUrl)}" rel="self" type="application/rss+xml"/>`,
  ];
  for (const e of items) {
    const it = o.item(e);
    out.push(
      '<item>',
      `<title>${x(it.title)}</title>`,
      `<link>${x(it.url)}</link>`,
      `<guid isPermaLink="true">${x(it.url)}</guid>`,
      `<pubDate>${rfc822Day(e.data.provenance.imported)}</pubDate>`,
      `<description>${x(it.description)}</description>`,
      ...it.categories.map((c) => `<category>${x(c)}</category>`),
      '</item>',
    );
  }
  out.push('</channel>', '</rss>', '');
  return out.join('\n');
}
