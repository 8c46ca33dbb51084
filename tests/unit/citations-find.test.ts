import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCitations, type Citation } from '../../src/citations/find.ts';
import { matchDatePhrase } from '../../src/citations/date-text.ts';
import { BCH, BCHD, BTGTW, citationView, expectWellFormed, NQ, TTgCP, type CitationView } from '../helpers/citations.ts';
import { SEEDS_DIR } from '../helpers/seeds.ts';

type View = CitationView;
const view = (c: Citation) => citationView(c, [], 'basic');

const find = (text: string) => {
  const cs = findCitations(text);
  expectWellFormed(text, cs);
  return cs.map(view);
};

describe('findCitations: forms found in the seeds', () => {
  const cases: [string, string, View[]][] = [
    [
      'full Party citation with issuer and term',
      'tổng kết Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII "Một số vấn đề"',
      [{ raw: 'Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII', form: 'full', ...NQ, number: '18-NQ/TW', date: '2017-10-25', issuer: BCHD, term: 'XII' }],
    ],
    [
      'công văn, issuer stops at " về "',
      'Thực hiện Công văn số 10070-CV/BTGTW ngày 20/11/2024 của Ban Tuyên giáo Trung ương về việc định hướng',
      [{ raw: 'Công văn số 10070-CV/BTGTW ngày 20/11/2024 của Ban Tuyên giáo Trung ương', form: 'full', type: 'cong-van', typeWord: 'Công văn', number: '10070-CV/BTGTW', date: '2024-11-20', issuer: BTGTW }],
    ],
    [
      'short form',
      'theo Kế hoạch số 04-KH/BCĐ và các văn bản khác',
      [{ raw: 'Kế hoạch số 04-KH/BCĐ', form: 'short', type: 'ke-hoach', typeWord: 'Kế hoạch', number: '04-KH/BCĐ' }],
    ],
    [
      'State công điện, issuer stops at ")"',
      '(tại Công điện số 112/CĐ-TTg ngày 6/11/2024 của Thủ tướng Chính phủ); quyết liệt',
      [{ raw: 'Công điện số 112/CĐ-TTg ngày 6/11/2024 của Thủ tướng Chính phủ', form: 'full', type: 'cong-dien', typeWord: 'Công điện', number: '112/CĐ-TTg', date: '2024-11-06', issuer: TTgCP }],
    ],
    [
      'short form with issuer',
      '(tại Thông báo số 511/TB-VPCP của Văn phòng Chính phủ);',
      [{ raw: 'Thông báo số 511/TB-VPCP của Văn phòng Chính phủ', form: 'short', type: 'thong-bao', typeWord: 'Thông báo', number: '511/TB-VPCP', issuer: 'Văn phòng Chính phủ' }],
    ],
    [
      'State chỉ thị, short',
      'đẩy nhanh xóa nhà tạm (tại Chỉ thị số 42/CT-TTg).',
      [{ raw: 'Chỉ thị số 42/CT-TTg', form: 'short', type: 'chi-thi', typeWord: 'Chỉ thị', number: '42/CT-TTg' }],
    ],
    [
      'quyết định inside markdown emphasis',
      'theo tinh thần *Quyết định số 238-QĐ/TW ngày 20/9/2020 của Ban Bí thư về Quy chế phối hợp*.',
      [{ raw: 'Quyết định số 238-QĐ/TW ngày 20/9/2020 của Ban Bí thư', form: 'full', type: 'quyet-dinh', typeWord: 'Quyết định', number: '238-QĐ/TW', date: '2020-09-20', issuer: 'Ban Bí thư' }],
    ],
    [
      'comma before ngày',
      'Thực hiện Hướng dẫn số 173-HD/BTGTW, ngày 28/11/2024 của Ban Tuyên giáo Trung ương về việc Tuyên truyền',
      [{ raw: 'Hướng dẫn số 173-HD/BTGTW, ngày 28/11/2024 của Ban Tuyên giáo Trung ương', form: 'full', type: 'huong-dan', typeWord: 'Hướng dẫn', number: '173-HD/BTGTW', date: '2024-11-28', issuer: BTGTW }],
    ],
    [
      'comma before ngày, no "của" after (the meeting is not an issuer)',
      '- Nghị quyết số 69-NQ/TW, ngày 19/7/2025 Hội nghị lần thứ 12 Ban Chấp hành Trung ương Đảng khóa XIII.',
      [{ raw: 'Nghị quyết số 69-NQ/TW, ngày 19/7/2025', form: 'full', ...NQ, number: '69-NQ/TW', date: '2025-07-19' }],
    ],
    [
      'issuer stops at ":"',
      '+ Đối với Nghị quyết số 18-NQ/TW, ngày 16/6/2022 của Ban Chấp hành Trung ương: Nhấn mạnh đất đai',
      [{ raw: 'Nghị quyết số 18-NQ/TW, ngày 16/6/2022 của Ban Chấp hành Trung ương', form: 'full', ...NQ, number: '18-NQ/TW', date: '2022-06-16', issuer: BCH }],
    ],
    [
      'issuer runs into the next citation: verb phrase trimmed, next citation kept',
      'và Công văn số 05-CV/BCĐ ngày 13/11/2024 của Ban Chỉ đạo Trung ương tổng kết Nghị quyết số 18-NQ/TW. Việc',
      [
        { raw: 'Công văn số 05-CV/BCĐ ngày 13/11/2024 của Ban Chỉ đạo Trung ương', form: 'full', type: 'cong-van', typeWord: 'Công văn', number: '05-CV/BCĐ', date: '2024-11-13', issuer: 'Ban Chỉ đạo Trung ương' },
        { raw: 'Nghị quyết số 18-NQ/TW', form: 'short', ...NQ, number: '18-NQ/TW' },
      ],
    ],
    [
      'issuer across a page break after closing emphasis',
      '- *Tuyên truyền (tại Công điện số 112/CĐ-TTg ngày 6/11/2024 của Thủ tướng*\n\nChính phủ); quyết liệt',
      [{ raw: 'Công điện số 112/CĐ-TTg ngày 6/11/2024 của Thủ tướng*\n\nChính phủ', form: 'full', type: 'cong-dien', typeWord: 'Công điện', number: '112/CĐ-TTg', date: '2024-11-06', issuer: TTgCP }],
    ],
    [
      'two citations joined by "và", the shared issuer stays with the last',
      '+ Đối với Nghị quyết số 29-NQ/TW, ngày 04/11/2013 và Nghị quyết số 19-NQ/TW, ngày 25/10/2017 của Ban Chấp hành Trung ương: Tăng cường',
      [
        { raw: 'Nghị quyết số 29-NQ/TW, ngày 04/11/2013', form: 'full', ...NQ, number: '29-NQ/TW', date: '2013-11-04' },
        { raw: 'Nghị quyết số 19-NQ/TW, ngày 25/10/2017 của Ban Chấp hành Trung ương', form: 'full', ...NQ, number: '19-NQ/TW', date: '2017-10-25', issuer: BCH },
      ],
    ],
    [
      'issuer with "và" inside the name',
      'Thực hiện Hướng dẫn số 06-HD/BTGDVTU, ngày 06/8/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy về tuyên truyền',
      [{ raw: 'Hướng dẫn số 06-HD/BTGDVTU, ngày 06/8/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy', form: 'full', type: 'huong-dan', typeWord: 'Hướng dẫn', number: '06-HD/BTGDVTU', date: '2025-08-06', issuer: 'Ban Tuyên giáo và Dân vận Tỉnh ủy' }],
    ],
  ];
  it.each(cases)('%s', (_, text, expected) => expect(find(text)).toEqual(expected));
  it('a ground naming its document with the year of issue: the year is its date (realworld-heldout-5/20)', () => {
    expect(find('Căn cứ theo Mục 4 Công văn 9743-CV/BTGTW năm 2024, 22 khẩu hiệu tuyên truyền gồm:')[0]).toMatchObject({ number: '9743-CV/BTGTW', date: '2024' });
    expect(find('Theo Hướng dẫn 160-HD/BTGTW năm 2024, các cấp tuyên truyền.')[0]).toMatchObject({ number: '160-HD/BTGTW', date: '2024' });
    // Outside a ground the year may be a report's on the document.
    expect(find('Báo cáo kết quả thực hiện Chỉ thị số 05-CT/TW năm 2023, các địa phương đã làm tốt.')[0]?.date).toBeUndefined();
  });
  it('a glued or spaced number needs "<type word> số" and the type\'s own code', () => {
    expect(find('Quyết định số 15KH/UBND về việc')).toEqual([]);
    expect(find('trong 15KH/ĐTNK-BTG nói trên')).toEqual([]);
    expect(find('Chỉ thị số 06-KHĐU')).toEqual([]);
    expect(find('trong 06-KHĐU nói trên')).toEqual([]);
    // A slash for the hyphen after the type code (realworld-heldout-8/09), also only after "<type word> số".
    expect(find('ra Nghị quyết số 04/NQ/ĐCT-MTTW về việc')).toEqual([{ raw: 'Nghị quyết số 04/NQ/ĐCT-MTTW', form: 'short', type: 'nghi-quyet', typeWord: 'Nghị quyết', number: '04/NQ/ĐCT-MTTW' }]);
    expect(find('Kế hoạch số 12/NQ/UBND')).toEqual([]);
    expect(find('theo 04/NQ/ĐCT-MTTW')).toEqual([]);
  });
  it('a unit code with a dot between two parts ("BĐ.TP"); a full stop before the next sentence is no part (realworld-heldout-9/21)', () => {
    expect(find('theo Chương trình phối hợp số 01/CTrPH-MTTQ-ĐTCTXH-BĐ.TP ngày 27 tháng 5 năm 2016 của')[0]).toMatchObject({ number: '01/CTrPH-MTTQ-ĐTCTXH-BĐ.TP', date: '2016-05-27' });
    expect(find('Công văn số 12/UBND-VP.Các xã thực hiện')[0]?.number).toBe('12/UBND-VP');
    expect(find('theo Công văn số 12/UBND-VP. Các xã')[0]?.number).toBe('12/UBND-VP');
  });
  it('a number glued to the motto a flattened header runs on into ends where the motto starts (realworld-heldout-8/11)', () => {
    expect(find('TRUNG ƯƠNG***Số: 367 - QĐ/TWĐTN-VPĐOÀN TNCS HỒ CHÍ MINH Hà Nội')[0]?.number).toBe('367 - QĐ/TWĐTN-VP');
    expect(find('Số: 12/KH-UBNDCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')[0]?.number).toBe('12/KH-UBND');
    expect(find('Số 05-CT/TUĐẢNG CỘNG SẢN VIỆT NAM')[0]?.number).toBe('05-CT/TU');
    // A code that ends so with no motto after it is the code.
    expect(find('theo Kế hoạch 12/KH-HĐĐOÀN về')[0]?.number).toBe('12/KH-HĐĐOÀN');
  });
});

