/**
 * Bytes that are overhead, not content (issue 19: the output at 10,000 directives). A directive
 * page and its loudspeaker script are the bulk of the site's HTML (~13,000 and ~23,000 pages at
 * 10,000 directives), so what they carry besides their text is bounded here on the seeds.
 */
import { describe, expect, inject, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const SEEDS = ['cong-van-khong-so-2024-44cf0838', 'huong-dan-khong-so-khong-ngay-cb6f72ab', 'ke-hoach-khong-so-khong-ngay-d1f5bbac'];
const html = (dist: string, path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
/** Bytes of the page that are not the text of its text nodes: tags, attributes, the head. */
const markupBytes = (h: string) => Buffer.byteLength(h) - Buffer.byteLength(h.replace(/<[^>]*>/g, ''));

describe('page bytes that are overhead', () => {
  const dist = inject('dist');

  it('directive, script, cited-document and number pages carry no scoped-style attribute (data-astro-cid-…: ~25 bytes on each element)', () => {
    const sub = (dir: string) => readdirSync(join(dist, dir), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => `${dir}/${e.name}`);
    const pages = [...SEEDS.flatMap((id) => [`van-ban/${id}`, `phat-thanh/${id}`]), ...sub('tai-lieu'), ...sub('so-hieu')];
    expect(sub('so-hieu').length).toBeGreaterThan(5);
    expect(pages.length).toBeGreaterThan(8);
    for (const p of pages) expect(html(dist, p), p).not.toContain('data-astro-cid-');
  });

  it('a reading page\'s policy leaves to default-src what would say only \'self\' (~110 bytes a page)', () => {
    for (const p of [...SEEDS.flatMap((id) => [`van-ban/${id}`, `phat-thanh/${id}`]), 'so-hieu/18nqtw', 'tai-lieu/nghi-quyet-18-nq-tw-2022-06-16']) {
      const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html(dist, p))?.[1];
      expect(policy, p).toBe("default-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'");
    }
  });

  it('a directive page: at most 14,000 bytes of markup (14,107–16,750 with scoped styles; 10,976–13,139 without)', () => {
    for (const id of SEEDS) expect(markupBytes(html(dist, `van-ban/${id}`)), id).toBeLessThanOrEqual(14_000);
  });

  it('a script page: at most 7,000 bytes of markup (8,650–13,431 with a span and a scoped attribute per line; 4,475–5,626 without)', () => {
    for (const id of SEEDS) expect(markupBytes(html(dist, `phat-thanh/${id}`)), id).toBeLessThanOrEqual(7_000);
  });
});
