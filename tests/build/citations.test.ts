/**
 * Built pages of the citation graph: each seed's citations are links to the right pages, the
 * number page for 18-NQ/TW lists two documents, cited-document pages list their citing
 * directives with the sentence, the graph JSON is published, and no internal link is broken.
 */
import { describe, expect, inject, it } from 'vitest';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPage as page } from '../helpers/build.ts';
import { brokenInternalLinks } from '../../src/audit/internal-links.ts';
import { checkContract } from '../../src/federation/contract.ts';
import { schemaErrors } from '../helpers/json-schema.ts';
import { ROOT } from '../helpers/seeds.ts';
import { tempDir } from '../helpers/temp.ts';

const SEED_001 = 'van-ban/huong-dan-khong-so-khong-ngay-cb6f72ab';
const SEED_004 = 'van-ban/ke-hoach-khong-so-khong-ngay-d1f5bbac';
const SEED_000 = 'van-ban/cong-van-khong-so-2024-44cf0838';
const NQ18_2017 = '/tai-lieu/nghi-quyet-18-nq-tw-2017-10-25/';
const NQ18_2022 = '/tai-lieu/nghi-quyet-18-nq-tw-2022-06-16/';

describe('citation links and graph pages', () => {
  const dist = inject('dist');
  const cites = (path: string) => page(dist, path).querySelectorAll('.text a.cite').map((a) => ({ text: a.text, href: a.getAttribute('href') }));

  it('seed 004: every citation is a link; the two 18-NQ/TW resolutions link to two pages', () => {
    const links = cites(SEED_004);
    expect(links).toHaveLength(14);
    const nq18 = links.filter((l) => l.text.includes('18-NQ/TW'));
    expect(nq18.map((l) => l.href)).toEqual([NQ18_2022, NQ18_2022, NQ18_2017]);
    expect(links[0]).toEqual({ text: 'Hướng dẫn số 06-HD/BTGDVTU, ngày 06/8/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy', href: '/tai-lieu/huong-dan-06-hd-btgdvtu-2025-08-06/' });
  });

  it('seed 001: all thirteen 18-NQ/TW mentions link to the 2017 resolution', () => {
    const nq18 = cites(SEED_001).filter((l) => l.text.includes('18-NQ/TW'));
    expect(nq18).toHaveLength(13);
    expect(new Set(nq18.map((l) => l.href))).toEqual(new Set([NQ18_2017]));
  });

  it('seed 000: 15 citations linked; one broken by emphasis and a line is two <a> with one target', () => {
    const links = cites(SEED_000);
    expect(links).toHaveLength(16);
    expect(links.filter((l) => l.href === '/tai-lieu/cong-dien-112-cd-ttg-2024-11-06/').map((l) => l.text)).toEqual([
      'Công điện số 112/CĐ-TTg ngày 6/11/2024 của Thủ tướng', ' Chính phủ',
    ]);
    expect(links.filter((l) => l.href === NQ18_2017).map((l) => l.text)).toEqual([
      'Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII', 'Nghị quyết số 18-NQ/TW', 'Nghị quyết số 18-NQ/TW',
    ]);
    expect(new Set(links.map((l) => l.href)).size).toBe(13);
  });

  it('linking changed no word of the text', () => {
    for (const p of [SEED_000, SEED_001, SEED_004]) {
      const html = readFileSync(join(dist, p, 'index.html'), 'utf8');
      expect(html).not.toMatch(/<a[^>]*>[^<]*<a/); // never nested
    }
  });

  it('the number page for 18-NQ/TW lists two documents', () => {
    const doc = page(dist, 'so-hieu/18nqtw');
    expect(doc.querySelector('h1')!.text).toBe('Số hiệu 18-NQ/TW');
    expect(doc.querySelectorAll('ol.documents a').map((a) => [a.text, a.getAttribute('href')])).toEqual([
      ['Nghị quyết số 18-NQ/TW ngày 25/10/2017', NQ18_2017],
      ['Nghị quyết số 18-NQ/TW ngày 16/06/2022', NQ18_2022],
    ]);
  });

  it('a cited-document page lists its citing directives with the sentence around each citation', () => {
    const doc = page(dist, NQ18_2022);
    expect(doc.querySelector('h1')!.text).toBe('Nghị quyết số 18-NQ/TW ngày 16/06/2022');
    const citing = doc.querySelectorAll('ol.citing > li');
    expect(citing).toHaveLength(1);
    expect(citing[0]!.querySelector('a')!.getAttribute('href')).toBe(`/${SEED_004}/`);
    expect(citing[0]!.querySelectorAll('q').map((q) => q.text)[0]).toContain('Nghị quyết số 18-NQ/TW, ngày 16/6/2022 của Ban Chấp hành Trung ương');
    expect(page(dist, NQ18_2017).querySelectorAll('ol.citing > li')).toHaveLength(3);
    // Readers see the sentence, not the file's line numbers nor how the tie was made when the citation states it.
    expect(doc.querySelector('ol.citing')!.text).not.toMatch(/dòng \d|xác định theo/u);
  });

  it('directive pages show upstream, downstream and backlinks', () => {
    const doc = page(dist, SEED_001);
    const attrs = doc.querySelector('dl.attributes')!;
    expect(attrs.querySelector('a[href="/tai-lieu/huong-dan-173-hd-btgtw-2024-11-28/"]')).not.toBeNull();
    const relations = doc.querySelector('section.relations')!;
    expect(relations.text).toContain('Chuỗi triển khai');
    expect(relations.querySelector('[aria-current="page"]')!.text).toContain('văn bản này');
    expect(relations.text).toContain('Được dẫn chiếu bởi (0)');
  });

  it('publishes the graph as JSON', () => {
    const json = JSON.parse(readFileSync(join(dist, 'do-thi.json'), 'utf8'));
    expect([json.format, json.version, json.site]).toEqual(['chidao-graph', 2, { id: 'chidao', office: 'Ban Tuyên giáo' }]);
    // The site's public contract: its JSON Schema (schemas/do-thi.schema.json) and the reader's own check.
    expect(schemaErrors(JSON.parse(readFileSync(join(ROOT, 'schemas/do-thi.schema.json'), 'utf8')), json)).toEqual([]);
    expect('graph' in checkContract(json)).toBe(true);
    expect(json.numbers['18nqtw'].documents).toHaveLength(2);
    expect(json.references.length).toBe(45);
  });

  it('no internal link points to nothing', () => {
    expect(brokenInternalLinks(dist)).toEqual([]);
  });

  it('the link check finds a broken link', () => {
    const copy = tempDir('links');
    cpSync(join(dist, 'so-hieu'), join(copy, 'so-hieu'), { recursive: true });
    writeFileSync(join(copy, 'index.html'), '<a href="/so-hieu/18nqtw/">ok</a> <a href="so-hieu/khong-co/">bad</a> <a href="https://x.example/">ext</a>');
    const broken = brokenInternalLinks(copy);
    expect(broken).toContainEqual({ page: 'index.html', href: 'so-hieu/khong-co/' });
    expect(broken.some((b) => b.href === '/so-hieu/18nqtw/')).toBe(false);
  });
});