describe('findCitations: repost variants', () => {
  const cases: [string, string, View[]][] = [
    [
      'Party number written State-style, date in words',
      'Thực hiện Hướng dẫn số 08/HD-BTGTU ngày 08 tháng 01 năm 2020 của Ban Tuyên giáo Tỉnh ủy về việc',
      [{ raw: 'Hướng dẫn số 08/HD-BTGTU ngày 08 tháng 01 năm 2020 của Ban Tuyên giáo Tỉnh ủy', form: 'full', type: 'huong-dan', typeWord: 'Hướng dẫn', number: '08/HD-BTGTU', date: '2020-01-08', issuer: 'Ban Tuyên giáo Tỉnh ủy' }],
    ],
    [
      'type word without "số", both separator orders',
      'quán triệt Nghị quyết 18-NQ/TW, Chỉ thị 22/CT-TW và Nghị quyết 18/NQ-TW.',
      [
        { raw: 'Nghị quyết 18-NQ/TW', form: 'short', ...NQ, number: '18-NQ/TW' },
        { raw: 'Chỉ thị 22/CT-TW', form: 'short', type: 'chi-thi', typeWord: 'Chỉ thị', number: '22/CT-TW' },
        { raw: 'Nghị quyết 18/NQ-TW', form: 'short', ...NQ, number: '18/NQ-TW' },
      ],
    ],
    [
      'spaces and en dashes inside numbers',
      'theo Hướng dẫn số 21- HD/BTGTW và Quyết định số 367 – QĐ/TWĐTN-VP của Ban Bí thư Trung ương Đoàn.',
      [
        { raw: 'Hướng dẫn số 21- HD/BTGTW', form: 'short', type: 'huong-dan', typeWord: 'Hướng dẫn', number: '21- HD/BTGTW' },
        { raw: 'Quyết định số 367 – QĐ/TWĐTN-VP của Ban Bí thư Trung ương Đoàn', form: 'short', type: 'quyet-dinh', typeWord: 'Quyết định', number: '367 – QĐ/TWĐTN-VP', issuer: 'Ban Bí thư Trung ương Đoàn' },
      ],
    ],
    [
      'hyphen missing: a known type code (QĐ names two types, so no type)',
      'theo Quy chế ban hành kèm 84 QĐ/TWĐTN.',
      [{ raw: '84 QĐ/TWĐTN', form: 'short', number: '84 QĐ/TWĐTN' }],
    ],
    [
      '"Số:" and "Số" headers: the type comes from the code',
      'Số: 18-NQ/TW\nSố 36-HD/VPTW',
      [
        { raw: 'Số: 18-NQ/TW', form: 'short', type: 'nghi-quyet', number: '18-NQ/TW' },
        { raw: 'Số 36-HD/VPTW', form: 'short', type: 'huong-dan', number: '36-HD/VPTW' },
      ],
    ],
    [
      'date in words split across a line break',
      'Kế hoạch số 12-KH/TU ngày 08 tháng\n01 năm 2020 của Tỉnh ủy.',
      [{ raw: 'Kế hoạch số 12-KH/TU ngày 08 tháng\n01 năm 2020 của Tỉnh ủy', form: 'full', type: 'ke-hoach', typeWord: 'Kế hoạch', number: '12-KH/TU', date: '2020-01-08', issuer: 'Tỉnh ủy' }],
    ],
    [
      'line break between ngày and a numeric date',
      'Nghị quyết số 18-NQ/TW ngày\n25/10/2017 của Ban Chấp hành Trung ương.',
      [{ raw: 'Nghị quyết số 18-NQ/TW ngày\n25/10/2017 của Ban Chấp hành Trung ương', form: 'full', ...NQ, number: '18-NQ/TW', date: '2017-10-25', issuer: BCH }],
    ],
    [
      'dd-mm-yyyy, and a number without ký hiệu',
      'Công văn số 468 ngày 08-01-2020 của Sở Nội vụ.',
      [{ raw: 'Công văn số 468 ngày 08-01-2020 của Sở Nội vụ', form: 'full', type: 'cong-van', typeWord: 'Công văn', number: '468', date: '2020-01-08', issuer: 'Sở Nội vụ' }],
    ],
    [
      'State legal number with year',
      'theo Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư',
      [{ raw: 'Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ', form: 'full', type: 'nghi-dinh', typeWord: 'Nghị định', number: '30/2020/NĐ-CP', date: '2020-03-05', issuer: 'Chính phủ' }],
    ],
    [
      'a law number has no hyphen',
      'theo Luật số 59/2020/QH14 ngày 17/6/2020 của Quốc hội.',
      [{ raw: 'Luật số 59/2020/QH14 ngày 17/6/2020 của Quốc hội', form: 'full', type: 'luat', typeWord: 'Luật', number: '59/2020/QH14', date: '2020-06-17', issuer: 'Quốc hội' }],
    ],
    [
      'upper-case citation',
      'NGHỊ QUYẾT SỐ 18-NQ/TW NGÀY 25/10/2017 CỦA BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHÓA XII',
      [{ raw: 'NGHỊ QUYẾT SỐ 18-NQ/TW NGÀY 25/10/2017 CỦA BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHÓA XII', form: 'full', type: 'nghi-quyet', typeWord: 'NGHỊ QUYẾT', number: '18-NQ/TW', date: '2017-10-25', issuer: 'BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG', term: 'XII' }],
    ],
    [
      'term in parentheses, then the next citation',
      'Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương Đảng (khóa XII), Kết luận số 21-KL/TW.',
      [
        { raw: 'Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương Đảng (khóa XII)', form: 'short', ...NQ, number: '18-NQ/TW', issuer: BCHD, term: 'XII' },
        { raw: 'Kết luận số 21-KL/TW', form: 'short', type: 'ket-luan', typeWord: 'Kết luận', number: '21-KL/TW' },
      ],
    ],
    [
      'a number with no type word is a short citation',
      'Thực hiện 173-HD/BTGTW về việc tuyên truyền',
      [{ raw: '173-HD/BTGTW', form: 'short', type: 'huong-dan', number: '173-HD/BTGTW' }],
    ],
    [
      'a State công văn code names no type',
      'theo văn bản số 05/BNV-VP của Bộ Nội vụ',
      [{ raw: 'số 05/BNV-VP của Bộ Nội vụ', form: 'short', number: '05/BNV-VP', issuer: 'Bộ Nội vụ' }],
    ],
    [
      'a type code glued to the sequence, after "<type word> số" (realworld-heldout-3/04)',
      'Thực hiện Kế hoạch số 15KH/ĐTNK-BTG ngày 29/8/2014 của BCH Đoàn Khối về việc',
      [{ raw: 'Kế hoạch số 15KH/ĐTNK-BTG ngày 29/8/2014 của BCH Đoàn Khối', form: 'full', type: 'ke-hoach', typeWord: 'Kế hoạch', number: '15KH/ĐTNK-BTG', date: '2014-08-29', issuer: 'BCH Đoàn Khối' }],
    ],
    [
      'the issuer after a space instead of a hyphen, after "<type word> số" (realworld-heldout-5/12)',
      'Thực hiện kế hoạch số 03/KH UBND ngày 11/01/2022 của UBND xã',
      [{ raw: 'kế hoạch số 03/KH UBND ngày 11/01/2022 của UBND xã', form: 'full', type: 'ke-hoach', typeWord: 'kế hoạch', number: '03/KH UBND', date: '2022-01-11', issuer: 'UBND xã' }],
    ],
    [
      'the Prime Minister\'s code after a space, in its own mixed case (realworld-heldout-12/04)',
      'Chỉ thị số 30/CT TTg, ngày 26/11/2012 của Thủ tướng về thực hành tiết kiệm',
      [{ raw: 'Chỉ thị số 30/CT TTg, ngày 26/11/2012 của Thủ tướng', form: 'full', type: 'chi-thi', typeWord: 'Chỉ thị', number: '30/CT TTg', date: '2012-11-26', issuer: 'Thủ tướng' }],
    ],
    [
      'a qualifier between the type word and "số": "Công văn chỉ đạo số", "Công điện hỏa tốc số"; the date before "<body> có …"',
      'Ngày 3/2/2020, Bộ Y tế có Công văn chỉ đạo số 12/BYT-DP về việc',
      [{ raw: 'Ngày 3/2/2020, Bộ Y tế có Công văn chỉ đạo số 12/BYT-DP', form: 'full', type: 'cong-van', typeWord: 'Công văn chỉ đạo', number: '12/BYT-DP', date: '2020-02-03', issuer: 'Bộ Y tế' }],
    ],
    [
      'a preposed date before "<body> ra <type> số" (realworld-heldout-8/09)',
      'Ngày 01 tháng 8 năm 2003, Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam ra Nghị quyết số 04/NQ-ĐCT-MTTW về việc',
      [{ raw: 'Ngày 01 tháng 8 năm 2003, Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam ra Nghị quyết số 04/NQ-ĐCT-MTTW', form: 'full', type: 'nghi-quyet', typeWord: 'Nghị quyết', number: '04/NQ-ĐCT-MTTW', date: '2003-08-01', issuer: 'Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam' }],
    ],
    [
      'the issuer glued to the type code without its slash, after "<type word> số" (realworld-heldout-8/25)',
      'Thực hiện Kế hoạch số 06-KHĐU, ngày 20/7/2021 của Đảng ủy xã Quảng Tiên về',
      [{ raw: 'Kế hoạch số 06-KHĐU, ngày 20/7/2021 của Đảng ủy xã Quảng Tiên', form: 'full', type: 'ke-hoach', typeWord: 'Kế hoạch', number: '06-KHĐU', date: '2021-07-20', issuer: 'Đảng ủy xã Quảng Tiên' }],
    ],
  ];
  it.each(cases)('%s', (_, text, expected) => expect(find(text)).toEqual(expected));
});

