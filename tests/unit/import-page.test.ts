/**
 * Directives as they arrive from the web: the page around the directive, a portal's attribute
 * table, a news lead, a page title; slogans in every list form. Fixtures are shaped on the real
 * texts of ../shared/realworld (portal copy, news reposts, web slogan lists), shortened.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locateDirective, isFurniture } from '../../src/import/page.ts';
import { readPortalTable } from '../../src/import/portal-table.ts';
import { readDirectingStatement, readOwnTypeMention, readPageTitle, readSelfReference } from '../../src/import/news-lead.ts';
import { issuerFromSentence } from '../../src/import/issuer/index.ts';
import { importText } from '../../src/import/import-text.ts';
import { checkLossless } from '../../src/import/lossless.ts';
import { decodeSource } from '../../src/import/source-text.ts';
import { REALWORLD_DIR, ROOT, SEEDS_DIR } from '../helpers/seeds.ts';

const opts = { source: 't.txt', sha256: '0'.repeat(64), imported: '2026-12-07' };
const imp = (text: string) => importText(text, opts);
const lines = (text: string) => text.split('\n').map((t, i) => ({ n: i + 1, text: t }));

const PORTAL = `Từ khoá: Số Hiệu, Tiêu đề hoặc Nội dung ngắn gọn của Văn Bản...

Đăng nhập

Số hiệu: 126-HD/BTGTW Loại văn bản: Hướng dẫn
Nơi ban hành: Ban Tuyên giáo Trung ương Người ký: Phan Xuân Thủy
Ngày ban hành: 19/12/2023 Ngày hiệu lực: Đã biết
Tình trạng: Đã biết

BAN CHẤP HÀNH TRUNG ƯƠNG
BAN TUYÊN GIÁO
-------

ĐẢNG CỘNG SẢN VIỆT NAM
---------------

Số: 126-HD/BTGTW

Hà Nội, ngày 19 tháng 12 năm 2023

HƯỚNG DẪN

TUYÊN TRUYỀN KỶ NIỆM CÁC NGÀY LỄ LỚN VÀ SỰ KIỆN LỊCH SỬ QUAN TRỌNG TRONG NĂM 2024

Căn cứ Quyết định số 88-QĐ/TW, ngày 01/12/2022 của Bộ Chính trị về chức năng, nhiệm vụ, quyền hạn, tổ chức bộ máy của Ban Tuyên giáo Trung ương;
`;

const REPOST = `Tin tức

Ban Tuyên giáo Trung ương hướng dẫn khẩu hiệu tuyên truyền về công tác bầu cử

Ngày đăng: 14:26 | 24/03 Lượt xem: 4615

Ngày 14/3/2016, Ban Tuyên giáo Trung ương có Công văn số 137-CV/BTGTW đính chính khẩu hiệu số 4 tại Hướng dẫn số 169-HD/BTGTW về tuyên truyền bầu cử.
Như vậy, đến nay 11 khẩu hiệu tuyên truyền bầu cử theo hướng dẫn của Ban Tuyên giáo Trung ương cụ thể như sau:

1. Nhiệt liệt chào mừng Ngày bầu cử đại biểu Quốc hội Khóa XIV và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2016-2021 !

2. Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân là quyền lợi của mỗi công dân !

Tin liên quan
Hướng dẫn tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XIV
In bài viết   Chia sẻ
`;

describe('locating the directive in a page', () => {
  it('a portal copy: navigation and the attribute table before the header are the page', () => {
    const at = locateDirective(PORTAL);
    expect(at.startReason).toBe('header');
    expect(PORTAL.split('\n')[at.first - 1]).toBe('BAN CHẤP HÀNH TRUNG ƯƠNG');
  });
  it('a news repost: the article starts after the posting line and ends before the related links', () => {
    const at = locateDirective(REPOST);
    const ls = REPOST.split('\n');
    expect(ls[at.first - 1]).toMatch(/^Ngày 14\/3\/2016/);
    expect(ls[at.last - 1]).toMatch(/quyền lợi của mỗi công dân !$/);
    expect(at.endReason).toBe('before-page-furniture');
  });
  it('a clean directive (the seeds) is all directive', () => {
    for (const name of readdirSync(SEEDS_DIR)) {
      const text = decodeSource(readFileSync(join(SEEDS_DIR, name)));
      const at = locateDirective(text);
      expect([at.startReason, at.endReason]).toEqual(['file-start', 'file-end']);
      expect(imp(text).body).not.toMatch(/<Page(Before|After)>/);
    }
  });
  it('page furniture: general shapes, not a sentence of the text', () => {
    for (const t of ['Ngày đăng 07/01/2019 | 14:09 | View count: 695', 'Thứ Bảy, 30/5/2020', '7/11/2019 14:13\' Gửi bài này In bài này',
      'Tin Hoạt động >> Văn bản mới', '15oC', 'Cập nhật lúc: 11:02 02/01/2021', 'Chi tiết văn bản xem tại đây', 'Hôm nay:',
      'Thứ 3, Ngày 25/06/2024 -', '21:57 - 01/01/2019', 'Phạm Thị Kế Chia sẻ:', 'Mặc định Cỡ chữ', '(10:31 | 10/02/2023)', '(23/01/2021 10:01)',
      'Thứ hai, ngày 12 tháng 01 năm 2026', 'Trong tuần:', 'THỐNG KÊ TRUY CẬP']) {
      expect(isFurniture(t), t).toBe(true);
    }
    for (const t of ['Ngày 14/3/2016, Ban Tuyên giáo Trung ương có Công văn số 137-CV/BTGTW', 'Thực hiện Hướng dẫn số 70-HD/BTGTU',
      'I. MỤC ĐÍCH, YÊU CẦU', 'Nơi nhận:', 'Nguyễn Văn Tạo', 'Tin tưởng vào sự lãnh đạo của Đảng',
      'Ngày 08 tháng 6 năm 2016, Phòng Văn hóa - Thông tin huyện Mỹ Đức đã ban hành Công văn số 50/VHTT về tháo dỡ pano cũ. Nội dung chi tiết xem tại đây']) {
      expect(isFurniture(t), t).toBe(false);
    }
  });
  it('a page\'s weekday date is no header\'s place and date; its counter does not push the lead out of reach (realworld-heldout-10/02)', () => {
    const page = 'Thứ hai, ngày 12 tháng 01 năm 2026\nThống kê hồ sơ\nTHỐNG KÊ TRUY CẬP\n\nHôm nay:\n\nHôm qua:\n\nTrong tuần:\n\nTất cả:\n\nCập nhật lúc: 10/12/2025\n\nTriển khai thực hiện Kế hoạch về chuyển đổi số\n\n1_30_10_2025_20_55_30_730_CH\n\nNgày 18/8/2025, UBND phường Xuân Đài ban hành Kế hoạch số 20/KH-UBND về việc tăng cường truyền thông, với mục tiêu và giải pháp cụ thể như sau:\n\nI. MỤC ĐÍCH, YÊU CẦU\n';
    expect(imp(page).data).toMatchObject({ type: 'ke-hoach', number: { printed: '20/KH-UBND' }, date: '2025-08-18', issuer: { name: 'UBND phường Xuân Đài', level: 'commune' } });
    expect(imp(page).data.place).toBeUndefined();
    expect(locateDirective('Thứ Hai, ngày 12 tháng 01 năm 2026\n\nKẾ HOẠCH\n').startReason).not.toBe('file-start');
  });
  it('the page is kept in the entry, around the directive, and the import reads back as the source', () => {
    const r = imp(REPOST);
    expect(r.body.indexOf('<PageBefore>')).toBe(0);
    expect(r.body.trimEnd().endsWith('</PageAfter>')).toBe(true);
    expect(checkLossless(REPOST, r.body)).toEqual({ ok: true });
    expect(r.data.provenance.bodyLines).toEqual({ first: 7, last: 12 });
    expect(r.warnings.find((w) => w.field === 'text')?.message).toMatch(/lines 7–12 of the file; lines 1–6 are the web page before it; lines 14–16/);
  });
});

describe('a portal attribute table', () => {
  it('reads two fields to a line and skips unfilled values', () => {
    const f = readPortalTable(lines(PORTAL));
    expect(f.number?.value).toBe('126-HD/BTGTW');
    expect(f.type?.value).toBe('huong-dan');
    expect(f.issuer?.value).toBe('Ban Tuyên giáo Trung ương');
    expect(f.signer?.value).toBe('Phan Xuân Thủy');
    expect(f.date).toEqual({ value: '2023-12-19', line: 7 });
    expect(readPortalTable(lines('Số hiệu: Đang cập nhật\nNgày ban hành: 31/02/2023'))).toEqual({});
  });
  it('labels glued to the value before them, and a page cut before the text: the block is all there is (realworld-heldout-9/17, luatvietnam)', () => {
    const block = 'Công văn 1302/UBDT-DTTS 2023 hướng dẫn tổ chức Đại hội\n\n  • Thuộc tính\n  • Nội dung\n\nthuộc tính Công văn 1302/UBDT-DTTS\n\nCông văn 1302/UBDT-DTTS của Ủy ban Dân tộc về hướng dẫn tổ chức Đại hội đại biểu các dân tộc thiểu số\nCơ quan ban hành: Ủy ban Dân tộcSố công báo:Đang cập nhật\nSố hiệu:1302/UBDT-DTTSNgày đăng công báo:Đang cập nhật\nLoại văn bản:Công vănNgười ký:Y Vinh Tơr\nNgày ban hành:27/07/2023Ngày hết hiệu lực:Đang cập nhật\nÁp dụng:\nĐã biết\n';
    expect(readPortalTable(lines(block))).toMatchObject({ number: { value: '1302/UBDT-DTTS' }, type: { value: 'cong-van' }, issuer: { value: 'Ủy ban Dân tộc' }, signer: { value: 'Y Vinh Tơr' }, date: { value: '2023-07-27' } });
    expect(imp(block).data).toMatchObject({ type: 'cong-van', number: { printed: '1302/UBDT-DTTS' }, date: '2023-07-27', issuer: { name: 'Ủy ban Dân tộc', level: 'central' } });
  });
  it('agrees with the header: fields come from the header, no warning; a disagreement names both', () => {
    const r = imp(PORTAL);
    expect(r.data.number?.printed).toBe('126-HD/BTGTW');
    expect(r.data.date).toBe('2023-12-19');
    expect(r.data.issuer?.name).toBe('Ban Tuyên giáo Trung ương');
    expect(r.data.provenance.fieldSources.number).toEqual({ from: 'header', line: 17 });
    expect(r.data.provenance.fieldSources.issuer).toEqual({ from: 'header', line: 10 });
    expect(r.data.issuer).toMatchObject({ name: 'Ban Tuyên giáo Trung ương', level: 'central' });
    expect(r.data.system).toBe('party');
    expect(r.warnings.filter((w) => /says/.test(w.message))).toEqual([]);
    const wrong = imp(PORTAL.replace('Ngày ban hành: 19/12/2023', 'Ngày ban hành: 20/12/2023'));
    expect(wrong.data.date).toBe('2023-12-19');
    expect(wrong.warnings.find((w) => w.field === 'date' && /portal's attribute table \(line 7\) says "2023-12-20" but the header \(line 19\) says "2023-12-19"/.test(w.message))).toBeDefined();
    const other = imp(PORTAL.replace('Nơi ban hành: Ban Tuyên giáo Trung ương', 'Nơi ban hành: Ban Tổ chức Trung ương'));
    expect(other.data.issuer?.name).toBe('Ban Tuyên giáo Trung ương');
    expect(other.warnings.find((w) => w.field === 'issuer' && /says "Ban Tổ chức Trung ương" but the header \(line 10\) says "Ban Tuyên giáo Trung ương"/.test(w.message))).toBeDefined();
  });
});

describe('what a page says about the document it presents', () => {
  const self = (t: string, page: string[] = []) => readSelfReference([{ n: 1, text: t }], page.map((text, i) => ({ n: i + 1, text })));
  it('a lead naming the issuer, the type and number, the date before them', () => {
    expect(self('Ngày 14/3/2016, Ban Tuyên giáo Trung ương có Công văn số 137-CV/BTGTW đính chính khẩu hiệu số 4.')).toMatchObject({
      number: { printed: '137-CV/BTGTW' }, type: 'cong-van', date: '2016-03-14', issuer: 'Ban Tuyên giáo Trung ương',
    });
    expect(self('Ngày 29 tháng 12/2020  Ban Thường vụ Tỉnh ủy Đắk Lắk đã ban hành Chỉ thị số 04 -CT/TU về việc tổ chức đón Tết.')).toMatchObject({
      number: { printed: '04 -CT/TU' }, type: 'chi-thi', date: '2020-12-29', issuer: 'Ban Thường vụ Tỉnh ủy Đắk Lắk',
    });
    expect(self('Căn cứ Kế hoạch số 24/KH-BTGTU ngày 13/8/2021 của Ban Tuyên giáo Tỉnh ủy. Ngày 02/11/2021, Sở Văn hóa, Thể thao và Du lịch đã ban hành Kế hoạch số 67/KH-SVHTTDL tổ chức Hội thi.')).toMatchObject({
      number: { printed: '67/KH-SVHTTDL' }, date: '2021-11-02', issuer: 'Sở Văn hóa, Thể thao và Du lịch',
    });
  });
  it('a news dateline is not part of the issuer; an abbreviated issuer is not a dateline', () => {
    expect(self('(VHH) - Ban Tuyên giáo Trung ương đã ban hành Hướng dẫn số 168-HD/BTGTW về tuyên truyền.')?.issuer).toBe('Ban Tuyên giáo Trung ương');
    expect(self('CTTĐT - Ngày 6/8, Ban Thường vụ Tỉnh ủy Yên Bái đã ban hành Chỉ thị số 17-CT/TU về tăng cường.')?.issuer).toBe('Ban Thường vụ Tỉnh ủy Yên Bái');
    expect(self('Ngày 30/03/2023, UBND tỉnh ban hành Thông báo số 66/TB-UBND về việc treo cờ.')?.issuer).toBe('UBND tỉnh');
  });
  it('a lead naming the writer of a document of no stated type', () => {
    expect(self('Sở VH-TTDL đã có văn bản gửi các đơn vị trực thuộc Sở về việc tuyên truyền kỷ niệm 75 năm Ngày Thương binh - liệt sĩ.')).toEqual({ issuer: 'Sở VH-TTDL', line: 1 });
    expect(self('Ngày 04/2/2021, Ban Thường vụ Tỉnh ủy ban hành kết luận về tăng cường công tác chăm lo.')).toEqual({ type: 'ket-luan', date: '2021-02-04', issuer: 'Ban Thường vụ Tỉnh ủy', line: 1 });
    expect(self('Các cơ quan đã có văn bản.')).toBeUndefined();
  });
  it('a page publishing someone else\'s document: the issuer is the document\'s, not the poster\'s', () => {
    expect(self('Phòng Văn hóa và Thông tin đăng tải Hướng dẫn số 35-HD/BTG ngày 25/12/2018 của Ban Tuyên giáo Quận ủy. Xem nội dung Hướng dẫn tại đây.')).toMatchObject({
      number: { printed: '35-HD/BTG' }, date: '2018-12-25', issuer: 'Ban Tuyên giáo Quận ủy',
    });
  });
  it('a lead without the year takes it from the page\'s date, and says so', () => {
    expect(self('Ngày 27/8, Đảng ủy Văn phòng UBND tỉnh ban hành Công văn số 468 về việc hướng dẫn nội dung tuyên truyền.', ['Thứ ba 22/10/2019'])).toMatchObject({
      number: { printed: '468' }, date: '2019-08-27', yearFromPage: true, title: 'hướng dẫn nội dung tuyên truyền',
    });
    expect(self('Ngày 27/8, Đảng ủy Văn phòng UBND tỉnh ban hành Công văn số 468.')?.date).toBeUndefined();
  });
  it('past a numbered section heading or a table of contents, a "Ngày …, <body> ra Nghị quyết số …" is history, not the lead (realworld-heldout-8/09)', () => {
    const article = 'Mẫu kế hoạch tổ chức ngày hội đại đoàn kết dưới đây sẽ giúp các bạn.\nMục lục bài viết\n1. Ngày hội đại đoàn kết là gì?\nNgày hội Đại đoàn kết là ngày 18 tháng 11 hàng năm.\n2. Lịch sử ngày hội:\nNgày 01 tháng 8 năm 2003, Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam ra Nghị quyết số 04/NQ/ĐCT-MTTW về việc tổ chức Ngày hội.\n';
    expect(() => imp(article)).toThrow(/not a directive/);
    // The same sentence opening a page is its lead.
    expect(imp('Ngày 01 tháng 8 năm 2003, Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam ban hành Nghị quyết số 04/NQ-ĐCT-MTTW về việc tổ chức Ngày hội.\n').data.number?.printed).toBe('04/NQ-ĐCT-MTTW');
  });
  it('a link to the document\'s full text names its type: "Nội dung công văn …: click xem tại đây" (realworld-party/64)', () => {
    const page = 'Tuyên truyền\n\nKỷ niệm 110 năm Ngày sinh đồng chí Chu Huy Mân\n\n03/03/2023 17:11\n\nThực hiện Hướng dẫn số 96-HD/BTGTW ngày 22/02/2023 của Ban Tuyên giáo Trung ương tuyên truyền kỷ niệm.\n\nBan Tuyên giáo Tỉnh ủy đề nghị các địa phương, đơn vị quan tâm tuyên truyền về sự kiện.\n\nNội dung công văn Ban Tuyên giáo Tỉnh ủy: click xem tại đây\n\nBBT\n';
    expect(imp(page).data.type).toBe('cong-van');
    // Only a link: a sentence about some other plan's content is none.
    expect(imp(page.replace('Nội dung công văn Ban Tuyên giáo Tỉnh ủy: click xem tại đây', 'Nội dung kế hoạch của huyện được các xã thực hiện tốt.')).data.type).toBe('khac');
  });
  it('a story opening "Theo Kế hoạch, …" reports that document by its type alone (realworld-heldout-8/24)', () => {
    const r = imp(' date 2026-01-19 Theo Kế hoạch, công tác tuyên truyền nhằm khẳng định vai trò lãnh đạo của Đảng.\n\nNội dung tuyên truyền tập trung làm rõ truyền thống vẻ vang của Đảng.\n');
    expect(r.data.type).toBe('ke-hoach');
    expect(r.data.provenance.fieldSources.type).toEqual({ from: 'body', line: 1 });
    // "Nội dung của Kế hoạch là …" reports it too (realworld-heldout-3/19).
    expect(imp('Nội dung của Kế hoạch là tuyên truyền phổ biến rộng rãi mục đích, ý nghĩa của sự kiện tưởng niệm.\n\nTuyên truyền giáo dục về pháp luật.\n').data.type).toBe('ke-hoach');
    // "as planned" in lower case, or a cited plan with its number, is not such a report.
    expect(() => imp('Theo kế hoạch, hội nghị sẽ diễn ra vào sáng mai.\n\nCác đại biểu đã có mặt đông đủ.\n')).toThrow(/not a directive/);
  });
  it('"Chiều nay ngày …, thay mặt <body>, <official> đã ký công văn hỏa tốc gửi …": type, date and the body signed for (realworld-heldout-9/28)', () => {
    expect(readSelfReference(lines('Chiều nay ngày 26/3/2020, thay mặt Ban Thường vụ Tỉnh ủy, Phó Bí thư Thường trực Tỉnh ủy Bùi Thanh Hà đã ký công văn hỏa tốc gửi Ban Thường vụ các huyện ủy về việc tạm dừng tổ chức đại hội.')))
      .toEqual({ type: 'cong-van', date: '2020-03-26', issuer: 'Ban Thường vụ Tỉnh ủy', line: 1 });
    // A morning's date without its year takes the page's year, as "Ngày …" does.
    expect(readSelfReference(lines('Sáng ngày 5/2, UBND tỉnh ban hành Kế hoạch số 12/KH-UBND về việc tuyên truyền.'), lines('Đăng ngày 06/02/2024'))?.date).toBe('2024-02-05');
  });
  it('a story that opens "Đây là một trong những chỉ đạo của UBND tỉnh tại Công văn số …" is about that document (realworld-heldout-9/14)', () => {
    expect(readSelfReference(lines('Đây là một trong những chỉ đạo của UBND tỉnh tại Công văn số 17766/UBND-VP về việc tổ chức Tết Giáp Thìn năm 2024.'))).toMatchObject({ number: { printed: '17766/UBND-VP' }, type: 'cong-van', title: 'tổ chức Tết Giáp Thìn năm 2024' });
    // Further in, or not opening the sentence, it is a citation.
    expect(readSelfReference(lines('Tin tức tỉnh nhà.\nĐây là một trong những chỉ đạo của UBND tỉnh tại Công văn số 17766/UBND-VP về việc tổ chức Tết.'))).toBeUndefined();
    expect(readSelfReference(lines('Các sở thực hiện theo chỉ đạo của UBND tỉnh tại Công văn số 17766/UBND-VP về việc tổ chức Tết.'))).toBeUndefined();
  });
  it('a body\'s name with a quoted name in it: "Ban vận động Quỹ “Vì người nghèo” tỉnh" (realworld-heldout-11/10, /15)', () => {
    expect(readSelfReference(lines('Ngày 25/9/2017, Ban vận động Quỹ “Vì người nghèo” tỉnh ban hành kế hoạch số 97/KH-BVĐ tổ chức hoạt động Tháng cao điểm.')))
      .toMatchObject({ number: { printed: '97/KH-BVĐ' }, date: '2017-09-25', issuer: 'Ban vận động Quỹ “Vì người nghèo” tỉnh' });
  });
  it('a news headline "<Type> <number> <place> <subject>" names the page\'s document (realworld-heldout-11/26)', () => {
    const page = 'Chỉ thị 01/CT-UBND TP.HCM tăng cường vận động hiến máu trong năm 2017\n\nTrong năm 2017, TP.HCM sẽ vận động 220.000 lượt người hiến máu tình nguyện.\n';
    expect(imp(page).data).toMatchObject({ type: 'chi-thi', number: { printed: '01/CT-UBND' } });
    // A headline naming a second document is about both: no own number from it.
    expect(() => imp('Kế hoạch 12/KH-UBND thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị\n\nCác xã đã tổ chức hội nghị quán triệt.\n')).toThrow(/not a directive/);
  });
  it('a lead that lost its verb: "Vừa qua, <body> Hướng dẫn số …" (realworld-heldout-10/12)', () => {
    expect(readSelfReference(lines('Vừa qua, Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam Hướng dẫn số 13/HD-MTTW-BTT về việc tuyên truyền cuộc bầu cử.')))
      .toMatchObject({ number: { printed: '13/HD-MTTW-BTT' }, type: 'huong-dan', issuer: 'Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam' });
    // Without a body's name right before the document, a sentence mentions it.
    expect(readSelfReference(lines('Vừa qua, tỉnh đã tổ chức hội nghị quán triệt Hướng dẫn số 13/HD-MTTW-BTT về việc tuyên truyền.'))).toBeUndefined();
    expect(readSelfReference(lines('Vừa qua, Ban Thường trực tổ chức quán triệt Hướng dẫn số 13/HD-MTTW-BTT.'))).toBeUndefined();
  });
  it('a lead without a date restated with one in the next paragraph: the same number, that date (realworld-heldout-9/05)', () => {
    const r = imp(' date 2025-07 Mới đây, Ban Tuyên giáo và Dân vận Trung ương đã có Hướng dẫn 22-HD/BTGDVTW Tuyên truyền kỷ niệm 80 năm Cách mạng Tháng Tám.\n\nNgày 24/7/2025, Ban Tuyên giáo và Dân vận Trung ương đã có Hướng dẫn 22-HD/BTGDVTW về tuyên truyền kỷ niệm 80 năm.\n');
    expect(r.data).toMatchObject({ number: { printed: '22-HD/BTGDVTW' }, date: '2025-07-24' });
    // Another number's date is not this one's.
    expect(imp('Mới đây, Ban Tuyên giáo Tỉnh ủy đã có Hướng dẫn 22-HD/BTGTU tuyên truyền kỷ niệm.\n\nNgày 24/7/2025, Ban Tuyên giáo Trung ương đã có Hướng dẫn 21-HD/BTGTW về tuyên truyền.\n').data.date).toBeUndefined();
  });
  it('a document the text cites is never the page\'s own', () => {
    expect(self('Thực hiện Hướng dẫn số 70- HD/BTGTU ngày 14/12/2018 của Ban Tuyên giáo Thành uỷ về việc tuyên truyền,')).toBeUndefined();
    expect(self('Theo Nghị quyết số 02-NQ/TU, ngày 04/12/2020 của tỉnh ủy.')).toBeUndefined();
  });
  it('a page title that starts with the type word', () => {
    expect(readPageTitle(lines('Chỉ thị của Ban Thường vụ Tỉnh ủy Đắk Lắk về việc tổ chức đón Tết Nguyên đán Tân Sửu năm 2021'))).toEqual({
      type: 'chi-thi', issuer: 'Ban Thường vụ Tỉnh ủy Đắk Lắk', line: 1,
    });
    expect(readPageTitle(lines('NGHỊ QUYẾT CỦA ĐẢNG ỦY XÃ TRƯỜNG XUÂN VỀ MỤC TIÊU, PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2023'))).toMatchObject({ type: 'nghi-quyet', issuer: 'ĐẢNG ỦY XÃ TRƯỜNG XUÂN' });
    expect(readPageTitle(lines('Thông báo về việc quy định treo cờ Tổ quốc'))).toEqual({ type: 'thong-bao', line: 1 });
    expect(readPageTitle(lines('Ban Tuyên giáo Trung ương hướng dẫn khẩu hiệu'))).toBeUndefined();
  });
  it('a title in a page\'s front matter, YAML or JSON, also run into one line', () => {
    expect(readPageTitle(lines('title: Kế hoạch tuyên truyền kỷ niệm 80 năm'))).toMatchObject({ type: 'ke-hoach' });
    expect(readPageTitle(lines('  "title": "Hướng dẫn Tuyên truyền kỷ niệm 80 năm Ngày Nam kỳ khởi nghĩa",'.trim()))).toMatchObject({ type: 'huong-dan' });
    expect(readPageTitle(lines('---json { "slug": "03-hd", "title": "Hướng dẫn Tuyên truyền kỷ niệm", "so": "" } ---'))).toMatchObject({ type: 'huong-dan' });
    expect(readPageTitle(lines('title: Tin tức sự kiện'))).toBeUndefined();
  });
  it('an attached file\'s name is not a title (realworld-heldout-8/23, heldout-7/20)', () => {
    expect(readPageTitle(lines('Kế hoạch tổ chức Đại hội Công đoàn các cấp_1256_cv'))).toBeUndefined();
    expect(readPageTitle(lines('Kế hoạch tuyên truyền bầu cử.doc'))).toBeUndefined();
    expect(readPageTitle(lines('Kế hoạch tổ chức Đại hội Công đoàn các cấp'))).toMatchObject({ type: 'ke-hoach' });
  });
  it('a page carrying a draft names the type drafted, and says it is a draft', () => {
    expect(readPageTitle(lines('Tham gia ý kiến vào Dự thảo Kế hoạch thông tin, tuyên truyền về cuộc bầu cử'))).toEqual({ type: 'ke-hoach', line: 1, draft: true });
    expect(readPageTitle(lines('Lấy ý kiến góp ý dự thảo Hướng dẫn tuyên truyền kỷ niệm 80 năm'))).toEqual({ type: 'huong-dan', line: 1, draft: true });
    expect(readPageTitle(lines('DỰ THẢO KẾ HOẠCH TỔ CHỨC NGÀY HỘI ĐẠI ĐOÀN KẾT'))).toMatchObject({ type: 'ke-hoach', draft: true });
    expect(readPageTitle(lines('Dự thảo đã được gửi tới các xã'))).toBeUndefined();
    const r = imp('Tham gia ý kiến vào Dự thảo Kế hoạch thông tin, tuyên truyền về cuộc bầu cử đại biểu Quốc hội khóa XV\n\nCuộc bầu cử là sự kiện chính trị quan trọng của đất nước.\n');
    expect(r.data.type).toBe('ke-hoach');
    expect(r.data.provenance.fieldSources.type).toEqual({ from: 'title', line: 1 });
    expect(r.warnings.find((w) => w.field === 'type')?.message).toMatch(/draft \("Dự thảo Kế hoạch …"\), not a document in force/);
  });
  it('a repost with no header is identified from its lead', () => {
    const r = imp(REPOST);
    expect(r.data).toMatchObject({ type: 'cong-van', number: { printed: '137-CV/BTGTW' }, date: '2016-03-14', issuer: { name: 'Ban Tuyên giáo Trung ương', level: 'central' } });
    expect(r.data.provenance.fieldSources.number).toEqual({ from: 'news-lead', line: 7 });
    expect(r.data.slogans).toHaveLength(2);
  });
});

describe('slogans in every form real texts use', () => {
  const S = ['Đảng Cộng sản Việt Nam quang vinh muôn năm!', 'Nước Cộng hòa xã hội chủ nghĩa Việt Nam muôn năm!', 'Chủ tịch Hồ Chí Minh vĩ đại sống mãi trong sự nghiệp của chúng ta!'];
  const doc = (list: string, after = '\nIII. TỔ CHỨC THỰC HIỆN\n\nCác cơ quan, đơn vị triển khai thực hiện.') =>
    `KẾ HOẠCH\nTuyên truyền kỷ niệm\n\nThực hiện Hướng dẫn số 12-HD/BTGTU ngày 01/12/2024 của Ban Tuyên giáo Tỉnh ủy, Ban Thường vụ Đảng ủy xã xây dựng kế hoạch như sau:\n\n${list}\n${after}\n`;
  const cases: [string, string][] = [
    ['dash', `II. KHẨU HIỆU TUYÊN TRUYỀN\n\n${S.map((s) => `- ${s}`).join('\n')}`],
    ['en dash, heading in the same block', `3. Một số khẩu hiệu tuyên truyền:\n${S.map((s) => `– ${s}`).join('\n')}`],
    ['plus', `Khẩu hiệu:\n${S.map((s) => `+ ${s}`).join('\n')}`],
    ['bullet', `Khẩu hiệu tuyên truyền\n\n${S.map((s) => `• ${s}`).join('\n\n')}`],
    ['star', `KHẨU HIỆU\n${S.map((s) => `* ${s}`).join('\n')}`],
    ['numbered 1.', `Khẩu hiệu tuyên truyền:\n${S.map((s, i) => `${i + 1}. ${s}`).join('\n')}`],
    ['numbered 1)', `Khẩu hiệu tuyên truyền:\n${S.map((s, i) => `${i + 1}) ${s}`).join('\n')}`],
    ['letters a)', `Khẩu hiệu tuyên truyền:\n${S.map((s, i) => `${'abc'[i]}) ${s}`).join('\n')}`],
    ['quoted', `Khẩu hiệu tuyên truyền:\n${S.map((s) => `“${s}”`).join('\n')}`],
    ['one per paragraph, unmarked', `V. KHẨU HIỆU TUYÊN TRUYỀN\n\n${S.join('\n\n')}`],
    ['a numbered heading that ends with a full stop', `4. Một số khẩu hiệu tuyên truyền.\n\n${S.map((s) => `- ${s}`).join('\n')}`],
    ['messages of a campaign under a "Thông điệp …" title', `*Thông điệp Tuần lễ Quốc gia nước sạch và vệ sinh môi trường năm 2024\n${S.map((s, i) => `${i + 1}. ${s}`).join('\n')}`],
    ['numbered items run on one line', `- Khẩu hiệu:\n\n1. ${S[0]}\n\n2. ${S[1]}  3. ${S[2]}`],
    ['a page\'s aside between numbered items', `III. Các khẩu hiệu, thông điệp truyền thông:\n1. ${S[0]}\n(Tải slide bài giảng pháp luật về bình đẳng giới)\n2. ${S[1]}\n3. ${S[2]}`],
    ['a letter-marked title under a section that numbers its parts "2.1."', `2. Chủ đề và khẩu hiệu truyền thông\n2.1. Tổ chức các hoạt động kỷ niệm Ngày Gia đình Việt Nam 28/6\na) Chủ đề truyền thông: “Gia đình bình an – Xã hội hạnh phúc”\nb) Các thông điệp truyền thông ngày Gia đình Việt Nam\n${S.map((s) => `   - ${s}`).join('\n')}`],
    ['quoted, run in after labels inside the list', `2. Thông điệp, khẩu hiệu tuyên truyền\n- Khẩu hiệu chính: “${S[0]}”, “${S[1]} ”.\n- Khẩu hiệu hành động cho người tham gia giao thông: “${S[2]}”.`],
  ];
  it.each(cases)('%s', (_, list) => {
    const r = imp(doc(list));
    expect(r.data.slogans).toEqual(S);
    expect(checkLossless(doc(list), r.body)).toEqual({ ok: true });
  });
  it('run into prose after two labels, items separated by ";", the sentence\'s full stop not theirs', () => {
    const text = `Tuyên truyền trực quan bằng băng rôn, pa nô. Khẩu hiệu chính gồm: ${S[0]}; ${S[1]}. Khẩu hiệu hành động “3 phải và 3 không” cho người điều khiển xe mô tô, xe gắn máy gồm: phải đi đúng phần đường, làn đường; Không phóng nhanh vượt ẩu. Các xã triển khai.`;
    expect(imp(doc(text)).data.slogans).toEqual([S[0], S[1], 'phải đi đúng phần đường, làn đường', 'Không phóng nhanh vượt ẩu']);
  });
  it('a list ends at a line marked otherwise, or a sentence that is not an item', () => {
    const r = imp(doc(`3. Một số khẩu hiệu tuyên truyền:\n${S.map((s) => `- ${s}`).join('\n')}\n4. Tổ chức thực hiện: các chi bộ triển khai.`, ''));
    expect(r.data.slogans).toEqual(S);
    const r2 = imp(doc(`Một số khẩu hiệu tuyên truyền:\n${S.map((s, i) => `${i + 1}. ${s}`).join('\n')}\nTrong kế hoạch này, các cơ quan báo chí của tỉnh tuyên truyền.`, ''));
    expect(r2.data.slogans).toEqual(S);
  });
  it('a list ends where the mark changes ("+ A", "+ B", then "* C"); a star between spaces is the slogan\'s own (realworld-heldout-9/26)', () => {
    const t = 'THÔNG BÁO\nTreo cờ\n\nUBND phường yêu cầu các cơ quan thực hiện một số nội dung sau:\n\n1. Tổ chức trang trí, treo cờ Tổ Quốc, băng rôn khẩu hiệu : \n* Các cơ quan, đơn vị trang trí trụ sở bằng cờ Tổ quốc, khẩu hiệu, nội dung:\n+ Nhiệt liệt chào mừng kỷ niệm 43 năm ngày giải phóng miền Nam thống nhất đất nước ( 30/ 04/ 1975 * 30/04/ 2018 ).\n+ Tinh thần Ngày giải phóng miền nam 30/4 và Quốc tế 1/5 bất diệt.\n* Các tổ dân phố vận động các hộ gia đình treo cờ Tổ Quốc chào mừng;\nThời gian treo cờ, khẩu hiệu: từ ngày 28/ 04/ 2018 đến ngày 02/ 5/ 2018.\n';
    expect(imp(t).data.slogans).toEqual(['Nhiệt liệt chào mừng kỷ niệm 43 năm ngày giải phóng miền Nam thống nhất đất nước ( 30/ 04/ 1975 * 30/04/ 2018 ).', 'Tinh thần Ngày giải phóng miền nam 30/4 và Quốc tế 1/5 bất diệt.']);
    // "-", "–" and "—" are one mark as typists mix them.
    expect(imp(doc(`Khẩu hiệu:\n- ${S[0]}\n– ${S[1]}\n- ${S[2]}`)).data.slogans).toEqual(S);
  });
  it('a page that is nothing but a slogan list run onto one line, with no heading (realworld-heldout/16)', () => {
    const run = '- Nhiệt liệt chào mừng 70 năm ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2014)! - Quân đội nhân dân Việt Nam mãi mãi xứng đáng là quân đội anh hùng. - Phát huy truyền thống anh hùng, đẩy mạnh xây dựng quân đội nhân dân. - Phát huy sức mạnh toàn dân tộc, đẩy mạnh toàn diện công cuộc đổi mới.\n';
    expect(imp(run).data.slogans).toEqual([
      'Nhiệt liệt chào mừng 70 năm ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2014)!', 'Quân đội nhân dân Việt Nam mãi mãi xứng đáng là quân đội anh hùng.',
      'Phát huy truyền thống anh hùng, đẩy mạnh xây dựng quân đội nhân dân.', 'Phát huy sức mạnh toàn dân tộc, đẩy mạnh toàn diện công cuộc đổi mới.',
    ]);
    // A dash list of tasks, or such a line among other text, is no slogan page.
    expect(() => imp('- Các xã treo cờ Tổ quốc tại trụ sở. - Các trường tổ chức chào cờ đầu tuần. - Các thôn vận động nhân dân treo cờ.\n')).toThrow(/not a directive/);
  });
  it('a sentence that opens with a quoted name is no quoted slogan (realworld-heldout-9/25)', () => {
    const t = 'Thông điệp bảo đảm An toàn thực phẩm trong tháng hành động năm 2021\n\n“Tháng hành động vì an toàn thực phẩm” năm 2021 với Chủ đề: “Đảm bảo an toàn thực phẩm, phòng ngừa ngộ độc thực phẩm” sẽ được triển khai từ 15/4 đến 15/5/2021 trên phạm vi toàn quốc.\n\nBan chỉ đạo Liên ngành Trung ương đã ban hành Kế hoạch số 265 triển khai Tháng hành động.\n';
    expect(imp(t).data.slogans).toEqual([]);
    // A quote closing the line, with a full stop or a collector's credit after it, is one.
    expect(imp(doc(`Khẩu hiệu:\n“${S[0]}”.\n“${S[1]}” (Quỳnh Chi st)\n“${S[2]}”`)).data.slogans).toEqual(S);
  });
  it('a label with its value among the items ("Chủ đề: “…”.") is not a slogan (realworld-heldout-8/26)', () => {
    const r = imp(doc(`1. CHỦ ĐỀ VÀ THÔNG ĐIỆP, KHẨU HIỆU TUYÊN TRUYỀN\n2. Chủ đề: “Yêu thương và chia sẻ”.\n3. Các khẩu hiệu chính:\n\n${S.map((s) => `- ${s}`).join('\n\n')}`));
    expect(r.data.slogans).toEqual(S);
  });
  it('tasks under "… thông báo treo cờ và khẩu hiệu như sau:" are not slogans, and the sentence still names the body speaking', () => {
    const r = imp('Thông báo treo cờ Đảng, cờ Tổ quốc kỷ niệm 46 năm Ngày giải phóng hoàn toàn miền Nam\n\nNhân kỷ niệm 46 năm Ngày giải phóng hoàn toàn miền Nam, thống nhất đất nước (30/4/1975 - 30/4/2021). UBND xã Vinh Hiền thông báo treo cờ và khẩu hiệu như sau:\n\n- Tại trụ sở, nơi làm việc của các cơ quan, đơn vị treo cờ Đảng, cờ Tổ quốc;\n\n- Đối với cán bộ, đảng viên, công chức treo cờ Đảng, cờ Tổ quốc;\n\n- Đối với các hộ dân đề nghị bà con Nhân dân treo cờ Tổ quốc.\n');
    expect(r.data.slogans).toEqual([]);
    expect(r.data.issuer).toMatchObject({ name: 'UBND xã Vinh Hiền', level: 'commune' });
  });
  it('a sentence that merely mentions slogans announces none', () => {
    const r = imp(doc('- Tuyên truyền, cổ động trực quan; xây dựng các khẩu hiệu, panô, áp phích tại các trục đường chính.\n- Treo băng rôn, khẩu hiệu tại trụ sở cơ quan.'));
    expect(r.data.slogans).toEqual([]);
    // A label inside prose with one item is a mention; a sentence about a campaign's message is not a title.
    expect(imp(doc('Các đơn vị chủ động tuyên truyền. Khẩu hiệu năm nay do Bộ ban hành: các đơn vị tự chọn nội dung phù hợp.')).data.slogans).toEqual([]);
    expect(imp(doc(`Thông điệp của chiến dịch năm nay là hãy hành động vì cộng đồng.\n${S.join('\n')}`)).data.slogans).toEqual([]);
  });
});

describe('every real text of ../shared/realworld', () => {
  const gold = JSON.parse(readFileSync(join(REALWORLD_DIR, 'gold.json'), 'utf8')) as Record<string, { file: string }>;
  const files = Object.entries(gold).filter(([k]) => !k.startsWith('_')).map(([, g]) => g.file);
  it('has the 21 files', () => expect(files).toHaveLength(21));
  it.each(files)('%s imports, losslessly', (file) => {
    const text = decodeSource(readFileSync(join(REALWORLD_DIR, file)));
    const r = imp(text);
    expect(checkLossless(text, r.body)).toEqual({ ok: true });
  });
});

describe('a run-on line repeating a deadline (found by the fuzzer)', () => {
  it('gives a few short deadlines, not one per repetition quoting the whole line', () => {
    const text = `KẾ HOẠCH\nTuyên truyền\n\nThực hiện Hướng dẫn số 12-HD/BTGTU ngày 01/12/2024 của Ban Tuyên giáo Tỉnh ủy, Ban Thường vụ Đảng ủy xã xây dựng kế hoạch như sau:\n\n${'hoàn thành trước ngày 31/12/2024 '.repeat(4000)}\n`;
    const r = imp(text);
    expect(r.data.deadlines.length).toBeLessThan(20);
    expect(Math.max(...r.data.deadlines.map((d) => d.text.length))).toBeLessThan(300);
    expect(r.data.deadlines.every((d) => d.date === '2024-12-31')).toBe(true);
  });
});

describe('more shapes of news pages (seen on the held-out sets)', () => {
  const self = (t: string) => readSelfReference([{ n: 1, text: t }]);
  it('a number in parentheses beside the body that directs', () => {
    expect(self('UBND tỉnh chỉ đạo tăng cường công tác tuyên truyền chào mừng Đại hội (Công văn số 1093/UBND-KGVX, ngày 09/9/2020).')).toMatchObject({
      number: { printed: '1093/UBND-KGVX' }, type: 'cong-van', date: '2020-09-09', issuer: 'UBND tỉnh',
    });
    expect(self('Theo thông báo (số 34/TB-UBND ngày 19/4/2017), Chủ tịch UBND tỉnh đã điều chỉnh vấn đề trên như sau:')).toMatchObject({
      number: { printed: '34/TB-UBND' }, type: 'thong-bao', date: '2017-04-19',
    });
    expect(self('Các đơn vị thực hiện theo đúng hướng dẫn (Công văn số 1093/UBND-KGVX).')).toBeUndefined();
  });
  it('a site\'s dateline or a title run into the lead; two adverbs before the verb', () => {
    expect(self('Hải Phòng không bắn pháo hoa đêm giao thừa Kinhtedothi - Thành ủy Hải Phòng vừa ban hành Văn bản số 91-CV/TU ngày 2/2/2021 gửi các ban.')).toMatchObject({
      number: { printed: '91-CV/TU' }, issuer: 'Thành ủy Hải Phòng',
    });
    expect(self('Ban Thường trực UB MMTQ Thành phố vừa đã ban hành kế hoạch tổ chức hội nghị tiếp xúc cử tri.')).toMatchObject({ type: 'ke-hoach', issuer: 'Ban Thường trực UB MMTQ Thành phố' });
  });
  it('"<cơ quan> hướng dẫn … như sau:" closing a list of grounds makes a Hướng dẫn; a ground "Công văn số …" is not the page title', () => {
    const text = 'Căn cứ\n\n- Chỉ thị số 45-CT/TW ngày 22/7/2010 của Bộ Chính trị về đổi mới tổ chức các ngày kỷ niệm;\n\n- Nghị định số 145/2013/NĐ-CP ngày 29/10/2013 của Chính phủ;\n\n- Kết luận số 88-KL/TW ngày 18/2/2014 của Bộ Chính trị;\n\nCông văn số 7876-CV/VPTW ngày 06/10/2018 của Văn phòng Trung ương Đảng về việc tổ chức kỷ niệm năm 2019,\n\nBan Tuyên giáo Trung ương hướng dẫn tuyên truyền, kỷ niệm các ngày lễ lớn trong năm 2019 như sau:\n\nI. MỤC ĐÍCH, YÊU CẦU\n\n1. Tuyên truyền sâu rộng.\n';
    expect(imp(text).data).toMatchObject({ type: 'huong-dan', issuer: { name: 'Ban Tuyên giáo Trung ương' } });
    // Carrying out a guide is not speaking one.
    expect(imp(text.replace('Ban Tuyên giáo Trung ương hướng dẫn tuyên truyền', 'Các đơn vị thực hiện Hướng dẫn số 12-HD/BTGTW về tuyên truyền')).data.type).not.toBe('huong-dan');
  });
  it('a body directing others is a directive even with no type, number or date; a person at a meeting, or news narrating, is not', () => {
    const r = imp('Để chào mừng kỷ niệm 67 năm chiến thắng Điện Biên Phủ (07/5/1954-07/5/2021), UBND thị trấn Thanh Miện đề nghị các cơ quan, đơn vị và hộ gia đình trên địa bàn treo cờ Tổ quốc từ ngày 06/5 đến hết ngày 25/5/2021.\nUBND thị trấn đề nghị thủ trưởng các cơ quan chỉ đạo tổng vệ sinh.\n');
    expect(r.data.issuer).toMatchObject({ name: 'UBND thị trấn Thanh Miện', level: 'commune' });
    expect(imp('Căn cứ Công văn số 349/SVHTT-TTTTTL ngày 30 tháng 01 năm 2023 của Sở Văn hóa và Thể thao;\n\nPhòng Văn hóa và Thông tin Quận 8 đề nghị Trung tâm Văn hóa - Thể thao Quận 8, Ủy ban nhân dân 16 phường thực hiện các nội dung sau:\n\n1. Rà soát nội dung tuyên truyền.\n').data.issuer)
      .toMatchObject({ name: 'Phòng Văn hóa và Thông tin Quận 8', level: 'district' });
    expect(() => imp('Hội nghị Ban Chấp hành Đảng bộ xã tháng 01\n\nĐể thực hiện tốt các nhiệm vụ, đồng chí Nguyễn Văn Hoán, Bí thư Đảng ủy đề nghị các đồng chí trong Ban Thường vụ bám sát kế hoạch.\n')).toThrow(/not a directive/);
    expect(() => imp('Hoạt động tháng 8\n\nNgay từ đầu tháng 8, UBND xã chỉ đạo Phòng Văn hóa – Xã hội phối hợp tổ chức tuyên truyền.\n')).toThrow(/not a directive/);
  });
  it('headers as pages and Word files really print them: a web table\'s cell borders, a rule of stars after the issuer, the motto spelled "HÒA"', () => {
    const table = imp('- 1Luật Bảo vệ, chăm sóc và giáo dục trẻ em 2004\n- 2Luật phòng, chống bạo lực gia đình 2007\nỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 2022/KH-UBND | Thành phố Hồ Chí Minh, ngày 13 tháng 5 năm 2014 |\nKẾ HOẠCH\nTRIỂN KHAI THÁNG HÀNH ĐỘNG VÌ TRẺ EM NĂM 2014\nNăm 2014, Thành phố tiếp tục triển khai.\n');
    expect(table.data).toMatchObject({ type: 'ke-hoach', number: { printed: '2022/KH-UBND' }, date: '2014-05-13', issuer: { name: 'Ủy ban nhân dân' } });
    expect(table.data.provenance.bodyLines).toEqual({ first: 3, last: 7 });
    const stars = imp('UỶ BAN NHÂN DÂN TỈNH AN GIANG******\n\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc********\n\nSố: 554/UBND-KT\nV/v Treo cờ tổ quốc\n\nLong Xuyên, ngày 22 tháng 02 năm 2006\n\nỦy ban nhân dân tỉnh yêu cầu các huyện thực hiện.\n');
    expect(stars.data).toMatchObject({ number: { printed: '554/UBND-KT' }, issuer: { name: 'Ủy ban nhân dân tỉnh An Giang', level: 'province' } });
  });
  it('a page heading "<Loại> số …, ngày … của <cơ quan> về việc …" is the document itself, its subject included', () => {
    const r = imp('Chủ Nhật, 14/4/2024\nCông văn số 293-CV/TW, ngày 14/10/1999 của Bộ Chính trị về việc lấy ngày 15 tháng 10 hàng năm làm ngày "Dân vận" của cả nước\n\nKính gửi:\n\n- Ban Dân vận Trung ương\n\nCông tác dân vận là một công tác chiến lược, phải tiến hành thường xuyên.\n');
    expect(r.data).toMatchObject({ type: 'cong-van', number: { printed: '293-CV/TW' }, date: '1999-10-14', issuer: { name: 'Bộ Chính trị', level: 'central' } });
    // A heading that cites a document it carries out is not that document.
    expect(imp('Triển khai Kế hoạch số 12-KH/TU ngày 3/4/2024 của Tỉnh ủy\n\nThực hiện Kế hoạch số 12-KH/TU ngày 3/4/2024 của Tỉnh ủy, Ban Tuyên giáo hướng dẫn như sau:\n').data.number).toBeUndefined();
  });
  it('a document cited in parentheses as background is not the page\'s own; "Đề cương: …" titles an Đề cương', () => {
    const r = imp('Đề cương: Tuyên truyền 83 năm Ngày truyền thống người cao tuổi Việt Nam\n\nNgày 6/6/2024, kỷ niệm 83 năm Ngày truyền thống người cao tuổi Việt Nam. Người cao tuổi được xã hội quan tâm (Thủ tướng Chính phủ có Quyết định số 772/QĐ-TTg, ngày 26/5/2006 lấy ngày 6/6 là Ngày truyền thống người cao tuổi Việt Nam) để động viên người cao tuổi.\n');
    expect(r.data.type).toBe('de-cuong');
    expect(r.data.number).toBeUndefined();
    expect(r.data.issuer).toBeUndefined();
  });
  it('old Mac line ends (a lone "\\r") end lines as "\\n" does: a "- " after one is a list item kept whole, not lost (found by the fuzzer)', () => {
    const source = 'KẾ HOẠCH\rTuyên truyền kỷ niệm\r\rThực hiện Hướng dẫn số 12-HD/BTGTU ngày 01/12/2024 của Ban Tuyên giáo Tỉnh ủy, Ban Thường vụ Đảng ủy xã xây dựng kế hoạch như sau:\rKính gửi: các chi bộ\r- Tiếp tục tuyên truyền về tinh gọn bộ máy.\r- Tổ chức treo cờ.\r';
    const r = imp(source);
    expect(r.data.type).toBe('ke-hoach');
    expect(checkLossless(source.replace(/\r/g, '\n'), r.body)).toEqual({ ok: true });
    expect(imp(source.replace(/\r/g, '\r\n')).body).toBe(r.body);
  });
  it('a lead\'s day and month take the year of the posting date printed under the page title', () => {
    const r = imp('Kỷ niệm 80 năm Đề cương về văn hóa Việt Nam\n\n(10:31 | 10/02/2023)\n\nNgày 8/2, Cục Văn hóa cơ sở vừa có công văn số 74/VHCS-QCTT về việc tổ chức các hoạt động kỷ niệm.\n\nTheo đó, công văn đề nghị các Sở tổ chức tuyên truyền.\n');
    expect(r.data).toMatchObject({ date: '2023-02-08', number: { printed: '74/VHCS-QCTT' } });
    expect(r.warnings.map((w) => w.message).join('\n')).toMatch(/year 2023 taken from the page's date/);
  });
  it('"<cơ quan> đã triển khai <Loại> số …" with no "của": the body rolls out its own document; with "của" it carries out another\'s', () => {
    expect(self('Góp phần phát triển kinh tế, VH-XH của tỉnh, BTV Tỉnh ủy đã triển khai Công văn số 336 - CV/TU về chỉ đạo tuyên truyền năm 2018.')).toMatchObject({
      number: { printed: '336 - CV/TU' }, type: 'cong-van', issuer: 'BTV Tỉnh ủy',
    });
    expect(self('UBND xã đã triển khai Kế hoạch số 45/KH-UBND ngày 02/3/2021 của UBND huyện về tuyên truyền bầu cử.')).toBeUndefined();
    expect(self('Các chi bộ triển khai Kế hoạch số 45-KH/ĐU về tuyên truyền.')).toBeUndefined();
  });
  it('"<cơ quan> thông báo như sau:" is a Thông báo; a lone "Thông báo" over "Về việc …" is its heading', () => {
    const r = imp('Thông báo\n(04/09/2022 09:49:30)\nVề việc nghỉ lễ và treo cờ Tổ quốc\n\nChủ tịch Ủy ban nhân dân phường thông báo như sau:\n\n1. Cán bộ được nghỉ 04 ngày.\n');
    expect(r.data.type).toBe('thong-bao');
    expect(r.data.issuer).toMatchObject({ name: 'Ủy ban nhân dân phường', level: 'commune' });
  });
  it('a portal\'s document line under its headline and byline, "<Loại> số … ngày … của <cơ quan> V/v …", is the document itself (realworld-heldout-12/16)', () => {
    const r = imp('Thông báo treo cờ Tổ quốc và tiếp âm phiên khai mạc Đại hội\nTác giả: UBND thị xã Điện Bàn .Ngày đăng: 10/05/2019 .Lượt xem: 1844 lượt.\nThông báo số 217/TB-UBND ngày 08/5/2019 của UBND thị xã Điện Bàn V/v treo cờ Tổ quốc và tiếp âm phiên khai mạc Đại hội\nTải về: 217-2019-TB-UBND.signed.pdf\n\nTheo đề nghị của Ban Thường trực Ủy ban MTTQ Việt Nam thị xã tại Công văn số 275/MTTQ-BTT ngày 06/5/2019, UBND thị xã thông báo:\n\n1. Các cơ quan treo cờ Tổ quốc.\n');
    expect(r.data).toMatchObject({ type: 'thong-bao', number: { printed: '217/TB-UBND' }, date: '2019-05-08', issuer: { name: 'UBND thị xã Điện Bàn' } });
    // From the grounds on, a "Công văn số … của …" line is a ground, not the page's document.
    expect(imp('Thông báo về việc treo cờ\n\nCăn cứ Công văn số 275/MTTQ-BTT ngày 06/5/2019 của Ban Thường trực Ủy ban MTTQ thị xã V/v treo cờ\n\nUBND thị xã thông báo:\n').data.number).toBeUndefined();
  });
  it('leads as news really type them: the tone mark slipped ("bàn hành"), a date after a semicolon, "mới đây ra thông báo với nội dung …" (realworld-heldout-12/03, /11, /04)', () => {
    expect(self('(TG) - Ban Tuyên giáo Trung ương bàn hành Hướng dẫn số 08 – HD/BTGTW về tuyên truyền kỷ niệm 110 năm Ngày sinh Đại tướng Võ Nguyên Giáp.')).toMatchObject({
      number: { key: '8hdbtgtw' }, type: 'huong-dan', issuer: 'Ban Tuyên giáo Trung ương',
    });
    expect(self('Để tuyên truyền pháp luật về phòng, chống ma túy đến các cấp; ngày 10/4/2023, UBND tỉnh ban hành văn bản số 2895/UBND-NC chỉ đạo các sở.')).toMatchObject({
      number: { printed: '2895/UBND-NC' }, date: '2023-04-10', issuer: 'UBND tỉnh',
    });
    const r = imp('Bộ Công an mới đây ra thông báo với nội dung vào dịp kỷ niệm Ngày truyền thống, Bộ Công an chủ trương không tổ chức tiếp khách.\n\nCụ thể, thông báo nêu: lực lượng Công an nhân dân bày tỏ lòng biết ơn.\n');
    expect(r.data).toMatchObject({ type: 'thong-bao', issuer: { name: 'Bộ Công an', level: 'central' } });
    // "ra thông báo" followed by nothing that goes on about it is not read as a document.
    expect(() => imp('Sau hội nghị, các đại biểu ra về trong niềm vui.\n\nBuổi lễ kết thúc.\n')).toThrow(/not a directive/);
  });
  it('"đồng chí <name>, <titles> đã ký ban hành <Loại> …" is signed for the body of the last title; "Theo <Loại> số …" in the next paragraphs gives its number (realworld-heldout-12/02)', () => {
    const r = imp('Kết luận của Tổng Bí thư tại Phiên họp Ban Chỉ đạo\nNgày 27/9, đồng chí Phạm Gia Túc, Ủy viên Trung ương Đảng, Chánh Văn phòng Trung ương Đảng, Phó Trưởng ban Thường trực Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ đã ký ban hành Thông báo Kết luận của Tổng Bí thư tại Phiên họp.\n![]() |\nẢnh minh họa. |\nTheo Thông báo số 06-TB/CQTTBCĐ, ngày 18/9/2025, Thường trực Ban Chỉ đạo đã họp để đánh giá tình hình.\n');
    expect(r.data).toMatchObject({ type: 'thong-bao', number: { printed: '06-TB/CQTTBCĐ' }, issuer: { name: 'Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ', level: 'central' } });
    // Only the number: the date there is the meeting's.
    expect(r.data.date).toBeUndefined();
    // Another type's number is another document.
    expect(imp('Ngày 27/9, Ban Thường vụ Tỉnh ủy đã ký ban hành Thông báo kết luận về công tác cán bộ.\n\nTheo Kế hoạch số 12-KH/TU, các huyện ủy tổ chức quán triệt.\n').data.number).toBeUndefined();
  });
  it('the body that assigns ("<cơ quan> giao các Sở …") speaks, not one reported in a sentence before it (realworld-heldout-12/15)', () => {
    expect(readDirectingStatement(lines('Tại Việt Nam, Bộ Tài nguyên và Môi trường đề nghị tổ chức các nội dung phù hợp.  UBND tỉnh Đắk Nông giao các Sở, ban, ngành, huyện, thành phố triển khai các hoạt động.')))
      .toEqual({ issuer: 'UBND tỉnh Đắk Nông', line: 1 });
  });
  it('"<Loại> này" right after a cited document of that type is that document; further on it is the text\'s own closing formula (realworld-heldout-12/07)', () => {
    expect(readOwnTypeMention(lines('Các huyện ủy thực hiện nghiêm túc Quy định số 85-QĐ/TW của Ban Bí thư.\nKịp thời chấn chỉnh hạn chế trong thực hiện Quy định này.'))).toBeUndefined();
    expect(readOwnTypeMention(lines('Thực hiện Thông báo số 12/TB-UBND của UBND tỉnh về treo cờ.\nCác hộ treo cờ Tổ quốc.\nCác thôn kiểm tra.\nĐề nghị thực hiện nghiêm tinh thần Thông báo này./'))).toEqual({ type: 'thong-bao', line: 4 });
    // The text's own number in its lead is no other document.
    expect(readOwnTypeMention(lines('UBND xã ban hành Công văn số 15/UBND về treo cờ.\nNhận được Công văn này, các thôn thực hiện.'), [], ['15ubnd'])).toEqual({ type: 'cong-van', line: 2 });
  });
  it('a site\'s menu copied above the text (short bare entries, three or more) is the page, not the text (a perturbation every portal copy risks)', () => {
    const text = 'Trang chủ\nGiới thiệu\nTin tức - Sự kiện\nVăn bản chỉ đạo\nLiên hệ\n\nĐây là một trong những chỉ đạo của UBND tỉnh tại Công văn số 17766/UBND-VP về việc tổ chức Tết Giáp Thìn năm 2024.\n\nUBND tỉnh chỉ đạo thủ trưởng các sở, ban, ngành tập trung triển khai thực hiện tốt các chính sách an sinh xã hội.\n';
    const r = imp(text);
    expect(r.data).toMatchObject({ type: 'cong-van', number: { printed: '17766/UBND-VP' } });
    expect(r.data.provenance.bodyLines?.first).toBe(7);
    // A lone type heading over its subject is no menu.
    expect(locateDirective('Thông báo\nVề việc nghỉ lễ\nTreo cờ Tổ quốc\n\nỦy ban nhân dân phường thông báo như sau: các hộ treo cờ Tổ quốc từ ngày 1/5.\n').first).toBe(1);
  });
  it('copies that widened or changed the spaces read as the clean text: no-break spaces, "Số      20    -HD/HNDT", a place and date split by the widened gaps', () => {
    const header = 'HỘI NÔNG DÂN TỈNH QUẢNG NAM\n\nSố   20  -HD/HNDT\n\nTam Kỳ, ngày 20  tháng 12 năm 2022\n\nHƯỚNG DẪN\nTuyên truyền Đại hội\n\nThực hiện Kế hoạch số 12-KH/TU của Tỉnh ủy, Ban Thường vụ Hội hướng dẫn như sau:\n';
    const clean = imp(header).data;
    expect(clean).toMatchObject({ number: { key: '20hdhndt' }, date: '2022-12-20' });
    for (const copy of [header.replace(/ /g, '  '), header.replace(/ /g, (m, i: number) => (i % 3 ? m : '\u00a0'))]) {
      const d = imp(copy).data;
      expect([d.type, d.number?.key, d.date, d.issuer?.name, d.issuer?.level]).toEqual([clean.type, clean.number?.key, clean.date, clean.issuer?.name, clean.issuer?.level]);
    }
  });
  it('a place and date broken over lines that a copy set apart as paragraphs ("Sơn" / "La, ngày 11 tháng 3" / "năm 2020", a blank line after each)', () => {
    const r = imp('ỦY BAN NHÂN DÂN\n\nTỈNH SƠN LA\n\nSố: 68/KH-UBND\n\nSơn\n\nLa, ngày 11 tháng 3\n\nnăm 2020\n\nKẾ HOẠCH\n\nThực hiện Chỉ thị số 37-CT/TW của Ban Bí thư, UBND tỉnh ban hành kế hoạch như sau:\n');
    expect(r.data).toMatchObject({ number: { printed: '68/KH-UBND' }, date: '2020-03-11' });
  });
  it('a portal\'s attribute table copied inside the header ("Số kí hiệu 38/KH-UBND", "Ngày ban hành 06/04/2023") is read as the portal\'s, not as a "Số:" line', () => {
    const r = imp('KẾ HOẠCH\nTổ chức tuyên truyền các ngày lễ lớn\n\nSố kí hiệu 38/KH-UBND\nNgày ban hành 06/04/2023\nThể loại Kế hoạch\nCơ quan ban hành UBND xã\n\nThực hiện Công văn số 568-CV/HU ngày 27/3/2023 của Huyện ủy, UBND xã Diễn Bích ban hành kế hoạch tuyên truyền như sau:\n');
    expect(r.data).toMatchObject({ type: 'ke-hoach', number: { printed: '38/KH-UBND' }, date: '2023-04-06' });
  });
  it('a công văn\'s header flattened by a legal portal: "Số: 627/BYT-BH V/v …" ends the number at "V/v"; the portal\'s title "<Loại> <số> năm <yyyy> … do <cơ quan> ban hành." names the issuer; a lead inside a numbered letter is another document', () => {
    const r = imp('Công văn 296/BHXH-CSYT năm 2021 hướng dẫn quy định tại Điều 22 Luật Bảo hiểm y tế do Bảo hiểm xã hội Việt Nam ban hành. BẢO HIỂM XÃ HỘI VIỆT NAM --------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\nSố: 296/BHXH-CSYT V/v hướng dẫn một số quy định tại Điều 22 Luật BHYT\nHà Nội, ngày 02 tháng 02 năm 2021 Kính gửi:\n- Bảo hiểm xã hội các tỉnh, thành phố trực thuộc Trung ương.\n(Sau đây viết tắt là BHXH các tỉnh) Bộ Y tế có Công văn số 627/BYT-BH ngày 27/01/2021 về việc hướng dẫn thực hiện Điều 22 Luật Bảo hiểm y tế. Bảo hiểm xã hội Việt Nam đề nghị BHXH các tỉnh thực hiện như sau:\n');
    expect(r.data).toMatchObject({ type: 'cong-van', number: { printed: '296/BHXH-CSYT' }, date: '2021-02-02', issuer: { name: 'Bảo hiểm xã hội Việt Nam', level: 'central' } });
  });
  it('full documents as a legal portal\'s crawl stores them: "<Loại> <số> năm <yyyy>. <CƠ QUAN IN CAPITALS> ---" on the first line names the issuer (realworld-heldout-14/01)', () => {
    const r = imp('Quyết định 435/QĐ-UBND năm 2020. ỦY BAN NHÂN DÂN TỈNH KON TUM -------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\nSố: 435/QĐ-UBND Kon Tum, ngày 04 tháng 5 năm 2020 QUYẾT ĐỊNH V/V BAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG\nCăn cứ Luật tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n');
    expect(r.data).toMatchObject({ type: 'quyet-dinh', number: { printed: '435/QĐ-UBND' }, date: '2020-05-04', issuer: { name: 'Ủy ban nhân dân tỉnh Kon Tum', level: 'province' } });
  });
  it('a header whose national name has "VIỆT Nam" in mixed case is a header; a site\'s masthead in capitals is no issuer when the lead names one (realworld-heldout-13/08, /14)', () => {
    const letter = imp('V/v Tổ chức tuyên truyền Festival Huế 2010\n\n          ỦY BAN NHÂN DÂN           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT Nam\n\nTỈNH THỪA THIÊN HUẾ                                Độc lập - Tự do - Hạnh phúc\n\n      Số: 1991/UBND-VH                             Huế, ngày  17  tháng 5 năm 2010\n\n                       Kính gửi: Thủ trưởng các cơ quan\n\nFestival Huế 2010 là nhiệm vụ chính trị của tỉnh.\n');
    expect(letter.data.issuer).toMatchObject({ name: 'Ủy ban nhân dân tỉnh Thừa Thiên Huế', level: 'province' });
    const news = imp('ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH THANH HÓA\n\nThanh Hoa Radio and Television\nĐường dây nóng: 0237 3721150\n\nTổ chức Giải báo chí về xây dựng Đảng năm 2023\n\nThực hiện nội dung phát động của Ban Tổ chức Giải báo chí toàn quốc, Ban Tuyên giáo Tỉnh ủy Thanh Hóa vừa ban hành Kế hoạch tổ chức Giải báo chí về xây dựng Đảng năm 2023.\n\nI. Mục đích, yêu cầu\n');
    expect(news.data).toMatchObject({ type: 'ke-hoach', issuer: { name: 'Ban Tuyên giáo Tỉnh ủy Thanh Hóa', level: 'province' } });
  });
  it('"V/v" glued to the number or followed by a colon in a flattened header ends the number: "Số: 1921/LĐTBXH-NCCV/v: hướng dẫn …" (realworld-heldout-16/02)', () => {
    for (const row of ['| Số: 1921/LĐTBXH-NCC V/v: hướng dẫn thực hiện chế độ điều dưỡng | Hà Nội, ngày 03 tháng 06 năm 2013 |', 'Số: 1921/LĐTBXH-NCCV/v hướng dẫn thực hiện chế độ điều dưỡng\nHà Nội, ngày 03 tháng 06 năm 2013']) {
      const r = imp(`| BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n${row}\n\nKính gửi: Sở Lao động - Thương binh và Xã hội các tỉnh\n\nBộ Lao động - Thương binh và Xã hội hướng dẫn như sau:\n`);
      expect(r.data, row).toMatchObject({ type: 'cong-van', number: { printed: '1921/LĐTBXH-NCC' }, date: '2013-06-03' });
    }
  });
  it('the level a text gives in its sentences is read with its spaces widened ("Chủ tịch  Ủy  ban  nhân  dân  tỉnh  chỉ  thị")', () => {
    const text = 'ỦY BAN NHÂN DÂN\n\nSố: 06/CT-UBND\n\nCHỈ THỊ\nVề tăng cường phòng cháy\n\nĐể phòng cháy, Chủ tịch Ủy ban nhân dân tỉnh chỉ thị các sở thực hiện tốt các nội dung sau.\n';
    const clean = imp(text).data.issuer?.level;
    expect(clean).toBe('province');
    expect(imp(text.replace(/ /g, '  ')).data.issuer?.level).toBe(clean);
  });
  it('a header set apart line by line: "Số:" and its number in two blocks; a short row between two header blocks (a motto typed without dashes) stays in the header (realworld-heldout-9/19, -5/12)', () => {
    const school = imp('PHÒNG GIÁO DỤC VÀ ĐÀO TẠO\n\nTRƯỜNG MN VÀNH KHUYÊN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập – Tự do – Hạnh phúc\n\nSố:\n\n122/KH-TMNVK\n\nNhà Bè, ngày 17 tháng 11 năm 2014\n\nKẾ HOẠCH\n\nThực hiện Kế hoạch số 12/KH-GDĐT của Phòng Giáo dục, trường xây dựng kế hoạch như sau:\n');
    expect(school.data).toMatchObject({ type: 'ke-hoach', number: { printed: '122/KH-TMNVK' }, date: '2014-11-17' });
    const commune = imp('ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nXÃ HOẰNG THẮNG Độc lập Tự do Hạnh phúc\n\nSố: 07/KH-UBND Hoằng Thắng, ngày 14 tháng 01 năm 2022\n\nKẾ HOẠCH\n\nThực hiện Kế hoạch số 05/KH-UBND ngày 11/01/2022 của UBND huyện, UBND xã xây dựng kế hoạch.\n');
    expect(commune.data).toMatchObject({ type: 'ke-hoach', number: { printed: '07/KH-UBND' }, date: '2022-01-14', issuer: { level: 'commune' } });
  });
  it('zero-width spaces in a copy are not read but are kept: the header reads as the clean text, the entry holds every one of them', () => {
    const clean = 'ỦY BAN NHÂN DÂN\nXÃ QUANG TRUNG\n\nSố: 05/KH-UBND\n\nQuang Trung, ngày 12 tháng 01 năm 2021\n\nKẾ HOẠCH\nTuyên truyền\n\nThực hiện Kế hoạch số 12-KH/HU của Huyện ủy, UBND xã xây dựng kế hoạch như sau:\n';
    const copy = clean.replace(/([^\n])\n/g, '$1\u200b\n');
    const a = imp(clean).data;
    const r = imp(copy);
    expect([r.data.type, r.data.number?.printed, r.data.date, r.data.issuer?.name]).toEqual([a.type, a.number?.printed, a.date, a.issuer?.name]);
    expect(r.body.split('\u200b').length - 1).toBe(copy.split('\u200b').length - 1);
    expect(r.warnings.map((w) => w.message).join('\n')).toMatch(/U\+200B ZERO WIDTH SPACE/);
  });
  it('a list of tasks or topics under "khẩu hiệu" is not a list of slogans', () => {
    const r = imp('Thực hiện Kế hoạch số 12-KH/BTGTU ngày 01/11/2013 của Ban Tuyên giáo Tỉnh ủy, Phòng Văn hóa và Thông tin thị xã hướng dẫn như sau:\n\nPhòng đã căng treo trên 30 câu khẩu hiệu gồm các nội dung tuyên truyền:\n\n– Tuyên truyền ngày pháp luật (9/11).\n\n– Tuyên truyền về phòng chống HIV/AIDS.\n\n– Kỷ niệm 31 năm ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2013).\n');
    expect(r.data.slogans).toEqual([]);
  });
});

describe('grounds are not a lead', () => {
  it('"Căn cứ … Nghị quyết … của Chính phủ ban hành Kế hoạch …" describes a cited document (realworld-heldout-5/10)', () => {
    const grounds = 'Căn cứ Nghị quyết số 37-NQ/TW ngày 24/12/2018 của Bộ Chính trị; Nghị quyết số 117/NQ-CP ngày 30/7/2023 của Chính phủ ban hành Kế hoạch thực hiện sắp xếp đơn vị hành chính cấp huyện, cấp xã giai đoạn 2023-2025;';
    expect(readSelfReference([{ n: 3, text: grounds }])).toBeUndefined();
    // The same words as a news lead are the page's own document.
    expect(readSelfReference([{ n: 3, text: 'Ngày 04/2/2021, Ban Thường vụ Tỉnh ủy ban hành Kết luận về công tác tuyên truyền.' }])).toMatchObject({ type: 'ket-luan', issuer: 'Ban Thường vụ Tỉnh ủy' });
  });
});

describe('a meeting is not the body that issues', () => {
  it('"Hội nghị triển khai kế hoạch …" names no issuer (realworld-heldout-5/24)', () => {
    expect(readSelfReference([{ n: 3, text: 'Hội nghị triển khai kế hoạch tổ chức Ngày hội “Đại đoàn kết toàn dân tộc” năm 2020.' }])?.issuer).toBeUndefined();
  });
  it('a body "tổ chức Hội nghị" is not named with its verb', () => {
    const t = 'Sáng ngày 19/10/2020, Ban thường trực Uỷ ban MTTQ Việt Nam phường Phúc Đồng tổ chức Hội nghị triển khai Kế hoạch liên tịch của UBND - MTTQ phường.';
    expect(issuerFromSentence(t)).toBeUndefined();
    expect(readSelfReference([{ n: 6, text: t }])?.issuer).toBeUndefined();
  });
  it('a plan rolled out at a meeting, or drafted or rolled out with no body as subject, is not the page\'s own', () => {
    expect(readSelfReference([{ n: 3, text: 'Chiều ngày 9/11/2009, Huyện ủy Đô Lương đã tổ chức hội nghị triển khai kế hoạch tổ chức lễ kỷ niệm 80 năm ngày thành lập Đảng.' }])).toBeUndefined();
    expect(readSelfReference([{ n: 3, text: 'Triển khai kế hoạch tổ chức kỷ niệm các ngày lễ lớn năm 2016' }])).toBeUndefined();
    expect(readSelfReference([{ n: 9, text: 'Tại hội nghị, ông Trần Thanh Liêm – Phó Bí thư thường trực huyện ủy, chỉ đạo các ngành chức năng chuyên môn của huyện xây dựng kế hoạch tổ chức tốt các hoạt động.' }])).toBeUndefined();
    // A body that rolls out its own plan still presents it (realworld-state/83, realworld-heldout-3/18).
    expect(readSelfReference([{ n: 3, text: 'Huyện ủy triển khai kế hoạch tuyên truyền NQ đại hội Đảng bộ tỉnh lần thứ XVIII, huyện lần thứ XXI' }])).toMatchObject({ type: 'ke-hoach', issuer: 'Huyện ủy' });
    expect(readSelfReference([{ n: 3, text: 'Ban Thường trực Uỷ ban MTTQ Việt Nam huyện đã triển khai kế hoạch tuyên truyền Đại hội MTTQ Việt Nam các cấp.' }])).toMatchObject({ type: 'ke-hoach', issuer: 'Ban Thường trực Uỷ ban MTTQ Việt Nam huyện' });
  });
  it('the date of a document the lead cites is not the lead\'s date', () => {
    const t = 'Thực hiện Chỉ thị số 45-CT/TW, ngày 14/4/2025 về đại hội đảng bộ các cấp, Ban Thường vụ Đảng ủy các cơ quan Đảng Trung ương đã ban hành Kế hoạch số 08 về tổ chức đại hội.';
    expect(readSelfReference([{ n: 3, text: t }])?.date).toBeUndefined();
    expect(readSelfReference([{ n: 3, text: 'Thực hiện Chỉ thị số 45-CT/TW, ngày 14/4/2025 về đại hội, Ban Thường vụ Tỉnh ủy ban hành kết luận về công tác tuyên truyền.' }])?.date).toBeUndefined();
    // The lead's own date, even inside the span the finder gives the lead's document, stays.
    expect(readSelfReference([{ n: 4, text: 'Ngày 25/3/2022 Ban Tuyên giáo Huyện ủy ban hành Hướng dẫn số 67-HD/BTGHU về tuyên truyền.' }])).toMatchObject({ date: '2022-03-25', issuer: 'Ban Tuyên giáo Huyện ủy' });
  });
  it('"ban hành kế hoạch <its name>": a body issuing a named plan, whatever word the name starts with (realworld-heldout-6/08)', () => {
    expect(readSelfReference([{ n: 5, text: 'HNP - Thành đoàn Hà Nội vừa ban hành kế hoạch Hành động Tháng thanh niên năm 2012 và kỷ niệm 81 năm Ngày thành lập Đoàn.' }]))
      .toMatchObject({ type: 'ke-hoach', issuer: 'Thành đoàn Hà Nội' });
    // "có kế hoạch" keeps its narrower reading: having a plan to do something is not issuing one.
    expect(readSelfReference([{ n: 5, text: 'Thành đoàn Hà Nội có kế hoạch mở rộng sân chơi cho thanh niên.' }])).toBeUndefined();
  });
  it('"triển khai Kế hoạch <Name in title case>": the body\'s own named plan; the body is the clause after the last comma (realworld-heldout-6/02)', () => {
    const t = 'Thực hiện chương trình công tác Đoàn và phong trào thanh thiếu nhi năm 2018, Ban Bí thư Trung ương Đoàn triển khai Kế hoạch Tháng Thanh niên năm 2018 với chủ đề “Tuổi trẻ sáng tạo”.';
    expect(readSelfReference([{ n: 1, text: t }])).toMatchObject({ type: 'ke-hoach', issuer: 'Ban Bí thư Trung ương Đoàn' });
    expect(readSelfReference([{ n: 1, text: 'Ban Bí thư Trung ương Đoàn triển khai kế hoạch của Ban Bí thư tới các tỉnh.' }])).toBeUndefined();
  });
  it('"<body> biên soạn Đề cương …": compiling is issuing (realworld-heldout-7/10)', () => {
    const t = 'Ban Tuyên giáo Trung ương phối hợp với Tổng cục Chính trị Quân đội nhân dân Việt Nam biên soạn Đề cương tuyên truyền kỷ niệm 110 năm Ngày sinh Đại tướng Võ Nguyên Giáp.';
    expect(readSelfReference([{ n: 5, text: t }])).toMatchObject({ type: 'de-cuong', issuer: 'Ban Tuyên giáo Trung ương phối hợp với Tổng cục Chính trị Quân đội nhân dân Việt Nam' });
  });
  it('"đã khẩn trương ban hành": the adverb is not part of the name (realworld-heldout-5/26)', () => {
    const t = 'Thực hiện Chỉ thị số 45-CT/TW, ngày 14/4/2025, Ban Thường vụ Đảng ủy các cơ quan Đảng Trung ương đã khẩn trương ban hành Kế hoạch số 08 về tổ chức đại hội.';
    expect(readSelfReference([{ n: 3, text: t }])).toMatchObject({ issuer: 'Ban Thường vụ Đảng ủy các cơ quan Đảng Trung ương' });
  });
});

describe('deadlines', () => {
  it('a deadline at the start of a paragraph keeps its first letter', async () => {
    const { importText } = await import('../../src/import/import-text.ts');
    const r = importText('UBND XÃ A\n\nKẾ HOẠCH\nTuyên truyền\n\nHoàn thành trước ngày 31/12/2024.\n\nBáo cáo kết quả; chậm nhất là ngày 05/01/2025.\n', { source: 'x.txt', sha256: '0'.repeat(64), imported: '2026-12-07' });
    expect(r.data.deadlines).toEqual([
      { text: 'Hoàn thành trước ngày 31/12/2024', date: '2024-12-31' },
      { text: 'chậm nhất là ngày 05/01/2025', date: '2025-01-05' },
    ]);
  });
});

describe('a State công văn known by its number', () => {
  it('a number whose ký hiệu starts with the issuer\'s code is a công văn when nothing else names the type', async () => {
    const { importText } = await import('../../src/import/import-text.ts');
    const imp = (t: string) => importText(t, { source: 'x.txt', sha256: '0'.repeat(64), imported: '2026-12-07' }).data.type;
    expect(imp('Ngày 24-10, UBND tỉnh có văn bản số 4912/UBND-NC về việc thực hiện Chỉ thị của Thủ tướng Chính phủ về đẩy mạnh phong trào thi đua.\n')).toBe('cong-van');
    // A type code, a year (a law, a decree), or a type word say otherwise.
    expect(imp('Ngày 24-10, UBND tỉnh có văn bản số 4912/KH-UBND về việc thực hiện Chỉ thị của Thủ tướng Chính phủ.\n')).toBe('ke-hoach');
    expect(imp('Ngày 24-10, UBND tỉnh ban hành Kế hoạch số 4912/UBND về việc thực hiện Chỉ thị của Thủ tướng Chính phủ.\n')).toBe('ke-hoach');
    expect(imp('Ngày 24-10, UBND tỉnh có văn bản số 49/GM-UBND về việc họp.\n')).toBe('khac');
  });
});

describe('a header table rendered with cell borders', () => {
  it('lines that are only "|" do not hide the header (realworld-heldout-6/18)', async () => {
    const { importText } = await import('../../src/import/import-text.ts');
    const text = '|\nUBND QUẬN HẢI AN\nTRƯỜNG THCS TRÀNG CÁT\nSố: 180/KH-THCSTrC\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nTràng Cát, ngày 18 tháng 10 năm 2022\n|\nKẾ HOẠCH\nTổ chức các hoạt động chào mừng kỷ niệm 40 năm ngày Nhà giáo Việt Nam\nThực hiện kế hoạch năm học của trường, Trường THCS Tràng Cát xây dựng Kế hoạch như sau:\n';
    const r = importText(text, { source: 'x.txt', sha256: '0'.repeat(64), imported: '2026-12-07' });
    expect(r.data).toMatchObject({ type: 'ke-hoach', number: { printed: '180/KH-THCSTrC' }, date: '2022-10-18', issuer: { name: 'Trường THCS Tràng Cát quận Hải An', level: 'district' } });
  });
});

describe('a place and date with nothing of a header around it', () => {
  it('is the page\'s date line (a print view\'s day of printing), not the document\'s date (realworld-heldout-8/18)', async () => {
    const { importText } = await import('../../src/import/import-text.ts');
    const imp = (t: string) => importText(t, { source: 'x.txt', sha256: '0'.repeat(64), imported: '2026-12-07' });
    const story = 'Triển khai thực hiện chỉ đạo của Thủ tướng Chính phủ về Tháng hành động phòng, chống ma túy\n\nĐể triển khai thực hiện chỉ đạo trên, UBND thành phố Hải Phòng đề nghị các Sở, ban, ngành triển khai thực hiện nghiêm túc.\n';
    expect(imp(`Hải Phòng, ngày 28 tháng 02 năm 2020\n\n${story}`).data.date).toBeUndefined();
    // With a number, a motto or a type heading, it is the header's.
    expect(imp(`Số: 12/KH-UBND\nHải Phòng, ngày 28 tháng 02 năm 2020\n\n${story}`).data.date).toBe('2020-02-28');
    expect(imp(`KẾ HOẠCH\nHải Phòng, ngày 28 tháng 02 năm 2020\n\n${story}`).data.date).toBe('2020-02-28');
  });
});

describe('a number line that runs on into its date', () => {
  it('"Số: 550/SGDĐT-GDTX, ngày 14 tháng 4 năm 2017": the number stops at the date, which is the header\'s (realworld-heldout-10/13)', async () => {
    const { importText } = await import('../../src/import/import-text.ts');
    const r = importText('Công văn số 550/SGDĐT-GDTX: V/v hướng dẫn tổ chức Ngày Sách Việt Nam\n\nSố: 550/SGDĐT-GDTX, ngày 14 tháng 4 năm 2017\n\nKính gửi:\n  - Phòng Giáo dục và Đào tạo các huyện, thành phố;\n\nThực hiện Công văn số 1381/BGDĐT-GDTX ngày 05 tháng 4 năm 2017 của Bộ Giáo dục và Đào tạo về việc tổ chức Ngày Sách Việt Nam lần thứ 4; Sở Giáo dục và Đào tạo yêu cầu các phòng Giáo dục và Đào tạo tổ chức Ngày Sách.\n', { source: 'x.txt', sha256: '0'.repeat(64), imported: '2026-12-07' });
    expect(r.data).toMatchObject({ number: { printed: '550/SGDĐT-GDTX' }, date: '2017-04-14' });
    expect(r.data.provenance.fieldSources.date).toEqual({ from: 'header', line: 3 });
  });
});

describe('"Kính gửi:" and its list run into the text with no blank line', () => {
  it('the recipients end at the first line that is no item and a sentence (realworld-heldout-11/07)', async () => {
    const { importText } = await import('../../src/import/import-text.ts');
    const { layout, partLines } = await import('../../src/import/layout.ts');
    const text = 'V/v định hướng TTGDSK tháng 2&3 năm 2015\nKính gửi:\n– Phòng Nghiệp Vụ Y – Sở Y tế;\n– Tổ Truyền thông Giáo dục sức khỏe các Bệnh viện.\nTrung tâm Truyền thông – Giáo dục sức khỏe xây dựng Định hướng truyền thông giáo dục sức khỏe tháng 2&3 năm 2015 như sau:\nA. TRUYỀN THÔNG NHỮNG CHỦ TRƯƠNG\n';
    const recipients = layout(text).find((p) => p.kind === 'recipients')!;
    expect(partLines(recipients).map((l) => l.n)).toEqual([2, 3, 4]);
    expect(importText(text, { source: 'x.txt', sha256: '0'.repeat(64), imported: '2026-12-07' }).data.issuer?.name).toBe('Trung tâm Truyền thông – Giáo dục sức khỏe');
  });
});

describe('a header table whose cells broke their lines', () => {
  it('"Số:" then the number on the next line (realworld-heldout-9/19)', async () => {
    const { importText } = await import('../../src/import/import-text.ts');
    const text = 'PHÒNG\nGIÁO DỤC VÀ ĐÀO TẠO\nHUYỆN NHÀ BÈ\nTRƯỜNG MN VÀNH KHUYÊN\n\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc\n|\nSố:\n122/KH-TMNVK\n|\nNhà Bè, ngày 17 tháng 11\nnăm 2014\n|\nKẾ HOẠCH\nTổ chức Lễ Kỷ niệm 32 năm ngày Nhà giáo Việt Nam\nCăn cứ vào kế hoạch của huyện, Trường Mầm non Vành Khuyên xây dựng Kế hoạch như sau:\n';
    const r = importText(text, { source: 'x.txt', sha256: '0'.repeat(64), imported: '2026-12-07' });
    expect(r.data).toMatchObject({ type: 'ke-hoach', number: { printed: '122/KH-TMNVK' }, date: '2014-11-17' });
    // A blank number stays blank, whatever follows it.
    expect(importText('UBND XÃ AN BÌNH\nSố:\n/KH-UBND\nAn Bình, ngày 2 tháng 3 năm 2024\n\nKẾ HOẠCH\nTuyên truyền\n\nThực hiện kế hoạch của huyện, UBND xã xây dựng kế hoạch.\n', { source: 'x.txt', sha256: '0'.repeat(64), imported: '2026-12-07' }).data.number?.printed).toBe('/KH-UBND');
  });
});

describe('a header written as a markdown table (pandoc, legal datasets)', () => {
  const TABLE = '| BAN CHỈ ĐẠO QUỐC GIA VỀ TÌM KIẾM, QUY TẬP HÀI CỐT LIỆT SĨ ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- |\n|---|---|\n| Số: 252/KH-BCĐQG1237 | Hà Nội, ngày 11 tháng 11 năm 2013 |\n\nKẾ HOẠCH\n\nTRIỂN KHAI THỰC HIỆN QUYẾT ĐỊNH SỐ 1237/QĐ-TTG\n\nCăn cứ Quyết định số 1237/QĐ-TTg ngày 27 tháng 7 năm 2013 của Thủ tướng Chính phủ;\n';
  it('its rows are header lines, its cells columns (realworld-heldout-8/07)', async () => {
    const { importText } = await import('../../src/import/import-text.ts');
    const r = importText(`# Về việc phê duyệt Đề án\n\n${TABLE}`, { source: 'x.md', sha256: '0'.repeat(64), imported: '2026-12-07' });
    expect(r.data).toMatchObject({ type: 'ke-hoach', number: { printed: '252/KH-BCĐQG1237' }, date: '2013-11-11', system: 'state' });
    expect(r.data.issuer?.name).toMatch(/^Ban Chỉ đạo quốc gia về tìm kiếm, quy tập hài cốt liệt sĩ$/iu);
    expect(r.data.provenance.fieldSources.number).toEqual({ from: 'header', line: 5 });
  });
  it('a table in the body is not a header', async () => {
    const { layout } = await import('../../src/import/layout.ts');
    const parts = layout('KẾ HOẠCH\nTuyên truyền\n\nThực hiện Hướng dẫn số 12-HD/BTGTU, Ban Tuyên giáo xây dựng kế hoạch:\n\n| TT | NỘI DUNG | THỜI GIAN |\n|---|---|---|\n| 1 | Treo cờ | 2/9 |\n');
    expect(parts.filter((p) => p.kind === 'header')).toHaveLength(1);
    expect(parts.at(-1)!.kind).not.toBe('header');
  });
});

describe('a header flattened into one line of running text', () => {
  it('reads the number, place and date when the line holds "Số:" and a motto (realworld-heldout-6/16)', async () => {
    const { importText } = await import('../../src/import/import-text.ts');
    const imp = (t: string) => importText(t, { source: 'x.txt', sha256: '0'.repeat(64), imported: '2026-12-07' }).data;
    const flat = 'KE HOACH SINH HOAT NGOAI KHOA THANG 11\n\nSỞ GD-ĐT QUẢNG NGÃI TRƯỜNG THPT BA GIA Số: 23/KH-BAGIA CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự do – Hạnh phúc Sơn Tịnh, ngày 30 tháng 10 năm 2017 KẾ HOẠCH TỔ CHỨC HOẠT ĐỘNG NGOẠI KHÓA THÁNG 11/2017 Căn cứ nhiệm vụ năm học 2017 – 2018 của Trường THPT Ba Gia, BCH Đoàn trường xây dựng kế hoạch.\n';
    expect(imp(flat)).toMatchObject({ number: { printed: '23/KH-BAGIA' }, date: '2017-10-30', place: 'Sơn Tịnh' });
    // The Youth Union's header, glued where the line breaks were (realworld-heldout-8/11): its name stands where a motto does.
    const youth = 'BAN CHẤP HÀNH TRUNG ƯƠNG***Số: 367 - QĐ/TWĐTN-VPĐOÀN TNCS HỒ CHÍ MINH Hà Nội, ngày 29 tháng 10 năm 2013 QUYẾT ĐỊNHVề việc ban hành Quy định về ban hành văn bản của Đoàn TNCS Hồ Chí Minh--------- BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH- Căn cứ Điều lệ Đoàn TNCS Hồ Chí Minh;\n';
    expect(imp(youth)).toMatchObject({ type: 'quyet-dinh', number: { printed: '367 - QĐ/TWĐTN-VP' }, date: '2013-10-29', system: 'mass', issuer: { name: 'Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh', level: 'central' } });
    // Laid out, the Union's name on its own line is the motto's place too.
    expect(imp('BAN CHẤP HÀNH TRUNG ƯƠNG\n***\nSố: 12-KH/TWĐTN-BTG\n\nĐOÀN TNCS HỒ CHÍ MINH\nHà Nội, ngày 2 tháng 3 năm 2024\n\nKẾ HOẠCH\nTuyên truyền\n\nThực hiện chương trình công tác, Ban Bí thư Trung ương Đoàn ban hành kế hoạch.\n')).toMatchObject({ system: 'mass', issuer: { name: 'Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh' } });
    // "Số:" in prose without a motto is no header.
    expect(imp('KẾ HOẠCH\nTuyên truyền\n\nTheo Công văn Số: 12/UBND-VX của UBND huyện, các xã treo cờ.\n').number).toBeUndefined();
  });
});

describe('a lead relayed by the page\'s own body', () => {
  it('a later clause of the lead\'s paragraph where another body directs: the cited documents are what it carries out (realworld-heldout-6/13)', async () => {
    const { importText } = await import('../../src/import/import-text.ts');
    const text = 'Sở Thông tin và Truyền thông định hướng tuyên truyền mục tiêu, nhiệm vụ năm 2017\n\nNgày 14 tháng 02 năm 2017 Bộ Thông tin và Truyền thông có Văn bản chỉ đạo số 398/BTTTT-TTCS về việc tuyên truyền; Ban Tuyên giáo Trung ương có Hướng dẫn số 22-HD/BTGTW ngày 10/01/2017 hướng dẫn tuyên truyền kết quả năm 2016; Sở Thông tin và Truyền thông đề nghị các cơ quan báo chí địa phương thực hiện một số nội dung sau:\n';
    const r = importText(text, { source: 'x.txt', sha256: '0'.repeat(64), imported: '2026-12-07' });
    expect(r.data.number).toBeUndefined();
    expect(r.data.issuer?.name).toBe('Sở Thông tin và Truyền thông');
    // A later paragraph that carries out what the lead reports names the page's body.
    const relayed = importText(readFileSync(join(ROOT, 'tests/fixtures/realworld-heldout-8/18_tinh-ubnd-haiphong-chi-dao-thang-hanh-dong-ma-tuy-print.txt'), 'utf8'), { source: 'x.txt', sha256: '0'.repeat(64), imported: '2026-12-07' });
    expect(relayed.data.issuer).toMatchObject({ name: 'UBND thành phố', level: 'province' });
    // The lead's own body directing in a later clause is still the lead's document.
    const own = importText('Ngày 10/01/2017, Ban Tuyên giáo Tỉnh ủy có Hướng dẫn số 22-HD/BTGTU về tuyên truyền; Ban Tuyên giáo Tỉnh ủy đề nghị các cấp ủy thực hiện.\n', { source: 'x.txt', sha256: '0'.repeat(64), imported: '2026-12-07' });
    expect(own.data.number?.printed).toBe('22-HD/BTGTU');
  });
});

describe('a notice\'s voice names its body', () => {
  it('"UBND xã … thông báo việc … như sau:", also run on from the sentence before (realworld-heldout-6/21)', async () => {
    const { readDirectingStatement } = await import('../../src/import/news-lead.ts');
    const t = 'Nhân kỷ niệm 78 năm ngày Cách mạng Tháng Tám; tham gia hưởng ứng cuộc thi cổ động trực quan năm 2023 do UBND huyện Thủy Nguyên phát động UBND xã Liên Khê thông báo việc thực hiện treo cờ tổ quốc trên địa bàn xã như sau:';
    expect(readDirectingStatement([{ n: 7, text: t }])).toEqual({ issuer: 'UBND xã Liên Khê', line: 7 });
    expect(readDirectingStatement([{ n: 7, text: 'UBND thành phố thông báo:' }])).toEqual({ issuer: 'UBND thành phố', line: 7 });
    // News of a notice is not one: the verb must close the sentence with its colon.
    expect(readDirectingStatement([{ n: 7, text: 'UBND xã Liên Khê thông báo việc treo cờ đến toàn thể nhân dân.' }])).toBeUndefined();
  });
});

describe('slogans quoted inside a sentence', () => {
  const slogansOf = async (t: string) => (await import('../../src/import/import-text.ts')).importText(t, { source: 'x.txt', sha256: '0'.repeat(64), imported: '2026-12-07' }).data.slogans;
  it('right after "khẩu hiệu" or "chạy chữ", a quote left open running to its line\'s end (realworld-heldout-6/03, /15)', async () => {
    const open = 'KẾ HOẠCH\nTuyên truyền\n\nCông đoàn bộ phận đã triển khai công tác tuyên truyền với khẩu hiệu “Nhiệt liệt chào mừng Đại hội Công đoàn Việt Nam, lần thứ XII, Nhiệm kỳ 2018-2023\nĐại hội sẽ được tổ chức từ ngày 24/9 tại Thủ đô Hà Nội.\n';
    expect(await slogansOf(open)).toEqual(['Nhiệt liệt chào mừng Đại hội Công đoàn Việt Nam, lần thứ XII, Nhiệm kỳ 2018-2023']);
    const two = 'KẾ HOẠCH\nTuyên truyền\n\nLĐLĐ TP đề nghị các cấp CĐ TP treo băng rôn; chạy chữ "Chào mừng Đại hội XI CĐ TP HCM" và "Chào mừng Đại hội XII CĐ Việt Nam" trên các website của cơ quan, đơn vị.\n';
    expect(await slogansOf(two)).toEqual(['Chào mừng Đại hội XI CĐ TP HCM', 'Chào mừng Đại hội XII CĐ Việt Nam']);
  });
  it('after "khẩu hiệu như:", "khẩu hiệu sau:", quotes with or without a space between (realworld-heldout-8/19)', async () => {
    const t = 'KẾ HOẠCH\nTuyên truyền\n\nTháng hành động sẽ diễn ra từ ngày 01/6 đến ngày 30/6/2020 với các khẩu hiệu như: “Nhiệt liệt hưởng ứng Ngày Quốc tế phòng, chống ma tuý - 26/6”, “Phòng, chống ma tuý là nghĩa vụ của công dân”,“Chung tay phòng, chống ma tuý vì cuộc sống tươi đẹp”...\n';
    expect(await slogansOf(t)).toEqual(['Nhiệt liệt hưởng ứng Ngày Quốc tế phòng, chống ma tuý - 26/6', 'Phòng, chống ma tuý là nghĩa vụ của công dân', 'Chung tay phòng, chống ma tuý vì cuộc sống tươi đẹp']);
  });
  it('a run-in numbered list: "(1) …!; (2) …!" without the numbers (realworld-heldout-7/31)', async () => {
    const t = 'CÔNG VĂN\nTuyên truyền\n\nKhẩu hiệu tuyên truyền: (1) Nhiệt liệt chào mừng 70 năm Chiến thắng Điện Biên Phủ (7/5/1954- 7/5/2024)!; (2) Chiến thắng Điện Biên Phủ - Lừng lẫy năm châu, chấn động địa cầu!.\n';
    expect(await slogansOf(t)).toEqual(['Nhiệt liệt chào mừng 70 năm Chiến thắng Điện Biên Phủ (7/5/1954- 7/5/2024)!', 'Chiến thắng Điện Biên Phủ - Lừng lẫy năm châu, chấn động địa cầu!']);
  });
  it('what the banners are about is not their words: an occasion\'s name, a short quote (realworld-heldout-4/07)', async () => {
    expect(await slogansOf('KẾ HOẠCH\nTuyên truyền\n\nCông an tỉnh có công văn về việc treo băng rôn, khẩu hiệu “Ngày toàn dân PCCC”.\n')).toEqual([]);
    expect(await slogansOf('KẾ HOẠCH\nTuyên truyền\n\nCác xã treo khẩu hiệu “Mừng Đảng mừng Xuân” tại trụ sở.\n')).toEqual([]);
  });
});

describe('a header that lost its left column', () => {
  it('a motto run on with its rule, then "V/v", then the place and date (realworld-heldout-7/19)', async () => {
    const { importText } = await import('../../src/import/import-text.ts');
    const text = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\nV/v tiếp tục triển khai các công việc chuẩn bị tổ chức bầu cử\nHà Nội, ngày 24 tháng 2 năm 2021\nKính gửi:\nĐến nay, các địa phương đều đã tổ chức xong hội nghị hiệp thương lần thứ nhất.\n';
    const r = importText(text, { source: 'x.txt', sha256: '0'.repeat(64), imported: '2026-12-07' });
    expect(r.data).toMatchObject({ type: 'cong-van', date: '2021-02-24', place: 'Hà Nội', title: 'tiếp tục triển khai các công việc chuẩn bị tổ chức bầu cử' });
  });
});

describe('a number that survives only in the annex heading', () => {
  const imp = async (t: string) => (await import('../../src/import/import-text.ts')).importText(t, { source: 'x.txt', sha256: '0'.repeat(64), imported: '2026-12-07' });
  const body = 'Điều 1. Phê duyệt "Đề cương tổ chức kỷ niệm những ngày lễ lớn năm 2004 - 2005" (kèm theo Quyết định này).\n\nĐỀ CƯƠNG\n(Ban hành kèm theo Quyết định số 1241/QĐ-TTg ngày 19 tháng 11 năm 2004 của Thủ tướng Chính phủ)\n';
  it('a header-less Quyết định takes the number and date its annex heading gives (realworld-heldout-7/12)', async () => {
    const r = await imp(`QUYẾT ĐỊNH\n\nVề việc phê duyệt đề cương\n\nTHỦ TƯỚNG CHÍNH PHỦ\n\nCăn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;\n\nQUYẾT ĐỊNH:\n\n${body}`);
    expect(r.data).toMatchObject({ type: 'quyet-dinh', number: { printed: '1241/QĐ-TTg' }, date: '2004-11-19' });
    expect(r.data.provenance.fieldSources?.number).toMatchObject({ from: 'annex' });
  });
  it('a document of another type keeps no number: it is the annex, not the Quyết định', async () => {
    const r = await imp(`KẾ HOẠCH\n\nTổ chức kỷ niệm\n\nThực hiện chỉ đạo của Thủ tướng.\n\n${body}`);
    expect(r.data.number).toBeUndefined();
  });
});
