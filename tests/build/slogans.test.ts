/**
 * Build-output tests for the slogan pages: the gallery (khau-hieu/), one page per slogan
 * (khau-hieu/<slug>/) with its directives and its share image (print sizes: the poster maker), and the links to them from
 * the directive page, the home page and the navigation. Seed 001 (the Cao Bằng hướng dẫn) has ten
 * slogans; the other two seeds have none.
 */
import { describe, expect, inject, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { SEED } from '../helpers/content-entries.ts';
import { filesUnder } from '../helpers/build.ts';
import { SEED_001_SLOGANS } from '../helpers/seeds.ts';
import { sloganSlug } from '../../src/slogans/collect.ts';

const dist = inject('dist');
const page = (path: string): HTMLElement => parse(readFileSync(join(dist, path, 'index.html'), 'utf8'));
const text = (el: HTMLElement | null | undefined) => (el?.text ?? '').replace(/\s+/g, ' ').trim();
/** The page a site link points at ("/khau-hieu/x/" → khau-hieu/x/index.html) exists. */
const exists = (link: string) => existsSync(join(dist, link, 'index.html'));

const SEED_001 = `/van-ban/${SEED.huongDan}/`;

describe('slogan gallery (khau-hieu/)', () => {
  const doc = page('khau-hieu/');
  const items = doc.querySelectorAll('ul.slogan-gallery > li');

  it('shows every slogan once, alphabetically (Vietnamese order), each linked to its page', () => {
    expect(text(doc.querySelector('h1'))).toBe('Khẩu hiệu');
    expect(items).toHaveLength(10);
    const shown = items.map((li) => text(li.querySelector('a.slogan')));
    expect(new Set(shown)).toEqual(new Set(SEED_001_SLOGANS));
    expect(shown.slice(0, 3)).toEqual([
      'Chủ tịch Hồ Chí Minh vĩ đại sống mãi trong sự nghiệp của chúng ta!',
      'Đảng Cộng sản Việt Nam quang vinh muôn năm!',
      'Đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh, gọn, mạnh, hiệu năng, hiệu lực, hiệu quả!',
    ]);
    for (const li of items) {
      const link = li.querySelector('a.slogan')!.getAttribute('href')!;
      expect(link).toBe(`/khau-hieu/${sloganSlug(text(li.querySelector('a.slogan')))}/`);
      expect(exists(link), link).toBe(true);
    }
  });

  it('says how many directives each appears in and links them', () => {
    for (const li of items) {
      const from = li.querySelector('.from')!;
      expect(text(from)).toBe('Xuất hiện trong 1 văn bản: Hướng dẫn (không số).');
      expect(from.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual([SEED_001]);
    }
  });
});

describe('slogan pages (khau-hieu/<slug>/)', () => {
  it('one per slogan: the slogan as the heading, the directive it comes from with its date', () => {
    for (const slogan of SEED_001_SLOGANS) {
      const doc = page(`khau-hieu/${sloganSlug(slogan)}/`);
      expect(text(doc.querySelector('h1'))).toBe(slogan);
      expect(doc.querySelector('title')!.text).toBe(`${slogan} — Khẩu hiệu — chidao`);
      expect(text(doc.querySelector('main .n'))).toBe('Xuất hiện trong 1 văn bản.');
      const list = doc.querySelectorAll('ol.directives > li');
      expect(list).toHaveLength(1);
      expect(list[0]!.querySelector('a')!.getAttribute('href')).toBe(SEED_001);
      // Seed 001 prints no date: shown as such, not filled in.
      expect(text(list[0])).toContain('Hướng dẫn (không số) · Không rõ ngày · Ban Tuyên giáo Tỉnh ủy Cao Bằng');
      expect(doc.querySelector('main a[href="/khau-hieu/"]')).not.toBeNull();
    }
  });

  it('shows its share image (preview, og:image, PNG download) and sends print sizes to the poster maker with the slogan filled in', () => {
    const slogan = SEED_001_SLOGANS[7]!;
    const slug = sloganSlug(slogan);
    const doc = page(`khau-hieu/${slug}/`);
    const section = doc.querySelector('section#ap-phich')!;
    expect(section.getAttribute('data-slogan')).toBe(slug);
    expect(text(section.querySelector('h2'))).toBe('Áp phích');
    const preview = section.querySelector('img.preview')!;
    expect(preview.getAttribute('alt')).toBe(`Áp phích khẩu hiệu: ${slogan}`);
    expect(preview.getAttribute('src')).toBe(`/khau-hieu-anh/${slug}/og--do.png`);
    expect(doc.querySelector('meta[property="og:image"]')!.getAttribute('content')).toBe(`https://chidao.example/khau-hieu-anh/${slug}/og--do.png`);
    const links = section.querySelectorAll('a').map((a) => a.getAttribute('href')!);
    // The one drawn image, and the maker page for every other size and style, the slogan filled in.
    const png = `/khau-hieu-anh/${slug}/og--do.png`;
    expect(exists('/ap-phich/tao/')).toBe(true);
    expect(links).toEqual([png, `/ap-phich/tao/?text=${encodeURIComponent(slogan)}`]);
    expect(new URLSearchParams(links[1]!.split('?')[1]).get('text')).toBe(slogan);
    expect(text(section)).toContain('In khổ lớn: mở trình tạo áp phích');
    const bytes = readFileSync(join(dist, png));
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  it('the build draws only the images pages show: one share image per slogan and per directive, no print file', () => {
    const files = filesUnder(join(dist, 'khau-hieu-anh'));
    expect(files.filter((f) => f !== 'manifest.json').sort()).toEqual(SEED_001_SLOGANS.map((s) => `${sloganSlug(s)}/og--do.png`).sort());
    for (const id of Object.values(SEED)) expect(filesUnder(join(dist, 'anh-van-ban', id))).toEqual(['og--do.png']);
  });

  it('are in the sitemap', () => {
    const sitemap = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain('<loc>https://chidao.example/khau-hieu/</loc>');
    for (const slogan of SEED_001_SLOGANS) expect(sitemap).toContain(`<loc>https://chidao.example/khau-hieu/${sloganSlug(slogan)}/</loc>`);
  });
});

describe('links to the slogan pages', () => {
  it("seed 001's attribute panel lists its ten slogans in order, each linked to its page", () => {
    const panel = page(SEED_001).querySelector('dl.attributes')!;
    const dt = panel.querySelectorAll('dt').find((e) => text(e) === 'Khẩu hiệu')!;
    expect(dt).toBeDefined();
    const links = (dt.nextElementSibling as HTMLElement).querySelectorAll('li a');
    expect(links.map((a) => text(a))).toEqual(SEED_001_SLOGANS);
    expect(links.map((a) => a.getAttribute('href'))).toEqual(SEED_001_SLOGANS.map((s) => `/khau-hieu/${sloganSlug(s)}/`));
  });

  it('seeds without slogans have no "Khẩu hiệu" entry in their panel', () => {
    for (const id of [SEED.congVan, SEED.keHoach]) {
      expect(page(`van-ban/${id}/`).querySelectorAll('dl.attributes dt').map((e) => text(e))).not.toContain('Khẩu hiệu');
    }
  });

  it('the home page links its sample slogans to their pages and to the gallery; the navigation has the gallery', () => {
    const home = page('');
    const section = home.querySelector('section[aria-labelledby="khau-hieu"]')!;
    const sloganLinks = section.querySelectorAll('q a');
    expect(sloganLinks.length).toBeGreaterThan(0);
    for (const a of sloganLinks) expect(a.getAttribute('href')).toBe(`/khau-hieu/${sloganSlug(text(a))}/`);
    expect(section.querySelector('a[href="/khau-hieu/"]')).not.toBeNull();
    expect(home.querySelector('header nav a[href="/khau-hieu/"]')?.text).toBe('Khẩu hiệu');
    expect(page('khau-hieu/').querySelector('header nav a[href="/khau-hieu/"]')?.getAttribute('aria-current')).toBe('page');
  });
});