describe('findCitations: plural lists', () => {
  it('gives each number its own citation, inheriting the list type; the issuer and term after the last are shared', () => {
    expect(find('Quán triệt các Nghị quyết số 18-NQ/TW, 19-NQ/TW và 20-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XII.')).toEqual([
      { raw: 'Nghị quyết số 18-NQ/TW', form: 'short', ...NQ, number: '18-NQ/TW', issuer: BCHD, term: 'XII' },
      { raw: '19-NQ/TW', form: 'short', type: 'nghi-quyet', number: '19-NQ/TW', issuer: BCHD, term: 'XII' },
      { raw: '20-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XII', form: 'short', type: 'nghi-quyet', number: '20-NQ/TW', issuer: BCHD, term: 'XII' },
    ]);
  });
  it('takes the type of an ambiguous code (QĐ) from the list head', () => {
    expect(find('các Quy định số 66-QĐ/TW, 205-QĐ/TW')).toEqual([
      { raw: 'Quy định số 66-QĐ/TW', form: 'short', type: 'quy-dinh', typeWord: 'Quy định', number: '66-QĐ/TW' },
      { raw: '205-QĐ/TW', form: 'short', type: 'quy-dinh', number: '205-QĐ/TW' },
    ]);
  });
  it('lets an unambiguous code win over the list head', () => {
    expect(find('Nghị quyết số 18-NQ/TW, 112/CĐ-TTg').map((c) => c.type)).toEqual(['nghi-quyet', 'cong-dien']);
  });
  it('does not inherit across a sentence', () => {
    expect(find('Nghị quyết số 18-NQ/TW. Tham khảo 238-QĐ/TW.')[1]).toEqual({ raw: '238-QĐ/TW', form: 'short', number: '238-QĐ/TW' });
  });
  it('reads a date on every member', () => {
    expect(find('các Nghị quyết số 18-NQ/TW ngày 25/10/2017, 19-NQ/TW ngày 25/10/2017').map((c) => [c.raw, c.date])).toEqual([
      ['Nghị quyết số 18-NQ/TW ngày 25/10/2017', '2017-10-25'],
      ['19-NQ/TW ngày 25/10/2017', '2017-10-25'],
    ]);
  });
});

