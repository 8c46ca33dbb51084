/**
 * The loudspeaker script (src/speech): Vietnamese numbers in words, the readings of numbers,
 * dates, codes and abbreviations in a line, and the script of seed 001 against a reading written
 * by hand (tests/fixtures/speech/seed-001-sections-1-2.txt: its head, opening and sections I–II,
 * each number, date, code and abbreviation written out by reading the seed, not by this code).
 * On every real text (seeds, ../shared/realworld), nothing is dropped: every lowercase word of a
 * line is in its reading, in order, and no digit or code in capitals is left.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readDay, readDecimal, readDigits, readMonth, readNumber, readOrdinal, romanValue } from '../../src/speech/numbers.ts';
import { isSyllable, speakBlockStart, speakLine, speakMarker } from '../../src/speech/normalise.ts';
import { scriptOfBody, scriptOfSlogans } from '../../src/speech/script.ts';
import { utterances } from '../../src/speech/utterances.ts';
import { DOTTED } from '../../src/speech/abbreviations.ts';
import { splitEntry } from '../../src/entry/entry-file.ts';
import { parseBody } from '../../src/entry/body.ts';
import { CONTENT_DIR, REALWORLD_DIR, ROOT, SEED_001_SLOGANS, seedFiles, seedText } from '../helpers/seeds.ts';

const SEED_001 = join(CONTENT_DIR, 'huong-dan-khong-so-khong-ngay-cb6f72ab.mdx');
const scriptOf = (file: string) => scriptOfBody(parseBody(splitEntry(readFileSync(file, 'utf8'))!.body));

describe('readNumber: the rules of Vietnamese number reading', () => {
  it.each([
    ['0', 'không'], ['5', 'năm'], ['10', 'mười'], ['11', 'mười một'], ['14', 'mười bốn'], ['15', 'mười lăm'],
    ['20', 'hai mươi'], ['21', 'hai mươi mốt'], ['24', 'hai mươi tư'], ['25', 'hai mươi lăm'], ['55', 'năm mươi lăm'],
    ['91', 'chín mươi mốt'], ['100', 'một trăm'], ['101', 'một trăm linh một'], ['104', 'một trăm linh bốn'],
    ['105', 'một trăm linh năm'], ['110', 'một trăm mười'], ['111', 'một trăm mười một'], ['115', 'một trăm mười lăm'],
    ['121', 'một trăm hai mươi mốt'], ['173', 'một trăm bảy mươi ba'], ['1000', 'một nghìn'],
    ['1005', 'một nghìn không trăm linh năm'], ['1945', 'một nghìn chín trăm bốn mươi lăm'],
    ['2017', 'hai nghìn không trăm mười bảy'], ['2024', 'hai nghìn không trăm hai mươi tư'],
    ['2045', 'hai nghìn không trăm bốn mươi lăm'], ['10070', 'mười nghìn không trăm bảy mươi'],
    ['100000', 'một trăm nghìn'], ['1000000', 'một triệu'], ['1000005', 'một triệu không trăm linh năm'],
    ['1500000', 'một triệu năm trăm nghìn'], ['1000000000', 'một tỷ'], ['2500000000', 'hai tỷ năm trăm triệu'],
    ['1000000000000', 'một nghìn tỷ'], ['07', 'bảy'], ['05', 'năm'],
  ])('%s → %s', (n, words) => {
    expect(readNumber(n)).toBe(words);
  });

  it('ordinals, months, days, decimals, digits', () => {
    expect([1, 2, 4, 14, 24].map(readOrdinal)).toEqual(['nhất', 'hai', 'tư', 'mười bốn', 'hai mươi tư']);
    expect([1, 4, 11, 12].map(readMonth)).toEqual(['một', 'tư', 'mười một', 'mười hai']);
    expect(['01', '10', '11', '25'].map(readDay)).toEqual(['mồng một', 'mồng mười', 'mười một', 'hai mươi lăm']);
    expect(readDecimal('2', '5')).toBe('hai phẩy năm');
    expect(readDecimal('1', '05')).toBe('một phẩy không năm');
    expect(readDigits('0912')).toBe('không chín một hai');
    expect(() => readNumber('1.5')).toThrow();
  });

  it('Roman numerals of I, V, X, L only, and only well-formed ones', () => {
    expect(['I', 'IV', 'IX', 'XII', 'XIII', 'XIV', 'XXI', 'XL', 'LXXX'].map(romanValue)).toEqual([1, 4, 9, 12, 13, 14, 21, 40, 80]);
    expect(['IIV', 'VX', 'IIII', 'CV', 'MC', ''].map(romanValue)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
  });
});

describe('speakLine: what changes, and only that', () => {
  it.each([
    // document numbers: the number, then each part of the code by letter names; "-" and "/" are pauses
    ['Kế hoạch số 05/KH-UBND', 'Kế hoạch số năm, ca hát, u bê en dê'],
    ['Nghị quyết số 18-NQ/TW ngày 25/10/2017', 'Nghị quyết số mười tám, en quy, tê vê kép ngày hai mươi lăm tháng mười năm hai nghìn không trăm mười bảy'],
    ['Nghị định số 100/2019/NĐ-CP', 'Nghị định số một trăm, hai nghìn không trăm mười chín, en đê, xê pê'],
    ['Chỉ thị số 04 -CT/TU', 'Chỉ thị số bốn, xê tê, tê u'],
    ['Số: /TTCS-TTTQ', 'Số: tê tê xê ét, tê tê tê quy'],
    // dates and times
    ['ngày 01/5/2025', 'ngày mồng một tháng năm năm hai nghìn không trăm hai mươi lăm'],
    ['tháng 12/2024', 'tháng mười hai năm hai nghìn không trăm hai mươi tư'],
    ['kỷ niệm 30/4', 'kỷ niệm ba mươi tháng tư'],
    ['lúc 8h30, 14 giờ 30 phút, 7h và 20:15', 'lúc tám giờ ba mươi phút, mười bốn giờ ba mươi phút, bảy giờ và hai mươi giờ mười lăm phút'],
    // percentages, decimals, thousands, ranges, section numbers
    ['đạt 95%, tăng 2,5 %', 'đạt chín mươi lăm phần trăm, tăng hai phẩy năm phần trăm'],
    ['1.500.000 đồng; 3,25 tỷ', 'một triệu năm trăm nghìn đồng; ba phẩy hai mươi lăm tỷ'],
    ['nhiệm kỳ 2025 - 2030, giai đoạn 2021-2025', 'nhiệm kỳ hai nghìn không trăm hai mươi lăm đến hai nghìn không trăm ba mươi, giai đoạn hai nghìn không trăm hai mươi mốt đến hai nghìn không trăm hai mươi lăm'],
    ['theo mục 2.1 nêu trên', 'theo mục hai chấm một nêu trên'],
    // Roman numerals, ordinals, enumerations
    ['Đại hội XIV của Đảng, khóa XIII, thế kỷ XXI, lần thứ IV', 'Đại hội mười bốn của Đảng, khóa mười ba, thế kỷ hai mươi mốt, lần thứ tư'],
    ['Hội nghị Trung ương 10 (khóa XIII); Kỳ họp thứ 8', 'Hội nghị Trung ương mười (khóa mười ba); Kỳ họp thứ tám'],
    ['(1) Tiếp tục; (2) Xác lập. (3) Đẩy mạnh', 'Thứ nhất, Tiếp tục; thứ hai, Xác lập. Thứ ba, Đẩy mạnh'],
    // abbreviations
    ['UBND tỉnh, HĐND xã, MTTQ, BCH TW, TW', 'Ủy ban nhân dân tỉnh, Hội đồng nhân dân xã, Mặt trận Tổ quốc, Ban Chấp hành Trung ương, Trung ương'],
    ['TP. Hà Nội, Đ/c Phạm Đức Tiến, v.v.', 'thành phố Hà Nội, Đồng chí Phạm Đức Tiến, vân vân'],
    ['phát triển KT-XH, GD&ĐT', 'phát triển kinh tế - xã hội, Giáo dục và Đào tạo'],
    // ambiguous ones are spelled, not guessed; other capitals: syllables lowered, codes spelled
    ['Các phòng CM, BTGTU', 'Các phòng xê em, Ban Tuyên giáo Tỉnh ủy'],
    ['(COP26), 0 (Net Zero)', '(xê o pê hai mươi sáu), không (Net Zero)'],
    ['TRƯỞNG BAN', 'trưởng ban'],
    ['gọi 0912345678; 07 định hướng', 'gọi không chín một hai ba bốn năm sáu bảy tám; bảy định hướng'],
    ['cổng/trang thông tin', 'cổng, trang thông tin'],
    ['Số hiệu: | 126-HD/BTGTW', 'Số hiệu: một trăm hai mươi sáu, hát dê, bê tê giê tê vê kép'],
    ['Công điện số 112/CĐ-TTg; Thứ trưởng (để b/c); Lưu: VT, HMH.', 'Công điện số một trăm mười hai, xê đê, tê tê giê; Thứ trưởng (để báo cáo); Lưu: Văn thư, hát em hát.'],
    ['Số 369 – CV/BTGTU; năm 2024 - UBND tỉnh', 'Số ba trăm sáu mươi chín, xê vê, bê tê giê tê u; năm hai nghìn không trăm hai mươi tư - Ủy ban nhân dân tỉnh'],
    ['T/M BAN THƯỜNG VỤ; MTTQ VN xã', 'Thay mặt ban thường vụ; Mặt trận Tổ quốc Việt Nam xã'],
  ])('%s', (written, spoken) => {
    expect(speakLine(written)).toBe(spoken);
  });

  it('text with nothing to change comes back as it is', () => {
    const line = 'Đảng Cộng sản Việt Nam quang vinh muôn năm!';
    expect(speakLine(line)).toBe(line);
  });

  it('reads list markers at the start of a block as broadcasters do: numbers said, bullets not', () => {
    expect(speakBlockStart('I- MỤC ĐÍCH, YÊU CẦU')).toBe('Một. Mục đích, yêu cầu');
    expect(speakBlockStart('IV. TỔ CHỨC THỰC HIỆN')).toBe('Bốn. Tổ chức thực hiện');
    expect(speakBlockStart('1.1. Tuyên truyền')).toBe('Một chấm một. Tuyên truyền');
    expect(speakBlockStart('2) Phối hợp')).toBe('Hai. Phối hợp');
    expect(speakBlockStart('b) Phối hợp')).toBe('Bê. Phối hợp');
    expect(speakBlockStart('đ) Phối hợp')).toBe('Đê. Phối hợp');
    expect(speakBlockStart('- Khẳng định')).toBe('Khẳng định');
    expect(speakBlockStart('+ Xác định')).toBe('Xác định');
    expect(speakMarker('2025 là năm')).toBeUndefined();
    expect(speakMarker('Về việc')).toBeUndefined();
  });

  it('lines in capitals: read as words, names given back their capitals', () => {
    expect(['ĐẢNG CỘNG SẢN VIỆT NAM', 'TỈNH UỶ HÀ TĨNH', 'BAN TUYÊN GIÁO TỈNH ỦY', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'ỦY BAN BẦU CỬ XÃ PHỐ BẢNG', 'UBND TỈNH CAO BẰNG'].map(speakLine)).toEqual([
      'Đảng Cộng sản Việt Nam', 'Tỉnh uỷ Hà Tĩnh', 'Ban Tuyên giáo Tỉnh ủy', 'Cộng hòa xã hội chủ nghĩa Việt Nam', 'ủy ban bầu cử xã Phố Bảng', 'Ủy ban nhân dân tỉnh Cao Bằng',
    ]);
  });

  it('tells Vietnamese syllables in capitals from codes', () => {
    expect(['HƯỚNG', 'DẪN', 'NGHIÊNG', 'KHUYẾN', 'QUỐC'].every(isSyllable)).toBe(true);
    expect(['UBND', 'TW', 'MTTQ', 'BTGTW', 'CM'].some(isSyllable)).toBe(false);
  });
});

describe('the script of a directive', () => {
  it("seed 001: its head, opening and sections I–II read exactly as the reading written by hand", () => {
    const blocks = scriptOf(SEED_001);
    const end = blocks.findIndex((b) => b.written[0]!.startsWith('III'));
    expect(end).toBeGreaterThan(20);
    const want = readFileSync(join(ROOT, 'tests/fixtures/speech/seed-001-sections-1-2.txt'), 'utf8').trimEnd().split('\n\n');
    expect(blocks.slice(0, end).map((b) => b.spoken.join('\n'))).toEqual(want);
  });

  it('seed 001: every block is read in order, the slogans and the signature included; no digit or code left', () => {
    const blocks = scriptOf(SEED_001);
    expect(blocks.map((b) => b.part)).toContain('Distribution');
    expect(blocks.filter((b) => b.part === 'Slogans').length).toBe(10);
    expect(blocks.slice(-2).map((b) => [b.part, ...b.spoken])).toEqual([['Signature', 'Trưởng ban.'], ['Signature', 'Bế Thanh Tịnh.']]);
    const all = blocks.flatMap((b) => b.spoken).join('\n');
    expect(all).not.toMatch(/\d/);
    expect(all).not.toMatch(/(?<![\p{L}])\p{Lu}{2,}/u);
    expect(all).toContain('Tham mưu Ban Chỉ đạo ba mươi lăm tỉnh');
    expect(all).toContain('Quyết định số hai trăm ba mươi tám, quy đê, tê vê kép ngày hai mươi tháng chín năm hai nghìn không trăm hai mươi');
    expect(all).toContain('Đồng chí Phạm Đức Tiến, Phó Vụ trưởng');
  });

  it('leaves out the web page a directive was copied from, and nothing else', () => {
    const body = '<PageBefore>\n\nTrang chủ | Tin tức 12/2024\n\n</PageBefore>\n\nThực hiện Kế hoạch số 05/KH-UBND.\n\n<PageAfter>\n\nTin liên quan\n\n</PageAfter>\n';
    expect(scriptOfBody(parseBody(body)).map((b) => b.spoken)).toEqual([['Thực hiện Kế hoạch số năm, ca hát, u bê en dê.']]);
  });

  it('reads Markdown lists with their numbers', () => {
    const blocks = scriptOfBody(parseBody('3. Tuyên truyền 95%\n4. Tổ chức\n\n- Phối hợp\n'));
    expect(blocks.map((b) => b.spoken[0])).toEqual(['Ba. Tuyên truyền chín mươi lăm phần trăm.', 'Bốn. Tổ chức.', 'Phối hợp.']);
  });

  it('the slogans, one by one', () => {
    const blocks = scriptOfSlogans(SEED_001_SLOGANS);
    expect(blocks.map((b) => b.spoken[0])).toEqual(SEED_001_SLOGANS);
    expect(scriptOfSlogans(['Nhiệt liệt chào mừng 95 năm Ngày thành lập Đảng (03/02/1930 - 03/02/2025)!']).map((b) => b.spoken[0]))
      .toEqual(['Nhiệt liệt chào mừng chín mươi lăm năm Ngày thành lập Đảng (mồng ba tháng hai năm một nghìn chín trăm ba mươi - mồng ba tháng hai năm hai nghìn không trăm hai mươi lăm)!']);
  });

  it('cuts long blocks into utterances at sentence ends, never losing a word', () => {
    const text = scriptOf(SEED_001).map((b) => b.spoken.join(' ')).join(' ');
    const parts = utterances(text, 220);
    expect(Math.max(...parts.map((p) => p.length))).toBeLessThanOrEqual(220);
    expect(parts.join(' ').split(/\s+/)).toEqual(text.split(/\s+/).filter(Boolean));
    expect(utterances('Một. Hai; ba', 5)).toEqual(['Một.', 'Hai;', 'ba']);
  });
});

/** The lowercase words of a line, less the written abbreviations that are read as other words ("v.v."). */
function plainWords(line: string): string[] {
  let s = line.normalize('NFC');
  for (const [w] of DOTTED) s = s.split(w).join(' ');
  return (s.match(/(?<![\p{L}\p{N}&])\p{Ll}+(?![\p{L}\p{N}&])/gu) ?? []);
}

