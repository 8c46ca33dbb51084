/**
 * Reading sources in every format (src/import/formats): real-shaped Word, PDF, web-page and scanned
 * files made by LibreOffice from real texts (tests/fixtures/formats, scripts/fixtures/
 * make-format-fixtures.ts). The words must come out in order — for Word and web pages exactly the
 * source's, white space aside —, the two-column header as separate lines, and a Word copy of a
 * seed must import to the same type, number and date as the seed's text.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { join } from 'node:path';
import { readSource, type SourceText } from '../../src/import/formats/read-source.ts';
import { tesseractVersion, OCR_MISSING } from '../../src/import/formats/ocr.ts';
import { importText, sha256Hex } from '../../src/import/import-text.ts';
import { decodeSource } from '../../src/import/source-text.ts';
import { FIXTURE_SOURCES, FORMAT_FIXTURES, ROOT, commonWords, fold, readingOrder, sourceText, wordsInOrder } from '../helpers/format-fixtures.ts';

const fixture = (name: string) => FIXTURE_SOURCES.find((f) => f.name === name)!;
const read = (file: string): Promise<SourceText> => readSource(readFileSync(join(FORMAT_FIXTURES, file)), file);
const lines = (t: string) => t.split('\n').map((l) => l.trim());
/** The header's "Số" line and "<nơi>, ngày … tháng … năm …" line each begin a line. */
function expectHeaderLines(text: string, number: RegExp, placeDate: RegExp) {
  expect(lines(text).some((l) => number.test(l)), `a line starting with ${number}`).toBe(true);
  expect(lines(text).some((l) => placeDate.test(l)), `a line starting with ${placeDate}`).toBe(true);
}

describe('Word (.docx made by LibreOffice from real texts)', () => {
  it.each(['seed-000', 'seed-001', 'rw-02'])('%s: exactly the source words, in reading order', async (name) => {
    const r = await read(`${name}.docx`);
    expect(r.format).toBe('docx');
    expect(r.conversion).toBeUndefined();
    expect(fold(r.text)).toBe(fold(readingOrder(fixture(name))));
  });

  it('the header table gives "Số: …" and "<nơi>, ngày …" as lines of their own, left cell before right', async () => {
    const r = await read('rw-02.docx');
    expectHeaderLines(r.text, /^Số: 01\/KH-TBTTKT$/, /^Phố Bảng, ngày 10 tháng 12 năm 2025$/);
    const t = lines(r.text);
    expect(t.indexOf('ỦY BAN BẦU CỬ XÃ PHỐ BẢNG')).toBeLessThan(t.indexOf('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'));
    expect(t.indexOf('Số: 01/KH-TBTTKT')).toBeLessThan(t.indexOf('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'));
    // Each cell a block: a blank line between the issuer's cell and the motto's.
    expect(r.text).toContain('Số: 01/KH-TBTTKT\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nPhố Bảng, ngày 10 tháng 12 năm 2025');
  });

  it('a bulleted list (Word numbering, "-" label) gives the dash Word shows', async () => {
    const docx = readFileSync(join(FORMAT_FIXTURES, 'seed-000.docx'));
    const r = await readSource(docx, 'seed-000.docx');
    // The fixture's "- " paragraphs are a real list: the dash is not in the paragraph text.
    const xml = strFromU8(unzipSync(docx)['word/document.xml']!);
    expect(xml).toContain('<w:numPr>');
    expect(xml).not.toMatch(/<w:t>- Tuyên truyền thực hiện/);
    expect(lines(r.text)).toContain('- Tuyên truyền thực hiện tổng kết Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII "Một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả" theo Kế hoạch số 04-KH/BCĐ và Công văn số 05-CV/BCĐ ngày 13/11/2024 của Ban Chỉ đạo Trung ương tổng kết Nghị quyết số 18-NQ/TW. Việc tiến hành tổng kết phải nắm chắc quan điểm chỉ đạo sau:');
  });

  it.each([['seed-000', '000_bbd624f8c176dea5.txt'], ['seed-001', '001_79d78c7148d5feae.txt']])('%s.docx imports to the same type, number and date as the seed text', async (name, seed) => {
    const seedBytes = readFileSync(join(ROOT, '..', 'shared', 'seeds', seed));
    const fromText = importText(decodeSource(seedBytes), { source: seed, sha256: sha256Hex(seedBytes), imported: '2026-12-07' });
    const docx = readFileSync(join(FORMAT_FIXTURES, `${name}.docx`));
    const fromWord = importText((await readSource(docx, `${name}.docx`)).text, { source: `${name}.docx`, sha256: sha256Hex(docx), imported: '2026-12-07' });
    const id = (d: typeof fromText.data) => ({ type: d.type, number: d.number, date: d.date });
    expect(id(fromWord.data)).toEqual(id(fromText.data));
    expect(fromWord.data.slogans).toEqual(fromText.data.slogans);
  });
});

