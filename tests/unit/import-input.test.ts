/** Bad and odd importer input: refused with a clear message, or imported losslessly. */
import { describe, expect, it } from 'vitest';
import { decodeSource, ImportError } from '../../src/import/source-text.ts';
import { checkLossless } from '../../src/import/lossless.ts';
import { importString, seedText } from '../helpers/seeds.ts';
import { parseBody, bodyText } from '../../src/entry/body.ts';
import { renderBody } from '../../src/render/body-html.ts';

const bytes = (s: string) => new TextEncoder().encode(s);
const refusal = (f: () => unknown) => {
  try { f(); } catch (e) { expect(e).toBeInstanceOf(ImportError); return e as ImportError; }
  throw new Error('expected a refusal');
};

describe('decodeSource refuses what it cannot read faithfully', () => {
  it('empty and blank files', () => {
    expect(refusal(() => decodeSource(new Uint8Array())).message).toBe('empty file');
    expect(refusal(() => decodeSource(bytes(' \n\t\n'))).message).toMatch(/empty file/);
  });
  it('binary data', () => {
    expect(refusal(() => decodeSource(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]))).message).toMatch(/binary/);
  });
  it('bytes that are not UTF-8 (e.g. a Windows-1258 file)', () => {
    expect(refusal(() => decodeSource(new Uint8Array([0x48, 0xe0, 0x20, 0x4e, 0xd9, 0x69]))).message).toMatch(/not valid UTF-8/);
  });
  it('a NUL byte or an undecodable byte in a text file, naming its line (found by the fuzz suite)', () => {
    const lines = (...ls: string[]) => bytes(ls.join('\n'));
    expect(refusal(() => decodeSource(new Uint8Array([...lines('KẾ HOẠCH', 'Tiêu đề', 'ab'), 0, 0x41]))).line).toBe(3);
    const bad = refusal(() => decodeSource(new Uint8Array([...lines('KẾ HOẠCH', 'Tiêu đề\r\nx', 'Thực '), 0xff, ...lines('hiện', 'y')])));
    expect(bad.message).toMatch(/not valid UTF-8/);
    expect(bad.line).toBe(4);
    // A character cut short by the end of the file, after a lone CR.
    expect(refusal(() => decodeSource(bytes('KẾ HOẠCH\rĐ').subarray(0, -1))).line).toBe(2);
    // UTF-16 with an unpaired surrogate on line 2.
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Uint16Array.from([0x41, 0x0a, 0x42, 0xd800, 0x43]).buffer)]);
    expect(refusal(() => decodeSource(utf16))).toMatchObject({ message: 'not valid UTF-16LE', line: 2 });
  });
  it('a control character, naming its line', () => {
    const e = refusal(() => decodeSource(bytes('HƯỚNG DẪN\nTiêu đề\nabc\u0007def\n')));
    expect(e.message).toMatch(/U\+0007/);
    expect(e.line).toBe(3);
  });
  it('accepts a UTF-8 BOM, UTF-16 with BOM, CRLF and NFD, all giving the same text', () => {
    const text = seedText('004_d9d819c7857a47e2.txt');
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...text].flatMap((c) => [...c].map((x) => x.charCodeAt(0)))).buffer)]);
    expect(decodeSource(bytes('\ufeff' + text))).toBe(text);
    expect(decodeSource(utf16)).toBe(text);
    expect(decodeSource(bytes(text.replace(/\n/g, '\r\n')))).toBe(text);
    expect(decodeSource(bytes(text.normalize('NFD')))).toBe(text);
  });
});

