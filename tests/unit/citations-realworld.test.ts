/**
 * Citation shapes of real texts (issue 17): each rule is tested on a sentence copied from a real
 * directive (../shared/realworld, tests/fixtures/realworld-*) and on a negative case.
 */
import { describe, expect, it } from 'vitest';
import { findCitations } from '../../src/citations/find.ts';
import { resolveMentions } from '../../src/citations/mentions.ts';
import { citationView, expectWellFormed, type CitationView } from '../helpers/citations.ts';

function find(text: string): CitationView[] {
  const cs = findCitations(text);
  expectWellFormed(text, cs);
  return cs.map((c) => citationView(c, cs));
}
/** The numbers as printed, in order (citations without a number left out). */
const numbers = (text: string) => findCitations(text).flatMap((c) => (c.number ? [c.number.printed] : []));

describe('joint (liên tịch) symbols are read whole', () => {
  it('a long issuer code (the Mặt trận Presidium, 13 capitals) ends the symbol', () => {
    const text =
      'và Nghị quyết liên tịch số 102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN ngày 26/9/2025 của Ủy ban Thường vụ Quốc hội, Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam. Cụ thể:';
    const [c] = findCitations(text);
    expect(c!.number!.printed).toBe('102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN');
    expect(c!.date).toBe('2025-09-26');
    expect(c!.type).toBe('nghi-quyet-lien-tich');
  });

  it('a slash for a hyphen after the type code, a space after a hyphen', () => {
    expect(
      numbers(
        'Căn cứ Nghị quyết liên tịch số 102/2025/NQLT/UBTVQH15-CP- ĐCTUBTWMTTQVN ngày 26 tháng 9 năm 2025 giữa Ủy ban Thường vụ Quốc hội, Chính phủ, Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam hướng dẫn quy trình hiệp thương',
      ),
    ).toEqual(['102/2025/NQLT/UBTVQH15-CP- ĐCTUBTWMTTQVN']);
    expect(numbers('và Chương II của Nghị quyết liên tịch số 102/2025/NQLT- UBTVQH15-CP-ĐCTUBTWMTTQVN.')).toEqual([
      '102/2025/NQLT- UBTVQH15-CP-ĐCTUBTWMTTQVN',
    ]);
  });

  it('across PDF line breaks, with the date on the next line', () => {
    const text = 'Căn cứ Nghị quyết Liên tịch số\n19/2008/NQLT/CP-UBTUMTTQVN ngày\n22/8/2008 của Chính phủ và Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam về việc';
    const [c] = findCitations(text);
    expect(c!.number!.printed).toBe('19/2008/NQLT/CP-UBTUMTTQVN');
    expect(c!.date).toBe('2008-08-22');
  });

  it('up to six issuer groups: a joint document names every issuer', () => {
    expect(numbers('Căn cứ Thông tư liên tịch số 05/2016/TTLT-BTC-BNV-BTP-BCA ngày 01/3/2016')).toEqual(['05/2016/TTLT-BTC-BNV-BTP-BCA']);
    expect(numbers('thực hiện Chương trình phối hợp số 01/CTrPH-MTTQ-UBND-CA-QS ngày 2/2/2024')).toEqual(['01/CTrPH-MTTQ-UBND-CA-QS']);
  });

  it('not: a slash after the groups of a year-less State symbol does not extend it', () => {
    expect(numbers('theo Công văn số 12/UBND-VX/TH ngày 3/4/2024')).toEqual(['12/UBND-VX']);
    expect(numbers('theo Công văn số 12/UBND-VX/ngày 3/4/2024')).toEqual(['12/UBND-VX']);
  });
});

describe('a unit code of two departments joined by "&"', () => {
  it('is part of the symbol', () => {
    const text =
      'Thực hiện Công văn số\n5104/BTTTT-PTTH&TTĐT của Bộ Thông tin và Truyền thông về việc triển khai thực\nhiện các nhiệm vụ tại Chỉ thị 09/CT-TTg ngày 31/3/2021';
    expect(numbers(text)).toEqual(['5104/BTTTT-PTTH&TTĐT', '09/CT-TTg']);
    expect(findCitations(text)[0]!.issuer).toBe('Bộ Thông tin và Truyền thông');
  });

  it('not: "&" between words, or spaced, joins nothing', () => {
    expect(numbers('Công văn số 5104/BTTTT-PTTH & TTĐT')).toEqual(['5104/BTTTT-PTTH']);
    expect(numbers('Công văn số 5104/BTTTT-PTTH&các đơn vị')).toEqual(['5104/BTTTT-PTTH']);
  });
});

