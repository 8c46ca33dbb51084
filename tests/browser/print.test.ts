/**
 * The three seeds printed to A4 PDF by Chromium (page.pdf, the page's own @page size), read back
 * with pdf.js (unpdf) as positioned runs of text: the official layout of NĐ 30/2020 Phụ lục I for
 * the State công văn and of HD 36-HD/VPTW for the two Party documents. The PDFs are written to
 * .cache/screenshots/print-<id>.pdf to be looked at page by page.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/seeds.ts';
import { useSite } from '../helpers/browser.ts';
import { pageText, printedPages, type PrintedPage, type Segment } from '../helpers/pdf-segments.ts';

const OUT = join(ROOT, '.cache', 'screenshots');
const site = useSite();
beforeAll(() => { mkdirSync(OUT, { recursive: true }); });

const MM = 72 / 25.4;
const A4 = { width: 210 * MM, height: 297 * MM };
/** The page box both formats use: top and bottom 20 mm, left 30 mm, right 15 mm. */
const CONTENT = { left: 30 * MM, right: (210 - 15) * MM, top: (297 - 20) * MM, bottom: 20 * MM };
const CONTENT_MIDDLE = (CONTENT.left + CONTENT.right) / 2;

const SEEDS = {
  state: 'cong-van-khong-so-2024-44cf0838',
  partyGuide: 'huong-dan-khong-so-khong-ngay-cb6f72ab',
  partyPlan: 'ke-hoach-khong-so-khong-ngay-d1f5bbac',
} as const;

const printed = new Map<string, PrintedPage[]>();
async function print(id: string): Promise<PrintedPage[]> {
  const cached = printed.get(id);
  if (cached) return cached;
  const page = await site().open(`/van-ban/${id}/`, 1280);
  const pdf = await page.pdf({ preferCSSPageSize: true });
  await page.close();
  writeFileSync(join(OUT, `print-${id}.pdf`), pdf);
  const pages = await printedPages(new Uint8Array(pdf));
  printed.set(id, pages);
  return pages;
}

const find = (page: PrintedPage, text: string | RegExp) =>
  page.segments.find((s) => (typeof text === 'string' ? s.text === text : text.test(s.text)));
const middle = (s: Segment) => (s.x + s.right) / 2;
const isPageNumber = (s: Segment, page: PrintedPage) => s.text === String(page.number) && (s.y > CONTENT.top || s.y < CONTENT.bottom);
const SOURCE_LINE = /^Bản in từ https?:\/\//u;

describe.each(Object.values(SEEDS))('%s printed to A4', (id) => {
  it('A4 portrait pages, a sensible count, none of them nearly empty or holding only the source line', async () => {
    const pages = await print(id);
    for (const p of pages) {
      expect(p.width).toBeCloseTo(A4.width, 0);
      expect(p.height).toBeCloseTo(A4.height, 0);
    }
    const characters = pages.reduce((n, p) => n + pageText(p).length, 0);
    // A full A4 page of 13–14 pt text holds about 2,500–3,500 characters.
    expect(pages.length).toBeLessThanOrEqual(Math.ceil(characters / 2000) + 1);
    for (const p of pages) {
      const lines = p.segments.filter((s) => !isPageNumber(s, p) && !SOURCE_LINE.test(s.text));
      expect(lines.length, `page ${p.number} of ${pages.length}: ${pageText(p)}`).toBeGreaterThanOrEqual(3);
    }
    expect(pages.at(-1)!.segments.some((s) => SOURCE_LINE.test(s.text)), 'the source line is on the last page').toBe(true);
  });

  it('no site chrome: no navigation, search box, site title block or footer', async () => {
    const text = (await print(id)).map(pageText).join('\n');
    for (const chrome of ['Chuyển đến nội dung chính', 'Dòng thời gian', 'Tìm văn bản', 'Nguồn tin RSS', 'VĂN BẢN CỦA ĐẢNG ·', 'VĂN BẢN HÀNH CHÍNH NHÀ NƯỚC ·', 'Thuộc tính văn bản', 'Quan hệ với các văn bản khác', 'Lên đầu trang']) {
      expect(text).not.toContain(chrome);
    }
  });

  it('page numbers on every page but the first', async () => {
    const pages = await print(id);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[0]!.segments.some((s) => isPageNumber(s, pages[0]!))).toBe(false);
    for (const p of pages.slice(1)) expect(p.segments.some((s) => isPageNumber(s, p)), `page ${p.number}`).toBe(true);
  });
});

