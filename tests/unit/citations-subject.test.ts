/**
 * The subject (trích yếu) a citing text gives a document (src/citations/subject.ts): on the seeds
 * (hand-checked), on made-up sentences for each stop, and on the real texts of ../shared/realworld
 * and tests/fixtures/realworld-*, where a subject must never swallow another citation of the gold
 * labels (their as_written) — the sign of reading too far.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findCitations } from '../../src/citations/find.ts';
import { subjectAfter, subjectsOf } from '../../src/citations/subject.ts';
import { resolveMentions } from '../../src/citations/mentions.ts';
import { citationsOfText } from '../../src/import/citations-of-text.ts';
import { nfc } from '../../src/text/fold.ts';
import { REALWORLD_DIR, ROOT, seedText } from '../helpers/seeds.ts';

/** Number as printed (or raw) → subject, for the citations that have one. */
function subjects(text: string): [string, string][] {
  const t = nfc(text);
  const cs = findCitations(t);
  return subjectsOf(t, cs).flatMap((s, i) => (s ? [[cs[i]!.number?.printed ?? cs[i]!.raw, s] as [string, string]] : []));
}
/** The subject after the first citation of a sentence. */
const first = (text: string) => {
  const cs = findCitations(text);
  return subjectAfter(text, cs[0]!.end, cs[1]?.start ?? text.length);
};

const NQ18_2017 = 'Một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả';
const NQ18_2022 = 'về tiếp tục đổi mới, hoàn thiện thể chế chính sách, nâng cao hiệu lực, hiệu quả quản lý và sử dụng đất, tạo động lực đưa đất nước ta trở thành nước phát triển có thu nhập cao';

describe('subjects in the seeds', () => {
  it('seed 000: the công văn\'s "về việc …" up to the main clause; 18-NQ/TW of 2017 by its quoted title', () => {
    expect(subjects(seedText('000_bbd624f8c176dea5.txt'))).toEqual([
      ['10070-CV/BTGTW', 'về việc định hướng công tác tuyên truyền miệng tháng 12/2024'],
      ['18-NQ/TW', NQ18_2017],
      // 27-NQ/TW follows, but its "về …" runs over a hard line break into "chỉ / đạo trong bài viết": none.
    ]);
  });
  it('seed 001: the same 2017 title in curly quotes; 238-QĐ/TW to its sentence end, "Nhân dân" capitalised inside', () => {
    expect(subjects(seedText('001_79d78c7148d5feae.txt'))).toEqual([
      ['173-HD/BTGTW', 'về việc Tuyên truyền một số nội dung trọng tâm của Hội nghị Ban Chấp hành Trung ương Đảng khóa XIII ngày 25/11/2024'],
      ['18-NQ/TW', NQ18_2017],
      ['238-QĐ/TW', 'về Quy chế phối hợp giữa ban tuyên giáo các cấp với cơ quan nhà nước cùng cấp trong việc thực thi pháp luật, triển khai kế hoạch phát triển kinh tế - xã hội, giải quyết các vấn đề nổi cộm, Nhân dân quan tâm'],
    ]);
  });
  it('seed 004: 18-NQ/TW of 2022 by its quoted subject in the footnote; the "…: Nhấn mạnh" mention gives none', () => {
    const s = subjects(seedText('004_d9d819c7857a47e2.txt'));
    expect(s.filter(([n]) => n === '18-NQ/TW')).toEqual([['18-NQ/TW', NQ18_2022]]);
    expect(s.map(([n]) => n)).toEqual(['06-HD/BTGDVTU', '18-NQ/TW', '27-NQ/TW', '29-NQ/TW', '19-NQ/TW', 'Kết luận Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII']);
  });
  it('travels with the mention: a short mention takes its antecedent\'s subject', () => {
    const text = 'Thực hiện Nghị quyết số 18-NQ/TW ngày 16/6/2022 về tiếp tục đổi mới chính sách đất đai; tổng kết Nghị quyết số 18-NQ/TW trong năm.';
    const mentions = resolveMentions(text, findCitations(text), {}, () => 1);
    expect(mentions.map((m) => [m.inText.kind, m.facts.subject])).toEqual([
      ['stated', 'về tiếp tục đổi mới chính sách đất đai'],
      ['antecedent', 'về tiếp tục đổi mới chính sách đất đai'],
    ]);
  });
});

describe('npm run citations reports it', () => {
  it('seed 004: the dated 18-NQ/TW in the footnote with its subject, the one before the colon without', () => {
    const nq18 = citationsOfText(seedText('004_d9d819c7857a47e2.txt')).filter((c) => c.printed === '18-NQ/TW' && c.date === '2022-06-16');
    expect(nq18.map((c) => c.subject)).toEqual([undefined, NQ18_2022]);
  });
});