describe('form templates ("Mẫu số …") are not citations', () => {
  it('"Mẫu số", "mẫu số", "theo mẫu" before a numbered form', () => {
    const text =
      '5. Hội nghị thông qua biên bản và danh sách sơ bộ những người ứng cử đại biểu Hội đồng nhân dân (theo Mẫu số 01/BCĐBHĐND-MT và Mẫu số 05/BCĐBHĐND-MT ban hành kèm theo Nghị quyết liên tịch số 102 của Ủy ban Thường vụ Quốc hội, Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương Mặt trận  Tổ quốc Việt Nam).';
    expect(numbers(text)).toEqual(['102']);
    expect(numbers('Hội nghị thông qua biên bản (theo mẫu 01/BCĐBHĐND-MT gửi kèm theo hướng dẫn này).')).toEqual([]);
    expect(
      numbers('Hội nghị thông qua biên bản và danh sách người được giới thiệu ứng cử (theo mẫu số 03/BCĐBQH-MT và mẫu số 04/ BCĐBQH-MT gửi kèm theo hướng dẫn này).'),
    ).toEqual([]);
  });

  it('not: a document that merely follows a form, or a word ending in "mẫu"', () => {
    expect(numbers('theo Mẫu số 01/BCĐBQH-MT ban hành kèm theo Hướng dẫn số 36-HD/MTTW-BTT ngày 12/10/2025')).toEqual(['36-HD/MTTW-BTT']);
    expect(numbers('gương mẫu Nghị quyết số 18-NQ/TW')).toEqual(['18-NQ/TW']);
    expect(numbers('mẫu mã, Kế hoạch số 45-KH/ĐU')).toEqual(['45-KH/ĐU']);
  });
});

describe('a Party number without its issuer part ("số 159-TB")', () => {
  it('is read after "<type word> số" when the code is the type\'s own', () => {
    const text =
      'Thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp, tiến tới Đại hội XIII của Đảng; Thông báo Kết luận số 159-TB của Bộ Chính trị về việc thảo luận các văn kiện Đại hội XIII của Đảng';
    expect(find(text).filter((v) => v.number)).toEqual([
      { raw: 'Chỉ thị số 35-CT/TW của Bộ Chính trị', form: 'short', type: 'chi-thi', typeWord: 'Chỉ thị', number: '35-CT/TW', issuer: 'Bộ Chính trị' },
      { raw: 'Thông báo Kết luận số 159-TB của Bộ Chính trị', form: 'short', type: 'thong-bao', typeWord: 'Thông báo Kết luận', number: '159-TB', issuer: 'Bộ Chính trị' },
    ]);
  });

  it('not: another code, no type word, no "số", or a range', () => {
    expect(numbers('Thông báo số 159-KH của Bộ Chính trị')).toEqual([]);
    expect(numbers('khoảng 159-TB trạm')).toEqual([]);
    expect(numbers('Thông báo 159-TB của Bộ Chính trị')).toEqual([]);
    expect(numbers('Kế hoạch số 2-3 tháng')).toEqual([]);
  });
});

