/**
 * Build-output tests for browsing, the calendar, feeds and page metadata. They read the site
 * built once for all build tests (global-setup.ts, `inject('dist')`) with real parsers
 * (node-html-parser, ical.js, fast-xml-parser) and check lists and their order, the undated
 * headings, links, the .ics, RSS and sitemap, canonical and Open Graph tags; then build twice more:
 * two builds must be byte-identical, and CHIDAO_SITE/CHIDAO_BASE must move every URL.
 *
 * Those builds go to a folder of this run under the project (.cache/), each with its own cache
 * folder: Astro puts its prerender chunks in <root>/.astro/.prerender when outDir is outside the
 * project, a folder that builds running at once would share.
 */
import { afterAll, describe, expect, inject, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import ICAL from 'ical.js';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ROOT } from '../helpers/seeds.ts';
import { astroBuild, filesUnder } from '../helpers/build.ts';
import { SEED } from '../helpers/content-entries.ts';

const SITE = 'https://chidao.example';
const SEED_PATHS = [SEED.congVan, SEED.huongDan, SEED.keHoach].map((id) => `/van-ban/${id}/`);
let work: string | undefined;

function build(env: Record<string, string> = {}): string {
  mkdirSync(join(ROOT, '.cache'), { recursive: true });
  work ??= mkdtempSync(join(ROOT, '.cache', 'browse-test-'));
  const dir = mkdtempSync(join(work, 'build-'));
  const out = join(dir, 'dist');
  const r = astroBuild(out, { ...env, CHIDAO_CACHE_DIR: join(dir, 'cache') });
  if (r.status !== 0) throw new Error(`astro build failed:\n${r.stdout}\n${r.stderr}`);
  return out;
}

const files = filesUnder;

const dist = inject('dist');
const page = (path: string): HTMLElement => parse(readFileSync(join(dist, path, 'index.html'), 'utf8'));
const hrefs = (doc: HTMLElement, selector: string) => doc.querySelectorAll(selector).map((a) => a.getAttribute('href')!);
const texts = (doc: HTMLElement, selector: string) => doc.querySelectorAll(selector).map((e) => e.text.trim());
/** The section holding a heading with this text. */
const sectionOf = (doc: HTMLElement, heading: string) =>
  doc.querySelectorAll('h2, h3').find((h) => h.text.trim() === heading)?.parentNode as HTMLElement | undefined;

const BROWSE_PAGES = [
  '', 'dong-thoi-gian/', 'loai/', 'loai/cong-van/', 'loai/huong-dan/', 'loai/ke-hoach/', 'co-quan/',
  'co-quan/cuc-thong-tin-co-so/', 'co-quan/ban-tuyen-giao-tinh-uy-cao-bang/', 'co-quan/ban-thuong-vu-dang-uy-xa/',
  'cap/', 'cap/trung-uong/', 'cap/tinh/', 'cap/xa/', 'nam/', 'nam/2024/', 'chu-de/', 'chu-de/sap-xep-to-chuc-bo-may/',
  'lich/', 'lich/2024/11/', 'lich/2024/12/', 'lich/2025/08/', 'lich/2025/09/', 'lich/2026/11/', 'lich/2027/09/', 'khau-hieu/',
];

afterAll(() => { if (work) rmSync(work, { recursive: true, force: true }); });