describe('where a subject stops', () => {
  const cases: [string, string, string | undefined][] = [
    ['a semicolon', 'Nghị quyết số 57-NQ/TW về đột phá phát triển khoa học, công nghệ; Nghị quyết số 59-NQ/TW', 'về đột phá phát triển khoa học, công nghệ'],
    ['a closing parenthesis', '(theo Luật số 85/2015/QH13 về Bầu cử đại biểu Quốc hội). Tiếp', 'về Bầu cử đại biểu Quốc hội'],
    ['an opening parenthesis', 'Hướng dẫn số 06-HD/BTGDVTU về tuyên truyền Hội nghị lần thứ 12 (Hội nghị Trung ương 12) của', 'về tuyên truyền Hội nghị lần thứ 12'],
    ['a sentence end', 'Chỉ thị số 04-CT/TU về việc tổ chức đón Tết Nguyên đán Tân Sửu năm 2021. Theo đó Chỉ thị', 'về việc tổ chức đón Tết Nguyên đán Tân Sửu năm 2021'],
    ['a line end before a new line', 'Hướng dẫn số 20-HD/HNDT về tuyên truyền Đại hội\nVề việc / trích yếu', 'về tuyên truyền Đại hội'],
    ['a quotation inside, read whole', 'Chỉ thị số 48-CT/TW ngày 09/12/2020 của Ban Bí thư về việc “Tổ chức Tết năm 2021”, Ban Thường vụ Tỉnh ủy yêu cầu', 'về việc “Tổ chức Tết năm 2021”'],
    ['a comma and a body starting the main clause', 'Thực hiện Công văn số 10070-CV/BTGTW ngày 20/11/2024 của Ban Tuyên giáo Trung ương về việc định hướng tuyên truyền, Cục Thông tin cơ sở đề nghị', 'về việc định hướng tuyên truyền'],
    ['a comma and "đề nghị"', 'Theo Công văn số 12/UBND về tuyên truyền bầu cử, đề nghị các xã', 'về tuyên truyền bầu cử'],
    ['but not a comma and a law\'s name', 'Luật số 97/2025/QH15 về sửa đổi Luật Mặt trận Tổ quốc Việt Nam, Luật Công đoàn; và', 'về sửa đổi Luật Mặt trận Tổ quốc Việt Nam, Luật Công đoàn'],
    ['" thì "', 'Quy định số 296-QĐ/TW ngày 30/5/2025 về công tác kiểm tra thì ngoài việc', 'về công tác kiểm tra'],
    ['"và các văn bản …"', 'Hướng dẫn số 20-HD/BTGDVTU về tuyên truyền bầu cử và các văn bản có liên quan.', 'về tuyên truyền bầu cử'],
    ['the next citation after "và"', 'Nghị quyết số 66-NQ/TW về đổi mới công tác xây dựng pháp luật và Nghị quyết số 68-NQ/TW về phát triển kinh tế tư nhân.', 'về đổi mới công tác xây dựng pháp luật'],
    ['a glued sentence end', 'Kế hoạch số 12-KH/BTGTW về tuyên truyền đại hội của Đảng.Theo kế hoạch', 'về tuyên truyền đại hội của Đảng'],
    ['a lost line break after a figure', 'Công văn số 1740-CV/VPTW về việc tổ chức kỷ niệm năm 2022Ban Tuyên giáo hướng dẫn', 'về việc tổ chức kỷ niệm năm 2022'],
    ['a quoted title right after the citation', 'Nghị quyết số 19-NQ/TW, ngày 25/10/2017 của Ban Chấp hành Trung ương “về tiếp tục đổi mới hệ thống tổ chức” và', 'về tiếp tục đổi mới hệ thống tổ chức'],
  ];
  for (const [name, text, expected] of cases) it(name, () => expect(first(text)).toBe(expected));

  const none: [string, string][] = [
    ['a citation inside the phrase', 'Kế hoạch số 55-KH/TU, ngày 17/9/2025 của Tỉnh ủy về thực hiện Chỉ thị số 46-CT/TW, ngày 16/5/2025 của Bộ Chính trị về lãnh đạo'],
    ['a colon: a lead-in', 'Công văn số 69-CV/BTGQU về đẩy mạnh tuyên truyền bầu cử với các nhiệm vụ như:'],
    ['a hard-wrapped line going on in lower case', 'Nghị quyết số 27-NQ/TW về tiếp tục xây dựng Nhà nước pháp quyền và chỉ\n\nđạo trong bài viết'],
    ['a heading in capitals going on on the next line', 'CHỈ THỊ SỐ 37-CT/TW NGÀY 03/9/2019 CỦA BAN BÍ THƯ VỀ TĂNG CƯỜNG SỰ LÃNH ĐẠO, CHỈ ĐẠO\nXÂY DỰNG QUAN HỆ LAO ĐỘNG'],
    ['"về" + a body: an address', 'gửi báo cáo theo Công văn số 12-CV/BTGTU về Ban Tuyên giáo Tỉnh ủy trước ngày 20/12.'],
    ['"về việc" alone', 'Nghị quyết Liên tịch số 19/2008/NQLT/CP-UBTUMTTQVN về việc\nHướng dẫn'],
    ['a run-on sentence', `Chỉ thị số 05-CT/TW về ${'học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh '.repeat(5)}`],
    ['no "về" and no quotation', 'Nghị quyết số 18-NQ/TW, ngày 16/6/2022 của Ban Chấp hành Trung ương: Nhấn mạnh đất đai'],
    ['a quotation not closed on its line', 'Nghị quyết số 18-NQ/TW “Một số vấn đề\nvề tiếp tục”'],
    ['a straight quote closing an earlier one', 'như “Nghị quyết số 18-NQ/TW" và các văn bản "khác"'],
    ['a quotation that starts with no word', 'Nghị quyết số 18-NQ/TW "; Ban Tuyên giáo "'],
  ];
  for (const [name, text] of none) it(`none: ${name}`, () => expect(first(text)).toBeUndefined());
});