describe('findCitations: dates written before the number', () => {
  it('attaches "ngày …, <issuer> ban hành <citation>"', () => {
    expect(find('Ngày 25/10/2017, Ban Chấp hành Trung ương ban hành Nghị quyết số 18-NQ/TW về tiếp tục đổi mới.')).toEqual([
      { raw: 'Ngày 25/10/2017, Ban Chấp hành Trung ương ban hành Nghị quyết số 18-NQ/TW', form: 'full', ...NQ, number: '18-NQ/TW', date: '2017-10-25', issuer: BCH },
    ]);
    expect(find('Ngày 25/10/2017, Ban Chấp hành Trung ương đã ban hành Nghị quyết số 18-NQ/TW.')[0]!.date).toBe('2017-10-25');
    expect(find('Ngày 25/10/2017, Ban Chấp hành Trung ương họp và ban hành Nghị quyết số 18-NQ/TW.')[0]).toMatchObject({ date: '2017-10-25', issuer: BCH });
  });
  it.each([
    ['no "ban hành"', 'Ngày 25/10/2017, Ban Chấp hành Trung ương họp và thảo luận Nghị quyết số 18-NQ/TW.'],
    ['date of another event', 'Hội nghị diễn ra ngày 25/10/2017, sau đó Nghị quyết số 18-NQ/TW được ban hành.'],
    ['lower-case clause between', 'ngày 25/10/2017, tại Hội nghị ban hành Nghị quyết số 18-NQ/TW.'],
  ])('leaves it alone otherwise: %s', (_, text) => {
    const cs = find(text);
    expect(cs).toHaveLength(1);
    expect(cs[0]).toEqual({ raw: 'Nghị quyết số 18-NQ/TW', form: 'short', ...NQ, number: '18-NQ/TW' });
  });
  it('never takes a date that belongs to the previous citation', () => {
    expect(find('Nghị quyết số 17-NQ/TW ngày 25/10/2017, Ban Chấp hành Trung ương ban hành Nghị quyết số 18-NQ/TW.').map((c) => [c.raw, c.date])).toEqual([
      ['Nghị quyết số 17-NQ/TW ngày 25/10/2017', '2017-10-25'],
      ['Nghị quyết số 18-NQ/TW', undefined],
    ]);
  });
});