describe('a cited document named again by type word and sequence alone', () => {
  it('an alias "(sau đây viết tắt là Quyết định số 765)" is a short name, not a number', () => {
    const text =
      'Thực hiện Quyết định số\n765/QĐ-BTTTT ngày 28/4/2023 của Bộ Thông tin và Truyền thông về ban hành Chương\ntrình hành động thực hiện Chỉ thị số 07/CT-TTg (sau đây viết tắt là Quyết định\nsố 765);';
    const cs = findCitations(text);
    expect(cs.flatMap((c) => (c.number ? [c.number.printed] : []))).toEqual(['765/QĐ-BTTTT', '07/CT-TTg']);
    const alias = cs.find((c) => c.raw === 'Quyết định\nsố 765')!;
    expect(alias).toMatchObject({ seq: 765, form: 'name-only', alias: true, aliasOf: cs[0]!.start });
    const mentions = resolveMentions(text, cs, {}, () => 1);
    expect(mentions.find((m) => m.raw === 'Quyết định\nsố 765')!.facts.number?.printed).toBe('765/QĐ-BTTTT');
  });

  it('"Nghị quyết liên tịch số 102" after "… số 102/2025/NQLT-…" is that document', () => {
    const text =
      'Căn cứ Nghị quyết liên tịch số 102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN, ngày 26 tháng 9 năm 2025;\n\n(theo Mẫu số 01/BCĐBHĐND-MT và Mẫu số 05/BCĐBHĐND-MT ban hành kèm theo Nghị quyết liên tịch số 102 của Ủy ban Thường vụ Quốc hội, Chính phủ)';
    const cs = findCitations(text);
    expect(cs.map((c) => c.number?.printed ?? `seq ${c.seq}`)).toEqual(['102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN', 'seq 102']);
    const m = resolveMentions(text, cs, {}, () => 1);
    expect(m[1]!.inText).toEqual({ kind: 'antecedent', of: 0 });
  });

  it('not: a bare sequence number with no numbered citation of that type and sequence stays a number', () => {
    expect(numbers('Thực hiện Quyết định số 765 ngày 28/4/2023 của Ủy ban nhân dân tỉnh')).toEqual(['765']);
    // another type with the same sequence is another document
    expect(numbers('Kế hoạch số 102/KH-UBND; Quyết định số 102 của Ủy ban nhân dân tỉnh')).toEqual(['102/KH-UBND', '102']);
  });
});

describe('narrow and thin spaces (U+202F, U+2009, U+2007) are spaces', () => {
  it('between "số" and the number, and around a hyphen', () => {
    const text =
      'đảng viên thuộc diện cấp ủy ở địa phương quản lý theo Quy định số\u202f296\u2011QĐ/TW, ngày 30/5/2025 của Ban Chấp hành Trung ương về công tác kiểm tra';
    expect(find(text)).toEqual([
      { raw: 'Quy định số\u202f296\u2011QĐ/TW, ngày 30/5/2025 của Ban Chấp hành Trung ương', form: 'full', type: 'quy-dinh', typeWord: 'Quy định', number: '296\u2011QĐ/TW', date: '2025-05-30', issuer: 'Ban Chấp hành Trung ương' },
    ]);
    expect(numbers('theo Hướng dẫn số 173\u2009-\u2009HD/BTGTW')).toEqual(['173\u2009-\u2009HD/BTGTW']);
  });

  it('not: still at most one space around a separator', () => {
    // as with two ordinary spaces: no ký hiệu is read, only the bare sequence number
    expect(numbers('theo Hướng dẫn số 173\u202f\u202f-HD/BTGTW')).toEqual(numbers('theo Hướng dẫn số 173  -HD/BTGTW'));
    expect(numbers('theo Hướng dẫn số 173\u202f\u202f-HD/BTGTW')).toEqual(['173']);
  });
});

describe('a State symbol that is a code alone ("Công văn số 50/VHTT")', () => {
  it('is read right after "<type word> số"', () => {
    const text =
      'Ngày 08 tháng 6 năm 2016, Phòng Văn hóa - Thông tin huyện Mỹ Đức đã ban hành Công văn số 50/VHTT về tháo dỡ pano cũ, rách và thay thế khẩu hiệu tuyên truyền cổ động trực quan';
    const [c] = findCitations(text);
    expect(c!.number!.printed).toBe('50/VHTT');
    expect(c!.type).toBe('cong-van');
    expect(c!.date).toBe('2016-06-08');
  });

  it('not: without the type word, a fraction, or an address', () => {
    expect(numbers('đã gửi 50/VHTT về tháo dỡ pano')).toEqual([]);
    expect(numbers('Công văn số 50/2 về việc')).toEqual([]);
    expect(numbers('trụ sở tại số 12/ABC đường Lê Lợi')).toEqual([]);
  });
});

describe('a date before the type word, the issuer named with a spaced dash', () => {
  it('"Phòng Văn hóa - Thông tin huyện … đã ban hành Công văn số …"', () => {
    const text = 'Ngày 08 tháng 6 năm 2016, Phòng Văn hóa - Thông tin huyện Mỹ Đức đã ban hành Công văn số 50/VHTT về tháo dỡ pano cũ';
    const [c] = findCitations(text);
    expect(c).toMatchObject({ date: '2016-06-08', issuer: 'Phòng Văn hóa - Thông tin huyện Mỹ Đức' });
  });

  it('not: a dash that ends a sentence part is not an issuer', () => {
    const [c] = findCitations('Ngày 08 tháng 6 năm 2016 - Phòng Văn hóa ban hành Công văn số 50/VHTT');
    expect(c!.date).toBeUndefined();
  });
});

