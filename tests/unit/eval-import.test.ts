/**
 * npm run eval:import: the scoring rules of ../shared/realworld/README.md ("How to score") on small
 * hand-made gold/prediction pairs, gold.json validation, and a run over the real set. Scores of the
 * real set are not pinned: they move as the importer improves.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareDates, goldKey, nameSimilarity, normaliseSlogan, withoutContext } from '../../src/eval/compare.ts';
import { GoldError, parseGold, readGold, type GoldCitation, type GoldFile } from '../../src/eval/gold.ts';
import type { PredictedCitation, Prediction } from '../../src/eval/prediction.ts';
import { scoreCitations, scoreDate, scoreEnum, scoreFile, scoreIssuer, scoreNumber, scoreSlogans, scoreType } from '../../src/eval/score.ts';
import { predictText } from '../../src/eval/predict.ts';
import { fileTable, mismatches } from '../../src/eval/table.ts';
import { TARGETS, targetMet, totalsOf, valueOf } from '../../src/eval/totals.ts';
import { ROOT } from '../helpers/seeds.ts';
import { tempDir } from '../helpers/temp.ts';

const cite = (keys: string[], date: string | null, as_written: string, extra: Partial<GoldCitation> = {}): GoldCitation => ({
  keys, date, as_written, name_only: keys.length === 0, type: 'Nghị quyết', issuer: null, ...extra,
});

function gold(over: Partial<GoldFile> = {}, self: Partial<GoldFile['self']> = {}): GoldFile {
  return {
    id: '01', file: '01_x.txt', level: 'province', system: 'party', truncated: false, full_length: false, chars: 100, source: 'test',
    self: { type: 'Kế hoạch', number: '05-KH/TU', date: '2024-03-01', issuer: 'Ban Thường vụ Tỉnh ủy', keys: ['05khtu', '5khtu'], in_body: false, ...self },
    citations: [], slogans: [], not_citations: [],
    ...over,
  };
}

const numbered = (printed: string, date: string | null = null, extra: Partial<PredictedCitation> = {}): PredictedCitation => ({ printed, date, raw: printed, ...extra });
const named = (raw: string): PredictedCitation => ({ date: null, raw });

describe('compare: the README key, dates, names, slogans', () => {
  it('key() follows the README examples, keeping leading zeros', () => {
    expect(goldKey('18-NQ/TW')).toBe('18nqtw');
    expect(goldKey('112/QĐ-TTg')).toBe('112qdttg');
    expect(goldKey('115- HD/BTGW')).toBe('115hdbtgw');
    expect(goldKey('102/2025/NQLT/UBTVQH15-CP- ĐCTUBTWMTTQVN')).toBe('1022025nqltubtvqh15cpdctubtwmttqvn');
    expect(goldKey('296‑QĐ/TW')).toBe('296qdtw');
    expect(goldKey('Số 57\\-NQ/TW')).toBe('so57nqtw');
    expect(goldKey('05-CT/TW')).toBe('05cttw');
  });

  it('dates: exact, partial (same year, same month where both give one), wrong, missing, invented, none', () => {
    expect(compareDates('2025-11-18', '2025-11-18')).toBe('exact');
    expect(compareDates('2025-11', '2025-11')).toBe('exact');
    expect(compareDates('2025-11-18', '2025-11-20')).toBe('partial');
    expect(compareDates('2025-11', '2025-11-18')).toBe('partial');
    expect(compareDates('2025-11-18', '2025')).toBe('partial');
    expect(compareDates('2025-11-18', '2025-10-18')).toBe('wrong');
    expect(compareDates('2025-11-18', '2024-11-18')).toBe('wrong');
    expect(compareDates('2025-11-18', null)).toBe('missing');
    expect(compareDates(null, '2025-11-18')).toBe('invented');
    expect(compareDates(null, null)).toBe('none');
  });

  it('names: accent- and case-insensitive word overlap, abbreviations expanded, gold context dropped', () => {
    expect(nameSimilarity('BAN TUYÊN GIÁO TRUNG ƯƠNG', 'Ban Tuyên giáo Trung ương')).toBe(1);
    expect(nameSimilarity('Ban Thường trực Ủy ban MTTQ Việt Nam xã Lương Minh', 'Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh')).toBe(1);
    expect(nameSimilarity('UBND tỉnh Sơn La', 'Ủy ban nhân dân tỉnh Sơn La')).toBe(1);
    expect(nameSimilarity('Ban Tuyên giáo Tỉnh ủy', 'Ủy ban nhân dân huyện')).toBeLessThan(0.6);
    expect(nameSimilarity('', 'Ban')).toBe(0);
    expect(withoutContext('Ban Tuyên giáo Quận ủy Cầu Giấy (Hà Nội)')).toBe('Ban Tuyên giáo Quận ủy Cầu Giấy');
  });

  it('slogans: NFC, trimmed, white space collapsed, a leading list marker dropped', () => {
    expect(normaliseSlogan('  - Đảng Cộng sản Việt Nam\u00a0 quang vinh muôn năm! ')).toBe('Đảng Cộng sản Việt Nam quang vinh muôn năm!');
    for (const m of ['1.', '12)', 'a)', '–', '•', '+', '*']) expect(normaliseSlogan(`${m} Muôn năm!`)).toBe('Muôn năm!');
    expect(normaliseSlogan('Mu\u00f4n n\u0103m!'.normalize('NFD'))).toBe('Muôn năm!');
    // a number that begins the slogan itself is not a marker
    expect(normaliseSlogan('48 năm Ngày Giải phóng!')).toBe('48 năm Ngày Giải phóng!');
  });
});

describe('gold.json validation names the file, the entry and the field', () => {
  const valid = () => {
    const { id: _id, ...entry } = gold({ citations: [cite(['18nqtw'], '2017-10-25', 'Nghị quyết số 18-NQ/TW')] });
    return { _note: 'skipped', '01': entry };
  };

  it('accepts a valid file and skips "_" keys', () => {
    const files = parseGold(valid(), 'gold.json');
    expect(files.map((f) => f.id)).toEqual(['01']);
    expect(files[0]!.citations[0]!.keys).toEqual(['18nqtw']);
  });

  it.each([
    ['a citation key that is not normalised', (g: any) => { g['01'].citations[0].keys = ['18-NQ/TW']; }, 'gold.json: "01".citations[0].keys[0]: "18-NQ/TW" is not a normalised key'],
    ['a bad date', (g: any) => { g['01'].self.date = '25/10/2017'; }, 'gold.json: "01".self.date: expected an ISO date'],
    ['a wrong level', (g: any) => { g['01'].level = 'village'; }, 'gold.json: "01".level:'],
    ['a missing field', (g: any) => { delete g['01'].slogans; }, 'gold.json: "01".slogans:'],
    ['keys without a number', (g: any) => { g['01'].self.number = null; }, 'gold.json: "01".self.keys: keys must be empty exactly when number is null'],
    ['name_only with keys', (g: any) => { g['01'].citations[0].name_only = true; }, 'gold.json: "01".citations[0].name_only:'],
  ])('%s', (_what, spoil, message) => {
    const g = valid();
    spoil(g);
    expect(() => parseGold(g, 'gold.json')).toThrow(GoldError);
    expect(() => parseGold(g, 'gold.json')).toThrow(message);
  });

  it('names every problem, not only the first', () => {
    const g: any = valid();
    g['02'] = { ...g['01'], system: 'church' };
    g['01'].chars = -1;
    let message = '';
    try { parseGold(g, 'x/gold.json'); } catch (e) { message = (e as Error).message; }
    expect(message).toContain('x/gold.json: "01".chars:');
    expect(message).toContain('x/gold.json: "02".system:');
  });

  it('readGold: a labelled file missing from the folder, a missing or broken gold.json', () => {
    const dir = tempDir('gold');
    expect(() => readGold(dir)).toThrow(`${join(dir, 'gold.json')}: not found`);
    writeFileSync(join(dir, 'gold.json'), '{');
    expect(() => readGold(dir)).toThrow('not valid JSON');
    writeFileSync(join(dir, 'gold.json'), JSON.stringify(valid()));
    expect(() => readGold(dir)).toThrow(`"01".file: no file "01_x.txt" in ${dir}`);
    writeFileSync(join(dir, '01_x.txt'), 'Số: 05-KH/TU\n');
    expect(readGold(dir)).toHaveLength(1);
  });
});

describe('numbered citations (README rules 1 and 2)', () => {
  const g = gold({
    citations: [
      cite(['18nqtw'], '2017-10-25', 'Nghị quyết số 18-NQ/TW ngày 25/10/2017'),
      cite(['05cttw', '5cttw'], null, 'Chỉ thị 05 của Bộ Chính trị', { bare_keys: ['05'] }),
      cite(['46cttw'], '2025-05-16', 'Chỉ thị số 46-CT/TW ngày 16/5/2025'),
      cite([], null, 'Nghị quyết Đại hội XIII của Đảng', { name_only: true }),
    ],
    not_citations: [{ text: '12/2025', why: 'month/year' }],
  });

  it('own-number predictions are neither hit nor miss', () => {
    const s = scoreCitations(g, [numbered('05-KH/TU'), numbered('5-KH/TU'), numbered('18-NQ/TW', '2017-10-25')]);
    expect(s).toMatchObject({ selfDropped: 2, predicted: 1, truePositives: 1, gold: 3 });
    expect(s.falsePositives).toEqual([]);
  });

  it('duplicates are one prediction; the first dated mention gives the date', () => {
    const s = scoreCitations(g, [numbered('18-NQ/TW'), numbered('18/NQ-TW', '2017-10-25'), numbered('18 - NQ/TW', '2017-10-26')]);
    expect(s).toMatchObject({ predicted: 1, truePositives: 1 });
    expect(s.hits[0]!.predicted.date).toBe('2017-10-25');
    expect(s.dates.exact).toBe(1);
  });

  it('a later mention\'s fuller date refines a first mention\'s year ("năm 2017", then "ngày 25/10/2017"); a different date does not', () => {
    const s = scoreCitations(g, [numbered('18-NQ/TW', '2017'), numbered('18-NQ/TW', '2017-10-25')]);
    expect(s.hits[0]!.predicted.date).toBe('2017-10-25');
    expect(scoreCitations(g, [numbered('18-NQ/TW', '2016'), numbered('18-NQ/TW', '2017-10-25')]).hits[0]!.predicted.date).toBe('2016');
  });

  it('bare_keys hit; a second spelling of a hit document is a false positive marked duplicate', () => {
    const s = scoreCitations(g, [numbered('05'), numbered('5-CT/TW')]);
    expect(s.truePositives).toBe(1);
    expect(s.falsePositives).toEqual([expect.objectContaining({ key: '5cttw', duplicateOf: 'Chỉ thị 05 của Bộ Chính trị' })]);
    expect(s.predicted).toBe(2);
  });

  it('not_citations: a false positive inside a trap text (by span, or by key) is marked as a trap', () => {
    const text = 'Trong tháng 12/2025 tổ chức.';
    const bySpan = scoreCitations(g, [numbered('12/2025', null, { start: 12, end: 19 })], text);
    expect(bySpan.falsePositives[0]!.trap).toBe('month/year');
    const byKey = scoreCitations(g, [numbered('12/2025')]);
    expect(byKey.falsePositives[0]!.trap).toBe('month/year');
    const elsewhere = scoreCitations(g, [numbered('99-KH/TU', null, { start: 0, end: 6 })], text);
    expect(elsewhere.falsePositives[0]!.trap).toBeUndefined();
    expect(elsewhere.truePositives).toBe(0);
  });

  it('dates over hits: exact, partial, wrong, missing, invented', () => {
    const gd = gold({
      citations: [
        cite(['1khtu'], '2024-01-05', 'a'), cite(['2khtu'], '2024-01-05', 'b'), cite(['3khtu'], '2024-01-05', 'c'),
        cite(['4khtu'], '2024-01-05', 'd'), cite(['6khtu'], null, 'e'), cite(['7khtu'], null, 'f'),
      ],
    });
    const s = scoreCitations(gd, [
      numbered('1-KH/TU', '2024-01-05'), numbered('2-KH/TU', '2024-01-09'), numbered('3-KH/TU', '2023-01-05'),
      numbered('4-KH/TU'), numbered('6-KH/TU', '2024-02-02'), numbered('7-KH/TU'),
    ]);
    expect(s.dates).toEqual({ exact: 1, partial: 1, wrong: 1, missing: 1, invented: 1, none: 1 });
    const t = totalsOf([scoreFile(gd, { ...emptyPrediction(), citations: [numbered('1-KH/TU', '2024-01-05'), numbered('2-KH/TU', '2024-01-09'), numbered('6-KH/TU', '2024-02-02')] })]);
    expect(t.citationDates).toEqual({ num: 1, den: 2 });
    expect(t.citationDatesInvented).toBe(1);
    expect(t.citationDatesPartial).toBe(1);
  });

  it('a number read cut short is a false positive pointing at the gold citation it belongs to', () => {
    const g102 = gold({ citations: [cite(['1022025nqltubtvqh15cpdctubtwmttqvn'], '2025-09-26', 'Nghị quyết liên tịch số 102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN')] });
    const s = scoreCitations(g102, [numbered('102/2025/NQLT-UBTVQH15-CP')]);
    expect(s.truePositives).toBe(0);
    expect(s.falsePositives[0]!.partOf).toBe('Nghị quyết liên tịch số 102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN');
  });

  it('recall over gold numbered citations, precision over scored predictions', () => {
    const s = scoreCitations(g, [numbered('46-CT/TW', '2025-05-16'), numbered('99-KH/TU')]);
    expect(s).toMatchObject({ gold: 3, predicted: 2, truePositives: 1 });
    expect(s.missed.map((m) => m.keys[0])).toEqual(['18nqtw', '05cttw']);
  });
});

describe('name-only citations (README rule 3): recall only, token overlap ≥ 0.6, one-to-one', () => {
  const g = gold({
    citations: [
      cite([], null, 'Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân', { type: 'Luật' }),
      cite([], '2025-06-24', 'Luật sửa đổi, bổ sung một số điều của Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân ngày 24/6/2025', { type: 'Luật' }),
      cite([], null, 'Nghị quyết Đại hội XIII của Đảng'),
    ],
  });

  it('a prediction found for each by overlap; unmatched predictions cost nothing', () => {
    const s = scoreCitations(g, [
      named('NGHỊ QUYẾT ĐẠI HỘI XIII CỦA ĐẢNG'),
      named('Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân'),
      named('Biên bản hội nghị hiệp thương'),
    ]);
    expect(s.nameOnly.gold).toBe(3);
    expect(s.nameOnly.found).toBe(2);
    // one prediction finds one gold entry: the bare law name goes to the law, not also to its amendment
    expect(s.nameOnly.missed.map((m) => m.gold.as_written)).toEqual([g.citations[1]!.as_written]);
    // the closest prediction is named, to show how near the finder came
    expect(s.nameOnly.missed[0]!.closest?.raw).toBe('Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân');
    expect(s.predicted).toBe(0);
  });

  it('below the threshold is not found', () => {
    expect(scoreCitations(g, [named('Nghị quyết Trung ương 4')]).nameOnly.found).toBe(0);
  });
});

function emptyPrediction(over: Partial<Prediction> = {}): Prediction {
  return { type: null, number: null, date: null, issuer: null, level: null, system: null, slogans: [], citations: [], warnings: [], ...over };
}

describe('self (README rule 4), level and system', () => {
  it('type: case-insensitive; null = null is right; every file counts', () => {
    expect(scoreType('Kế hoạch', 'KẾ HOẠCH')).toMatchObject({ counted: true, right: true });
    expect(scoreType('Kế hoạch', null)).toMatchObject({ counted: true, right: false });
    expect(scoreType(null, null)).toMatchObject({ counted: true, right: true });
  });

  it('number: key in self.keys (zero-stripped or not); counted only where gold or prediction has one', () => {
    const self = gold().self;
    expect(scoreNumber(self, '05-KH/TU')).toMatchObject({ counted: true, right: true });
    expect(scoreNumber(self, '5/KH-TU')).toMatchObject({ counted: true, right: true });
    expect(scoreNumber(self, '06-KH/TU')).toMatchObject({ counted: true, right: false });
    expect(scoreNumber(self, null)).toMatchObject({ counted: true, right: false });
    const none = gold({}, { number: null, keys: [] }).self;
    expect(scoreNumber(none, null)).toMatchObject({ counted: false, right: true });
    expect(scoreNumber(none, '12-KH/TU')).toMatchObject({ counted: true, right: false });
  });

  it('date: exact is right, partial is not, both null is not counted', () => {
    expect(scoreDate('2025-11', '2025-11')).toMatchObject({ counted: true, right: true });
    expect(scoreDate('2025-11-18', '2025-11')).toMatchObject({ counted: true, right: false, agreement: 'partial' });
    expect(scoreDate(null, null)).toMatchObject({ counted: false });
    expect(scoreDate(null, '2025-01-01')).toMatchObject({ counted: true, right: false, agreement: 'invented' });
  });

  it('issuer: fuzzy against gold without its (context)', () => {
    const s = scoreIssuer('Ủy ban nhân dân tỉnh Sơn La (Sơn La)', 'UBND tỉnh Sơn La');
    expect(s).toMatchObject({ counted: true, right: true, similarity: 1 });
    expect(scoreIssuer('Ban Tuyên giáo Tỉnh ủy Hà Tĩnh', 'Ủy ban nhân dân')).toMatchObject({ right: false });
    expect(scoreIssuer('Ban Tuyên giáo Tỉnh ủy Hà Tĩnh', null)).toMatchObject({ counted: true, right: false, similarity: null });
    expect(scoreIssuer(null, null)).toMatchObject({ counted: false });
  });

  it('level: ward is commune; system: mass_org is mass', () => {
    expect(scoreEnum('ward', 'commune').right).toBe(true);
    expect(scoreEnum('mass_org', 'mass').right).toBe(true);
    expect(scoreEnum('province', null).right).toBe(false);
  });
});

describe('slogans (README rule 5)', () => {
  it('precision and recall after normalisation, each gold slogan matched once', () => {
    const s = scoreSlogans(['Muôn năm!', 'Đoàn kết!', 'Thi đua!'], ['- Muôn năm!', '- Muôn năm!', '2. Đoàn  kết!', 'Trên đây là kế hoạch.']);
    expect(s).toMatchObject({ gold: 3, predicted: 4, truePositives: 2, missed: ['Thi đua!'] });
    expect(s.extra).toEqual(['Muôn năm!', 'Trên đây là kế hoạch.']);
  });

  it('slogans_last_truncated: the cut last slogan matches by prefix, or is excused when absent', () => {
    const goldList = ['Muôn năm!', 'Sáng suốt lựa chọn những người tiêu biểu về đức, tài, xứng đáng đại diện cho'];
    const prefix = scoreSlogans(goldList, ['Muôn năm!', 'Sáng suốt lựa chọn những người tiêu biểu về đức, tài, xứng đáng đại diện cho Nhân dân!'], true);
    expect(prefix).toMatchObject({ gold: 2, truePositives: 2, missed: [], extra: [] });
    const absent = scoreSlogans(goldList, ['Muôn năm!'], true);
    expect(absent).toMatchObject({ gold: 1, truePositives: 1, missed: [], excused: goldList[1] });
    const notTruncated = scoreSlogans(goldList, ['Muôn năm!'], false);
    expect(notTruncated).toMatchObject({ gold: 2, truePositives: 1 });
  });
});

describe('totals and targets', () => {
  it('micro-averages over files; refused and crashed are counted; targets met or missed', () => {
    const g1 = gold({ slogans: ['A!', 'B!'] });
    const g2 = gold({ id: '02', slogans: [] }, { number: null, keys: [], date: null });
    const right = emptyPrediction({ type: 'Kế hoạch', number: '05-KH/TU', date: '2024-03-01', issuer: 'Ban Thường vụ Tỉnh ủy', level: 'province', system: 'party', slogans: ['A!', 'B!', 'C!'] });
    const t = totalsOf([scoreFile(g1, right), scoreFile(g2, emptyPrediction({ refused: 'not a directive' }))]);
    expect(t).toMatchObject({ files: 2, refused: 1, crashed: 0 });
    expect(t.type).toEqual({ num: 1, den: 2 });
    expect(t.number).toEqual({ num: 1, den: 1 });
    expect(t.date).toEqual({ num: 1, den: 1 });
    expect(t.slogansPrecision).toEqual({ num: 2, den: 3 });
    expect(t.slogansRecall).toEqual({ num: 2, den: 2 });
    expect(valueOf(t.citationsRecall)).toBeNull();
    const met = Object.fromEntries(TARGETS.map((x) => [x.label, targetMet(x, t)]));
    expect(met).toMatchObject({ refused: false, crashed: true, type: false, 'own number': true, 'slogans precision': false, 'citations recall': null });
  });
});

describe('predictText: the importer and the finder in gold terms', () => {
  const sha = 'a'.repeat(64);

  it('a number without its sequence is no number; the type is the Vietnamese name; the header line is not a citation', () => {
    const text = 'Số: /KH-UBND\nSơn La, ngày 11 tháng 3 năm 2020\n\nKẾ HOẠCH\nTuyên truyền\n\nThực hiện Chỉ thị số 37-CT/TW ngày 05/01/2020 của Ban Bí thư, Ủy ban nhân dân tỉnh xây dựng kế hoạch.\n';
    const p = predictText(text, 'x.txt', sha);
    expect(p.refused).toBeUndefined();
    expect(p).toMatchObject({ type: 'Kế hoạch', number: null, date: '2020-03-11' });
    expect(p.citations.map((c) => [c.printed, c.date, c.line])).toEqual([['37-CT/TW', '2020-01-05', 7]]);
  });

  it('a refusal is reported, not thrown, and the finder still reads the text', () => {
    const p = predictText('Trang chủ | Tin tức\nXem Nghị quyết số 18-NQ/TW ngày 25/10/2017.\n', 'x.txt', sha);
    expect(p.refused).toMatch(/not a directive/);
    expect(p).toMatchObject({ type: null, number: null, slogans: [] });
    expect(p.citations.map((c) => c.printed)).toEqual(['18-NQ/TW']);
  });
});

describe('reports', () => {
  it('--verbose mismatches: gold vs predicted, where each false positive is, traps, date disagreements, relevant warnings', () => {
    const g = gold({
      citations: [cite(['18nqtw'], '2017-10-25', 'Nghị quyết số 18-NQ/TW ngày 25/10/2017'), cite(['19nqtw'], null, 'Nghị quyết số 19-NQ/TW')],
      not_citations: [{ text: '12/2025', why: 'month/year' }],
      slogans: ['Muôn năm!'],
    });
    const p = emptyPrediction({
      type: 'Hướng dẫn', number: '05-KH/TU', date: '2024-03', issuer: 'Ban Thường vụ Tỉnh ủy', level: 'province', system: 'party',
      citations: [numbered('18-NQ/TW', '2017-10-26', { line: 4 }), numbered('12/2025', null, { line: 9 })],
      warnings: ['date:2: partial date: only 2024-03 is printed', 'title:1: no subject'],
    });
    const text = mismatches(scoreFile(g, p));
    expect(text).toContain('type      gold "Kế hoạch"  got "Hướng dẫn"');
    expect(text).toContain('date      gold "2024-03-01"  got "2024-03"  (partial)');
    expect(text).toContain('slogan missed   "Muôn năm!"');
    expect(text).toContain('citation missed 19nqtw  "Nghị quyết số 19-NQ/TW"');
    expect(text).toContain('citation extra  122025  line 9: "12/2025"  [trap: month/year]');
    expect(text).toContain('citation date   18nqtw  gold "2017-10-25"  got "2017-10-26"  (partial)  line 4:');
    expect(text).toContain('importer warned date:2: partial date');
    expect(text).not.toContain('title:1');
    expect(text).not.toContain('number ');
  });

  it('a file with nothing wrong has no mismatches; the file table has one row per file', () => {
    const g = gold();
    const p = emptyPrediction({ type: 'Kế hoạch', number: '05-KH/TU', date: '2024-03-01', issuer: 'Ban Thường vụ Tỉnh ủy', level: 'province', system: 'party' });
    const s = scoreFile(g, p);
    expect(mismatches(s)).toBe('');
    const lines = fileTable([s, s]).split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[2]).toMatch(/^01  01_x\.txt  ok +✓ +✓ +✓ +✓ 1\.00 +✓ +✓ +– +– +– +– +– +–$/);
  });
});

describe('eval:import on ../shared/realworld', () => {
  const REALWORLD = join(ROOT, '..', 'shared', 'realworld');
  const cli = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'scripts/eval-import.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
  const inRange = (r: { num: number; den: number }) => r.num >= 0 && r.num <= r.den;

  it('prints 21 file rows and the totals with every target marked', () => {
    const r = cli('../shared/realworld');
    expect(r.status).toBe(0);
    const table = r.stdout.slice(0, r.stdout.indexOf('Totals'));
    const rows = table.split('\n').filter((l) => /^\d\d  \d\d_/.test(l));
    expect(rows).toHaveLength(21);
    for (const t of TARGETS) expect(r.stdout).toMatch(new RegExp(`^${t.label} .*(met|MISSED|n/a)$`, 'm'));
  });

  it('--json: 21 scored files, every ratio in range, counts consistent', () => {
    const r = cli(REALWORLD, '--json', '-');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.folders).toHaveLength(1);
    const files = out.folders[0].files;
    expect(files).toHaveLength(21);
    expect(new Set(files.map((f: { id: string }) => f.id)).size).toBe(21);
    const t = out.totals;
    expect(t.files).toBe(21);
    expect(t.refused + t.crashed).toBeLessThanOrEqual(21);
    for (const k of ['type', 'number', 'date', 'issuer', 'level', 'system', 'slogansPrecision', 'slogansRecall', 'citationsPrecision', 'citationsRecall', 'citationDates', 'nameOnlyRecall']) {
      expect(inRange(t[k]), k).toBe(true);
    }
    // the gold side does not depend on the tools: 21 files, every one counted for type and level
    expect(t.type.den).toBe(21);
    expect(t.level.den).toBe(21);
    expect(t.citationsRecall.den).toBe(files.reduce((n: number, f: { citations: { gold: number } }) => n + f.citations.gold, 0));
    expect(out.targets).toHaveLength(TARGETS.length);
  });

  it('--only scores one file; --verbose lists its mismatches; two folders get overall totals', () => {
    const one = cli(REALWORLD, '--only', '15', '--verbose');
    expect(one.stdout).toContain('== ');
    expect(one.stdout.split('\n').filter((l) => /^\d\d  \d\d_/.test(l))).toHaveLength(1);
    expect(one.stdout).toMatch(/Mismatches \(gold vs predicted\)\n(?:15 15_tw-btgtw|none)/);
    const two = cli(REALWORLD, REALWORLD, '--only', '02');
    expect(two.stdout).toContain('== Totals over 2 folders (2 files)');
  });

  it('--explain prints the definitions; a bad gold.json exits 2 naming the field', () => {
    const ex = cli('--explain');
    expect(ex.status).toBe(0);
    expect(ex.stdout).toContain('micro-averaged');
    const dir = tempDir('eval');
    writeFileSync(join(dir, 'gold.json'), JSON.stringify({ '01': { file: 'x.txt' } }));
    const bad = cli(dir);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain(`${join(dir, 'gold.json')}: "01".level:`);
    expect(cli().status).toBe(2);
    expect(cli(REALWORLD, '--only', '99').stderr).toContain('--only: no file labelled "99"');
    expect(cli(dir, '--bogus').stderr).toContain('unknown option --bogus');
  });

  it('--check exits 1 when a target is missed, and only then', () => {
    const dir = tempDir('eval');
    writeFileSync(join(dir, '01_x.txt'), 'Số: 05-KH/TU\nĐắk Lắk, ngày 01 tháng 3 năm 2024\n\nKẾ HOẠCH\nTuyên truyền\n\nThực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương, Ban Thường vụ Tỉnh ủy xây dựng kế hoạch.\n');
    const { id: _id, ...entry } = gold({}, { type: 'Chỉ thị' }); // the text is a Kế hoạch: the type target cannot be met
    writeFileSync(join(dir, 'gold.json'), JSON.stringify({ '01': entry }));
    expect(cli(dir).status).toBe(0);
    const checked = cli(dir, '--check');
    expect(checked.status).toBe(1);
    expect(checked.stdout).toMatch(/^type .*MISSED$/m);
  });

  it('evaluateFolder agrees with the CLI on the file list', async () => {
    const { evaluateFolder } = await import('../../src/eval/run.ts');
    const r = await evaluateFolder(REALWORLD);
    expect(r.files.map((f) => f.file)).toEqual(readGold(REALWORLD).map((g) => g.file));
    for (const f of r.files) {
      expect(f.citations.truePositives).toBeLessThanOrEqual(Math.min(f.citations.gold, f.citations.predicted));
      expect(f.slogans.truePositives).toBeLessThanOrEqual(f.slogans.gold);
    }
  });
});

describe('the web address of each text (gold `source`)', () => {
  it('is given to the importer by default, and not with withAddress = false', async () => {
    const { evaluateFolder, webAddressOf } = await import('../../src/eval/run.ts');
    expect(webAddressOf('https://stc.bacgiang.gov.vn/a')).toBe('https://stc.bacgiang.gov.vn/a');
    expect(webAddressOf('github:owner/repo path @abc')).toBeUndefined();
    // A page of slogans from a province hospital's site that names no issuing body.
    const folder = join(ROOT, 'tests/fixtures/realworld-heldout-4');
    const [told] = (await evaluateFolder(folder, ['08'])).files;
    const [blind] = (await evaluateFolder(folder, ['08'], false)).files;
    expect(told!.level).toMatchObject({ gold: 'province', predicted: 'province', right: true });
    expect(blind!.level).toMatchObject({ gold: 'province', predicted: null, right: false });
  });
});

describe('issuer names written with a body\'s own abbreviations', () => {
  it('"BCH HND tỉnh Quảng Nam" is "Ban Chấp hành Hội Nông dân tỉnh Quảng Nam"', async () => {
    const { nameSimilarity } = await import('../../src/eval/compare.ts');
    expect(nameSimilarity('BCH HND tỉnh Quảng Nam', 'Ban Chấp hành Hội Nông dân tỉnh Quảng Nam')).toBe(1);
    expect(nameSimilarity('BTG TW', 'Ban Tuyên giáo Trung ương')).toBe(1);
    expect(nameSimilarity('BCH HND tỉnh Quảng Nam', 'Ban Chấp hành Hội Liên hiệp Phụ nữ tỉnh Quảng Nam')).toBeLessThan(1);
  });
});
