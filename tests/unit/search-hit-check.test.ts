/**
 * The check that a full-text hit holds the words searched for (src/search/hit-check.ts): Pagefind
 * falls back to a shorter indexed word ("xqzvbnm" → "x") or drops a word it cannot find; these
 * hits are dropped, part by part, and the words not found are named.
 */
import { describe, expect, it } from 'vitest';
import { hitMissing, keepRealHits, missingWords, pageWordKeys, searchedWords, typedWords, type HitText } from '../../src/search/hit-check.ts';

const page = (content: string, meta: Record<string, string> = {}): HitText => ({ content, meta });
const CONG_VAN = page('Đại hội đại biểu toàn quốc Mặt trận Tổ quốc Việt Nam lần thứ X, nhiệm kỳ 2024 - 2029. Diễn đàn Hợp tác kinh tế châu Á - Thái Bình Dương', { title: 'Công văn', alias: 'dai' });

describe('searchedWords: the words Pagefind searches, as keys', () => {
  it('punctuation dropped inside a word, white space splits', () => {
    expect(searchedWords('18-NQ/TW')).toEqual(['18nqtw']);
    expect(searchedWords(' 18  NQ TW ')).toEqual(['18', 'nq', 'tw']);
    expect(searchedWords('Lâm Văn Diễn')).toEqual(['lam', 'van', 'dien']);
    expect(searchedWords('chỉ đạo, “chỉ”')).toEqual(['chi', 'dao']);
    expect(searchedWords('')).toEqual([]);
  });
});

describe('pageWordKeys / missingWords: every query word starts a word of the page', () => {
  const keys = pageWordKeys([CONG_VAN.content, 'Số 18-NQ/TW']);
  it('whole tokens and their letter/digit runs, folded', () => {
    expect(keys.has('x')).toBe(true);
    expect(keys.has('a')).toBe(true);
    expect(keys.has('dien')).toBe(true);
    expect(keys.has('18nqtw')).toBe(true);
    expect(keys.has('nq')).toBe(true);
  });
  it('the reviewer\'s nonsense queries: Pagefind matched "X" and "Á" for them — not words of the query', () => {
    expect(missingWords(searchedWords('xqzvbnm'), keys)).toEqual(['xqzvbnm']);
    expect(missingWords(searchedWords('asdfgh'), keys)).toEqual(['asdfgh']);
  });
  it('a word missing beside words found ("chi xqz" answered as "chi") is still missing', () => {
    expect(missingWords(searchedWords('dai xqz'), keys)).toEqual(['xqz']);
  });
  it('prefixes, accents, đ and numbers in any spelling match', () => {
    expect(missingWords(searchedWords('đại biểu toan quoc'), keys)).toEqual([]);
    expect(missingWords(searchedWords('dien dan hop tac'), keys)).toEqual([]);
    expect(missingWords(searchedWords('nhiem ky 202'), keys)).toEqual([]);
    expect(missingWords(searchedWords('18-NQ/TW'), keys)).toEqual([]);
    expect(missingWords(searchedWords('18 NQ TW'), keys)).toEqual([]);
  });
  it('a typo is a missing word (no guessed correction)', () => {
    expect(missingWords(searchedWords('hop tacc'), keys)).toEqual(['tacc']);
  });
  it('metadata counts as the page\'s words', () => {
    expect(hitMissing(searchedWords('cong van'), CONG_VAN)).toEqual([]);
    expect(hitMissing(searchedWords('cong xqz'), CONG_VAN)).toEqual(['xqz']);
  });
  it('typedWords gives back the words as typed', () => {
    expect(typedWords('Lâmx  Văn', ['lamx'])).toEqual(['Lâmx']);
  });
});

describe('keepRealHits: one check per index part', () => {
  const hit = (part: number, text: HitText) => {
    const h = { part, loads: 0, data: async () => { h.loads++; return text; } };
    return h;
  };
  it('a part whose best hit lacks a word loses all its hits; the other part keeps its own; one load per part', async () => {
    const a1 = hit(0, page('lần thứ X')), a2 = hit(0, page('thứ X nữa')), b1 = hit(1, page('xqzvbnm là một từ')), b2 = hit(1, page('xqzvbnm'));
    const r = await keepRealHits([a1, b1, a2, b2], ['xqzvbnm']);
    expect(r.hits).toEqual([b1, b2]);
    expect(r.missing).toEqual([]);
    expect([a1.loads, a2.loads, b1.loads, b2.loads]).toEqual([1, 0, 1, 0]);
  });
  it('nothing real: no hits, the words not found named', async () => {
    const r = await keepRealHits([hit(0, page('lần thứ X')), hit(1, page('châu Á'))], ['xqzvbnm']);
    expect(r).toEqual({ hits: [], missing: ['xqzvbnm'] });
    const two = await keepRealHits([hit(0, page('chỉ đạo'))], ['chi', 'xqz']);
    expect(two).toEqual({ hits: [], missing: ['xqz'] });
  });
  it('hits without a part (one index) are one part; no words, nothing checked', async () => {
    const h = { loads: 0, data: async () => { h.loads++; return page('chỉ đạo'); } };
    expect((await keepRealHits([h], ['chi'])).hits).toEqual([h]);
    expect((await keepRealHits([h], [])).hits).toEqual([h]);
    expect(h.loads).toBe(1);
  });
});