describe('an issuer ends at "và" before a lower-case word', () => {
  it('"của Bộ Chính trị và tuyên truyền …" names Bộ Chính trị', () => {
    const text =
      'lồng ghép nội dung tuyên truyền với việc tổ chức sơ kết 02 năm thực hiện Chỉ thị 05 của Bộ Chính trị và tuyên truyền kỷ niệm 70 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc (11/6/1948-11/6/2018) theo hướng dẫn số 45-HD/BTG, ngày 08/5/2018 của Ban Tuyên giáo Thị ủy.';
    const cs = findCitations(text);
    expect(cs.map((c) => [c.raw, c.issuer])).toEqual([
      ['Chỉ thị 05 của Bộ Chính trị', 'Bộ Chính trị'],
      ['hướng dẫn số 45-HD/BTG, ngày 08/5/2018 của Ban Tuyên giáo Thị ủy', 'Ban Tuyên giáo Thị ủy'],
    ]);
  });

  it('not: names joined by "và" stay one issuer', () => {
    const text =
      'Nghị quyết Liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN, ngày 15/6/2017 của Ủy ban Thường vụ Quốc hội, Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam quy định chi tiết';
    expect(findCitations(text)[0]!.issuer).toBe('Ủy ban Thường vụ Quốc hội');
    expect(findCitations('Kế hoạch số 12-KH/TW của Bộ Chính trị và Ban Bí thư về việc')[0]!.issuer).toBe('Bộ Chính trị và Ban Bí thư');
    expect(findCitations('Công văn số 12/BTNMT-VP của Bộ Tài nguyên và Môi trường về việc')[0]!.issuer).toBe('Bộ Tài nguyên và Môi trường');
  });
});

describe('a markdown-escaped hyphen ("Số 57\\-NQ/TW")', () => {
  it('is a hyphen of the number', () => {
    const [c] = findCitations('Thực hiện Nghị quyết số 57\\-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học');
    expect(c).toMatchObject({ date: '2024-12-22', issuer: 'Bộ Chính trị', type: 'nghi-quyet' });
    expect(c!.number!.key).toBe('57nqtw');
  });

  it('not: a backslash alone is no separator (only the bare sequence is read, as before)', () => {
    expect(numbers('Nghị quyết số 57\\NQ/TW')).toEqual(['57']);
  });
});

describe('a header number in a legal portal\'s table row is the document\'s own', () => {
  it('"Số: 130/KH-UBND | Ninh Bình, ngày …" is marked header', () => {
    const text = 'ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 130/KH-UBND | Ninh Bình, ngày 13 tháng 7 năm 2022 |\nThực hiện Thông tư số 10/2022/TT-BLĐTBXH ngày 31/5/2022';
    expect(findCitations(text).map((c) => [c.number?.printed, !!c.header])).toEqual([
      ['130/KH-UBND', true],
      ['10/2022/TT-BLĐTBXH', false],
    ]);
  });

  it('not: a cell that goes on with other words is no header', () => {
    const [c] = findCitations('| Số: 130/KH-UBND | Ngày ban hành: 13/7/2022 | Trích yếu: kế hoạch giám sát |');
    expect(c!.header).toBeUndefined();
  });
});

describe('an issuer ends before what the cited document does', () => {
  it('"của Chính phủ quy định chi tiết …", "của Chính phủ sửa đổi, bổ sung …"', () => {
    const text =
      'Căn cứ Nghị định số\n34/2016/NĐ-CP ngày 14 tháng 5 năm 2016 của Chính phủ quy định chi tiết một số\nđiều và biện pháp thi hành Luật Ban hành văn bản quy phạm pháp luật; Nghị định\nsố 154/2020/NĐ-CP ngày 31 tháng 12 năm 2020 của Chính phủ sửa đổi, bổ sung một\nsố điều của Nghị định số 34/2016/NĐ-CP';
    expect(findCitations(text).map((c) => c.issuer)).toEqual(['Chính phủ', 'Chính phủ', undefined]);
  });

  it('not: a capitalised name keeps its words', () => {
    expect(findCitations('Quyết định số 90/QĐ-TTg ngày 18/01/2022 của Thủ tướng Chính phủ phê duyệt Chương trình')[0]!.issuer).toBe('Thủ tướng Chính phủ');
    expect(findCitations('Kế hoạch số 12/KH-UBND của Ủy ban nhân dân tỉnh về việc')[0]!.issuer).toBe('Ủy ban nhân dân tỉnh');
  });
});

