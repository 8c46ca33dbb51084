/** The text's own header, classed for the official layout, and the closing set side by side (src/render). */
import { describe, expect, it } from 'vitest';
import { headerPart } from '../../src/render/header-parts.ts';
import { renderBody } from '../../src/render/body-html.ts';
import { parseBody } from '../../src/entry/body.ts';

describe('headerPart', () => {
  it('number lines, State and Party, with a công văn subject', () => {
    expect(headerPart(['Số: /TTCS-TTTQ', 'V/v thông tin, tuyên truyền một số', 'nội dung trọng tâm tháng 12/2024'])).toBe('number');
    expect(headerPart(['Số 173-HD/BTGTW'])).toBe('number');
    expect(headerPart(['V/v tuyên truyền'])).toBe('number');
    expect(headerPart(['Số lượng đại biểu tham dự'])).toBeUndefined();
  });
  it('place and date lines, with or without the place; not a sentence that mentions a date', () => {
    expect(headerPart(['Hà Nội, ngày tháng năm 2024'])).toBe('place-date');
    expect(headerPart(['Cao Bằng, ngày 05 tháng 12 năm 2024'])).toBe('place-date');
    expect(headerPart(['ngày 05 tháng 12 năm 2024'])).toBe('place-date');
    expect(headerPart(['Hà Nội, ngày 05 tháng 12 năm 2024', 'V/v'])).toBeUndefined();
    expect(headerPart(['Thực hiện Hướng dẫn số 06-HD/BTGDVTU, ngày 06 tháng 8 năm 2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy về tuyên truyền'])).toBeUndefined();
  });
  it('a title: a type name in capitals over its trích yếu', () => {
    expect(headerPart(['HƯỚNG DẪN', 'Tuyên truyền một số nội dung trọng tâm'])).toBe('title');
    expect(headerPart(['KẾ HOẠCH'])).toBe('title');
    expect(headerPart(['Tuyên truyền một số nội dung'])).toBeUndefined();
  });
});

describe('renderBody: header parts and the closing', () => {
  const html = (body: string) => renderBody(parseBody(body)).html;
  it('classes the header paragraphs and wraps the type name and the V/v lines, every word kept in order', () => {
    const out = html('<Header>\n\nSố: /TTCS-TTTQ\\\nV/v thông tin\\\nnội dung\n\nHà Nội, ngày tháng năm 2024\n\n</Header>\n\n<Header>\n\nHƯỚNG DẪN\\\nTuyên truyền *một số* nội dung\n\n</Header>\n');
    expect(out).toContain('<p class="vb-number">Số: /TTCS-TTTQ<br>\n<span class="vb-subject">V/v thông tin<br>\nnội dung</span></p>');
    expect(out).toContain('<p class="vb-place-date">Hà Nội, ngày tháng năm 2024</p>');
    expect(out).toContain('<p class="vb-title"><span class="vb-type-name">HƯỚNG DẪN</span><br>\n<span class="vb-summary">Tuyên truyền <em>một số</em> nội dung</span></p>');
  });
  it('a body paragraph outside the header is not classed', () => {
    expect(html('Số: 12/UBND\n')).toBe('<p>Số: 12/UBND</p>');
  });
  it('Nơi nhận next to the signature share one closing block; apart, they do not', () => {
    expect(html('<Distribution>\n\nNơi nhận:\n\n</Distribution>\n\n<Signature>\n\nTRƯỞNG BAN\n\n</Signature>\n'))
      .toBe('<div class="vb-closing"><div class="vb-distribution"><p>Nơi nhận:</p></div>\n<div class="vb-signature"><p>TRƯỞNG BAN</p></div></div>');
    expect(html('<Signature>\n\nTRƯỞNG BAN\n\n</Signature>\n\nđoạn\n\n<Distribution>\n\nNơi nhận:\n\n</Distribution>\n')).not.toContain('vb-closing');
  });
});

describe('a text that prints its own head (one line a paragraph, as imports of portal copies write it)', () => {
  it('issuer lines and the star to the left, motto lines to the right; a body that is not a type is not a title', () => {
    expect(headerPart(['UỶ BAN NHÂN DÂN'])).toBe('issuer');
    expect(headerPart(['XÃ TÙNG CHÂU'])).toBe('issuer');
    expect(headerPart(['*'])).toBe('issuer');
    expect(headerPart(['CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM'])).toBe('motto');
    expect(headerPart(['Độc lập – Tự do – Hạnh phúc'])).toBe('motto');
    expect(headerPart(['ĐẢNG CỘNG SẢN VIỆT NAM'])).toBe('motto');
    expect(headerPart(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'])).toBe('motto');
    // A paragraph mixing both columns stays whole, centred.
    expect(headerPart(['BAN CHẤP HÀNH TRUNG ƯƠNG', 'ĐẢNG CỘNG SẢN VIỆT NAM'])).toBeUndefined();
    expect(headerPart(['KẾ HOẠCH TUYÊN TRUYỀN'])).toBe('title');
  });
  it('in a header: capitals after the title are its trích yếu, not an issuer', () => {
    const out = renderBody(parseBody('<Header>\n\nUỶ BAN NHÂN DÂN\n\nSố: 25/KH-UBND\n\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nTùng Châu, ngày 24 tháng 4 năm 2022\n\nKẾ HOẠCH\n\nTUYÊN TRUYỀN KỶ NIỆM\n\n</Header>\n')).html;
    expect(out.split('\n')).toEqual(['<header class="vb-header"><p class="vb-issuer">UỶ BAN NHÂN DÂN</p>', '<p class="vb-number">Số: 25/KH-UBND</p>',
      '<p class="vb-motto">CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>', '<p class="vb-place-date">Tùng Châu, ngày 24 tháng 4 năm 2022</p>',
      '<p class="vb-title"><span class="vb-type-name">KẾ HOẠCH</span></p>', '<p>TUYÊN TRUYỀN KỶ NIỆM</p></header>']);
  });
});
