/**
 * Whether a full-text hit really holds the words searched for. Pure, browser-safe.
 *
 * Why: Pagefind 1.6 matches each query word as the start of an indexed word ("chi" → "chỉ",
 * "chính"). When no indexed word starts with it, it does not answer "nothing": it falls back to
 * the longest indexed word the query word starts with — "xqzvbnm" searches "x" (the roman numeral
 * in "lần thứ X"), "asdfgh" searches "a" (from "châu Á") — and when there is none either, it drops
 * the word from the query ("chi xqz" answers "chi"). (pagefind_core_search, find_word_extensions /
 * search_term; no option turns this off.) The hits then hold none of what was typed.
 *
 * What a hit must hold, then: every word of the query as the start of a word of the page (its text
 * or its metadata, accents and đ folded) — Pagefind's own rule, without its guesses. A query word
 * with a typo finds nothing, and the page says which word was not found: in official documents a
 * guessed correction would be a hit the reader did not ask for.
 *
 * Pagefind decides this per word for a whole index, so within one index (one part of the search
 * index, parts.ts) either every hit holds a query word or none does: checking the best hit of each
 * part is checking them all.
 */
import { foldAccents } from '../text/fold.ts';
import { wordKey } from './query.ts';

/**
 * The words Pagefind searches for a query, as keys (folded, letters and digits): it drops
 * punctuation and splits on white space ("18-NQ/TW" is one word, "18nqtw"; "18 NQ TW" three).
 */
export function searchedWords(query: string): string[] {
  return [...new Set(query.normalize('NFC').split(/\s+/).map(wordKey).filter(Boolean))];
}

/**
 * Every word a page can be found by, as keys: each white-space token whole ("18-NQ/TW" →
 * "18nqtw") and each run of letters or digits in it ("18", "nq", "tw"), as Pagefind indexes them.
 */
export function pageWordKeys(texts: readonly string[]): Set<string> {
  const keys = new Set<string>();
  for (const text of texts) {
    // Folded once for the whole text (folding is per character): a word at a time is 10× slower.
    for (const token of foldAccents(text).split(/\s+/)) {
      const whole = token.replace(/[^a-z0-9]/g, '');
      if (!whole) continue;
      keys.add(whole);
      if (whole.length !== token.length) for (const part of token.split(/[^a-z0-9]+/)) if (part) keys.add(part);
    }
  }
  return keys;
}

/** The query words (keys) that start no word of the page: empty when the hit is real. */
export function missingWords(words: readonly string[], pageKeys: ReadonlySet<string>): string[] {
  const keys = [...pageKeys];
  return words.filter((w) => !pageKeys.has(w) && !keys.some((k) => k.startsWith(w)));
}

/** A hit as the check needs it: the page's text and metadata values (Pagefind's fragment). */
export interface HitText { content: string; meta: Record<string, string | undefined> }

/** The query words a hit lacks (see missingWords). */
export function hitMissing(words: readonly string[], hit: HitText): string[] {
  const meta = Object.values(hit.meta).filter((v): v is string => typeof v === 'string');
  return missingWords(words, pageWordKeys([hit.content ?? '', ...meta]));
}

/** A Pagefind hit as the search page holds it; `part` is set by the merged search (pagefind-merge.ts). */
export interface PartHit<D extends HitText> { part?: number; data: () => Promise<D> }

export interface CheckedHits<H> {
  /** The hits of the parts whose best hit holds every query word, in the order given. */
  hits: H[];
  /** Query words that no part with hits holds (empty when some part holds them all). */
  missing: string[];
}

/**
 * Drops the hits of every index part whose best hit lacks a query word (Pagefind guessed there).
 * Loads one hit's data per part: the first of that part in `hits` (shown first anyway).
 */
export async function keepRealHits<D extends HitText, H extends PartHit<D>>(hits: readonly H[], words: readonly string[]): Promise<CheckedHits<H>> {
  if (!words.length || !hits.length) return { hits: [...hits], missing: [] };
  const best = new Map<number, H>();
  for (const h of hits) if (!best.has(h.part ?? 0)) best.set(h.part ?? 0, h);
  const verdicts = new Map<number, string[]>();
  await Promise.all([...best].map(async ([part, h]) => { verdicts.set(part, hitMissing(words, await h.data())); }));
  const kept = hits.filter((h) => verdicts.get(h.part ?? 0)!.length === 0);
  if (kept.length) return { hits: kept, missing: [] };
  // Nothing holds every word: name the words no part holds (a typo), else all the missing ones.
  const lists = [...verdicts.values()];
  const inAll = words.filter((w) => lists.every((l) => l.includes(w)));
  return { hits: [], missing: inAll.length ? inAll : words.filter((w) => lists.some((l) => l.includes(w))) };
}

/** The words of the query as typed whose keys are among `keys` ("Lâmx" for "lamx"), for messages. */
export function typedWords(query: string, keys: readonly string[]): string[] {
  return [...new Set(query.normalize('NFC').split(/\s+/).filter((t) => keys.includes(wordKey(t))))];
}