/** `want` is a subsequence of `got`. */
function inOrder(want: string[], got: string[]): string | undefined {
  let j = 0;
  for (const w of want) {
    while (j < got.length && got[j] !== w) j++;
    if (j === got.length) return w;
    j++;
  }
  return undefined;
}

describe('nothing dropped, on every real text', () => {
  const texts = [
    ...seedFiles().map((f) => [`seed ${f}`, seedText(f)] as const),
    ...readdirSync(REALWORLD_DIR).filter((f) => f.endsWith('.txt')).map((f) => [f, readFileSync(join(REALWORLD_DIR, f), 'utf8')] as const),
  ];
  it('reads 24 texts', () => expect(texts.length).toBe(24));
  it.each(texts)('%s', (_, text) => {
    const problems: string[] = [];
    for (const line of text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean)) {
      const spoken = speakBlockStart(line);
      const marker = speakMarker(line); // a list letter ("b)") is said by its name: checked above
      const lost = inOrder(plainWords(marker ? line.slice(marker.written.length) : line), (spoken.toLowerCase().match(/\p{L}+/gu) ?? []));
      if (lost) problems.push(`"${lost}" lost in: ${line.slice(0, 120)}`);
      if (/\d/.test(spoken)) problems.push(`digit left in: ${spoken.slice(0, 160)}`);
      const caps = spoken.match(/(?<![\p{L}\p{N}])\p{Lu}{2,}(?![\p{L}])/gu);
      if (caps) problems.push(`${caps.join(' ')} left in: ${spoken.slice(0, 160)}`);
    }
    expect(problems).toEqual([]);
  });
});
