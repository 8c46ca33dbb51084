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