describe('PDF with a text layer (LibreOffice export of real texts)', () => {
  it.each(['seed-000', 'rw-02', 'rw-19'])('%s: every word of the source, in reading order', async (name) => {
    const r = await read(`${name}.pdf`);
    expect(r.format).toBe('pdf');
    const words = wordsInOrder(readingOrder(fixture(name)), r.text);
    expect(words).toEqual({ found: words.total, total: words.total });
    // Nothing added but the words of the source (page numbers left out).
    expect(fold(r.text).split(' ').length).toBe(words.total);
  });

  it('the two-column header is rebuilt: left column lines, a blank line, right column lines', async () => {
    const r = await read('rw-19.pdf');
    expect(r.text.startsWith('TỈNH UỶ HÀ TĨNH\nBAN TUYÊN GIÁO\n*\nSố 369 - CV/BTGTU\n\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Tĩnh, ngày 15 tháng 6 năm 2021\n\nGửi Đề cương')).toBe(true);
    expectHeaderLines((await read('rw-02.pdf')).text, /^Số: 01\/KH-TBTTKT$/, /^Phố Bảng, ngày 10 tháng 12 năm 2025$/);
    expect(r.notes).toContain('1 two-column block (header or signature table) read as the left column, then the right column');
  });

  it('page numbers in the footer are left out, and the notes say how many', async () => {
    const r = await read('rw-02.pdf');
    expect(r.notes.find((n) => /page numbers?/.test(n))).toMatch(/^\d+ page numbers \(a row holding only the page's number/);
    expect(lines(r.text).filter((l) => /^\d{1,2}$/.test(l))).toEqual([]);
  });

  it('paragraphs come out as blocks: a blank line where the PDF leaves paragraph spacing', async () => {
    const r = await read('rw-02.pdf');
    expect(r.text).toContain('các cấp, nhiệm kỳ 2026 - 2031 trên địa bàn xã Phố Bảng.\n\nTiểu ban thông tin, tuyên truyền, khánh tiết');
    expect(r.text).toContain('\n\nI. MỤC ĐÍCH, YÊU CẦU\n\n1. Mục đích\n\n');
  });

  it('rw-02.pdf imports to the same type, number and date as rw-02.docx', async () => {
    const ids = await Promise.all(['rw-02.pdf', 'rw-02.docx'].map(async (f) => {
      const bytes = readFileSync(join(FORMAT_FIXTURES, f));
      const d = importText((await readSource(bytes, f)).text, { source: f, sha256: sha256Hex(bytes), imported: '2026-12-07' }).data;
      return { type: d.type, number: d.number, date: d.date };
    }));
    expect(ids[0]).toEqual(ids[1]);
    expect(ids[0]).toMatchObject({ type: 'ke-hoach', date: '2025-12-10' });
  });
});

describe('saved web pages', () => {
  it('rw-13.html (a portal page: menu, attribute table, header table): exactly the page\'s words in order', async () => {
    const r = await read('rw-13.html');
    expect(r.format).toBe('html');
    expect(r.conversion).toBeUndefined();
    expect(fold(r.text)).toBe(fold(readingOrder(fixture('rw-13'))));
    expectHeaderLines(r.text, /^Số: 126-HD\/BTGTW$/, /^Hà Nội, ngày 19 tháng 12 năm 2023$/);
  });

  it('the portal page imports as the directive it holds, the page around it kept', async () => {
    const bytes = readFileSync(join(FORMAT_FIXTURES, 'rw-13.html'));
    const r = await readSource(bytes, 'rw-13.html');
    const { data } = importText(r.text, { source: 'rw-13.html', sha256: sha256Hex(bytes), imported: '2026-12-07' });
    expect({ type: data.type, number: data.number?.printed, date: data.date }).toEqual({ type: 'huong-dan', number: '126-HD/BTGTW', date: '2023-12-19' });
    const lines = r.text.split('\n');
    expect(lines[data.provenance.bodyLines!.first - 1]).toBe('BAN CHẤP HÀNH TRUNG ƯƠNG');
  });

  it('script, style, noscript, template, comments and hidden inputs are not text', async () => {
    const r = await read('rw-13.html');
    for (const hidden of ['999-HD/XX', '000-KH/XX', 'VIEWSTATE', 'dDwtMTA4', 'Quảng cáo', 'Mẫu ẩn', 'JavaScript', '_gaq', 'display', 'cổng thông tin']) {
      expect(r.text).not.toContain(hidden);
    }
  });

  it('a windows-1258 page (declared in http-equiv) is decoded, and the conversion named', async () => {
    const bytes = readFileSync(join(FORMAT_FIXTURES, 'seed-000-windows-1258.htm'));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow(); // really not UTF-8
    const r = await readSource(bytes, 'seed-000-windows-1258.htm');
    expect(r).toMatchObject({ format: 'html', conversion: 'windows-1258 → Unicode' });
    expect(fold(r.text)).toBe(fold(readingOrder(fixture('seed-000'))));
    expect(r.text).toBe(r.text.normalize('NFC'));
  });
});

describe('scans: OCR with tesseract', async () => {
  const version = await tesseractVersion();
  if (version) {
    it.each([['rw-02-scanned.pdf', 'rw-02', /^Số: 01\/KH-TBTTKT$/, /^Phố Bảng, ngày 10 tháng 12 năm/], ['rw-19-top.png', 'rw-19', /^Số 369 - CV\/BTGTU$/, /^Hà Tĩnh, ngày 15 tháng 6 năm/]])(
      `%s: read by OCR (tesseract ${version}), nearly every word right and in order, header lines apart`, async (file, name, number, placeDate) => {
        const r = await read(file);
        expect(r).toMatchObject({ format: 'ocr', conversion: `OCR (tesseract ${version}, vie)` });
        expect(r.notes.join(' ')).toMatch(/proof-read/);
        // The scan holds the top of page 1: its words must be the source's, in order.
        const got = fold(r.text).split(' ');
        expect(got.length).toBeGreaterThan(60);
        const source = fold(readingOrder(fixture(name))).split(' ').slice(0, got.length + 50).join(' ');
        expect(commonWords(r.text, source) / got.length).toBeGreaterThan(0.9);
        expectHeaderLines(r.text, number, placeDate);
      }, 60_000);
  } else {
    it('without tesseract, a scan is refused naming the package', async () => {
      await expect(read('rw-02-scanned.pdf')).rejects.toThrow(OCR_MISSING);
    });
  }

  it('with no tesseract on the PATH, a scanned PDF and an image are refused naming tesseract-ocr-vie', () => {
    const script = `import { readSource } from ${JSON.stringify(join(ROOT, 'src/import/formats/read-source.ts'))};
      import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
      for (const f of ['rw-02-scanned.pdf', 'rw-19-top.png']) {
        try { await readSource(readFileSync(${JSON.stringify(FORMAT_FIXTURES)} + '/' + f), f); console.log('read'); }
        catch (e) { console.log(e.name + ': ' + e.message); }
      }`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, PATH: '/nonexistent' }, encoding: 'utf8' });
    expect(r.stdout.trim().split('\n')).toEqual([`ImportError: ${OCR_MISSING}`, `ImportError: ${OCR_MISSING}`]);
    expect(OCR_MISSING).toContain('apt-get install tesseract-ocr-vie');
  });
});

describe('plain text through the same reader', () => {
  it('a legacy-encoded .txt is converted by decodeText, and the conversion named for provenance', async () => {
    const r = await readSource(readFileSync(join(ROOT, 'tests', 'fixtures', 'encodings', 'seed001.tcvn3.txt')), 'seed001.tcvn3.txt');
    expect(r.format).toBe('text');
    expect(r.conversion).toMatch(/TCVN3.*→ Unicode/);
    expect(r.text).toContain('HƯỚNG DẪN');
  });
});

describe('the fixtures are what they claim', () => {
  it('made from the real texts', () => {
    for (const f of FIXTURE_SOURCES) expect(sourceText(f).length).toBeGreaterThan(1000);
    expect(readFileSync(join(FORMAT_FIXTURES, 'rw-02.docx')).subarray(0, 2).toString()).toBe('PK');
    expect(readFileSync(join(FORMAT_FIXTURES, 'rw-02.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('the scanned PDF has no text layer', async () => {
    const { readPdfItems } = await import('../../src/import/formats/pdf.ts');
    const pdf = await readPdfItems(readFileSync(join(FORMAT_FIXTURES, 'rw-02-scanned.pdf')));
    expect(pdf.pagesWithoutText).toEqual([1]);
  });
});
