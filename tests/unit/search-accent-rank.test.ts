/**
 * The order of loaded full-text hits (src/search/accent-rank.ts): a query typed with accents puts
 * the texts holding its words with those accents first; then the texts holding the words side by
 * side; otherwise Pagefind's order. Checked on the seeds' own texts.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { accentedWords, exactAccentCount, holdsPhrase, phraseFirst, phraseQuery, rankHits } from '../../src/search/accent-rank.ts';
import { wordKey } from '../../src/search/query.ts';
import { CONTENT_DIR } from '../helpers/seeds.ts';
import { SEED } from '../helpers/content-entries.ts';

const seed = (id: string) => ({ id, content: readFileSync(join(CONTENT_DIR, `${id}.mdx`), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''), meta: {} });
const keys = (q: string) => q.split(/\s+/).map(wordKey);

describe('accented words and exact matches', () => {
  it('only the words typed with accents or đ, lower case, punctuation off', () => {
    expect(accentedWords('Lâm Văn Diễn')).toEqual(['lâm', 'văn', 'diễn']);
    expect(accentedWords('lam van dien')).toEqual([]);
    expect(accentedWords('chỉ dao, Đảng')).toEqual(['chỉ', 'đảng']);
  });
  it('"lâm" is not "làm" nor "lam"; case does not matter; an unfinished last word is a prefix', () => {
    expect(exactAccentCount(['lâm'], ['cuộc làm việc'])).toBe(0);
    expect(exactAccentCount(['lâm'], ['Tổng Bí thư Tô Lâm,'])).toBe(1);
    expect(exactAccentCount(['lâm', 'diễ'], ['Lâm Văn Diễn'])).toBe(2);
    expect(exactAccentCount(['làm'], ['Tô Lâm'])).toBe(0);
  });
  it('the words side by side, in order, the last maybe unfinished', () => {
    expect(holdsPhrase(keys('lam van dien'), 'T/M BAN THƯỜNG VỤ Lâm Văn Diễn')).toBe(true);
    expect(holdsPhrase(keys('lam van di'), 'Lâm Văn Diễn')).toBe(true);
    expect(holdsPhrase(keys('van lam'), 'Lâm Văn Diễn')).toBe(false);
    expect(holdsPhrase(keys('lam'), 'Lâm')).toBe(false); // one word is no phrase
  });
});

describe('rankHits on the seeds', () => {
  // Pagefind's order for "Lâm Văn Diễn" and "lam van dien" on the seeds (measured): công văn first.
  const pagefindOrder = [seed(SEED.congVan), seed(SEED.keHoach), seed(SEED.huongDan)];
  const ids = (hits: { id: string }[]) => hits.map((h) => h.id);
  it('"Lâm Văn Diễn": the plan he signed first; the text holding only "làm" last', () => {
    expect(ids(rankHits(pagefindOrder, 'Lâm Văn Diễn'))).toEqual([SEED.keHoach, SEED.congVan, SEED.huongDan]);
  });
  it('"lam van dien" (no accents): his signature holds the words side by side', () => {
    expect(ids(rankHits(pagefindOrder, 'lam van dien'))[0]).toBe(SEED.keHoach);
  });
  it('"lâm": the two texts naming Tô Lâm before the one with only "làm"; "làm" and "lam" keep Pagefind\'s order', () => {
    expect(ids(rankHits(pagefindOrder, 'lâm')).slice(2)).toEqual([SEED.huongDan]);
    const reversed = [...pagefindOrder].reverse();
    expect(ids(rankHits(reversed, 'lâm'))).toEqual([SEED.keHoach, SEED.congVan, SEED.huongDan]);
    expect(ids(rankHits(reversed, 'làm'))).toEqual(ids(reversed));
    expect(ids(rankHits(reversed, 'lam'))).toEqual(ids(reversed));
  });
});

describe('phraseFirst: the hits Pagefind finds with the words side by side come first, whatever page they were on', () => {
  const hits = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => ({ id }));
  it('a stable partition: phrase hits in Pagefind\'s order, then the others in theirs', () => {
    expect(phraseFirst(hits, new Set(['f', 'c'])).map((h) => h.id)).toEqual(['c', 'f', 'a', 'b', 'd', 'e', 'g']);
    expect(phraseFirst(hits, new Set()).map((h) => h.id)).toEqual(hits.map((h) => h.id));
  });
  it('never adds a hit: a phrase hit the check dropped stays dropped', () => {
    expect(phraseFirst(hits.slice(0, 2), new Set(['z', 'b'])).map((h) => h.id)).toEqual(['b', 'a']);
  });
  it('phraseQuery: the words typed, quoted for Pagefind\'s exact search; none for one word', () => {
    expect(phraseQuery('Lâm Văn Diễn')).toBe('"Lâm Văn Diễn"');
    expect(phraseQuery(' "lam  van" dien ')).toBe('"lam van dien"');
    expect(phraseQuery('lâm')).toBeUndefined();
    expect(phraseQuery('" "')).toBeUndefined();
  });
});