describe('findCitations: name-only references', () => {
  const cases: [string, View[]][] = [
    ['thành các mục tiêu Nghị quyết Đại hội XIII đã đề ra', [{ raw: 'Nghị quyết Đại hội XIII', form: 'name-only', ...NQ }]],
    ['thực hiện thắng lợi Nghị quyết Đại hội XIV của Đảng.', [{ raw: 'Nghị quyết Đại hội XIV của Đảng', form: 'name-only', ...NQ, issuer: 'Đảng' }]],
    ['theo Nghị quyết Đại hội lần thứ XIII của Đảng,', [{ raw: 'Nghị quyết Đại hội lần thứ XIII của Đảng', form: 'name-only', ...NQ, issuer: 'Đảng' }]],
    [
      '+ Đối với Kết luận Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII về định hướng Quy hoạch',
      [{ raw: 'Kết luận Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII', form: 'name-only', type: 'ket-luan', typeWord: 'Kết luận', term: 'XIII' }],
    ],
    [
      '- Thông báo Hội nghị lần thứ 12 Ban Chấp hành Trung ương Đảng khóa XIII (đã được đăng tải)',
      [{ raw: 'Thông báo Hội nghị lần thứ 12 Ban Chấp hành Trung ương Đảng khóa XIII', form: 'name-only', type: 'thong-bao', typeWord: 'Thông báo', term: 'XIII' }],
    ],
    [
      'triển khai Nghị quyết Đại hội đại biểu toàn quốc Mặt trận Tổ quốc Việt Nam lần thứ X, nhiệm kỳ 2024 - 2029.',
      [{ raw: 'Nghị quyết Đại hội đại biểu toàn quốc Mặt trận Tổ quốc Việt Nam lần thứ X', form: 'name-only', ...NQ }],
    ],
    ['Nghị quyết Trung ương 4 khóa XII', [{ raw: 'Nghị quyết Trung ương 4 khóa XII', form: 'name-only', ...NQ, term: 'XII' }]],
    ['Nghị quyết Hội nghị Trung ương 8 (khóa XIII).', [{ raw: 'Nghị quyết Hội nghị Trung ương 8 (khóa XIII)', form: 'name-only', ...NQ, term: 'XIII' }]],
    ['Nghị quyết Hội nghị Trung ương lần thứ tám khóa XIII', [{ raw: 'Nghị quyết Hội nghị Trung ương lần thứ tám khóa XIII', form: 'name-only', ...NQ, term: 'XIII' }]],
    ['NGHỊ QUYẾT ĐẠI HỘI XIII', [{ raw: 'NGHỊ QUYẾT ĐẠI HỘI XIII', form: 'name-only', type: 'nghi-quyet', typeWord: 'NGHỊ QUYẾT' }]],
  ];
  it.each(cases)('%s', (text, expected) => expect(find(text)).toEqual(expected));
});

describe('findCitations: markdown emphasis', () => {
  it.each([
    ['date wrapped in **', 'theo Kế hoạch số 5-KH/ĐU ngày **31/12/2024**.', 'Kế hoạch số 5-KH/ĐU ngày **31/12/2024**', '2024-12-31'],
    ['citation in bold, date after', 'đã có **Nghị quyết số 18-NQ/TW** ngày 25/10/2017', 'Nghị quyết số 18-NQ/TW** ngày 25/10/2017', '2017-10-25'],
    ['star between type word and số', 'theo Nghị quyết *số* 18-NQ/TW.', 'Nghị quyết *số* 18-NQ/TW', undefined],
    ['whole citation in italics', '*Hướng dẫn số 168-HD/BTGTW ngày 23/9/2024*', 'Hướng dẫn số 168-HD/BTGTW ngày 23/9/2024', '2024-09-23'],
  ])('%s', (_, text, raw, date) => {
    const [c, ...rest] = find(text);
    expect(rest).toEqual([]);
    expect(c!.raw).toBe(raw);
    expect(c!.date).toBe(date);
  });
});

