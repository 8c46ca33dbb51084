/** RSS and sitemap writers: escaping, order, dates from data. */
import { describe, expect, it } from 'vitest';
import { XMLValidator } from 'fast-xml-parser';
import { feedOrder, rfc822Day, toRss } from '../../src/feeds/rss.ts';
import { htmlPages, toSitemap } from '../../src/feeds/sitemap.ts';
import { escapeXml } from '../../src/feeds/xml.ts';
import { fakeEntry } from '../helpers/content-entries.ts';

describe('rss', () => {
  const prov = (imported: string) => ({ source: 'x.txt', sha256: '0'.repeat(64), imported, completeness: 'complete' as const });
  const a = fakeEntry('a', { date: '2024-01-01', provenance: prov('2026-01-02') });
  const b = fakeEntry('b', { date: '2025-01-01', provenance: prov('2026-01-01') });
  const c = fakeEntry('c', { provenance: prov('2026-01-02'), title: 'A & B <c> "d"' });

  it('newest import first, then newest document', () => {
    expect(feedOrder([b, c, a]).map((e) => e.id)).toEqual(['a', 'c', 'b']);
  });

  it('dates in RFC 822 from the import day', () => {
    expect(rfc822Day('2026-11-23')).toBe('Mon, 23 Nov 2026 00:00:00 GMT');
  });

  it('is well-formed XML with escaped text, reproducible, limited', () => {
    const o = {
      title: 'T', description: 'D', homeUrl: 'https://x.example/', selfUrl: 'https://x.example/rss.xml', limit: 2,
      item: (e: typeof a) => ({ title: e.data.title ?? e.id, url: `https://x.example/${e.id}/`, description: 'x', categories: ['Điện & hạt nhân'] }),
    };
    const xml = toRss([a, b, c], o);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('<title>A &amp; B &lt;c&gt; &quot;d&quot;</title>');
    expect(xml).toContain('<category>Điện &amp; hạt nhân</category>');
    expect(xml.match(/<item>/g)).toHaveLength(2);
    expect(xml).toContain('<lastBuildDate>Fri, 02 Jan 2026 00:00:00 GMT</lastBuildDate>');
    expect(toRss([c, b, a], o)).toBe(xml);
  });
});

describe('sitemap', () => {
  it('keeps HTML pages only, sorted, unique, escaped', () => {
    expect(htmlPages(['', 'lich.ics', 'van-ban/x/', '/loai/', '404/', 'rss.xml'])).toEqual(['', 'van-ban/x/', 'loai/']);
    const xml = toSitemap(['https://x.example/b/', 'https://x.example/a/?q=1&r=2', 'https://x.example/b/']);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml.match(/<loc>[^<]*<\/loc>/g)).toEqual(['<loc>https://x.example/a/?q=1&amp;r=2</loc>', '<loc>https://x.example/b/</loc>']);
  });
  it('escapeXml drops characters XML forbids', () => {
    expect(escapeXml('a\u0001b\'')).toBe('ab&apos;');
  });
});
