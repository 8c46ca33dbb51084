/**
 * Built pages added in issue 22: the Vietnamese 404 page, the indexes of /so-hieu/ and /tai-lieu/,
 * and same-number documents told apart by their subjects (what citing texts give) on the number
 * page, the cited-document pages and the index. Read from the site built once for all build
 * tests (global-setup.ts) with a real HTML parser. The 404 under CHIDAO_BASE is checked in
 * browse.test.ts, on the build made there with a base.
 */
import { describe, expect, inject, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { builtPage as page } from '../helpers/build.ts';

const dist = inject('dist');
const NQ18_2017 = '/tai-lieu/nghi-quyet-18-nq-tw-2017-10-25/';
const NQ18_2022 = '/tai-lieu/nghi-quyet-18-nq-tw-2022-06-16/';
const SUBJECT_2017 = 'Một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả';
const SUBJECT_2022 = 'về tiếp tục đổi mới, hoàn thiện thể chế chính sách, nâng cao hiệu lực, hiệu quả quản lý và sử dụng đất, tạo động lực đưa đất nước ta trở thành nước phát triển có thu nhập cao';
const texts = (doc: ReturnType<typeof parse>, selector: string) => doc.querySelectorAll(selector).map((e) => e.text.trim());

describe('404 page', () => {
  const doc = parse(readFileSync(join(dist, '404.html'), 'utf8'));
  it('is Vietnamese, says what happened and where to go, every link absolute from the base (it is served at any address)', () => {
    expect(doc.querySelector('html')!.getAttribute('lang')).toBe('vi');
    expect(doc.querySelector('title')!.text).toBe('Không tìm thấy trang — chidao');
    expect(doc.querySelector('h1')!.text).toBe('Không tìm thấy trang');
    const links = doc.querySelectorAll('main a').map((a) => a.getAttribute('href')!);
    expect(links).toEqual(['/tim-kiem/', '/', '/tim-kiem/', '/dong-thoi-gian/', '/so-hieu/', '/tai-lieu/', '/lich/']);
    // In-page anchors (the skip link) aside, nothing is relative.
    for (const a of doc.querySelectorAll('a[href]:not([href^="#"])')) expect(a.getAttribute('href')!.startsWith('/'), a.getAttribute('href')).toBe(true);
    for (const l of links) expect(existsSync(join(dist, l, 'index.html')), l).toBe(true);
  });
  it('is no page of the sitemap', () => {
    expect(readFileSync(join(dist, 'sitemap.xml'), 'utf8')).not.toContain('404');
  });
});

describe('/so-hieu/: every number, by type', () => {
  const doc = page(dist, 'so-hieu');
  it('groups the numbers by document type, each linking to its page; 18-NQ/TW with its two dates', () => {
    expect(doc.querySelector('h1')!.text).toBe('Số hiệu văn bản');
    expect(texts(doc, 'main h2').map((h) => h.replace(/ \(\d+\)$/, ''))).toEqual(['Chỉ thị', 'Công điện', 'Công văn', 'Hướng dẫn', 'Kế hoạch', 'Nghị quyết', 'Quyết định', 'Thông báo']);
    const nq = doc.querySelector('h2#nghi-quyet')!.parentNode!;
    expect(nq.querySelectorAll('a').map((a) => a.text)).toEqual(['18-NQ/TW', '19-NQ/TW', '27-NQ/TW', '29-NQ/TW', '69-NQ/TW']); // 18 before 19 before 27: as numbers
    const nq18 = nq.querySelectorAll('li').find((li) => li.querySelector('a')!.text === '18-NQ/TW')!;
    expect(nq18.querySelector('a')!.getAttribute('href')).toBe('/so-hieu/18nqtw/');
    expect(nq18.querySelector('.meta')!.text).toBe(' — 2 văn bản: 25/10/2017; 16/06/2022');
    const links = doc.querySelectorAll('ul.numbers a').map((a) => a.getAttribute('href')!);
    expect(links.length).toBe(doc.querySelectorAll('ul.numbers li').length);
    for (const l of links) expect(existsSync(join(dist, l, 'index.html')), l).toBe(true);
    // Every number page is listed.
    const pages = readFileSync(join(dist, 'sitemap.xml'), 'utf8').match(/\/so-hieu\/[^<]+\//g)!;
    expect(new Set(links)).toEqual(new Set(pages));
  });
});

describe('/tai-lieu/: every cited document not in the collection, by type', () => {
  const doc = page(dist, 'tai-lieu');
  it('lists them with their subjects and citation counts, linking each page', () => {
    expect(doc.querySelector('h1')!.text).toBe('Văn bản được dẫn chiếu');
    const items = doc.querySelectorAll('ol.cited li');
    const hrefs = items.map((li) => li.querySelector('a')!.getAttribute('href')!);
    const pages = readFileSync(join(dist, 'sitemap.xml'), 'utf8').match(/\/tai-lieu\/[^<]+\//g)!;
    expect(new Set(hrefs)).toEqual(new Set(pages));
    expect(hrefs).toHaveLength(pages.length);
    const nq18 = items.filter((li) => li.querySelector('a')!.text.startsWith('Nghị quyết số 18-NQ/TW'));
    expect(nq18.map((li) => [li.querySelector('a')!.getAttribute('href'), li.querySelector('q')?.text])).toEqual([
      [NQ18_2017, SUBJECT_2017], [NQ18_2022, SUBJECT_2022],
    ]);
    expect(nq18[0]!.querySelector('.meta')!.text).toBe(' — được dẫn chiếu 17 lần');
    // No subject where no citing text gives one.
    const kh04 = items.find((li) => li.querySelector('a')!.getAttribute('href') === '/tai-lieu/ke-hoach-04-kh-bcd-khong-ngay/')!;
    expect(kh04.querySelector('q')).toBeNull();
  });
});

describe('same-number documents told apart by subject', () => {
  it('the number page shows each 18-NQ/TW\'s subject beside its date', () => {
    const doc = page(dist, 'so-hieu/18nqtw');
    expect(doc.querySelectorAll('ol.documents > li').map((li) => [li.querySelector('a')!.text, li.querySelector('.subject q')!.text])).toEqual([
      ['Nghị quyết số 18-NQ/TW ngày 25/10/2017', SUBJECT_2017],
      ['Nghị quyết số 18-NQ/TW ngày 16/06/2022', SUBJECT_2022],
    ]);
    expect(doc.querySelector('a[href="/so-hieu/"]')).not.toBeNull();
  });
  it('a cited document\'s page gives its subject, and lists the other document of its number with that one\'s', () => {
    const doc = page(dist, NQ18_2022);
    const attrs = doc.querySelector('dl.attributes')!;
    const dts = attrs.querySelectorAll('dt').map((d) => d.text);
    const dds = attrs.querySelectorAll('dd');
    expect(dds[dts.indexOf('Trích yếu')]!.text).toBe(`${SUBJECT_2022} (theo văn bản dẫn chiếu)`);
    const other = dds[dts.indexOf('Cùng số hiệu')]!.querySelectorAll('ul.same li');
    expect(other.map((li) => [li.querySelector('a')!.getAttribute('href'), li.querySelector('q')!.text])).toEqual([[NQ18_2017, SUBJECT_2017]]);
  });
  it('the home page links both indexes', () => {
    const home = page(dist, '');
    expect(home.querySelector('ul.browse a[href="/so-hieu/"]')).not.toBeNull();
    expect(home.querySelector('ul.browse a[href="/tai-lieu/"]')).not.toBeNull();
  });
});