describe('State (NĐ 30/2020): the công văn of seed 000', () => {
  it('the national motto and the issuer each on one line, the motto over the right column', async () => {
    const [first] = await print(SEEDS.state);
    const motto = find(first!, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(motto, pageText(first!)).toBeDefined();
    expect(find(first!, 'Độc lập - Tự do - Hạnh phúc')).toBeDefined();
    expect(find(first!, 'BỘ THÔNG TIN VÀ TRUYỀN THÔNG')).toBeDefined();
    expect(find(first!, 'CỤC THÔNG TIN CƠ SỞ')).toBeDefined();
    expect(middle(motto!)).toBeGreaterThan(CONTENT_MIDDLE);
    expect(middle(find(first!, 'CỤC THÔNG TIN CƠ SỞ')!)).toBeLessThan(CONTENT_MIDDLE);
  });

  it('Số and V/v centred under the issuer, the place and date in italics under the motto on the same line as Số', async () => {
    const [first] = await print(SEEDS.state);
    const issuer = find(first!, 'CỤC THÔNG TIN CƠ SỞ')!;
    const motto = find(first!, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')!;
    const number = find(first!, 'Số: /TTCS-TTTQ');
    const subject = find(first!, /^V\/v thông tin/u);
    const placeDate = find(first!, 'Hà Nội, ngày tháng năm 2024');
    expect(number && subject && placeDate, pageText(first!)).toBeTruthy();
    expect(Math.abs(middle(number!) - middle(issuer))).toBeLessThan(6);
    expect(Math.abs(middle(subject!) - middle(issuer))).toBeLessThan(6);
    expect(Math.abs(middle(placeDate!) - middle(motto))).toBeLessThan(6);
    expect(Math.abs(placeDate!.y - number!.y)).toBeLessThan(2);
  });

  it('page numbers centred in the top margin', async () => {
    const pages = await print(SEEDS.state);
    for (const p of pages.slice(1)) {
      const n = p.segments.find((s) => isPageNumber(s, p))!;
      expect(n.y).toBeGreaterThan(CONTENT.top);
      expect(Math.abs(middle(n) - CONTENT_MIDDLE)).toBeLessThan(6);
    }
  });

  it('Nơi nhận on the left beside the signature on the right', async () => {
    const pages = await print(SEEDS.state);
    const page = pages.find((p) => find(p, 'Nơi nhận:'))!;
    const recipients = find(page, 'Nơi nhận:')!;
    const position = find(page, 'CỤC TRƯỞNG')!;
    expect(position, pageText(page)).toBeDefined();
    expect(middle(recipients)).toBeLessThan(CONTENT_MIDDLE);
    expect(middle(position)).toBeGreaterThan(CONTENT_MIDDLE);
    expect(Math.abs(position.y - recipients.y)).toBeLessThan(30);
  });
});

describe('Party (HD 36-HD/VPTW): seeds 001 and 004', () => {
  it.each([[SEEDS.partyGuide, 'HƯỚNG DẪN', 'TRƯỞNG BAN'], [SEEDS.partyPlan, 'KẾ HOẠCH', 'T/M BAN THƯỜNG VỤ']] as const)(
    '%s: ĐẢNG CỘNG SẢN VIỆT NAM on one line at the right, the type name larger than the text, Nơi nhận beside the signature',
    async (id, typeName, signer) => {
      const pages = await print(id);
      const first = pages[0]!;
      const motto = find(first, 'ĐẢNG CỘNG SẢN VIỆT NAM');
      expect(motto, pageText(first)).toBeDefined();
      expect(middle(motto!)).toBeGreaterThan(CONTENT_MIDDLE);
      const type = find(first, typeName)!;
      expect(type).toBeDefined();
      const bodySize = first.segments.find((s) => /^Thực hiện /u.test(s.text))!.fontSize;
      expect(type.fontSize).toBeGreaterThan(bodySize);
      const page = pages.find((p) => find(p, 'Nơi nhận:'))!;
      const recipients = find(page, 'Nơi nhận:')!;
      const signature = find(page, signer)!;
      expect(signature, pageText(page)).toBeDefined();
      expect(middle(recipients)).toBeLessThan(CONTENT_MIDDLE);
      expect(middle(signature)).toBeGreaterThan(CONTENT_MIDDLE);
      expect(Math.abs(signature.y - recipients.y)).toBeLessThan(30);
    },
  );

  it('page numbers at the bottom right', async () => {
    const pages = await print(SEEDS.partyGuide);
    for (const p of pages.slice(1)) {
      const n = p.segments.find((s) => isPageNumber(s, p))!;
      expect(n.y).toBeLessThan(CONTENT.bottom);
      expect(n.right).toBeGreaterThan(CONTENT.right - 6);
    }
  });
});

describe('print styles the PDF text cannot show', () => {
  it('the type name and trích yếu bold, the place and date line italic, Nơi nhận bold italic', async () => {
    const styles = async (id: string) => {
      const page = await site().open(`/van-ban/${id}/`, 1280);
      await page.emulateMedia({ media: 'print' });
      const s = await page.evaluate(() => {
        const style = (sel: string) => { const e = document.querySelector(sel); return e ? getComputedStyle(e) : undefined; };
        return {
          typeName: style('.vb-title .vb-type-name')?.fontWeight,
          summary: style('.vb-title .vb-summary')?.fontWeight,
          placeDate: style('.vb-header .vb-place-date')?.fontStyle,
          recipients: [style('.vb-distribution > p')?.fontWeight, style('.vb-distribution > p')?.fontStyle],
        };
      });
      await page.close();
      return s;
    };
    const party = await styles(SEEDS.partyGuide);
    expect(Number(party.typeName)).toBeGreaterThanOrEqual(700);
    expect(Number(party.summary)).toBeGreaterThanOrEqual(700);
    expect(party.recipients).toEqual(['700', 'italic']);
    expect((await styles(SEEDS.state)).placeDate).toBe('italic');
  });
});
