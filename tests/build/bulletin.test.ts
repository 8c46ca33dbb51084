/**
 * The monthly bulletin in the built site (the shared test build, `inject('dist')`), parsed with
 * node-html-parser: the index of issues, the December 2024 issue of the seeds (its masthead, its
 * parts in order, every slogan, heading and deadline as written, links from the link helper), the
 * page of directives without a month, and the links to them from the timeline, navigation and
 * home page. One more build with another content/site.yaml shows the masthead takes its office.
 */
import { afterAll, describe, expect, inject, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { astroBuild } from '../helpers/build.ts';
import { contentEntries, SEED } from '../helpers/content-entries.ts';
import { ROOT, SEED_001_SLOGANS } from '../helpers/seeds.ts';
import { loadSiteConfig } from '../../src/site/site-config.ts';

const dist = inject('dist');
const page = (path: string, root = dist): HTMLElement => parse(readFileSync(join(root, path, 'index.html'), 'utf8'));
const text = (e: HTMLElement | null | undefined) => (e?.text ?? '').replace(/\s+/gu, ' ').trim();
const hrefs = (doc: HTMLElement, selector: string) => doc.querySelectorAll(selector).map((a) => a.getAttribute('href')!);
const seeds = contentEntries();
let work: string | undefined;
afterAll(() => { if (work) rmSync(work, { recursive: true, force: true }); });

describe('the December 2024 issue of the seeds', () => {
  const doc = page('ban-tin/2024-12');

  it('a masthead with the office of content/site.yaml, the bulletin and the month', () => {
    expect(text(doc.querySelector('.bt-office'))).toBe(loadSiteConfig(ROOT).office);
    expect(text(doc.querySelector('h1'))).toBe('Bản tin Thông báo nội bộ Tháng 12 năm 2024');
    expect(text(doc.querySelector('.bt-summary'))).toBe('2 văn bản: 0 ban hành trong tháng, 1 có thời hạn trong tháng, 1 năm 2024 chưa rõ tháng.');
  });

  it('two parts: due this month (seed 001), then dated 2024 only (seed 000), each item linking its directive', () => {
    expect(doc.querySelectorAll('.bt-part > h2').map(text)).toEqual(['Văn bản có thời hạn trong tháng 12/2024', 'Văn bản năm 2024 chưa rõ tháng ban hành']);
    expect(doc.querySelectorAll('.bt-part').map((p) => hrefs(p, '.bt-item h3 a'))).toEqual([[`/van-ban/${SEED.huongDan}/`], [`/van-ban/${SEED.congVan}/`]]);
    expect(doc.querySelectorAll('.bt-item h3').map(text)).toEqual(['Hướng dẫn (không số)', 'Công văn số …/TTCS-TTTQ']);
  });

  it('seed 001: its subject, its deadline marked as this month, its headings and its ten slogans as written', () => {
    const item = doc.querySelectorAll('.bt-item')[0]!;
    const d = seeds.find((e) => e.id === SEED.huongDan)!.data;
    expect(text(item.querySelector('.bt-subject'))).toBe(d.title);
    expect(item.querySelectorAll('.bt-deadlines li').map(text)).toEqual([`31/12/2024 (trong tháng này): ${d.deadlines[0]!.text}`]);
    expect(item.querySelectorAll('.bt-deadlines li.in-month')).toHaveLength(1);
    expect(item.querySelectorAll('.bt-slogans li').map(text)).toEqual(SEED_001_SLOGANS);
    const asks = item.querySelectorAll('.bt-asks li').map(text);
    expect(asks).toHaveLength(14);
    expect(asks.slice(0, 3)).toEqual(['I- MỤC ĐÍCH, YÊU CẦU', 'II- NỘI DUNG TUYÊN TRUYỀN', expect.stringMatching(/^1\. Về tổng kết Nghị quyết số 18-NQ\/TW/u)]);
    expect(asks.at(-1)).toBe('V- KHẨU HIỆU TUYÊN TRUYỀN');
    expect(item.querySelectorAll('.bt-asks li.level-0')).toHaveLength(5);
  });

  it('seed 000: "năm 2024", its blank number kept, no deadline, its four sub-headings under the first', () => {
    const item = doc.querySelectorAll('.bt-item')[1]!;
    expect(item.querySelectorAll('.bt-facts div').map((d) => [text(d.querySelector('dt')), text(d.querySelector('dd'))])).toEqual([
      ['Cơ quan ban hành', 'Cục Thông tin cơ sở (cấp Trung ương)'], ['Ngày ban hành', 'năm 2024'],
    ]);
    expect(text(item.querySelector('.bt-none'))).toBe('Văn bản không nêu thời hạn có ngày cụ thể.');
    expect(item.querySelectorAll('.bt-asks li.level-1')).toHaveLength(4);
    expect(item.querySelectorAll('.bt-slogans')).toHaveLength(0);
  });

  it('no script, and the line a print ends with', () => {
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(text(doc.querySelector('.bt-printed-from'))).toBe('Bản in từ https://chidao.example/ban-tin/2024-12/');
  });
});

describe('the index and the page of directives without a month', () => {
  it('the index lists the one issue and links the undated page', () => {
    const doc = page('ban-tin');
    expect(hrefs(doc, 'main a[href^="/ban-tin/"]')).toEqual(['/ban-tin/2024-12/', '/ban-tin/chua-ro-thang/']);
    expect(text(doc.querySelector('main li'))).toBe('Bản tin tháng 12/2024 — 2 văn bản: 1 có thời hạn trong tháng, 1 năm 2024 chưa rõ tháng');
  });

  it('every seed without a month is on the undated page: 2024 (seed 000), then no date (seeds 001 and 004)', () => {
    const doc = page('ban-tin/chua-ro-thang');
    expect(doc.querySelectorAll('.bt-part > h2').map(text)).toEqual(['Năm 2024, chưa rõ tháng', 'Không rõ ngày ban hành']);
    expect(doc.querySelectorAll('.bt-part').map((p) => hrefs(p, '.bt-item h3 a'))).toEqual([
      [`/van-ban/${SEED.congVan}/`], [`/van-ban/${SEED.huongDan}/`, `/van-ban/${SEED.keHoach}/`],
    ]);
    // Not an issue of a month: no deadline is marked as this month's.
    expect(doc.querySelectorAll('.bt-deadlines li.in-month')).toHaveLength(0);
  });

  it('the timeline, the navigation of every page and the home page link to the bulletin', () => {
    const timeline = page('dong-thoi-gian');
    expect(hrefs(timeline, 'main p.bulletins a')).toEqual(['/ban-tin/', '/ban-tin/2024-12/']);
    expect(hrefs(page(`van-ban/${SEED.keHoach}`), 'header.site nav a')).toContain('/ban-tin/');
    expect(hrefs(page(''), 'main a')).toContain('/ban-tin/');
  });
});

describe('the office in the masthead comes from the site configuration', () => {
  it('a build with another content/site.yaml names its office', () => {
    mkdirSync(join(ROOT, '.cache'), { recursive: true });
    work = mkdtempSync(join(ROOT, '.cache', 'bulletin-test-'));
    const config = join(work, 'site.yaml');
    writeFileSync(config, 'id: huyen-thu\noffice: Ban Tuyên giáo Huyện ủy Thử Nghiệm\n');
    const out = join(work, 'dist');
    const r = astroBuild(out, { CHIDAO_SITE_CONFIG: config, CHIDAO_POSTERS: '0', CHIDAO_CACHE_DIR: join(work, 'cache') });
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
    for (const path of ['ban-tin/2024-12', 'ban-tin/chua-ro-thang']) {
      expect(text(page(path, out).querySelector('.bt-office'))).toBe('Ban Tuyên giáo Huyện ủy Thử Nghiệm');
    }
    expect(text(page('ban-tin', out).querySelector('main p'))).toContain('của Ban Tuyên giáo Huyện ủy Thử Nghiệm');
  }, 180_000);
});