describe('browse pages', () => {
  it('all exist; empty groups have no page (no district-level directive)', () => {
    for (const p of BROWSE_PAGES) expect(existsSync(join(dist, p, 'index.html')), p).toBe(true);
    expect(existsSync(join(dist, 'cap/huyen/index.html'))).toBe(false);
  });

  it('home: latest, undated under its own heading, commemorations, slogans, browse links', () => {
    const doc = page('');
    expect(texts(doc, 'main h2')).toEqual(['Văn bản mới', 'Văn bản không rõ ngày ban hành', 'Ngày kỷ niệm sắp tới', 'Khẩu hiệu', 'Duyệt văn bản']);
    expect(hrefs(sectionOf(doc, 'Văn bản mới')!, 'ol.directives a')).toEqual([SEED_PATHS[0]]);
    expect(hrefs(sectionOf(doc, 'Văn bản không rõ ngày ban hành')!, 'ol.directives a')).toEqual([SEED_PATHS[1], SEED_PATHS[2]]);
    // Forward from the build day (25/11/2026), not from the import day (23/11/2026, after every
    // stated anniversary): each anniversary's next return, counted from its base year.
    expect(texts(doc, '.events time')).toEqual(['Thứ Bảy, 28/11/2026', 'Thứ Tư, 02/12/2026', 'Thứ Ba, 22/12/2026', 'Thứ Ba, 22/12/2026', 'Thứ Năm, 19/08/2027']);
    expect(texts(doc, '.events .what')[0]).toBe('Ngày sinh Ph.Ăng-ghen — 206 năm (28/11/1820 – 28/11/2026; số năm tính từ năm gốc)');
    expect(texts(doc, '.note')[0]).toBe('Tính từ ngày 25/11/2026; ngày kỷ niệm lặp lại hằng năm.');
    expect(texts(doc, 'ul.slogans q')).toHaveLength(2);
    expect(hrefs(doc, 'ul.slogans .from a')).toEqual([SEED_PATHS[1], SEED_PATHS[1]]);
    expect(hrefs(doc, 'ul.slogans q a').every((a) => a.startsWith('/khau-hieu/'))).toBe(true);
  });

  it('timeline: year → month newest first, year-only under its heading, undated last', () => {
    const doc = page('dong-thoi-gian/');
    expect(texts(doc, 'main h2')).toEqual(['Năm 2024', 'Văn bản không rõ ngày ban hành']);
    expect(texts(doc, 'main h3')).toEqual(['Năm 2024, không rõ tháng']);
    expect(hrefs(doc, 'ol.directives a')).toEqual(SEED_PATHS);
  });

  it('by type, body, level, topic: each list in date order, undated under their own heading', () => {
    expect(hrefs(page('loai/'), 'ul.groups a')).toEqual(['/loai/cong-van/', '/loai/huong-dan/', '/loai/ke-hoach/']);
    const huongDan = page('loai/huong-dan/');
    expect(huongDan.querySelector('h1')!.text).toBe('Hướng dẫn');
    expect(hrefs(sectionOf(huongDan, 'Văn bản không rõ ngày ban hành')!, 'a')).toEqual([SEED_PATHS[1]]);
    expect(hrefs(page('co-quan/cuc-thong-tin-co-so/'), 'ol.directives a')).toEqual([SEED_PATHS[0]]);
    expect(texts(page('co-quan/'), 'ul.groups a')).toEqual(['Ban Thường vụ Đảng ủy xã', 'Ban Tuyên giáo Tỉnh ủy Cao Bằng', 'Cục Thông tin cơ sở']);
    expect(texts(page('cap/'), 'ul.groups li')).toEqual(['Trung ương (1 văn bản)', 'Cấp tỉnh (1 văn bản)', 'Cấp huyện (0 văn bản)', 'Cấp xã (1 văn bản)']);
    expect(page('cap/xa/').querySelector('h1')!.text).toBe('Văn bản cấp xã');
    expect(hrefs(page('cap/xa/'), 'ol.directives a')).toEqual([SEED_PATHS[2]]);
    const topic = page('chu-de/sap-xep-to-chuc-bo-may/');
    expect(hrefs(topic, 'ol.directives a')).toEqual([SEED_PATHS[0], SEED_PATHS[1]]);
    expect(hrefs(sectionOf(topic, 'Văn bản không rõ ngày ban hành')!, 'a')).toEqual([SEED_PATHS[1]]);
    expect(texts(page('chu-de/'), 'ul.groups a')).toHaveLength(8);
  });

  it('by year: months (none for the seeds), the year-only date, the undated', () => {
    const years = page('nam/');
    expect(hrefs(years, 'ul.groups a')).toEqual(['/nam/2024/']);
    expect(hrefs(sectionOf(years, 'Văn bản không rõ ngày ban hành')!, 'ol.directives a')).toEqual([SEED_PATHS[1], SEED_PATHS[2]]);
    const y2024 = page('nam/2024/');
    expect(texts(y2024, 'main h2')).toEqual(['Năm 2024, không rõ tháng']);
    expect(hrefs(y2024, 'ol.directives a')).toEqual([SEED_PATHS[0]]);
  });

  it('every internal link of these pages leads to a built file or an anchor on its page', () => {
    for (const p of BROWSE_PAGES) {
      const doc = page(p);
      const ids = new Set(doc.querySelectorAll('[id]').map((e) => e.id));
      for (const a of hrefs(doc, 'a[href]')) {
        if (/^https?:/.test(a)) continue;
        const [path, hash] = a.split('#') as [string, string | undefined];
        if (path === '') { expect(ids.has(hash!), `${p} → ${a}`).toBe(true); continue; }
        const file = join(dist, path, path.endsWith('/') ? 'index.html' : '');
        expect(existsSync(file), `${p} → ${a}`).toBe(true);
        if (hash) expect(parse(readFileSync(file, 'utf8')).querySelector(`[id="${hash}"]`), `${p} → ${a}`).not.toBeNull();
      }
    }
  });
});

