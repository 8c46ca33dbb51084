/**
 * The order of full-text hits once their text is loaded. Pure, browser-safe.
 *
 * Pagefind folds diacritics: "Lâm", "làm" and "lam" are one word to it, and its boost for a
 * matching accent (ranking.diacriticSimilarity) does not hold for Vietnamese in 1.6 (measured on the
 * seeds: "lâm" scores exactly as "lam"; "Diễn" finds only the lower-case "diễn"). So a query typed
 * with accents ("Lâm Văn Diễn") ranked a text full of "làm" above the one he signed. Here:
 *
 * 1. when the query carries accents, hits holding more of its accented words exactly as typed
 *    (case aside; the last word may be unfinished: a prefix) come first;
 * 2. then hits holding the query's words side by side, in the order typed (folded: "lam van dien"
 *    puts the signature "Lâm Văn Diễn" first);
 * 3. otherwise Pagefind's order.
 *
 * Only hits whose text is loaded can be compared: the search page orders each page of hits it
 * shows (src/search/ui.ts), never with a sort by date asked for.
 */
import type { HitText } from './hit-check.ts';
import { foldAccents } from '../text/fold.ts';
import { wordKey } from './query.ts';

/** A word in lower case, NFC, letters (with their marks) and digits only: "Diễn," → "diễn". */
const bare = (s: string) => s.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{M}\p{N}]/gu, '');

/** The words of a query typed with accents or đ, as `bare` words ("Lâm Văn Diễn" → all three). */
export function accentedWords(query: string): string[] {
  return [...new Set(query.split(/\s+/).map(bare).filter((w) => w && foldAccents(w) !== w))];
}

/** How many of the accented words start a word of the texts, accents exactly as typed. */
export function exactAccentCount(words: readonly string[], texts: readonly string[]): number {
  if (!words.length) return 0;
  const have = new Set<string>();
  // One pass over each text (as `bare` does a word at a time), then cut into words.
  for (const text of texts) for (const b of text.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{M}\p{N}\s]/gu, '').split(/\s+/)) if (b) have.add(b);
  const list = [...have];
  return words.filter((w) => have.has(w) || list.some((b) => b.startsWith(w))).length;
}

/**
 * Whether the query's words (two or more, folded) occur side by side in the text, in order; the
 * last may be unfinished (a prefix).
 */
export function holdsPhrase(keys: readonly string[], text: string): boolean {
  if (keys.length < 2) return false;
  // Folded once for the whole text (per character), then cut into words as wordKey does.
  const words = foldAccents(text).split(/\s+/).map((w) => w.replace(/[^a-z0-9]/g, '')).filter(Boolean);
  const last = keys.length - 1;
  outer: for (let i = 0; i + last < words.length; i++) {
    for (let j = 0; j <= last; j++) {
      const w = words[i + j]!;
      if (j < last ? w !== keys[j] : !w.startsWith(keys[j]!)) continue outer;
    }
    return true;
  }
  return false;
}

/** The hits in the order above (stable: Pagefind's order among equals). */
export function rankHits<T extends HitText>(hits: readonly T[], query: string): T[] {
  const accented = accentedWords(query);
  const keys = query.split(/\s+/).map(wordKey).filter(Boolean);
  const scored = hits.map((h, i) => {
    const meta = Object.values(h.meta).filter((v): v is string => typeof v === 'string');
    return { h, i, exact: exactAccentCount(accented, [h.content ?? '', ...meta]), phrase: holdsPhrase(keys, h.content ?? '') ? 1 : 0 };
  });
  return scored.sort((a, b) => b.exact - a.exact || b.phrase - a.phrase || a.i - b.i).map((s) => s.h);
}

/**
 * Before the page-by-page order above, over all the hits: those Pagefind finds with the words side
 * by side (its exact search, `"…"`), so a name ("Lâm Văn Diễn", "lam van dien") reaches the first
 * page from wherever Pagefind ranked it among texts holding "làm", "văn" and "diễn" apart. The
 * exact search reads the index chunks the search just loaded: no extra bytes.
 */

/** The query quoted for Pagefind's exact search, or undefined for fewer than two words. */
export function phraseQuery(query: string): string | undefined {
  const words = query.replace(/"/g, ' ').split(/\s+/).filter(Boolean);
  return words.length > 1 ? `"${words.join(' ')}"` : undefined;
}

/** The hits whose id Pagefind's exact search returned first, then the others (a stable partition). */
export function phraseFirst<T extends { id: string }>(hits: readonly T[], phraseIds: ReadonlySet<string>): T[] {
  return [...hits.filter((h) => phraseIds.has(h.id)), ...hits.filter((h) => !phraseIds.has(h.id))];
}
