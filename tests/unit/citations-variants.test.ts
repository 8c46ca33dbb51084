/**
 * The citation forms of real reposts (issue 3), beyond the seeds: each case asserts the exact
 * citation list. The texts are written for these tests; tests/fixtures/citations/ holds whole
 * documents (a web repost, a PDF extraction, a study paper, an NFD + CRLF file) with their
 * expected lists.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCitations } from '../../src/citations/find.ts';
import { BCH, BCHD, BTGTW, citationView, expectWellFormed, NQ, type CitationView } from '../helpers/citations.ts';
import { SEEDS_DIR } from '../helpers/seeds.ts';

type View = CitationView;

function find(text: string): View[] {
  const cs = findCitations(text);
  expectWellFormed(text, cs);
  return cs.map((c) => citationView(c, cs));
}
const keys = (text: string) => findCitations(text).map((c) => c.number?.key);

type Case = [name: string, text: string, expected: View[]];

describe('Party numbers written State-style, and back', () => {
  it.each<Case>([
    [
      'Party number State-style',
      'Thực hiện Hướng dẫn số 08/HD-BTGTU ngày 08/01/2020 của Ban Tuyên giáo Tỉnh ủy,',
      [{ raw: 'Hướng dẫn số 08/HD-BTGTU ngày 08/01/2020 của Ban Tuyên giáo Tỉnh ủy', form: 'full', type: 'huong-dan', typeWord: 'Hướng dẫn', number: '08/HD-BTGTU', date: '2020-01-08', issuer: 'Ban Tuyên giáo Tỉnh ủy' }],
    ],
    [
      'State number Party-style',
      'theo Công điện số 112-CĐ/TTg của Thủ tướng Chính phủ.',
      [{ raw: 'Công điện số 112-CĐ/TTg của Thủ tướng Chính phủ', form: 'short', type: 'cong-dien', typeWord: 'Công điện', number: '112-CĐ/TTg', issuer: 'Thủ tướng Chính phủ' }],
    ],
  ])('%s', (_, text, expected) => expect(find(text)).toEqual(expected));

  it('gives both spellings one key', () => {
    expect(keys('Hướng dẫn số 08/HD-BTGTU')).toEqual(keys('Hướng dẫn số 08-HD/BTGTU'));
    expect(keys('Nghị quyết 18/NQ-TW')).toEqual(keys('Nghị quyết 18-NQ/TW'));
    expect(keys('Công điện số 112-CĐ/TTg')).toEqual(keys('Công điện số 112/CĐ-TTg'));
    // "HĐ" typed for "HD" folds to the same key
    expect(keys('Hướng dẫn số 173-HĐ/BTGTW')).toEqual(keys('Hướng dẫn số 173-HD/BTGTW'));
  });
});

describe('spaces, en dashes and line breaks inside numbers', () => {
  it.each<Case>([
    ['space either side of the hyphen', 'Nghị quyết số 18 - NQ/TW', [{ raw: 'Nghị quyết số 18 - NQ/TW', form: 'short', ...NQ, number: '18 - NQ/TW' }]],
    ['en dash', 'Nghị quyết số 18–NQ/TW.', [{ raw: 'Nghị quyết số 18–NQ/TW', form: 'short', ...NQ, number: '18–NQ/TW' }]],
    ['spaced en dash and slash', 'Nghị quyết số 18 – NQ / TW,', [{ raw: 'Nghị quyết số 18 – NQ / TW', form: 'short', ...NQ, number: '18 – NQ / TW' }]],
    [
      'State number with a spaced hyphen',
      'tại Công điện số 112/CĐ - TTg ngày 6/11/2024;',
      [{ raw: 'Công điện số 112/CĐ - TTg ngày 6/11/2024', form: 'full', type: 'cong-dien', typeWord: 'Công điện', number: '112/CĐ - TTg', date: '2024-11-06' }],
    ],
    [
      'a PDF line wrapped after the hyphen',
      'tổng kết Nghị quyết số 18-\nNQ/TW của Ban Chấp hành Trung ương',
      [{ raw: 'Nghị quyết số 18-\nNQ/TW của Ban Chấp hành Trung ương', form: 'short', ...NQ, number: '18-\nNQ/TW', issuer: BCH }],
    ],
    ['"số" glued to the number', 'theo Nghị quyết số18-NQ/TW.', [{ raw: 'Nghị quyết số18-NQ/TW', form: 'short', ...NQ, number: '18-NQ/TW' }]],
  ])('%s', (_, text, expected) => expect(find(text)).toEqual(expected));

  it('gives every spelling the key of 18-NQ/TW', () => {
    const key = keys('18-NQ/TW')[0];
    for (const t of ['18 - NQ/TW', '18–NQ/TW', '18 – NQ / TW', '18-\nNQ/TW', 'số18-NQ/TW', '18/NQ-TW']) expect(keys(t)).toEqual([key]);
  });

  it('does not join a number to the next line without a separator', () => {
    expect(find('Nghị quyết số 18\nNQ/TW')).toEqual([{ raw: 'Nghị quyết số 18', form: 'short', ...NQ, number: '18' }]);
  });
});

describe('misspelled issuer codes', () => {
  it('finds the number, keeps its key as written and names the code it probably misspells', () => {
    const text = 'Thực hiện Hướng dẫn số 173-HD/BTGW ngày 28/11/2024 của Ban Tuyên giáo Trung ương,';
    expect(find(text)).toEqual([
      { raw: 'Hướng dẫn số 173-HD/BTGW ngày 28/11/2024 của Ban Tuyên giáo Trung ương', form: 'full', type: 'huong-dan', typeWord: 'Hướng dẫn', number: '173-HD/BTGW', date: '2024-11-28', issuer: BTGTW, suspectCode: 'BTGTW' },
    ]);
    expect(keys(text)).not.toEqual(keys('Hướng dẫn số 173-HD/BTGTW'));
  });
  it.each([
    ['letters swapped', 'Công văn số 12-CV/BGTTW', 'BTGTW'],
    ['Ư for W', 'Hướng dẫn số 5-HD/BTGTƯ', 'BTGTW'],
    ['a letter too many', 'Hướng dẫn số 5-HD/VPTTW', 'VPTW'],
  ])('%s', (_, text, code) => expect(findCitations(text)[0]!.suspectCode).toBe(code));
  it.each([
    ['a province code one letter from a central one', 'Hướng dẫn số 08-HD/BTGTU'],
    ['short codes', 'Nghị quyết số 18-NQ/TW, Kế hoạch số 3-KH/TU, Công điện số 112/CĐ-TTg'],
    ['a State unit', 'Công văn số 1190/STTTT-TTBCXB'],
  ])('leaves correct codes alone: %s', (_, text) => expect(findCitations(text).map((c) => c.suspectCode)).not.toContain('BTGTW'));
});

describe('dates written in words, across line breaks, without "ngày"', () => {
  it.each<Case>([
    [
      'in words',
      'Kế hoạch số 12-KH/TU ngày 08 tháng 01 năm 2020 của Tỉnh ủy',
      [{ raw: 'Kế hoạch số 12-KH/TU ngày 08 tháng 01 năm 2020 của Tỉnh ủy', form: 'full', type: 'ke-hoach', typeWord: 'Kế hoạch', number: '12-KH/TU', date: '2020-01-08', issuer: 'Tỉnh ủy' }],
    ],
    [
      'in words, split across a line break',
      'Kế hoạch số 12-KH/TU ngày 08 tháng 01\nnăm 2020 của Tỉnh ủy',
      [{ raw: 'Kế hoạch số 12-KH/TU ngày 08 tháng 01\nnăm 2020 của Tỉnh ủy', form: 'full', type: 'ke-hoach', typeWord: 'Kế hoạch', number: '12-KH/TU', date: '2020-01-08', issuer: 'Tỉnh ủy' }],
    ],
    [
      'in words, split across a page break',
      'Kế hoạch số 12-KH/TU ngày 08 tháng\n\n01 năm 2020.',
      [{ raw: 'Kế hoạch số 12-KH/TU ngày 08 tháng\n\n01 năm 2020', form: 'full', type: 'ke-hoach', typeWord: 'Kế hoạch', number: '12-KH/TU', date: '2020-01-08' }],
    ],
    ['"ngày" glued to the date', 'Nghị quyết số 18-NQ/TW ngày25/10/2017.', [{ raw: 'Nghị quyết số 18-NQ/TW ngày25/10/2017', form: 'full', ...NQ, number: '18-NQ/TW', date: '2017-10-25' }]],
    ['the year of issue alone, as legal portals list documents', '- 5Quyết định 267/QĐ-TTg năm 2011 phê duyệt Chương trình', [{ raw: 'Quyết định 267/QĐ-TTg năm 2011', form: 'full', type: 'quyet-dinh', typeWord: 'Quyết định', number: '267/QĐ-TTg', date: '2011' }]],
    ['a period after the number is not its year', 'thực hiện Nghị quyết số 18-NQ/TW năm 2021-2026.', [{ raw: 'Nghị quyết số 18-NQ/TW', form: 'short', ...NQ, number: '18-NQ/TW' }]],
    ['"ngày" glued to the number', 'Thông báo số 70-TB/TWngày 06 tháng 01 năm 2012 của Bộ Chính trị.', [{ raw: 'Thông báo số 70-TB/TWngày 06 tháng 01 năm 2012 của Bộ Chính trị', form: 'full', type: 'thong-bao', typeWord: 'Thông báo', number: '70-TB/TW', date: '2012-01-06', issuer: 'Bộ Chính trị' }]],
    ['in parentheses', 'quán triệt 18-NQ/TW (25/10/2017) của Ban Chấp hành Trung ương', [{ raw: '18-NQ/TW (25/10/2017) của Ban Chấp hành Trung ương', form: 'full', type: 'nghi-quyet', number: '18-NQ/TW', date: '2017-10-25', issuer: BCH }]],
    ['"ngày" in parentheses', 'Nghị quyết số 18-NQ/TW (ngày 25/10/2017);', [{ raw: 'Nghị quyết số 18-NQ/TW (ngày 25/10/2017)', form: 'full', ...NQ, number: '18-NQ/TW', date: '2017-10-25' }]],
    ['after a comma', 'quán triệt 18-NQ/TW, 25/10/2017 của Ban Chấp hành Trung ương', [{ raw: '18-NQ/TW, 25/10/2017 của Ban Chấp hành Trung ương', form: 'full', type: 'nghi-quyet', number: '18-NQ/TW', date: '2017-10-25', issuer: BCH }]],
    [
      'after "được ban hành"',
      'Chỉ thị số 05-CT/TW được ban hành ngày 15/5/2016.',
      [{ raw: 'Chỉ thị số 05-CT/TW được ban hành ngày 15/5/2016', form: 'full', type: 'chi-thi', typeWord: 'Chỉ thị', number: '05-CT/TW', date: '2016-05-15' }],
    ],
  ])('%s', (_, text, expected) => expect(find(text)).toEqual(expected));

  it.each<Case>([
    ['a period in parentheses', 'Kế hoạch số 12-KH/TU (01/11/1949 - 01/11/2024)', [{ raw: 'Kế hoạch số 12-KH/TU', form: 'short', type: 'ke-hoach', typeWord: 'Kế hoạch', number: '12-KH/TU' }]],
    ['a month after a comma', 'Kế hoạch số 12-KH/TU, 3/2024', [{ raw: 'Kế hoạch số 12-KH/TU', form: 'short', type: 'ke-hoach', typeWord: 'Kế hoạch', number: '12-KH/TU' }]],
    ['an impossible date', 'Kế hoạch số 12-KH/TU (31/02/2024)', [{ raw: 'Kế hoạch số 12-KH/TU', form: 'short', type: 'ke-hoach', typeWord: 'Kế hoạch', number: '12-KH/TU' }]],
    ['a year alone is no date (it may be the year of a report)', 'kết quả thực hiện Chỉ thị số 05-CT/TW năm 2023', [{ raw: 'Chỉ thị số 05-CT/TW', form: 'short', type: 'chi-thi', typeWord: 'Chỉ thị', number: '05-CT/TW' }]],
  ])('no date: %s', (_, text, expected) => expect(find(text)).toEqual(expected));
});

describe('dates written before the number', () => {
  it.each<Case>([
    [
      'lower-case "ngày" mid-sentence',
      'Như đã biết, ngày 25/10/2017, Ban Chấp hành Trung ương ban hành Nghị quyết số 18-NQ/TW về tiếp tục đổi mới.',
      [{ raw: 'ngày 25/10/2017, Ban Chấp hành Trung ương ban hành Nghị quyết số 18-NQ/TW', form: 'full', ...NQ, number: '18-NQ/TW', date: '2017-10-25', issuer: BCH }],
    ],
    [
      'date in words, a meeting with its term as the issuer',
      'Ngày 25 tháng 10 năm 2017, Hội nghị lần thứ 6 Ban Chấp hành Trung ương Đảng (khóa XII) đã ban hành Nghị quyết số 18-NQ/TW.',
      [{ raw: 'Ngày 25 tháng 10 năm 2017, Hội nghị lần thứ 6 Ban Chấp hành Trung ương Đảng (khóa XII) đã ban hành Nghị quyết số 18-NQ/TW', form: 'full', ...NQ, number: '18-NQ/TW', date: '2017-10-25', issuer: 'Hội nghị lần thứ 6 Ban Chấp hành Trung ương Đảng', term: 'XII' }],
    ],
    [
      'a type word without "số"',
      'Ngày 22/12/2024, Bộ Chính trị ban hành Nghị quyết 57-NQ/TW.',
      [{ raw: 'Ngày 22/12/2024, Bộ Chính trị ban hành Nghị quyết 57-NQ/TW', form: 'full', ...NQ, number: '57-NQ/TW', date: '2024-12-22', issuer: 'Bộ Chính trị' }],
    ],
    [
      '"có" and "ký" for "ban hành"',
      'Ngày 28/11/2024, Ban Tuyên giáo Trung ương có Hướng dẫn số 173-HD/BTGTW. Ngày 2/1/2020, Ban Bí thư ký Chỉ thị số 40-CT/TW.',
      [
        { raw: 'Ngày 28/11/2024, Ban Tuyên giáo Trung ương có Hướng dẫn số 173-HD/BTGTW', form: 'full', type: 'huong-dan', typeWord: 'Hướng dẫn', number: '173-HD/BTGTW', date: '2024-11-28', issuer: BTGTW },
        { raw: 'Ngày 2/1/2020, Ban Bí thư ký Chỉ thị số 40-CT/TW', form: 'full', type: 'chi-thi', typeWord: 'Chỉ thị', number: '40-CT/TW', date: '2020-01-02', issuer: 'Ban Bí thư' },
      ],
    ],
    [
      'a list: the date and issuer belong to every member',
      'Ngày 25/10/2017, Ban Chấp hành Trung ương ban hành các Nghị quyết số 18-NQ/TW, 19-NQ/TW.',
      [
        { raw: 'Ngày 25/10/2017, Ban Chấp hành Trung ương ban hành các Nghị quyết số 18-NQ/TW', form: 'full', ...NQ, number: '18-NQ/TW', date: '2017-10-25', issuer: BCH },
        { raw: '19-NQ/TW', form: 'full', type: 'nghi-quyet', number: '19-NQ/TW', date: '2017-10-25', issuer: BCH, fromList: ['date', 'issuer'] },
      ],
    ],
  ])('%s', (_, text, expected) => expect(find(text)).toEqual(expected));
});

describe('type words: without "số", any case, compound, abbreviated', () => {
  it.each<Case>([
    ['without "số"', 'quán triệt Nghị quyết 18-NQ/TW sâu rộng', [{ raw: 'Nghị quyết 18-NQ/TW', form: 'short', ...NQ, number: '18-NQ/TW' }]],
    ['lower case', 'quán triệt nghị quyết số 18-NQ/TW sâu rộng', [{ raw: 'nghị quyết số 18-NQ/TW', form: 'short', type: 'nghi-quyet', typeWord: 'nghị quyết', number: '18-NQ/TW' }]],
    ['title case', 'Nghị Quyết Số 18-NQ/TW', [{ raw: 'Nghị Quyết Số 18-NQ/TW', form: 'short', type: 'nghi-quyet', typeWord: 'Nghị Quyết', number: '18-NQ/TW' }]],
    [
      'all capitals, with term',
      'NGHỊ QUYẾT SỐ 18-NQ/TW NGÀY 25/10/2017 CỦA BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG (KHÓA XII)',
      [{ raw: 'NGHỊ QUYẾT SỐ 18-NQ/TW NGÀY 25/10/2017 CỦA BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG (KHÓA XII)', form: 'full', type: 'nghi-quyet', typeWord: 'NGHỊ QUYẾT', number: '18-NQ/TW', date: '2017-10-25', issuer: 'BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG', term: 'XII' }],
    ],
    [
      'compound "Thông báo kết luận": the type is the first word\'s',
      'Thông báo kết luận số 79-TB/TW của Bộ Chính trị',
      [{ raw: 'Thông báo kết luận số 79-TB/TW của Bộ Chính trị', form: 'short', type: 'thong-bao', typeWord: 'Thông báo kết luận', number: '79-TB/TW', issuer: 'Bộ Chính trị' }],
    ],
    ['compound "Chương trình hành động"', 'Chương trình hành động số 15-CTr/TU.', [{ raw: 'Chương trình hành động số 15-CTr/TU', form: 'short', type: 'chuong-trinh', typeWord: 'Chương trình hành động', number: '15-CTr/TU' }]],
    ['abbreviated before "số"', 'theo QĐ số 1131/QĐ-TTg.', [{ raw: 'QĐ số 1131/QĐ-TTg', form: 'short', type: 'quyet-dinh', typeWord: 'QĐ', number: '1131/QĐ-TTg' }]],
    ['a law with its name', 'theo Luật Báo chí số 103/2016/QH13;', [{ raw: 'Luật Báo chí số 103/2016/QH13', form: 'short', type: 'luat', typeWord: 'Luật', number: '103/2016/QH13' }]],
    ['a code with its name', 'Bộ luật Hình sự số 100/2015/QH13', [{ raw: 'Bộ luật Hình sự số 100/2015/QH13', form: 'short', type: 'luat', typeWord: 'Bộ luật', number: '100/2015/QH13' }]],
    [
      'a law\'s name never runs over another type word',
      'Luật Đất đai và Nghị định số 102/2024/NĐ-CP',
      [{ raw: 'Nghị định số 102/2024/NĐ-CP', form: 'short', type: 'nghi-dinh', typeWord: 'Nghị định', number: '102/2024/NĐ-CP' }],
    ],
  ])('%s', (_, text, expected) => expect(find(text)).toEqual(expected));

  it('takes the type from the list head when the code names none (fromList: type)', () => {
    expect(find('các Quy định số 66-QĐ/TW, 205-QĐ/TW')[1]).toEqual({ raw: '205-QĐ/TW', form: 'short', type: 'quy-dinh', number: '205-QĐ/TW', fromList: ['type'] });
  });

  it('reads an abbreviation only before "số"', () => {
    expect(find('TW 18-NQ/TW')).toEqual([{ raw: '18-NQ/TW', form: 'short', type: 'nghi-quyet', number: '18-NQ/TW' }]);
  });
});

describe('NFD input', () => {
  it('finds the same citations as in NFC, with NFC offsets', () => {
    const nfc = 'Thực hiện Hướng dẫn số 08/HD-BTGTU ngày 08 tháng 01 năm 2020 của Ban Tuyên giáo Tỉnh ủy (sau đây gọi tắt là Hướng dẫn 08).';
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    expect(find(nfd)).toEqual(find(nfc));
    expect(find(nfd)).toEqual([
      { raw: 'Hướng dẫn số 08/HD-BTGTU ngày 08 tháng 01 năm 2020 của Ban Tuyên giáo Tỉnh ủy', form: 'full', type: 'huong-dan', typeWord: 'Hướng dẫn', number: '08/HD-BTGTU', date: '2020-01-08', issuer: 'Ban Tuyên giáo Tỉnh ủy' },
      { raw: 'Hướng dẫn 08', form: 'name-only', type: 'huong-dan', typeWord: 'Hướng dẫn', seq: 8, alias: true, aliasOf: 0 },
    ]);
  });
});

describe('"Số:" headers: the document\'s own number', () => {
  it.each<Case>([
    ['"Số:" alone on its line', 'ĐẢNG ỦY XÃ\nSố: 45-KH/ĐU\n\nPhú Lương, ngày 15 tháng 3 năm 2025', [{ raw: 'Số: 45-KH/ĐU', form: 'short', type: 'ke-hoach', number: '45-KH/ĐU', header: true }]],
    ['"Số" without colon, CRLF', 'Số 36-HD/VPTW\r\nHà Nội', [{ raw: 'Số 36-HD/VPTW', form: 'short', type: 'huong-dan', number: '36-HD/VPTW', header: true }]],
    ['upper case, State number', '  SỐ: 1234/UBND-VX  \n', [{ raw: 'SỐ: 1234/UBND-VX', form: 'short', number: '1234/UBND-VX', header: true }]],
    ['number and place-date on one line (PDF)', 'Số: 173-HD/BTGTW          Hà Nội, ngày 28 tháng 11 năm 2024', [{ raw: 'Số: 173-HD/BTGTW', form: 'short', type: 'huong-dan', number: '173-HD/BTGTW', header: true }]],
  ])('%s', (_, text, expected) => expect(find(text)).toEqual(expected));

  it.each<Case>([
    ['inside a sentence', 'Văn bản Số: 45-KH/ĐU đã nêu', [{ raw: 'Số: 45-KH/ĐU', form: 'short', type: 'ke-hoach', number: '45-KH/ĐU' }]],
    ['with a type word', 'Kế hoạch số 45-KH/ĐU\n', [{ raw: 'Kế hoạch số 45-KH/ĐU', form: 'short', type: 'ke-hoach', typeWord: 'Kế hoạch', number: '45-KH/ĐU' }]],
    ['with an issuer', 'Số 18-NQ/TW của Ban Chấp hành Trung ương\n', [{ raw: 'Số 18-NQ/TW của Ban Chấp hành Trung ương', form: 'short', type: 'nghi-quyet', number: '18-NQ/TW', issuer: BCH }]],
  ])('not a header: %s', (_, text, expected) => expect(find(text)).toEqual(expected));
});

describe('lists sharing type, date and issuer', () => {
  it.each<Case>([
    [
      'the date and issuer after the last member belong to all',
      'các Nghị quyết số 18-NQ/TW, 19-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương',
      [
        { raw: 'Nghị quyết số 18-NQ/TW', form: 'full', ...NQ, number: '18-NQ/TW', date: '2017-10-25', issuer: BCH, fromList: ['date', 'issuer'] },
        { raw: '19-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương', form: 'full', type: 'nghi-quyet', number: '19-NQ/TW', date: '2017-10-25', issuer: BCH },
      ],
    ],
    [
      'three members, "và", a term',
      'Nghị quyết số 18-NQ/TW, 19-NQ/TW và 20-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII',
      [
        { raw: 'Nghị quyết số 18-NQ/TW', form: 'full', ...NQ, number: '18-NQ/TW', date: '2017-10-25', issuer: BCHD, term: 'XII', fromList: ['date', 'issuer', 'term'] },
        { raw: '19-NQ/TW', form: 'full', type: 'nghi-quyet', number: '19-NQ/TW', date: '2017-10-25', issuer: BCHD, term: 'XII', fromList: ['date', 'issuer', 'term'] },
        { raw: '20-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII', form: 'full', type: 'nghi-quyet', number: '20-NQ/TW', date: '2017-10-25', issuer: BCHD, term: 'XII' },
      ],
    ],
    [
      'members with their own dates keep them',
      'các Nghị quyết số 18-NQ/TW ngày 25/10/2017, 27-NQ/TW ngày 09/11/2022 của Ban Chấp hành Trung ương',
      [
        { raw: 'Nghị quyết số 18-NQ/TW ngày 25/10/2017', form: 'full', ...NQ, number: '18-NQ/TW', date: '2017-10-25', issuer: BCH, fromList: ['issuer'] },
        { raw: '27-NQ/TW ngày 09/11/2022 của Ban Chấp hành Trung ương', form: 'full', type: 'nghi-quyet', number: '27-NQ/TW', date: '2022-11-09', issuer: BCH },
      ],
    ],
    [
      'a date on the first member only is not shared',
      'Nghị quyết số 18-NQ/TW ngày 25/10/2017, 19-NQ/TW',
      [
        { raw: 'Nghị quyết số 18-NQ/TW ngày 25/10/2017', form: 'full', ...NQ, number: '18-NQ/TW', date: '2017-10-25' },
        { raw: '19-NQ/TW', form: 'short', type: 'nghi-quyet', number: '19-NQ/TW' },
      ],
    ],
    [
      'members of different types share nothing',
      'Kế hoạch số 04-KH/BCĐ, 05-CV/BCĐ ngày 13/11/2024 của Ban Chỉ đạo Trung ương',
      [
        { raw: 'Kế hoạch số 04-KH/BCĐ', form: 'short', type: 'ke-hoach', typeWord: 'Kế hoạch', number: '04-KH/BCĐ' },
        { raw: '05-CV/BCĐ ngày 13/11/2024 của Ban Chỉ đạo Trung ương', form: 'full', type: 'cong-van', number: '05-CV/BCĐ', date: '2024-11-13', issuer: 'Ban Chỉ đạo Trung ương' },
      ],
    ],
    [
      'two type words are two citations, not a list',
      'Nghị quyết số 29-NQ/TW và Nghị quyết số 19-NQ/TW, ngày 25/10/2017 của Ban Chấp hành Trung ương',
      [
        { raw: 'Nghị quyết số 29-NQ/TW', form: 'short', ...NQ, number: '29-NQ/TW' },
        { raw: 'Nghị quyết số 19-NQ/TW, ngày 25/10/2017 của Ban Chấp hành Trung ương', form: 'full', ...NQ, number: '19-NQ/TW', date: '2017-10-25', issuer: BCH },
      ],
    ],
  ])('%s', (_, text, expected) => expect(find(text)).toEqual(expected));
});

describe('aliases: "sau đây gọi tắt là …"', () => {
  it.each<Case>([
    [
      'a short name by type and sequence, then its uses',
      'tổng kết Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII “Một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy” (sau đây gọi tắt là Nghị quyết 18). Việc tổng kết Nghị quyết 18 phải khách quan; kết quả Nghị quyết 18 được báo cáo.',
      [
        { raw: 'Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII', form: 'full', ...NQ, number: '18-NQ/TW', date: '2017-10-25', issuer: BCHD, term: 'XII' },
        { raw: 'Nghị quyết 18', form: 'name-only', ...NQ, seq: 18, alias: true, aliasOf: 0 },
        { raw: 'Nghị quyết 18', form: 'name-only', ...NQ, seq: 18, alias: true, aliasOf: 0 },
        { raw: 'Nghị quyết 18', form: 'name-only', ...NQ, seq: 18, alias: true, aliasOf: 0 },
      ],
    ],
    [
      'with "số" and the ký hiệu (seed 001)',
      'tổng kết Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XII “Một số vấn đề” (sau đây gọi tắt là Nghị quyết số 18-NQ/TW); thực hiện',
      [
        { raw: 'Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XII', form: 'short', ...NQ, number: '18-NQ/TW', issuer: BCHD, term: 'XII' },
        { raw: 'Nghị quyết số 18-NQ/TW', form: 'short', ...NQ, number: '18-NQ/TW', alias: true, aliasOf: 0 },
      ],
    ],
    [
      'an abbreviation, written with and without a space',
      'Ngày 22/12/2024, Bộ Chính trị ban hành Nghị quyết số 57-NQ/TW (sau đây viết tắt là NQ57). NQ57 xác định; để thực hiện NQ 57, Chính phủ',
      [
        { raw: 'Ngày 22/12/2024, Bộ Chính trị ban hành Nghị quyết số 57-NQ/TW', form: 'full', ...NQ, number: '57-NQ/TW', date: '2024-12-22', issuer: 'Bộ Chính trị' },
        { raw: 'NQ57', form: 'name-only', type: 'nghi-quyet', typeWord: 'NQ', seq: 57, alias: true, aliasOf: 0 },
        { raw: 'NQ57', form: 'name-only', type: 'nghi-quyet', typeWord: 'NQ', seq: 57, alias: true, aliasOf: 0 },
        { raw: 'NQ 57', form: 'name-only', type: 'nghi-quyet', typeWord: 'NQ', seq: 57, alias: true, aliasOf: 0 },
      ],
    ],
    [
      'a quoted alias',
      'Chỉ thị số 05-CT/TW của Bộ Chính trị (gọi tắt là “Chỉ thị 05”)',
      [
        { raw: 'Chỉ thị số 05-CT/TW của Bộ Chính trị', form: 'short', type: 'chi-thi', typeWord: 'Chỉ thị', number: '05-CT/TW', issuer: 'Bộ Chính trị' },
        { raw: 'Chỉ thị 05', form: 'name-only', type: 'chi-thi', typeWord: 'Chỉ thị', seq: 5, alias: true, aliasOf: 0 },
      ],
    ],
    [
      'a name-only reference',
      'Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng (sau đây gọi tắt là Nghị quyết Đại hội XIII). Thực hiện Nghị quyết Đại hội XIII,',
      [
        { raw: 'Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng', form: 'name-only', ...NQ, issuer: 'Đảng' },
        { raw: 'Nghị quyết Đại hội XIII', form: 'name-only', ...NQ, alias: true, aliasOf: 0 },
        { raw: 'Nghị quyết Đại hội XIII', form: 'name-only', ...NQ, alias: true, aliasOf: 0 },
      ],
    ],
    [
      'nothing before it to name: no aliasOf',
      'Kế hoạch này (sau đây gọi tắt là Kế hoạch 12) được',
      [{ raw: 'Kế hoạch 12', form: 'name-only', type: 'ke-hoach', typeWord: 'Kế hoạch', seq: 12, alias: true }],
    ],
  ])('%s', (_, text, expected) => expect(find(text)).toEqual(expected));

  it('names nothing across a paragraph break', () => {
    const cs = findCitations('Nghị quyết số 18-NQ/TW.\n\nVăn bản này (sau đây gọi tắt là Nghị quyết 18)');
    expect(cs[1]).toMatchObject({ raw: 'Nghị quyết 18', alias: true });
    expect(cs[1]!.aliasOf).toBeUndefined();
  });
  it('does not read an abbreviation without an alias', () => {
    expect(find('NQ57 và CT 05 là viết tắt')).toEqual([]);
  });
  it('a use that states its own date is a citation, not the alias', () => {
    const cs = find('Nghị quyết số 18-NQ/TW (sau đây gọi tắt là Nghị quyết 18). Nghị quyết 18 ngày 16/6/2022 về đất đai');
    expect(cs[2]).toEqual({ raw: 'Nghị quyết 18 ngày 16/6/2022', form: 'name-only', ...NQ, seq: 18, date: '2022-06-16' });
  });
});

describe('short names of the central leadership\'s documents take the number the Party\'s rules give them', () => {
  const numberOf = (text: string) => findCitations(text).map((c) => [c.raw, c.number?.printed, c.numberBy, c.form]);
  it('"<type> [số] <n> của <Bộ Chính trị | Ban Bí thư | Ban Chấp hành Trung ương>" → <n>-<code>/TW', () => {
    expect(numberOf('Thực hiện Chỉ thị 05 của Bộ Chính trị về đẩy mạnh')).toEqual([['Chỉ thị 05 của Bộ Chính trị', '05-CT/TW', 'convention', 'short']]);
    expect(numberOf('theo Chỉ thị số 05 của Bộ Chính trị về')).toEqual([['Chỉ thị số 05 của Bộ Chính trị', '05-CT/TW', 'convention', 'short']]);
    expect(numberOf('thực hiện Nghị quyết 18 của Ban Chấp hành Trung ương')).toEqual([['Nghị quyết 18 của Ban Chấp hành Trung ương', '18-NQ/TW', 'convention', 'short']]);
    expect(numberOf('Kết luận 127 của Bộ Chính trị, Ban Bí thư về')[0]?.[1]).toBe('127-KL/TW');
    expect(numberOf('Thông báo kết luận số 15 của Bộ Chính trị ngày 2/3/2021 về')).toEqual([[expect.any(String), '15-TB/TW', 'convention', 'full']]);
    // The year of issue after a slash, as news write it (realworld-heldout-12/01).
    expect(numberOf('Chỉ thị 57/2025 do Ban Bí thư ban hành về tăng cường bảo đảm an ninh mạng')).toEqual([['Chỉ thị 57/2025 do Ban Bí thư', '57-CT/TW', 'convention', 'short']]);
  });
  it('"<type> <n>/<year>" is a short name with its year; a full number or a fraction is not one', () => {
    expect(findCitations('theo Nghị định 13/2023 của Chính phủ về bảo vệ dữ liệu')).toMatchObject([{ raw: 'Nghị định 13/2023 của Chính phủ', form: 'name-only', seq: 13, issuer: 'Chính phủ' }]);
    expect(numberOf('theo Nghị định 13/2023/NĐ-CP của Chính phủ')).toEqual([['Nghị định 13/2023/NĐ-CP của Chính phủ', '13/2023/NĐ-CP', undefined, 'short']]);
    expect(findCitations('Kế hoạch 12/15 xã đã hoàn thành')).toEqual([]);
    expect(findCitations('Kế hoạch 12/2300 về')).toEqual([]);
  });
  it('not for other bodies, nor for a Quy định (its code changed), nor where the text names the document in full', () => {
    expect(numberOf('Nghị quyết 05 của Ban Chấp hành Trung ương Đoàn')[0]?.[1]).toBeUndefined();
    expect(numberOf('Chỉ thị 05 của Thủ tướng Chính phủ')[0]?.[1]).toBeUndefined();
    expect(numberOf('Chỉ thị 05 của Tỉnh ủy')[0]?.[1]).toBeUndefined();
    expect(numberOf('Quy định 08 của Ban Chấp hành Trung ương')[0]?.[1]).toBeUndefined();
    expect(numberOf('Chỉ thị 05 về đẩy mạnh')[0]?.[1]).toBeUndefined();
    // Two 18-NQ/TW in one text: the short name stays a name, resolved (or found ambiguous) against them.
    const both = findCitations('Nghị quyết số 18-NQ/TW ngày 25/10/2017 và Nghị quyết 18 của Trung ương');
    expect(both[1]).toMatchObject({ form: 'name-only', seq: 18 });
    expect(both[1]!.numberBy).toBeUndefined();
  });
});

describe('short names by type word and sequence number', () => {
  it.each<Case>([
    ['with its issuer', 'thực hiện Nghị quyết 18 của Ban Chấp hành Đảng bộ tỉnh', [{ raw: 'Nghị quyết 18 của Ban Chấp hành Đảng bộ tỉnh', form: 'name-only', ...NQ, seq: 18, issuer: 'Ban Chấp hành Đảng bộ tỉnh' }]],
    ['before punctuation', 'theo Chỉ thị 05, Kết luận 21.', [
      { raw: 'Chỉ thị 05', form: 'name-only', type: 'chi-thi', typeWord: 'Chỉ thị', seq: 5 },
      { raw: 'Kết luận 21', form: 'name-only', type: 'ket-luan', typeWord: 'Kết luận', seq: 21 },
    ]],
    ['lower case, term in parentheses', 'thực hiện nghị quyết 18 (khóa XII)', [{ raw: 'nghị quyết 18 (khóa XII)', form: 'name-only', type: 'nghi-quyet', typeWord: 'nghị quyết', seq: 18, term: 'XII' }]],
  ])('%s', (_, text, expected) => expect(find(text)).toEqual(expected));

  it.each([
    'Kế hoạch 5 năm 2021 - 2025',
    'theo Hướng dẫn 3 bước của Bộ',
    'Kế hoạch 2024 của xã',
    'Quyết định 2 lần',
    'hướng dẫn 10 nội dung trọng tâm',
    'Luật 2020',
    'Báo cáo 6 tháng',
  ])('a count or a year is not one: %s', (text) => expect(find(text)).toEqual([]));
});

describe('references by name only', () => {
  it.each<Case>([
    ['Đại hội with issuer', 'thực hiện Nghị quyết Đại hội XIII của Đảng;', [{ raw: 'Nghị quyết Đại hội XIII của Đảng', form: 'name-only', ...NQ, issuer: 'Đảng' }]],
    ['Hội nghị Trung ương N with term', 'Kết luận Hội nghị Trung ương 6 khóa XIII về', [{ raw: 'Kết luận Hội nghị Trung ương 6 khóa XIII', form: 'name-only', type: 'ket-luan', typeWord: 'Kết luận', term: 'XIII' }]],
    ['lower-case "nghị quyết"', 'quán triệt nghị quyết Đại hội XIII của Đảng', [{ raw: 'nghị quyết Đại hội XIII của Đảng', form: 'name-only', type: 'nghi-quyet', typeWord: 'nghị quyết', issuer: 'Đảng' }]],
    ['lower-case "nghị quyết" and "đại hội"', 'nghị quyết đại hội XIII', [{ raw: 'nghị quyết đại hội XIII', form: 'name-only', type: 'nghi-quyet', typeWord: 'nghị quyết' }]],
    ['"TW" for Trung ương', 'Nghị quyết TW4 khóa XII và Nghị quyết TW 6', [
      { raw: 'Nghị quyết TW4 khóa XII', form: 'name-only', ...NQ, term: 'XII' },
      { raw: 'Nghị quyết TW 6', form: 'name-only', ...NQ },
    ]],
    ['"BCH TW"', 'Nghị quyết Hội nghị lần thứ 4 BCH TW khóa XII', [{ raw: 'Nghị quyết Hội nghị lần thứ 4 BCH TW khóa XII', form: 'name-only', ...NQ, term: 'XII' }]],
    ['a provincial congress', 'Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2020 - 2025', [{ raw: 'Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XX', form: 'name-only', ...NQ }]],
  ])('%s', (_, text, expected) => expect(find(text)).toEqual(expected));

  it.each([
    'quyết tâm hoàn thành nghị quyết đại hội đảng bộ các cấp tiến tới Đại hội lần thứ XIV của Đảng',
    'Hội nghị kết luận Hội nghị lần thứ 12 đã thành công',
    'các nghị quyết Hội nghị Trung ương khóa XII',
    'tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng',
  ])('generic or an event, not a document: %s', (text) => expect(find(text)).toEqual([]));
});

describe('issuers', () => {
  it.each<Case>([
    [
      '"do … ban hành"',
      'Chỉ thị số 05-CT/TW do Bộ Chính trị ban hành ngày 15/5/2016 về',
      [{ raw: 'Chỉ thị số 05-CT/TW do Bộ Chính trị ban hành ngày 15/5/2016', form: 'full', type: 'chi-thi', typeWord: 'Chỉ thị', number: '05-CT/TW', date: '2016-05-15', issuer: 'Bộ Chính trị' }],
    ],
    [
      'a comma before "của"',
      'Nghị quyết số 18-NQ/TW, ngày 25/10/2017, của Ban Chấp hành Trung ương',
      [{ raw: 'Nghị quyết số 18-NQ/TW, ngày 25/10/2017, của Ban Chấp hành Trung ương', form: 'full', ...NQ, number: '18-NQ/TW', date: '2017-10-25', issuer: BCH }],
    ],
    [
      '"thi hành" ends an issuer',
      'Quy định số 24-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương thi hành Điều lệ Đảng;',
      [{ raw: 'Quy định số 24-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương', form: 'full', type: 'quy-dinh', typeWord: 'Quy định', number: '24-QĐ/TW', date: '2021-07-30', issuer: BCH }],
    ],
    [
      '"do … ký"',
      'Chỉ thị số 40-CT/TW do Ban Bí thư ký ngày 02/01/2020',
      [{ raw: 'Chỉ thị số 40-CT/TW do Ban Bí thư ký ngày 02/01/2020', form: 'full', type: 'chi-thi', typeWord: 'Chỉ thị', number: '40-CT/TW', date: '2020-01-02', issuer: 'Ban Bí thư' }],
    ],
    ['"do" without "ban hành" is no issuer', 'Kế hoạch số 12-KH/TU do Ban Tuyên giáo chủ trì', [{ raw: 'Kế hoạch số 12-KH/TU', form: 'short', type: 'ke-hoach', typeWord: 'Kế hoạch', number: '12-KH/TU' }]],
  ])('%s', (_, text, expected) => expect(find(text)).toEqual(expected));
});

describe('not citations', () => {
  it.each([
    ['phone numbers', 'Điện thoại: 0206.3852.111; ĐT: (0208) 3855 123; Fax: 024-3825-1234; di động 0912 345 678'],
    ['an article and clause', 'theo quy định tại khoản 2 Điều 18 và điểm a khoản 1 Điều 5'],
    ['dates alone', 'ngày 25/10/2017; ngày 08 tháng 01 năm 2020; (25/10/2017); 25/10/2017'],
    ['a street address', 'trụ sở tại số 18 đường Hoàng Văn Thụ, số 8 phố Lý Tự Trọng'],
    ['a house number after "Số"', 'Số 18 đường Hoàng Văn Thụ'],
    ['a law by name', 'Luật Đất đai năm 2024; Hiến pháp năm 2013; Điều lệ Đảng'],
    ['counts', 'Kế hoạch 5 năm; nêu bật 3 nhóm nội dung; 07 vấn đề'],
    ['a period', 'tháng 12/2024; năm 2025; giai đoạn 2021 - 2025; 2021-2030'],
  ])('%s', (_, text) => expect(find(text)).toEqual([]));
});

// ---------------------------------------------------------------------------------------------
// Whole documents: tests/fixtures/citations/<name>.txt with <name>.expected.json.

const FIXTURES = join(import.meta.dirname, '../fixtures/citations');
const fixtureNames = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort();

describe('fixture documents', () => {
  it('has fixtures', () => expect(fixtureNames.length).toBeGreaterThanOrEqual(4));
  it.each(fixtureNames)('%s', (name) => {
    const text = readFileSync(join(FIXTURES, name), 'utf8');
    const expected = JSON.parse(readFileSync(join(FIXTURES, name.replace(/\.txt$/, '.expected.json')), 'utf8')) as View[];
    expect(find(text)).toEqual(expected);
  });
  it('the NFD fixture is NFD and has CRLF line ends', () => {
    const text = readFileSync(join(FIXTURES, 'nfd-crlf-cong-van.txt'), 'utf8');
    expect(text).not.toBe(text.normalize('NFC'));
    expect(text).toContain('\r\n');
  });
});

describe('stays linear on the new shapes', () => {
  // A regression shows up as a timeout.
  it.each([
    ['distinct aliases', (i: number) => `Nghị quyết số ${i}-NQ/TW (sau đây gọi tắt là NQ${i}); NQ${i} `],
    ['alias uses', () => '(sau đây gọi tắt là Nghị quyết 18) Nghị quyết 18 '],
    ['short names', (i: number) => `Chỉ thị ${i % 9000} của Ban, `],
    ['bare dates', () => '18-NQ/TW (25/10/2017), 25/10/2017 (('],
    ['headers', (i: number) => `Số: ${i % 9000}-NQ/TW\n`],
    ['preposed dates with terms', () => 'ngày 1/1/2020, Ban (khóa XII) Hội nghị 6 đã ban hành Nghị quyết 1-NQ/TW, '],
    ['"do" issuers', () => 'Nghị quyết số 1-NQ/TW do Ban Ban Ban '],
  ] as const)('%s', (_, unit) => {
    let text = '';
    for (let i = 1; text.length < 100_000; i++) text += unit(i);
    const t0 = performance.now();
    const cs = findCitations(text);
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(cs.length).toBeGreaterThan(0);
  });
});

describe('aliases in the seeds', () => {
  it('001: "(sau đây gọi tắt là Nghị quyết số 18-NQ/TW)" names the khóa XII resolution', () => {
    const dir = SEEDS_DIR;
    const text = readFileSync(join(dir, readdirSync(dir).find((f) => f.startsWith('001_'))!), 'utf8');
    const cs = findCitations(text);
    const aliases = cs.filter((c) => c.alias);
    expect(aliases.map((c) => c.raw)).toEqual(['Nghị quyết số 18-NQ/TW']);
    expect(cs.find((c) => c.start === aliases[0]!.aliasOf)).toMatchObject({ number: { printed: '18-NQ/TW' }, term: 'XII' });
  });
});