describe('layout: landmarks, navigation, metadata, no client JavaScript', () => {
  it.each(BROWSE_PAGES)('/%s', (p) => {
    const doc = page(p);
    expect(doc.querySelector('html')!.getAttribute('lang')).toBe('vi');
    const skip = doc.querySelector('body > a.skip')!;
    expect(skip.getAttribute('href')).toBe('#noi-dung');
    expect(doc.querySelector('main#noi-dung')).not.toBeNull();
    expect(doc.querySelectorAll('header.site nav[aria-label] a')).toHaveLength(9);
    expect(doc.querySelector('footer.site')).not.toBeNull();
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    // The styles are files of the site (build.inlineStylesheets 'never'), shared by every page, not a
    // copy in each page: none inline, every stylesheet link same-origin and to a file the build wrote.
    expect(doc.querySelectorAll('style')).toHaveLength(0);
    const sheets = hrefs(doc, 'link[rel="stylesheet"]');
    expect(sheets.length).toBeGreaterThan(0);
    for (const s of sheets) {
      expect(s).toMatch(/^\/_astro\/[\w.-]+\.css$/);
      expect(existsSync(join(dist, s))).toBe(true);
    }
    const url = `${SITE}/${p}`;
    expect(doc.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe(url);
    const og = (prop: string) => doc.querySelector(`meta[property="og:${prop}"]`)?.getAttribute('content');
    expect(og('url')).toBe(url);
    expect(og('title')).toBe(doc.querySelector('title')!.text);
    expect(og('locale')).toBe('vi_VN');
    expect(og('image')).toBe(`${SITE}/og-placeholder.png`);
    expect(doc.querySelector('link[rel="icon"]')!.getAttribute('href')).toBe('/favicon.svg');
    expect(doc.querySelector('link[rel="alternate"][type="application/rss+xml"]')!.getAttribute('href')).toBe('/rss.xml');
  });

  it('a directive page gets the same canonical and Open Graph tags', () => {
    const doc = page(SEED_PATHS[0]!.slice(1));
    expect(doc.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe(`${SITE}${SEED_PATHS[0]}`);
    expect(doc.querySelector('meta[property="og:url"]')!.getAttribute('content')).toBe(`${SITE}${SEED_PATHS[0]}`);
  });

  it('the site icon is an SVG in the national colours', () => {
    const svg = readFileSync(join(dist, 'favicon.svg'), 'utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 32 32">/);
    expect(svg).toContain('fill="#DA251D"');
  });

  it('the Open Graph placeholder is a 1200×630 PNG', () => {
    const png = readFileSync(join(dist, 'og-placeholder.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  it('the A4 print stylesheet: official margins, Times New Roman 13pt, no navigation, plain links', () => {
    const css = hrefs(page(''), 'link[rel="stylesheet"]').map((s) => readFileSync(join(dist, s), 'utf8')).join('');
    expect(css).toContain('@page{size:A4;margin:20mm 15mm 20mm 30mm}');
    const print = css.slice(css.indexOf('@media print'));
    expect(print).toMatch(/font:13pt\/1\.5 Times New Roman/);
    expect(print).toMatch(/\.skip,header\.site,footer\.site,\.no-print\{display:none!important\}/);
    expect(print).toMatch(/a,a:visited\{color:inherit!important;text-decoration:none!important\}/);
  });
});

describe('commemoration calendar (built on TEST_TODAY, 25/11/2026)', () => {
  it('the calendar page looks twelve months ahead: anniversaries come back every year, counted from their base year', () => {
    const doc = page('lich/');
    expect(texts(doc, 'main section.month h2')).toEqual([
      'Tháng 11/2026', 'Tháng 12/2026', 'Tháng 1/2027', 'Tháng 2/2027', 'Tháng 3/2027', 'Tháng 4/2027',
      'Tháng 5/2027', 'Tháng 6/2027', 'Tháng 7/2027', 'Tháng 8/2027', 'Tháng 9/2027', 'Tháng 10/2027',
    ]);
    expect(texts(doc, 'section.month li.event time')).toEqual([
      'Chủ nhật, 01/11/2026', 'Thứ Sáu, 20/11/2026', 'Thứ Bảy, 28/11/2026', 'Thứ Tư, 02/12/2026', 'Thứ Ba, 22/12/2026', 'Thứ Ba, 22/12/2026',
      'Thứ Năm, 19/08/2027', 'Thứ Năm, 02/09/2027',
    ]);
    // No directive states 2026: the occasion, and the count from 1820 marked as counted.
    const engels = doc.querySelectorAll('section.month li.event').find((li) => li.text.includes('Ph.Ăng-ghen'))!;
    expect(engels.querySelector('.what')!.text.trim()).toBe('Ngày sinh Ph.Ăng-ghen — 206 năm (28/11/1820 – 28/11/2026; số năm tính từ năm gốc)');
    expect(engels.querySelector('.sources')!.text).toContain('văn bản nêu năm 2024');
    expect(texts(doc, 'p.none')).toHaveLength(8); // January to July and October 2027: nothing
    // Months before the build month with something in them, newest year first.
    expect(hrefs(doc, 'ul.earlier a')).toEqual([
      '/lich/2026/08/', '/lich/2026/09/', '/lich/2025/08/', '/lich/2025/09/', '/lich/2025/11/', '/lich/2025/12/', '/lich/2024/11/', '/lich/2024/12/',
    ]);
    expect(hrefs(doc, 'a[download]')).toEqual(['/lich.ics']);
  });

  it('a stated month shows the directive\'s words; its deadline too', () => {
    const doc = page('lich/2024/12/');
    expect(doc.querySelector('h1')!.text).toBe('Lịch kỷ niệm tháng 12/2024');
    expect(texts(doc, 'table.grid th')).toEqual(['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN']);
    expect(doc.querySelectorAll('table.grid tbody tr')).toHaveLength(6);
    expect(hrefs(doc, 'table.grid td.has a')).toEqual(['#ngay-2', '#ngay-22', '#ngay-31']);
    expect(texts(doc, 'li.event time')).toEqual(['Thứ Hai, 02/12/2024', 'Chủ nhật, 22/12/2024', 'Chủ nhật, 22/12/2024']);
    expect(texts(doc, 'li.event .what')).toContain('80 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2024)');
    expect(hrefs(doc, 'li.event .sources a')).toEqual([SEED_PATHS[0], SEED_PATHS[0], SEED_PATHS[0]]);
    expect(texts(doc, 'li.deadline time')).toEqual(['Thời hạn · Thứ Ba, 31/12/2024']);
    expect(hrefs(doc, 'li.deadline a')).toEqual([SEED_PATHS[1]]);
    for (const id of ['ngay-2', 'ngay-22', 'ngay-31']) expect(doc.querySelectorAll(`#${id}`), id).toHaveLength(1);
    expect(hrefs(doc, 'nav.months a')).toEqual(['/lich/2024/11/', '/lich/', '/lich/2025/08/']);
  });

  it('a month ahead: the same anniversaries a year on, counted', () => {
    const doc = page('lich/2026/12/');
    expect(texts(doc, 'li.event .what')).toEqual([
      'Chiến thắng Bình Giã — 62 năm (02/12/1964 – 02/12/2026; số năm tính từ năm gốc)',
      'Ngày hội quốc phòng toàn dân — 37 năm (22/12/1989 – 22/12/2026; số năm tính từ năm gốc)',
      'Ngày thành lập Quân đội nhân dân Việt Nam — 82 năm (22/12/1944 – 22/12/2026; số năm tính từ năm gốc)',
    ]);
  });

  it('lich.ics: RFC 5545 lines; ical.js expands each anniversary yearly, the stated year in the directive\'s words; the deadline once', () => {
    const ics = readFileSync(join(dist, 'lich.ics'), 'utf8');
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const vevents = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
    const masters = vevents.filter((v) => !v.hasProperty('recurrence-id')).map((v) => new ICAL.Event(v));
    const overrides = vevents.filter((v) => v.hasProperty('recurrence-id'));
    expect(masters.map((e) => [e.startDate.toString(), e.summary, e.isRecurring()])).toEqual([
      ['2024-11-01', 'Ngày truyền thống Ban Đối ngoại Trung ương (01/11/1949)', true],
      ['2024-11-20', 'ngày Nhà giáo Việt Nam (20/11/1982)', true],
      ['2024-11-28', 'Ngày sinh Ph.Ăng-ghen (28/11/1820)', true],
      ['2024-12-02', 'Chiến thắng Bình Giã (02/12/1964)', true],
      ['2024-12-22', 'Ngày hội quốc phòng toàn dân (22/12/1989)', true],
      ['2024-12-22', 'Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944)', true],
      ['2024-12-31', 'Thời hạn: Các cấp ủy, tổ chức đảng, các cơ quan, đơn vị từ tỉnh đến cơ sở chỉ đạo việc tổng kết hoàn thành trước ngày 31/12/2024', false],
      ['2025-08-19', 'Cách mạng Tháng Tám thành công (19/08/1945)', true],
      ['2025-09-02', 'Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam (02/09/1945)', true],
    ]);
    const army = new ICAL.Event(vevents.find((v) => !v.hasProperty('recurrence-id') && String(v.getFirstPropertyValue('summary')).startsWith('Ngày thành lập Quân đội'))!,
      { exceptions: overrides.filter((v) => v.getFirstPropertyValue('uid') === masters[5]!.uid) });
    const it = army.iterator();
    const days = Array.from({ length: 3 }, () => it.next()!);
    expect(days.map((d) => d.toString())).toEqual(['2024-12-22', '2025-12-22', '2026-12-22']);
    expect(days.map((d) => army.getOccurrenceDetails(d).item.summary)).toEqual([
      '80 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2024)',
      'Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944)',
      'Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944)',
    ]);
    for (const e of masters) {
      const url = e.component.getFirstPropertyValue('url') as string;
      expect(url.startsWith(SITE)).toBe(true);
      expect(existsSync(join(dist, url.slice(SITE.length), 'index.html'))).toBe(true);
      expect(e.description).toContain(url);
    }
  });
});

describe('feed and sitemap', () => {
  const xml = new XMLParser({ ignoreAttributes: false });

  it('rss.xml is well-formed RSS 2.0 listing the three seeds', () => {
    const text = readFileSync(join(dist, 'rss.xml'), 'utf8');
    expect(XMLValidator.validate(text)).toBe(true);
    const rss = xml.parse(text).rss;
    expect(rss['@_version']).toBe('2.0');
    expect(rss.channel.language).toBe('vi');
    const items = rss.channel.item as { link: string; title: string; pubDate: string }[];
    expect(items.map((i) => i.link)).toEqual(SEED_PATHS.map((p) => `${SITE}${p}`));
    expect(items[0]!.title).toBe('Công văn số …/TTCS-TTTQ — thông tin, tuyên truyền một số nội dung trọng tâm tháng 12/2024');
    expect(items.every((i) => i.pubDate === 'Mon, 23 Nov 2026 00:00:00 GMT')).toBe(true);
  });

  it('sitemap.xml lists exactly the built HTML pages, the three seeds among them', () => {
    const text = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
    expect(XMLValidator.validate(text)).toBe(true);
    const locs = ([] as { loc: string }[]).concat(xml.parse(text).urlset.url).map((u) => u.loc);
    for (const p of SEED_PATHS) expect(locs).toContain(`${SITE}${p}`);
    const built = files(dist).filter((f) => f.endsWith('index.html')).map((f) => `${SITE}/${f.replace(/index\.html$/, '')}`).sort();
    expect(locs).toEqual(built);
    // Within 50,000 pages, one file: no sitemap-N.xml parts (tests/unit/sitemap.test.ts for more).
    expect(files(dist).filter((f) => /^sitemap-\d+\.xml$/.test(f))).toEqual([]);
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE}/sitemap.xml`);
  });
});

describe('other builds', () => {
  it('two builds write the same bytes (every file: pages, .ics, feed, sitemap)', () => {
    const [one, two] = [build(), build()];
    const list = files(one);
    expect(files(two)).toEqual(list);
    for (const f of list) expect(readFileSync(join(two, f)).equals(readFileSync(join(one, f))), f).toBe(true);
  }, 600_000); // two whole builds

  it('CHIDAO_SITE and CHIDAO_BASE move every URL; CHIDAO_TODAY names the day "upcoming" counts from', () => {
    const out = build({ CHIDAO_SITE: 'https://example.org', CHIDAO_BASE: '/chidao/', CHIDAO_TODAY: '2024-11-25' });
    const home = parse(readFileSync(join(out, 'index.html'), 'utf8'));
    expect(texts(home, 'main h2')).toContain('Ngày kỷ niệm sắp tới');
    expect(texts(home, 'li.event time').slice(0, 2)).toEqual(['Thứ Năm, 28/11/2024', 'Thứ Hai, 02/12/2024']);
    expect(texts(home, 'li.event .what')[0]).toBe('204 năm Ngày sinh Ph.Ăng-ghen (28/11/1820 - 28/11/2024)'); // the stated year, as written
    expect(texts(home, 'li.deadline time')).toEqual(['Thời hạn · Thứ Ba, 31/12/2024']);
    const doc = parse(readFileSync(join(out, 'lich/index.html'), 'utf8'));
    expect(doc.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe('https://example.org/chidao/lich/');
    expect(doc.querySelector('meta[property="og:image"]')!.getAttribute('content')).toBe('https://example.org/chidao/og-placeholder.png');
    for (const a of hrefs(doc, 'a[href]')) if (!a.startsWith('#')) expect(a.startsWith('/chidao/'), a).toBe(true);
    // The 404 page (served by the host at any missing address under the base) links from the base.
    const notFound = parse(readFileSync(join(out, '404.html'), 'utf8'));
    expect(notFound.querySelector('h1')!.text).toBe('Không tìm thấy trang');
    expect(hrefs(notFound, 'a[href]:not([href^="#"])').every((a) => a.startsWith('/chidao/'))).toBe(true);
    expect(hrefs(notFound, 'main a')).toContain('/chidao/tim-kiem/');
    expect(readFileSync(join(out, 'sitemap.xml'), 'utf8')).toContain('<loc>https://example.org/chidao/van-ban/');
    expect(readFileSync(join(out, 'rss.xml'), 'utf8')).toContain('<link>https://example.org/chidao/van-ban/');
    expect(readFileSync(join(out, 'lich.ics'), 'utf8').replace(/\r\n /g, '')).toContain('URL:https://example.org/chidao/van-ban/');
    // The policy is chosen from the page's URL (src/middleware.ts), which carries the base.
    const policy = (page: string) => parse(readFileSync(join(out, page), 'utf8')).querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');
    expect(policy('tim-kiem/index.html')).toContain("'wasm-unsafe-eval'");
    expect(policy('index.html')).toMatch(/^default-src 'self'/);
    expect(policy('index.html')).not.toContain("'wasm-unsafe-eval'");
  }, 300_000); // a whole build
});
