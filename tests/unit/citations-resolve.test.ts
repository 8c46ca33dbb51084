/**
 * Resolving citations within one text (src/citations/mentions.ts): short mentions take their
 * earlier full mention, context (khóa) decides, several candidates stay ambiguous, the directive's
 * own number is not a citation.
 */
import { describe, expect, it } from 'vitest';
import { findCitations } from '../../src/citations/find.ts';
import { resolveMentions, sentenceAround, type OwnIdentity } from '../../src/citations/mentions.ts';
import { centralTermOf, normaliseTerm } from '../../src/model/party-term.ts';
import { seedFiles, seedText } from '../helpers/seeds.ts';

const lineAt = (text: string) => (o: number) => text.slice(0, o).split('\n').length;
const resolve = (text: string, own: OwnIdentity = {}) => resolveMentions(text, findCitations(text), own, lineAt(text));
const view = (text: string, own?: OwnIdentity) =>
  resolve(text, own).map((m) => ({ raw: m.raw, kind: m.inText.kind, ...(m.inText.kind === 'antecedent' ? { of: m.inText.of } : {}), ...(m.inText.kind === 'ambiguous' ? { among: m.inText.among } : {}), date: m.facts.date, term: m.facts.term }));

describe('party terms', () => {
  it('a central date gives its term; a year across a congress gives none', () => {
    expect(centralTermOf('2017-10-25')).toBe('XII');
    expect(centralTermOf('2022-06-16')).toBe('XIII');
    expect(centralTermOf('2016-01-27')).toBe('XI');
    expect(centralTermOf('2016-01-28')).toBe('XII');
    expect(centralTermOf('2017')).toBe('XII');
    expect(centralTermOf('2021')).toBeUndefined();
    expect(centralTermOf('2026-11')).toBe('XIV');
    expect(centralTermOf(undefined)).toBeUndefined();
  });
  it('terms as written', () => {
    expect(normaliseTerm('khóa XII')).toBe('XII');
    expect(normaliseTerm('Khoá xiii')).toBe('XIII');
    expect(normaliseTerm('lần thứ 6')).toBeUndefined();
  });
});