describe('findCitations: issuer boundaries', () => {
  const issuerOf = (text: string) => find(text).map((c) => c.issuer);
  it.each([
    ['comma then a new clause', 'Thực hiện Công văn số 1-CV/BTGTW của Ban Tuyên giáo Trung ương, Cục Thông tin cơ sở đề nghị', BTGTW],
    ['quotes', 'Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XII “Một số vấn đề”', BCHD],
    ['verb "hướng dẫn"', 'Thực hiện Kế hoạch số 2-KH/TU của Ban Tuyên giáo Tỉnh ủy hướng dẫn tuyên truyền', 'Ban Tuyên giáo Tỉnh ủy'],
    ['a heading after a paragraph break', 'theo Công văn số 12/UBND-VX của Ủy ban nhân dân tỉnh Thái Nguyên\n\nII. NỘI DUNG', 'Ủy ban nhân dân tỉnh Thái Nguyên'],
    ['"Nơi nhận:" after a paragraph break', 'theo Công văn số 12/UBND-VX của Ủy ban nhân dân tỉnh Thái Nguyên\n\nNơi nhận:', 'Ủy ban nhân dân tỉnh Thái Nguyên'],
    ['a signature line in capitals', 'theo Công văn số 12/UBND-VX của Ủy ban nhân dân tỉnh\nTRƯỞNG BAN', 'Ủy ban nhân dân tỉnh'],
    ['"V/v" opens the subject', 'Thông báo số 217/TB-UBND ngày 08/5/2019 của UBND thị xã Điện Bàn V/v treo cờ Tổ quốc', 'UBND thị xã Điện Bàn'],
    ['"của" + lower case is no issuer', 'thực hiện Kế hoạch số 3-KH/ĐU của mình', undefined],
    ['more than 15 words is no issuer', `Công văn số 1-CV/BTG của ${'Ban '.repeat(20)}`, undefined],
  ])('%s', (_, text, issuer) => expect(issuerOf(text)).toEqual([issuer]));
});

describe('findCitations: not documents', () => {
  it.each([
    'Phản bác các thông tin sai trái về Hội nghị Trung ương 10 (khóa XIII); về Kỳ họp thứ 8 Quốc hội khóa XV',
    'chuẩn bị thật tốt để tổ chức thành công Đại hội XIV của Đảng.',
    'của Tiểu ban Điều lệ Đảng ngày 11/11/2024; tại cuộc họp ngày 30/10/2024',
    'V/v thông tin, tuyên truyền một số nội dung trọng tâm tháng 12/2024',
    'nêu bật ba nhóm nội dung, 02 nhóm, 07 vấn đề trọng tâm',
    'quyết tâm gỡ cảnh báo Thẻ vàng tại đợt thanh tra lần thứ 5 của EC.',
    'Số: /TTCS-TTTQ',
    'Hà Nội, ngày tháng năm 2024',
    '75 năm Ngày truyền thống (01/11/1949 - 01/11/2024); thời kỳ 2021 - 2030; kinh tế - xã hội; COP29; G20; Quốc khánh 2/9',
    'T/M BAN THƯỜNG VỤ; K/T TRƯỞNG BAN; 1.2. Tuyên truyền; Ban Chỉ đạo 35 tỉnh; BCĐ 35',
    'quyết tâm hoàn thành nghị quyết đại hội đảng bộ các cấp; các nghị quyết của Bộ Chính trị',
    'tái khởi động Chương trình điện hạt nhân; Bản tin “Thông báo nội bộ”; Quy chế phối hợp',
    'Công văn số 5-CV/BTGTW ngày 31/02/2024', // an impossible date is no date
  ])('%s', (text) => {
    const cs = find(text);
    if (text.startsWith('Công văn số 5')) expect(cs).toEqual([{ raw: 'Công văn số 5-CV/BTGTW', form: 'short', type: 'cong-van', typeWord: 'Công văn', number: '5-CV/BTGTW' }]);
    else expect(cs).toEqual([]);
  });
});

describe('findCitations: offsets and nasty inputs', () => {
  it('returns nothing for empty or blank text', () => {
    expect(findCitations('')).toEqual([]);
    expect(findCitations(' \n\n\t ')).toEqual([]);
  });

  it('gives UTF-16 offsets into the text', () => {
    const text = 'Thực hiện Công văn số 10070-CV/BTGTW ngày 20/11/2024 của Ban Tuyên giáo Trung ương về việc';
    const [c] = findCitations(text);
    expect([c!.start, c!.end]).toEqual([10, 82]);
    expect(text.slice(c!.start, c!.end)).toBe(c!.raw);
  });

  it('normalises NFD input to NFC; offsets refer to the NFC text', () => {
    const nfcText = 'Thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII.';
    const nfdText = nfcText.normalize('NFD');
    expect(nfdText.length).toBeGreaterThan(nfcText.length);
    const cs = findCitations(nfdText);
    expect(cs.map(view)).toEqual(findCitations(nfcText).map(view));
    expect(cs[0]!.start).toBe(10);
    expect(nfcText.slice(cs[0]!.start, cs[0]!.end)).toBe(cs[0]!.raw);
    expect(cs[0]!.raw.normalize('NFC')).toBe(cs[0]!.raw);
  });

  it('handles 100 KB of text', () => {
    const para = 'Thực hiện Hướng dẫn số 173-HD/BTGTW, ngày 28/11/2024 của Ban Tuyên giáo Trung ương về việc tổng kết Nghị quyết số 18-NQ/TW; tuyên truyền Hội nghị Trung ương 10 tháng 12/2024.\n\n';
    const text = para.repeat(Math.ceil(100_000 / para.length));
    const cs = findCitations(text);
    expect(cs).toHaveLength(2 * Math.ceil(100_000 / para.length));
    expectWellFormed(text, cs);
  });

  // Inputs built to make a backtracking regex explode; a regression shows up as a test timeout.
  it.each([
    ['spaces', ' '],
    ['stars', '*'],
    ['digits', '1'],
    ['digit-dash', '1-'],
    ['unfinished numbers', '18-NQ/'],
    ['long symbol chains', '18-NQ/TW-AB-CD-EF-GH '],
    ['type words', 'Nghị quyết '],
    ['type word + số', 'Nghị quyết * * số * '],
    ['congress words', 'Nghị quyết Đại hội đại biểu '],
    ['dates without years', 'ngày ** tháng '],
    ['issuer words', 'của Ban '],
    ['preposed dates', 'ngày 1/1/2020, Ban ban hành '],
  ])('stays linear on repeated %s', (_, unit) => {
    const text = unit.repeat(Math.ceil(100_000 / unit.length));
    expectWellFormed(text, findCitations(text));
  });

  it('finds every member of a 100 KB list', () => {
    const text = '18-NQ/TW, '.repeat(10_000);
    expect(findCitations(text)).toHaveLength(10_000);
  });
});