describe('importText', () => {
  it('keeps invisible and bidi characters as written, and names each with its line', () => {
    const text = ['KẾ HOẠCH', 'Tuyên truyền', '', 'Thực hiện Kế hoạch số 1\u202e-KH/TU, Đảng ủy xã xây dựng kế\u00ad hoạch.', '', 'Đoạn\u200b hai\u200b.'].join('\n');
    const r = importString(text);
    expect(checkLossless(text, r.body)).toEqual({ ok: true });
    expect(r.body).toContain('1\u202e-KH/TU');
    const found = r.warnings.filter((w) => w.field === 'text');
    expect(found.map((w) => [w.line, w.message.split(':')[0]])).toEqual([
      [4, 'invisible character U+202E RIGHT-TO-LEFT OVERRIDE'],
      [4, 'invisible character U+00AD SOFT HYPHEN'],
      [6, 'invisible character U+200B ZERO WIDTH SPACE (2 times)'],
    ]);
    for (const w of found) expect(w.message).toMatch(/: kept as written, but it can make the text display differently from what it holds — check the source$/);
    expect(importString(text.replace(/[\u202e\u00ad\u200b]/g, '')).warnings.filter((w) => w.field === 'text')).toEqual([]);
  });

  it('refuses text that is not a directive', () => {
    const e = refusal(() => importString('Hôm nay trời đẹp. Chúng tôi đi chơi công viên.\n\nHết.'));
    expect(e.message).toMatch(/not a directive/);
  });

  it('keeps MDX and Markdown syntax in the text as text: { } < > ` _ [ ] & | ~ # and line-start markers', () => {
    const nasty = [
      'KẾ HOẠCH', 'Thử ký tự đặc biệt', '',
      'Thực hiện Hướng dẫn số 08-HD/BTGTU, Ban Tuyên giáo hướng dẫn như sau:', '',
      'Mục {x} và <b>đậm</b> hay <script>alert(1)</script>, `code`, snake_case, [link](javascript:alert(1)), a & b; c | d ~e~ #tag &amp; \\n', '',
      '- gạch đầu dòng', '+ cộng', '* sao', '> trích', '1) một', '2. hai', '# không phải tiêu đề', '---', '===', '',
      'import x from "y"', '', 'export const a = 1', '', '{1+1}', '',
      '    thụt lề bốn dấu cách', '',
      'TRƯỞNG BAN', '', 'Nguyễn Văn A',
    ].join('\n');
    const { body } = importString(nasty);
    expect(checkLossless(nasty, body)).toEqual({ ok: true });
    const html = renderBody(parseBody(body)).html;
    expect(html).not.toMatch(/<script|<b>|href=/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('import x from &quot;y&quot;');
  });

  // Found by the fuzz suite (tests/unit/import-fuzz.test.ts, npm run fuzz): each was refused as an
  // "internal error" (lossy or unsafe MDX) or gave an entry that could not be written.
  const directive = (...body: string[]) => [
    'Số: 12-KH/ĐU', 'Hà Nội, ngày 05 tháng 12 năm 2024', '', 'KẾ HOẠCH', 'Tuyên truyền', '',
    'Thực hiện Kế hoạch số 1-KH/TU, Đảng ủy xã xây dựng kế hoạch như sau:', '', ...body, '', 'T/M ĐẢNG ỦY', '', 'Nguyễn Văn A',
  ].join('\n');
  const linksIn = (body: string) => JSON.stringify(parseBody(body)).match(/"type":"(?:link|mdxjsEsm)"/g) ?? [];

  it('"import …" and "export …" starting a paragraph stay text (MDX would read ES module statements)', () => {
    for (const line of ["import x from 'y'", 'export const a=1', 'import {a} from "b"', 'export default function X() {}', 'import\tx', 'export*']) {
      const text = directive(line, '', 'Đoạn tiếp theo.');
      const { body } = importString(text);
      expect(checkLossless(text, body), line).toEqual({ ok: true });
      expect(linksIn(body), line).toEqual([]);
    }
    // Words that merely begin the same way are left alone.
    expect(importString(directive('important, exported.')).body).toContain('\nimportant, exported.\n');
  });

  it('e-mail addresses and URLs stay text, whatever surrounds them (GFM autolinks are off for entries)', () => {
    for (const line of [
      'Gửi về btg@tinhuy.vn trước ngày 5.', 'Xem www.chinhphu.vn và http://a.vn/a_b?x=1&y=2 nhé.', 'Số<http://a.vn> <img src=x onerror=alert(1)>',
      'WWW.A.VN\\n~~x~~', 'mailto:a@b.vn, xmpp:a@b.vn',
    ]) {
      const text = directive(line);
      const { body } = importString(text);
      expect(checkLossless(text, body), line).toEqual({ ok: true });
      expect(linksIn(body), line).toEqual([]);
      expect(renderBody(parseBody(body)).html, line).not.toMatch(/<a |<img/);
    }
  });

  it('a very long "Số:" line gives a short entry name (file names stop at 255 bytes)', () => {
    const long = importString(directive('Nội dung.').replace('Số: 12-KH/ĐU', `Số: ${'12-KH/ĐU '.repeat(40)}`));
    expect(long.slug.length).toBeLessThan(100);
    expect(long.slug).toMatch(/^ke-hoach-12-kh-du-12-kh-du-[a-z0-9-]+-2024-12-05-[0-9a-f]{8}$/);
    expect(importString(directive('Nội dung.')).slug).toBe('ke-hoach-12-kh-du-2024-12-05');
  });

  it('tabs and no-break spaces between words: the same directive, the spaces kept in the body', () => {
    const text = directive('Nội dung chính.');
    const spaced = text.replace(/ /g, (_, i: number) => (i % 3 ? '\u00a0' : '\t'));
    const a = importString(text), b = importString(spaced);
    expect({ ...b.data, provenance: null }).toEqual({ ...a.data, provenance: null });
    expect(b.slug).toBe(a.slug);
    expect(checkLossless(spaced, b.body)).toEqual({ ok: true });
    const line = spaced.split('\n')[8]!;
    expect(line).toMatch(/^Nội[\t\u00a0]dung[\t\u00a0]chính\.$/);
    expect(b.body).toContain(`\n${line}\n`);
  });

  it('NFD input gives the same entry as NFC input', () => {
    const text = seedText('001_79d78c7148d5feae.txt');
    const a = importString(text);
    const b = importString(text.normalize('NFD'));
    expect(b.body).toBe(a.body);
    expect({ ...b.data, provenance: null }).toEqual({ ...a.data, provenance: null });
  });

  it('a web repost: no header, number and date in the opening sentence, oddly spaced number', () => {
    const repost = [
      'Ngày 08 tháng 01 năm 2020, Ban Tuyên giáo Tỉnh ủy ban hành Hướng dẫn số 08/HD - BTGTU về tuyên truyền kỷ niệm 90 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2020).',
      '', 'Các cấp ủy tổ chức tuyên truyền sâu rộng, hoàn thành trước ngày 31/01/2020.',
      '', 'Khẩu hiệu tuyên truyền:', '', '- Đảng Cộng sản Việt Nam quang vinh muôn năm!', '- Chủ tịch Hồ Chí Minh vĩ đại sống mãi trong sự nghiệp của chúng ta!',
    ].join('\n');
    const { data, warnings, slug } = importString(repost);
    expect(data.number).toEqual({ printed: '08/HD - BTGTU', key: '8hdbtgtu' });
    expect(data.date).toBe('2020-01-08');
    expect(data.type).toBe('huong-dan');
    expect(data.issuer).toMatchObject({ name: 'Ban Tuyên giáo Tỉnh ủy', code: 'BTGTU', level: 'province' });
    expect(data.title).toBe('tuyên truyền kỷ niệm 90 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2020)');
    expect(data.slogans).toEqual(['Đảng Cộng sản Việt Nam quang vinh muôn năm!', 'Chủ tịch Hồ Chí Minh vĩ đại sống mãi trong sự nghiệp của chúng ta!']);
    expect(data.commemorations).toEqual([{ text: '90 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2020)', occasion: 'Ngày thành lập Đảng Cộng sản Việt Nam', years: 90, from: '1930-02-03', to: '2020-02-03' }]);
    expect(warnings).toContainEqual(expect.objectContaining({ field: 'number', line: 1 }));
    expect(slug).toBe('huong-dan-08-hd-btgtu-2020-01-08');
  });

  it('an invalid printed date keeps only its real parts and warns', () => {
    const { data, warnings } = importString('Số: 12-KH/ĐU\nHà Nội, ngày 31 tháng 02 năm 2024\n\nKẾ HOẠCH\nTiêu đề\n\nThực hiện Kế hoạch số 1-KH/TU, Đảng ủy xã xây dựng kế hoạch.');
    expect(data.date).toBe('2024-02');
    expect(warnings).toContainEqual(expect.objectContaining({ field: 'date', line: 2 }));
  });

  it('a text cut short is marked truncated', () => {
    const { data } = importString('HƯỚNG DẪN\nTiêu đề\n\nThực hiện Hướng dẫn số 1-HD/TW, Ban Tuyên giáo hướng dẫn như sau:\n\n1. Tuyên truyền sâu rộng về...');
    expect(data.provenance.completeness).toBe('truncated');
  });

  it('every seed body reads back exactly as its source (not merely a subsequence)', () => {
    const text = seedText('000_bbd624f8c176dea5.txt');
    const { body } = importString(text);
    expect(bodyText(parseBody(body)).replace(/\s+/g, ' ').trim()).toBe(text.replace(/\s+/g, ' ').trim());
  });
});
