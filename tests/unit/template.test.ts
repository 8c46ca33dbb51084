/**
 * A template to fill in (src/import/template.ts) is refused as no directive, naming its line; a real
 * document's blank number or day is not a template.
 */
import { describe, expect, it } from 'vitest';
import { readTemplateMark } from '../../src/import/template.ts';
import { importText } from '../../src/import/import-text.ts';
import { ImportError } from '../../src/import/source-text.ts';

const imp = (text: string) => importText(text, { source: 'x.txt', sha256: '0'.repeat(64), imported: '2026-12-07' });

describe('a template to fill in', () => {
  it('a year left blank: "năm 20…", "năm 20..", "năm học 20…-20…"', () => {
    expect(readTemplateMark(['PHÒNG GIÁO DỤC VÀ ĐÀO TẠO ……….', '………………, ngày … tháng … năm 20…'])).toEqual({ line: 2, text: '………………, ngày … tháng … năm 20…' });
    expect(readTemplateMark(['Căn cứ kế hoạch năm học 20..-20.. của trường'])?.line).toBe(1);
    expect(readTemplateMark(['Hà Nội, ngày    tháng 12 năm 2024', 'Số:    /KH-UBND', 'năm 2025'])).toBeUndefined();
  });
  it('is refused, its line named (realworld-heldout-9/06, a legal site\'s form)', () => {
    const form = 'Mời các bạn tham khảo mẫu kế hoạch tổ chức Hội trại.\n\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO ……….\n\nTRƯỜNG ………………\n\nSố: …/KH-THLN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\n………………, ngày … tháng … năm 20…\n\nKẾ HOẠCH\n\nTổ chức Hội trại\n';
    let error: unknown;
    try { imp(form); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).message).toMatch(/^not a directive: a template to fill in \(mẫu\), its year left blank: "………………, ngày … tháng … năm 20…"/u);
    expect((error as ImportError).line).toBe(13);
  });
  it('a directive printed before its number and day were filled is no template', () => {
    expect(imp('UBND XÃ AN BÌNH\nSố:     /KH-UBND\nAn Bình, ngày     tháng 3 năm 2024\n\nKẾ HOẠCH\nTuyên truyền\n\nThực hiện kế hoạch của huyện, UBND xã xây dựng kế hoạch.\n').data).toMatchObject({ type: 'ke-hoach', date: '2024-03' });
  });
});