describe('resolveMentions', () => {
  it('a later short mention takes the earlier full one, hyphen/slash variants included', () => {
    const text = 'Thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII. Tổng kết Nghị quyết số 18/NQ-TW và Nghị quyết 18 - NQ/TW.';
    expect(view(text)).toEqual([
      { raw: 'Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII', kind: 'stated', date: '2017-10-25', term: 'XII' },
      { raw: 'Nghị quyết số 18/NQ-TW', kind: 'antecedent', of: 0, date: '2017-10-25', term: 'XII' },
      { raw: 'Nghị quyết 18 - NQ/TW', kind: 'antecedent', of: 0, date: '2017-10-25', term: 'XII' },
    ]);
  });

  it('two documents with one number (seed 004 shape): a bare mention is ambiguous, a term picks one', () => {
    const text = [
      'Nghị quyết số 18-NQ/TW, ngày 16/6/2022 của Ban Chấp hành Trung ương về đất đai.',
      'Nghị quyết số 18-NQ/TW, ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII về bộ máy.',
      'Tiếp tục thực hiện Nghị quyết số 18-NQ/TW.',
      'Tổng kết Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XII.',
      'Sử dụng đất theo Nghị quyết số 18-NQ/TW khóa XIII.',
    ].join('\n');
    expect(view(text).map((v) => [v.kind, v.of ?? v.among, v.date])).toEqual([
      ['stated', undefined, '2022-06-16'],
      ['stated', undefined, '2017-10-25'],
      ['ambiguous', [0, 1], undefined],
      ['antecedent', 1, '2017-10-25'],
      ['antecedent', 0, '2022-06-16'],
    ]);
  });

  it('with no earlier full mention, the text\'s only later one (a title naming the resolution first)', () => {
    const text = 'KẾ HOẠCH tổng kết Nghị quyết số 18-NQ/TW\n\nThực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII.';
    expect(view(text).map((v) => [v.kind, v.of])).toEqual([['antecedent', 1], ['stated', undefined]]);
  });

  it('a term alone (seed 001: "của Ban Chấp hành Trung ương Đảng khóa XII") is left to the corpus, its followers tie to it', () => {
    const text = 'Tổng kết Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XII (sau đây gọi tắt là Nghị quyết số 18-NQ/TW). Về Nghị quyết số 18-NQ/TW.';
    expect(view(text).map((v) => [v.kind, v.of, v.term])).toEqual([['open', undefined, 'XII'], ['antecedent', 0, 'XII'], ['antecedent', 0, 'XII']]);
  });

  it('a mention that disagrees on the term is not tied to a full mention of another term', () => {
    const text = 'Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII. Nghị quyết số 18-NQ/TW khóa XIII.';
    expect(view(text).map((v) => v.kind)).toEqual(['stated', 'open']);
  });

  it('the directive\'s own number is "self", in any spelling, unless its date differs', () => {
    const text = 'Số: 173-HD/BTGTW\n\nHướng dẫn số 173/HD-BTGTW ngày 28/11/2024. Hướng dẫn số 173-HD/BTGTW ngày 02/01/2019.';
    const own = { type: 'huong-dan' as const, number: { key: '173hdbtgtw' }, date: '2024-11-28' };
    expect(view(text, own).map((v) => v.kind)).toEqual(['self', 'self', 'stated']);
  });

  it('an alias and its later uses ("sau đây gọi tắt là Nghị quyết 18") are the document it names', () => {
    const text = 'Thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII (sau đây gọi tắt là Nghị quyết 18). Tổng kết Nghị quyết 18 trong năm.';
    const v = view(text);
    expect(v.map((x) => [x.kind, x.of, x.date])).toEqual([['stated', undefined, '2017-10-25'], ['antecedent', 0, '2017-10-25'], ['antecedent', 0, '2017-10-25']]);
  });

  it('a short name "Nghị quyết 18" with two numbered 18s of that type in the text is ambiguous; with none it is a name', () => {
    const two = 'Nghị quyết số 18-NQ/TW ngày 25/10/2017 và Nghị quyết số 18-NQ/TW ngày 16/6/2022. Thực hiện Nghị quyết 18 về đất đai.';
    expect(view(two).map((x) => [x.kind, x.among])).toEqual([['stated', undefined], ['stated', undefined], ['ambiguous', [0, 1]]]);
    expect(view('Thực hiện Nghị quyết 18 về đất đai.').map((x) => x.kind)).toEqual(['named']);
  });

  it('name-only references are "named"; lines are counted', () => {
    const text = 'Dòng một.\nQuán triệt Nghị quyết Đại hội XIII của Đảng.';
    const [m] = resolve(text);
    expect(m).toMatchObject({ inText: { kind: 'named' }, line: 2, facts: { name: 'Nghị quyết Đại hội XIII', issuer: 'Đảng' } });
  });

  it('sentenceAround keeps the paragraph, cut at sentence ends when long, without emphasis marks', () => {
    expect(sentenceAround('Một.\n\nHai *ba* bốn.\n\nNăm.', 8, 11)).toBe('Hai ba bốn.');
    const long = `${'Câu đầu rất dài. '.repeat(20)}Theo Nghị quyết số 18-NQ/TW thì làm. ${'Câu sau. '.repeat(30)}`;
    const at = long.indexOf('Nghị quyết');
    expect(sentenceAround(long, at, at + 22)).toBe('Theo Nghị quyết số 18-NQ/TW thì làm.');
  });
});

describe('resolveMentions over the seeds', () => {
  const kinds = (prefix: string) => {
    const name = seedFiles().find((f) => f.startsWith(prefix))!;
    const text = seedText(name).normalize('NFC');
    return resolve(text).map((m) => `${m.inText.kind}${m.inText.kind === 'antecedent' ? `:${m.inText.of}` : ''}`);
  };
  it('000: the two short 18-NQ/TW mentions take the full one (index 1)', () => {
    expect(kinds('000_')).toEqual(['stated', 'stated', 'open', 'stated', 'antecedent:1', 'antecedent:1', 'stated', 'named', 'stated', 'stated', 'stated', 'open', 'stated', 'stated', 'named']);
  });
  it('001: every later 18-NQ/TW mention ties to the first, which carries khóa XII', () => {
    const k = kinds('001_');
    const a = 'antecedent:1';
    expect(k).toEqual(['stated', 'open', a, a, a, a, a, a, a, a, a, a, 'stated', a, a, 'stated']);
  });
  it('004: both 18-NQ/TW resolutions are stated with their own dates', () => {
    const name = seedFiles().find((f) => f.startsWith('004_'))!;
    const text = seedText(name).normalize('NFC');
    const nq18 = resolve(text).filter((m) => m.facts.number?.key === '18nqtw');
    expect(nq18.map((m) => [m.inText.kind, m.facts.date])).toEqual([['stated', '2022-06-16'], ['stated', '2022-06-16'], ['stated', '2017-10-25']]);
  });
});
