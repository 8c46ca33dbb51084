/**
 * The excerpt of a full-text hit, as plain segments rendered with text nodes (never as HTML).
 *
 * Pagefind's own excerpt is built around the words it matched — by prefix ("chi" also matches
 * "chiến", "chính") and never "đạo" for "dao" (found through the đ alias, outside the text) — so
 * for "chi dao" it often shows a passage with "chính" and no "chỉ đạo". We choose the passage
 * ourselves from the page's text (Pagefind returns it with the hit): the window of words where
 * the query's words, folded (accents, đ), occur most — all of them, in the order typed, if
 * possible — and mark those words. The last word typed also matches as a prefix (the reader may
 * still be typing). Pure, browser-safe.
 */
import { wordKey } from './query.ts';

export interface Segment { text: string; mark: boolean }

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decode the character references Pagefind's escaping produces; anything else stays as written. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]+);/gi, (all, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : all;
    }
    return ENTITIES[e.toLowerCase()] ?? all;
  });
}

/** Which query word a word of the text is (index into terms), or -1. */
function termIndex(word: string, terms: readonly string[], prefixTerm: string | undefined): number {
  const k = wordKey(word);
  if (!k) return -1;
  const i = terms.indexOf(k);
  if (i >= 0) return i;
  return prefixTerm && prefixTerm.length >= 2 && k.startsWith(prefixTerm) ? terms.indexOf(prefixTerm) : -1;
}

/** A matched word: only its letters and digits are marked ("18-NQ/TW," → mark "18-NQ/TW", then ","). */
function pushWord(out: Segment[], word: string, mark: boolean) {
  const push = (text: string, m: boolean) => {
    if (!text) return;
    const last = out[out.length - 1];
    if (last && last.mark === m) last.text += text;
    else out.push({ text, mark: m });
  };
  if (!mark) { push(word, false); return; }
  const m = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su.exec(word)!;
  push(m[1]!, false);
  push(m[2]!, true);
  push(m[3]!, false);
}

/**
 * The best passage of `text` (about `length` words) for the query, as segments with its matches
 * marked and "…" where it is cut; undefined when no word of the text matches (the hit matched on
 * its metadata only — use Pagefind's excerpt then).
 */
export function bestExcerpt(text: string, terms: readonly string[], prefixTerm?: string, length = 30): Segment[] | undefined {
  const words = text.split(/\s+/).filter(Boolean);
  const hit = words.map((w) => termIndex(w, terms, prefixTerm));
  if (!hit.some((i) => i >= 0)) return undefined;
  // Score every window: distinct query words first, then query words in typed order side by side, then matches.
  const counts = new Map<number, number>();
  let matches = 0, pairs = 0, best = -1, bestStart = 0;
  const pairAt = (j: number) => (j > 0 && hit[j]! >= 0 && hit[j - 1]! >= 0 && hit[j]! === hit[j - 1]! + 1 ? 1 : 0);
  const add = (j: number, d: 1 | -1) => {
    const t = hit[j]!;
    if (t >= 0) { counts.set(t, (counts.get(t) ?? 0) + d); if (!counts.get(t)) counts.delete(t); matches += d; }
  };
  const n = Math.min(length, words.length);
  for (let j = 0; j < n; j++) { add(j, 1); if (j > 0) pairs += pairAt(j); }
  for (let start = 0; ; start++) {
    const score = counts.size * 10_000 + pairs * 100 + matches;
    if (score > best) { best = score; bestStart = start; }
    const end = start + n;
    if (end >= words.length) break;
    add(start, -1); pairs -= pairAt(start + 1);
    add(end, 1); pairs += pairAt(end);
  }
  // Start a few words before the first match of the window, so it reads in context.
  const firstMatch = hit.findIndex((t, j) => j >= bestStart && t >= 0);
  const start = Math.max(0, Math.min(firstMatch - 4, words.length - n));
  const out: Segment[] = [];
  if (start > 0) out.push({ text: '… ', mark: false });
  words.slice(start, start + n).forEach((w, j) => {
    if (j > 0) pushWord(out, ' ', false);
    pushWord(out, w, hit[start + j]! >= 0);
  });
  if (start + n < words.length) pushWord(out, ' …', false);
  return out;
}

/**
 * Pagefind's excerpt (HTML-escaped text with <mark>) as segments, its marks replaced by ours.
 * Any "<" in it was escaped by Pagefind and stays text in any case.
 */
export function excerptSegments(excerpt: string, terms: readonly string[], prefixTerm?: string): Segment[] {
  const out: Segment[] = [];
  const text = decodeEntities(excerpt.replace(/<\/?mark>/gi, ''));
  text.split(/(\s+)/).forEach((piece) => {
    if (piece) pushWord(out, piece, !/^\s+$/.test(piece) && termIndex(piece, terms, prefixTerm) >= 0);
  });
  return out;
}