describe('an issuer named with a spaced dash between two fields', () => {
  it('"Bộ Lao động - Thương binh và Xã hội", "Phòng Văn hóa - Thông tin huyện …"', () => {
    const text =
      'Quyết định số 90/QĐ-TTg ngày\n18/01/2022 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia Giảm\nnghèo bền vững giai đoạn 2021-2025; Thông tư số 10/2022/TT-BLĐTBXH ngày\n31/5/2022 của Bộ Lao động - Thương binh và Xã hội hướng dẫn giám sát, đánh giá';
    expect(findCitations(text).map((c) => c.issuer)).toEqual(['Thủ tướng Chính phủ', 'Bộ Lao động - Thương binh và Xã hội']);
  });

  it('not: a dash before a date, a number or a line-initial list item', () => {
    expect(findCitations('Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương - Ngày 25/10/2017')[0]!.issuer).toBe('Ban Chấp hành Trung ương');
    expect(findCitations('Kế hoạch số 12-KH/TU của Tỉnh ủy - 2021')[0]!.issuer).toBe('Tỉnh ủy');
    expect(findCitations('Kế hoạch số 12-KH/TU của Tỉnh ủy\n- Các chi bộ')[0]!.issuer).toBe('Tỉnh ủy');
  });
});

describe('register neighbours named as a pair share the date stated once', () => {
  it('"Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị"', () => {
    const text =
      'Căn cứ Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của\nBộ Chính trị ban hành kèm theo Quy chế Giám sát và phản';
    expect(find(text)).toEqual([
      { raw: 'Quyết định số 217-QĐ/TW', form: 'full', type: 'quyet-dinh', typeWord: 'Quyết định', number: '217-QĐ/TW', date: '2013-12-12', issuer: 'Bộ Chính trị', fromList: ['date', 'issuer'] },
      { raw: 'Quyết định số 218-QĐ/TW ngày 12/12/2013 của\nBộ Chính trị', form: 'full', type: 'quyet-dinh', typeWord: 'Quyết định', number: '218-QĐ/TW', date: '2013-12-12', issuer: 'Bộ Chính trị' },
    ]);
  });

  it('not: numbers far apart, another ký hiệu, or a first member with its own date', () => {
    const dates = (t: string) => findCitations(t).map((c) => c.date);
    expect(dates('Nghị quyết số 29-NQ/TW và Nghị quyết số 19-NQ/TW, ngày 25/10/2017')).toEqual([undefined, '2017-10-25']);
    expect(dates('Nghị quyết số 18-NQ/TW và Nghị quyết số 28-NQ/TW ngày 25/10/2017')).toEqual([undefined, '2017-10-25']);
    expect(dates('Quyết định số 12/QĐ-UBND và Quyết định số 13/QĐ-TTg ngày 5/3/2024')).toEqual([undefined, '2024-03-05']);
    expect(dates('Quyết định số 12/QĐ-UBND ngày 1/1/2024 và Quyết định số 13/QĐ-UBND ngày 5/3/2024')).toEqual(['2024-01-01', '2024-03-05']);
    expect(dates('Quyết định số 13/QĐ-UBND và Quyết định số 12/QĐ-UBND ngày 5/3/2024')).toEqual([undefined, '2024-03-05']);
  });
});

describe('an issuer ends before a lower-case "tuyên truyền" / "triển khai"', () => {
  it('"… của Ban Tuyên giáo Trung ương tuyên truyền kỷ niệm …"', () => {
    const text =
      'Thực hiện Hướng dẫn số 96-HD/BTGTW ngày 22/02/2023 của Ban Tuyên giáo Trung ương tuyên truyền kỷ niệm 110 năm Ngày sinh đồng chí Chu Huy Mân, lãnh đạo tiền bối tiêu biểu của Đảng và cách mạng Việt Nam (17/3/1913 - 17/3/2023).';
    expect(findCitations(text)[0]!.issuer).toBe('Ban Tuyên giáo Trung ương');
  });

  it('not: the capitalised words of a name', () => {
    expect(findCitations('Công văn số 12-CV/BTTT của Ban Tuyên truyền Tuyên huấn tỉnh về việc')[0]!.issuer).toBe('Ban Tuyên truyền Tuyên huấn tỉnh');
  });
});