describe('real texts: subjects never read into another citation', () => {
  const folders = [REALWORLD_DIR, ...['realworld-heldout', 'realworld-heldout-2', 'realworld-party', 'realworld-state'].map((f) => join(ROOT, 'tests', 'fixtures', f))];
  const labelled = folders.flatMap((dir) => {
    const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as Record<string, { file: string; citations: { as_written: string; also_written?: string[] }[] }>;
    return Object.entries(gold).filter(([k]) => !k.startsWith('_')).map(([, g]) => ({ dir, ...g }));
  });

  it('over every labelled text, each subject holds no gold citation as written', () => {
    let count = 0;
    expect(labelled.length).toBeGreaterThan(100); // 117 labelled texts
    for (const g of labelled) {
      const found = subjects(readFileSync(join(g.dir, g.file), 'utf8'));
      count += found.length;
      const written = g.citations.flatMap((c) => [c.as_written, ...(c.also_written ?? [])]).map((w) => nfc(w).replace(/\s+/gu, ' '));
      for (const [number, subject] of found) for (const w of written) expect(subject.includes(w), `${g.file}: ${number} → "${subject}" holds "${w}"`).toBe(false);
    }
    expect(count).toBeGreaterThan(100); // measured: 139 subjects over the 117 labelled texts
  });

  it('hand-checked: Chỉ thị 46-CT/TW (file 02), Quyết định 88-QĐ/TW (13), the four resolutions of file 09', () => {
    expect(subjects(readFileSync(join(REALWORLD_DIR, '02_xa-tieuban-phobang-kh01-tuyen-truyen-bau-cu-2026.txt'), 'utf8'))).toContainEqual(
      ['46-CT/TW', 'về lãnh đạo cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031']);
    expect(subjects(readFileSync(join(REALWORLD_DIR, '13_tw-btgtw-hd126-ngay-le-lon-2024-thuvienphapluat.txt'), 'utf8'))).toContainEqual(
      ['88-QĐ/TW', 'về chức năng, nhiệm vụ, quyền hạn, tổ chức bộ máy của Ban Tuyên giáo Trung ương']);
    const f09 = readdirSync(join(ROOT, 'tests/fixtures/realworld-heldout')).find((f) => f.startsWith('09_'))!;
    expect(subjects(readFileSync(join(ROOT, 'tests/fixtures/realworld-heldout', f09), 'utf8'))).toEqual([
      ['57-NQ/TW', 'về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia'],
      ['59-NQ/TW', 'về hội nhập quốc tế trong tình hình mới'],
      ['66-NQ/TW', 'về đổi mới công tác xây dựng và thi hành pháp luật'],
      ['68-NQ/TW', 'về phát triển kinh tế tư nhân'],
    ]);
  });
});

describe('never invents', () => {
  // Texts made of citation pieces, "về", quotes, stops and words, in any order.
  const piece = fc.constantFrom('Nghị quyết số 18-NQ/TW', ' ngày 25/10/2017', ' của Bộ Chính trị', ' về', ' việc', ' tiếp tục', ' đổi mới', ',', ';', '.', ':', ' (', ')', ' “', '”', ' "', '\n', '\n\n', ' *', '* ', ' Ban Tuyên giáo', ' đề nghị', ' và', ' Nhân dân', ' thì', ' 2022', 'Ban');
  it('every subject is the text itself (emphasis stars dropped, white space folded), on one line, starting with a word; a "về" phrase has no stop inside', () => {
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
      const text = pieces.join('');
      const folded = text.replace(/\*/g, '').replace(/\s+/gu, ' ');
      const cs = findCitations(text);
      for (const s of subjectsOf(text, cs)) {
        if (s === undefined) continue;
        expect(folded).toContain(s);
        expect(s).toMatch(/^[\p{L}\p{N}]/u);
        if (/^về /iu.test(s)) expect(s).not.toMatch(/[;()]/u);
        expect(s.length).toBeLessThanOrEqual(320);
      }
    }), { numRuns: 3000 });
  });
});
