/** The directive page laid out like the official document: head per system, table of contents. */
import { describe, expect, inject, it } from 'vitest';
import { builtPage as page } from '../helpers/build.ts';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { officialDate, officialHead } from '../../src/render/official-head.ts';
import { directiveCardText } from '../../src/posters/directive-card.ts';

describe('official head (pure)', () => {
  it('party: parent, issuer without the parent, star, "Số" without colon, place and date with blanks', () => {
    const head = officialHead({
      system: 'party', issuer: { name: 'Ban Tuyên giáo Tỉnh ủy Cao Bằng', parent: 'Tỉnh ủy Cao Bằng' },
      number: { printed: '08-HD/BTGTU', key: '8hdbtgtu' }, place: 'Cao Bằng', date: '2024-12',
    });
    expect(head).toEqual({
      system: 'party', parent: 'TỈNH ỦY CAO BẰNG', issuer: 'BAN TUYÊN GIÁO', star: true, numberLine: 'Số 08-HD/BTGTU',
      motto: ['ĐẢNG CỘNG SẢN VIỆT NAM'], placeDate: 'Cao Bằng, ngày … tháng 12 năm 2024', printedHead: false,
    });
  });
  it('a text that prints its own head (a portal copy, a Word file) is not given a second one', () => {
    const d = { system: 'party' as const, issuer: { name: 'Ban Tuyên giáo Trung ương' }, number: { printed: '126-HD/BTGTW', key: '126hdbtgtw' } };
    expect(officialHead(d, 'BAN CHẤP HÀNH TRUNG ƯƠNG\nBAN TUYÊN GIÁO\nĐẢNG CỘNG SẢN VIỆT NAM\nSố: 126-HD/BTGTW').printedHead).toBe(true);
    expect(officialHead(d, 'Hà Nội, ngày 19 tháng 12 năm 2023').printedHead).toBe(false); // no motto printed: rebuilt
  });
  it('state: the national motto, "Số:", a blank sequence kept blank; lines the text prints are not repeated', () => {
    const d = { system: 'state' as const, issuer: { name: 'Cục Thông tin cơ sở', parent: 'Bộ Thông tin và Truyền thông' }, number: { printed: '/TTCS-TTTQ', key: 'ttcstttq' }, place: 'Hà Nội', date: '2024' };
    expect(officialHead(d)).toMatchObject({ motto: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'], numberLine: 'Số: …/TTCS-TTTQ', placeDate: 'Hà Nội, ngày … tháng … năm 2024', star: false });
    const withHeader = officialHead(d, 'Số: /TTCS-TTTQ\nV/v thông tin\n\nHà Nội, ngày tháng năm 2024');
    expect(withHeader.numberLine).toBeUndefined();
    expect(withHeader.placeDate).toBeUndefined();
    expect(officialDate('2024-11-05')).toBe('ngày 05 tháng 11 năm 2024');
  });
});

describe('the built directive pages', () => {
  const dist = inject('dist');
  const head = (slug: string) => page(dist, `van-ban/${slug}`).querySelector('.text .vb-head')!;

  it('seed 000 (state, no header in the text but its number and date lines): the motto block, the issuer, no repeated lines', () => {
    const h = head('cong-van-khong-so-2024-44cf0838');
    expect(h.querySelectorAll('.right p').map((p) => p.text).filter(Boolean)).toEqual(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']);
    expect(h.querySelectorAll('.left p').map((p) => p.text).filter(Boolean)).toEqual(['BỘ THÔNG TIN VÀ TRUYỀN THÔNG', 'CỤC THÔNG TIN CƠ SỞ']);
    const body = page(dist, 'van-ban/cong-van-khong-so-2024-44cf0838').querySelector('.text .body .vb-header')!.text;
    expect(body).toContain('Số: /TTCS-TTTQ'); // the blank number as printed
    expect(body).toContain('Hà Nội, ngày tháng năm 2024');
  });

  it('seeds 001 and 004 (party): ĐẢNG CỘNG SẢN VIỆT NAM, the parent, the issuer and the star', () => {
    const h1 = head('huong-dan-khong-so-khong-ngay-cb6f72ab');
    expect(h1.querySelector('.motto')!.text).toBe('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(h1.querySelectorAll('.left p').map((p) => p.text).filter(Boolean)).toEqual(['TỈNH ỦY CAO BẰNG', 'BAN TUYÊN GIÁO', '*']);
    expect(head('ke-hoach-khong-so-khong-ngay-d1f5bbac').querySelectorAll('.left p').map((p) => p.text).filter(Boolean)).toEqual(['ĐẢNG ỦY XÃ', 'BAN THƯỜNG VỤ', '*']);
  });

  it('long documents get a table of contents linking to their sections', () => {
    const doc = page(dist, 'van-ban/huong-dan-khong-so-khong-ngay-cb6f72ab');
    const links = doc.querySelectorAll('details.toc-panel nav a');
    expect(links.length).toBeGreaterThanOrEqual(3);
    expect(links[0]!.text).toBe('I- MỤC ĐÍCH, YÊU CẦU');
    for (const a of links) expect(doc.getElementById(a.getAttribute('href')!.slice(1))).not.toBeNull();
  });

  it('each directive page has its own Open Graph image, 1200×630, drawn after the build', () => {
    for (const id of ['cong-van-khong-so-2024-44cf0838', 'huong-dan-khong-so-khong-ngay-cb6f72ab', 'ke-hoach-khong-so-khong-ngay-d1f5bbac']) {
      const meta = page(dist, `van-ban/${id}`).querySelector('meta[property="og:image"]')!.getAttribute('content');
      expect(meta).toBe(`https://chidao.example/anh-van-ban/${id}/og--do.png`);
      const png = readFileSync(join(dist, 'anh-van-ban', id, 'og--do.png'));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    }
    expect(directiveCardText({ type: 'huong-dan', number: { printed: '173-HD/BTGTW', key: '173hdbtgtw' }, title: 'Tuyên truyền' })).toBe('Hướng dẫn số 173-HD/BTGTW — Tuyên truyền');
    expect(directiveCardText({ type: 'cong-van', number: { printed: '/TTCS-TTTQ', key: 'ttcstttq' } })).toBe('Công văn');
  });

  it('signature and Nơi nhận are there, as printed', () => {
    const doc = page(dist, 'van-ban/huong-dan-khong-so-khong-ngay-cb6f72ab');
    expect(doc.querySelector('.vb-signature')!.text).toContain('Bế Thanh Tịnh');
    expect(doc.querySelector('.vb-distribution')!.text).toContain('Nơi nhận');
  });
});

describe('the directive page for readers (issue 22)', () => {
  const dist = inject('dist');
  const STATE = 'van-ban/cong-van-khong-so-2024-44cf0838';
  const PARTY = 'van-ban/huong-dan-khong-so-khong-ngay-cb6f72ab';
  const target = (href: string) => join(dist, href.replace(/^\//, ''), 'index.html');

  it('type, issuing body, level and topics in the panel link to their browse pages, which exist', () => {
    const panel = page(dist, STATE).querySelector('details.attributes-panel')!;
    const links = panel.querySelectorAll('a').map((a) => ({ text: a.text.trim(), href: a.getAttribute('href')! }));
    expect(links).toEqual(expect.arrayContaining([
      { text: 'Công văn', href: '/loai/cong-van/' },
      { text: 'Cục Thông tin cơ sở', href: '/co-quan/cuc-thong-tin-co-so/' },
      { text: 'Trung ương', href: '/cap/trung-uong/' },
      { text: 'năm 2024', href: '/nam/2024/' },
      { text: 'Tuyên truyền miệng', href: '/chu-de/tuyen-truyen-mieng/' },
    ]));
    for (const { href } of links) expect(existsSync(target(href)), href).toBe(true);
    const issuer = panel.querySelectorAll('dt').find((dt) => dt.text === 'Cơ quan ban hành')!.nextElementSibling!;
    expect(issuer.text).toBe('Cục Thông tin cơ sở (Trung ương), thuộc Bộ Thông tin và Truyền thông');
  });

  it('the panel and the table of contents are closed, so the text follows the title', () => {
    const doc = page(dist, PARTY);
    expect(doc.querySelector('details.attributes-panel')!.hasAttribute('open')).toBe(false);
    expect(doc.querySelector('details.toc-panel')!.hasAttribute('open')).toBe(false);
  });

  it('technical words are out of the reader\'s way: in a closed "Thông tin kỹ thuật" at the end', () => {
    const doc = page(dist, STATE);
    const reader = [doc.querySelector('.title-block')!, doc.querySelector('.tools')!, doc.querySelector('.relations')!].map((e) => e.text).join('\n');
    for (const word of ['SHA-256', 'đầy đủ', '000_bbd624f8c176dea5.txt', 'dòng ']) expect(reader).not.toContain(word);
    const technical = doc.querySelector('details.technical')!;
    expect(technical.hasAttribute('open')).toBe(false);
    expect(technical.querySelector('summary')!.text).toBe('Thông tin kỹ thuật');
    expect(technical.text).toContain('44cf0838f646824fd2cf3074b80cdfff8303592fefbd3d4ddc1369fc9b74b1de');
    expect(technical.text).toContain('23/11/2026');
    expect(doc.querySelector('main')!.lastElementChild).toBe(technical);
  });

  it('an "In" control on each directive, without a script (the page has none)', () => {
    for (const slug of [STATE, PARTY, 'van-ban/ke-hoach-khong-so-khong-ngay-d1f5bbac']) {
      const doc = page(dist, slug);
      expect(doc.querySelector('details.print-help > summary')!.text).toBe('In');
      expect(doc.querySelector('details.print-help')!.text).toContain('Ctrl');
      expect(doc.querySelectorAll('script')).toHaveLength(0);
    }
  });

  it('a head rebuilt from the metadata says so', () => {
    const head = page(dist, PARTY).querySelector('.vb-head')!;
    const note = head.querySelector('p.rebuilt')!;
    expect(note.text).toContain('dựng lại');
    expect(head.getAttribute('aria-describedby')).toBe(note.id);
  });

  it("the text's own header is classed for its columns: Số and V/v left, place and date right, the type name apart", () => {
    const header = page(dist, STATE).querySelector('.body .vb-header')!;
    expect(header.querySelector('.vb-number')!.text).toMatch(/^Số: \/TTCS-TTTQ/u);
    expect(header.querySelector('.vb-number .vb-subject')!.text).toMatch(/^V\/v thông tin/u);
    expect(header.querySelector('.vb-place-date')!.text).toBe('Hà Nội, ngày tháng năm 2024');
    expect(page(dist, PARTY).querySelector('.body .vb-header .vb-title .vb-type-name')!.text).toBe('HƯỚNG DẪN');
  });

  it('Nơi nhận and the signature share the closing block; the source line follows the text, for print only', () => {
    const doc = page(dist, PARTY);
    const closing = doc.querySelector('.body .vb-closing')!;
    expect(closing.querySelector('.vb-distribution')!.text).toContain('Nơi nhận');
    expect(closing.querySelector('.vb-signature')!.text).toContain('Bế Thanh Tịnh');
    const source = doc.querySelectorAll('.print-source');
    expect(source).toHaveLength(1);
    expect(source[0]!.parentNode!.classList.contains('text')).toBe(true);
    expect(source[0]!.text).toBe('Bản in từ https://chidao.example/van-ban/huong-dan-khong-so-khong-ngay-cb6f72ab/');
  });
});

describe('what the page adds around the text stays out of the search index', () => {
  it('the source line, the rebuilt-head note and the back-to-top link are data-pagefind-ignore', () => {
    const doc = page(inject('dist'), 'van-ban/huong-dan-khong-so-khong-ngay-cb6f72ab');
    for (const sel of ['.print-source', '.vb-head .rebuilt', 'a.to-top', '.tools']) {
      expect(doc.querySelector(sel)!.hasAttribute('data-pagefind-ignore'), sel).toBe(true);
    }
  });
});