describe('matchDatePhrase', () => {
  it.each([
    ['ngày 25/10/2017', '2017-10-25'],
    ['ngày 6/11/2024', '2024-11-06'],
    ['ngày 08-01-2020', '2020-01-08'],
    ['ngày 08.01.2020', '2020-01-08'],
    ['ngày 08 tháng 01 năm 2020', '2020-01-08'],
    ['Ngày 8 tháng\n1 năm\n2020', '2020-01-08'],
    ['NGÀY 08 THÁNG 01 NĂM 2020', '2020-01-08'],
    ['ngày   tháng 10 năm 2024', '2024-10'],
    ['ngày tháng năm 2024', '2024'],
    ['ngày **31/12/2024**', '2024-12-31'],
    ['ngày 31/02/2024', undefined],
    ['ngày 25/13/2017', undefined],
    ['ngày 25/10/17', undefined],
    ['ngày mai', undefined],
  ])('%s', (text, date) => {
    const m = matchDatePhrase(text, 0);
    expect(m?.date).toBe(date);
    if (m) expect(m.end).toBe(text.length);
  });
});

// ---------------------------------------------------------------------------------------------
// The three real directives: every citation, counted by hand.

const SEEDS = SEEDS_DIR;
const seed = (prefix: string) => {
  const name = readdirSync(SEEDS).find((f) => f.startsWith(prefix));
  return readFileSync(join(SEEDS, name!), 'utf8');
};

const nq18 = { raw: 'Nghị quyết số 18-NQ/TW', form: 'short', ...NQ, number: '18-NQ/TW' } as const;

describe('findCitations over the seeds', () => {
  it('000 (Cục Thông tin cơ sở, công văn tháng 12/2024): 13 numbered + 2 name-only', () => {
    const text = seed('000_');
    const cs = findCitations(text);
    expectWellFormed(text, cs);
    expect(cs.map(view)).toEqual([
      { raw: 'Công văn số 10070-CV/BTGTW ngày 20/11/2024 của Ban Tuyên giáo Trung ương', form: 'full', type: 'cong-van', typeWord: 'Công văn', number: '10070-CV/BTGTW', date: '2024-11-20', issuer: BTGTW },
      { raw: 'Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII', form: 'full', ...NQ, number: '18-NQ/TW', date: '2017-10-25', issuer: BCHD, term: 'XII' },
      { raw: 'Kế hoạch số 04-KH/BCĐ', form: 'short', type: 'ke-hoach', typeWord: 'Kế hoạch', number: '04-KH/BCĐ' },
      { raw: 'Công văn số 05-CV/BCĐ ngày 13/11/2024 của Ban Chỉ đạo Trung ương', form: 'full', type: 'cong-van', typeWord: 'Công văn', number: '05-CV/BCĐ', date: '2024-11-13', issuer: 'Ban Chỉ đạo Trung ương' },
      nq18, // "…Ban Chỉ đạo Trung ương tổng kết Nghị quyết số 18-NQ/TW."
      nq18, // "Xác định việc tổng kết Nghị quyết số 18-NQ/TW là nhiệm vụ…"
      { raw: 'Nghị quyết số 27-NQ/TW ngày 09/11/2022 của Ban Chấp hành Trung ương Đảng khóa XIII', form: 'full', ...NQ, number: '27-NQ/TW', date: '2022-11-09', issuer: BCHD, term: 'XIII' },
      { raw: 'Nghị quyết Đại hội XIII', form: 'name-only', ...NQ },
      { raw: 'Hướng dẫn số 168-HD/BTGTW ngày 23/9/2024 của Ban Tuyên giáo Trung ương', form: 'full', type: 'huong-dan', typeWord: 'Hướng dẫn', number: '168-HD/BTGTW', date: '2024-09-23', issuer: BTGTW },
      { raw: 'Công điện số 112/CĐ-TTg ngày 6/11/2024 của Thủ tướng*\n\nChính phủ', form: 'full', type: 'cong-dien', typeWord: 'Công điện', number: '112/CĐ-TTg', date: '2024-11-06', issuer: TTgCP },
      { raw: 'Công điện số 115/CĐ-TTg ngày 7/11/2024 của Thủ tướng Chính phủ', form: 'full', type: 'cong-dien', typeWord: 'Công điện', number: '115/CĐ-TTg', date: '2024-11-07', issuer: TTgCP },
      { raw: 'Thông báo số 511/TB-VPCP của Văn phòng Chính phủ', form: 'short', type: 'thong-bao', typeWord: 'Thông báo', number: '511/TB-VPCP', issuer: 'Văn phòng Chính phủ' },
      { raw: 'Chỉ thị số 42/CT-TTg ngày 9/11/2024 của Thủ tướng Chính phủ', form: 'full', type: 'chi-thi', typeWord: 'Chỉ thị', number: '42/CT-TTg', date: '2024-11-09', issuer: TTgCP },
      { raw: 'Công điện số 111/CĐ-TTg ngày 4/11/2024', form: 'full', type: 'cong-dien', typeWord: 'Công điện', number: '111/CĐ-TTg', date: '2024-11-04' },
      { raw: 'Nghị quyết Đại hội đại biểu toàn quốc Mặt trận Tổ quốc Việt Nam lần thứ X', form: 'name-only', ...NQ },
    ]);
  });

  it('001 (BTG Tỉnh ủy Cao Bằng, hướng dẫn): 173-HD/BTGTW, 18-NQ/TW ×13, 238-QĐ/TW ×2', () => {
    const text = seed('001_');
    const cs = findCitations(text);
    expectWellFormed(text, cs);
    const qd238 = { raw: 'Quyết định số 238-QĐ/TW ngày 20/9/2020 của Ban Bí thư', form: 'full', type: 'quyet-dinh', typeWord: 'Quyết định', number: '238-QĐ/TW', date: '2020-09-20', issuer: 'Ban Bí thư' };
    expect(cs.map(view)).toEqual([
      { raw: 'Hướng dẫn số 173-HD/BTGTW, ngày 28/11/2024 của Ban Tuyên giáo Trung ương', form: 'full', type: 'huong-dan', typeWord: 'Hướng dẫn', number: '173-HD/BTGTW', date: '2024-11-28', issuer: BTGTW },
      { raw: 'Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XII', form: 'short', ...NQ, number: '18-NQ/TW', issuer: BCHD, term: 'XII' },
      nq18, // (sau đây gọi tắt là …)
      nq18, // I.2 lãnh đạo, chỉ đạo tổng kết
      nq18, // I.3
      nq18, // II.1 heading
      nq18, // 1.1 (after the page break)
      nq18, // "Khẳng định việc tổng kết"
      nq18, // "Nhấn mạnh mục đích"
      nq18, // "… trong quá trình thực hiện"
      nq18, // "Nêu bật yêu cầu, nguyên tắc"
      nq18, // IV.1 Ban Tuyên giáo Tỉnh ủy
      qd238, // inside *…*
      nq18, // IV.2 Ban Tổ chức Tỉnh ủy
      nq18, // IV.4 Mặt trận
      qd238, // IV.6
    ]);
  });

  it('004 (Đảng ủy xã, kế hoạch): 18-NQ/TW of 2022 and of 2017, 27-, 29-, 19-, 69-NQ/TW, 06-HD/BTGDVTU + 3 name-only', () => {
    const text = seed('004_');
    const cs = findCitations(text);
    expectWellFormed(text, cs);
    expect(cs.map(view)).toEqual([
      { raw: 'Hướng dẫn số 06-HD/BTGDVTU, ngày 06/8/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy', form: 'full', type: 'huong-dan', typeWord: 'Hướng dẫn', number: '06-HD/BTGDVTU', date: '2025-08-06', issuer: 'Ban Tuyên giáo và Dân vận Tỉnh ủy' },
      { raw: 'Nghị quyết Đại hội XIV của Đảng', form: 'name-only', ...NQ, issuer: 'Đảng' },
      { raw: 'Nghị quyết số 18-NQ/TW, ngày 16/6/2022 của Ban Chấp hành Trung ương', form: 'full', ...NQ, number: '18-NQ/TW', date: '2022-06-16', issuer: BCH },
      // footnote ¹
      { raw: 'Nghị quyết số 18-NQ/TW, ngày 16/6/2022 của Ban Chấp hành Trung ương', form: 'full', ...NQ, number: '18-NQ/TW', date: '2022-06-16', issuer: BCH },
      { raw: 'Nghị quyết số 27-NQ/TW, ngày 09/11/2022 của Ban Chấp hành Trung ương', form: 'full', ...NQ, number: '27-NQ/TW', date: '2022-11-09', issuer: BCH },
      { raw: 'Nghị quyết số 29-NQ/TW, ngày 04/11/2013 của Ban Chấp hành Trung ương', form: 'full', ...NQ, number: '29-NQ/TW', date: '2013-11-04', issuer: BCH },
      { raw: 'Nghị quyết số 19-NQ/TW, ngày 25/10/2017 của Ban Chấp hành Trung ương', form: 'full', ...NQ, number: '19-NQ/TW', date: '2017-10-25', issuer: BCH },
      // body again
      { raw: 'Nghị quyết số 27-NQ/TW, ngày 09/11/2022 của Ban Chấp hành Trung ương', form: 'full', ...NQ, number: '27-NQ/TW', date: '2022-11-09', issuer: BCH },
      { raw: 'Nghị quyết số 29-NQ/TW, ngày 04/11/2013', form: 'full', ...NQ, number: '29-NQ/TW', date: '2013-11-04' },
      { raw: 'Nghị quyết số 19-NQ/TW, ngày 25/10/2017 của Ban Chấp hành Trung ương', form: 'full', ...NQ, number: '19-NQ/TW', date: '2017-10-25', issuer: BCH },
      { raw: 'Kết luận Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII', form: 'name-only', type: 'ket-luan', typeWord: 'Kết luận', term: 'XIII' },
      { raw: 'Nghị quyết số 18-NQ/TW, ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII', form: 'full', ...NQ, number: '18-NQ/TW', date: '2017-10-25', issuer: BCHD, term: 'XII' },
      { raw: 'Nghị quyết số 69-NQ/TW, ngày 19/7/2025', form: 'full', ...NQ, number: '69-NQ/TW', date: '2025-07-19' },
      { raw: 'Thông báo Hội nghị lần thứ 12 Ban Chấp hành Trung ương Đảng khóa XIII', form: 'name-only', type: 'thong-bao', typeWord: 'Thông báo', term: 'XIII' },
    ]);
  });
});
