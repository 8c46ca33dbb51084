/**
 * Proper nouns in a name read from capitals, cased as the text itself writes them. A header prints
 * "HỘI TRUYỀN THỐNG TRƯỜNG SƠN - ĐƯỜNG HỒ CHÍ MINH VIỆT NAM"; the name rule cannot know that
 * "Trường Sơn" is a proper noun and gives "trường sơn". When the text writes the same words
 * title-cased inside a sentence ("… bộ đội Trường Sơn …"), that is how the name writes them. Pure.
 */
import { isAllCaps } from './text.ts';

/** Words title-cased only because they start a sentence or a line say nothing of a proper noun. */
const SENTENCE_START = /(?:^|[.!?:;]\s*|["“(]\s*)$/u;
const WORD = /[\p{L}\p{M}]+/gu;
const MAX_RUN = 4;
const UNIT_WORDS = new Set(['tỉnh', 'huyện', 'quận', 'thị', 'xã', 'phường', 'trấn', 'thành', 'phố', 'đặc', 'khu', 'thôn', 'ấp', 'bản', 'tổ']);

const titled = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
const isLower = (w: string) => w === w.toLowerCase() && w !== w.toUpperCase();

/** Where the title-cased words `phrase` stand in the text after a word of the sentence, not at its start. */
function writtenInside(phrase: string, text: string): boolean {
  const re = new RegExp(`(?<![\\p{L}\\p{M}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')}(?![\\p{L}\\p{M}])`, 'gu');
  for (const m of text.matchAll(re)) {
    if (!SENTENCE_START.test(text.slice(Math.max(0, m.index - 3), m.index))) return true;
  }
  return false;
}

/**
 * `name` with each run of lower-case words (two to four, with the capitalised words beside them)
 * title-cased where the text writes that run title-cased inside a sentence. Words are never added,
 * dropped or re-spelt: only their first letter's case changes.
 */
export function caseFromText(name: string, lines: readonly string[]): string {
  const text = lines.filter((l) => !isAllCaps(l.replace(/[^\p{L}]/gu, ''))).join('\n');
  const words = [...name.matchAll(WORD)].map((m) => ({ word: m[0], at: m.index }));
  const out = words.map((w) => w.word);
  for (let size = MAX_RUN; size >= 2; size--) {
    for (let i = 0; i + size <= words.length; i++) {
      const run = out.slice(i, i + size);
      // Unit words stay as the name rule wrote them ("tỉnh Quảng Ninh", whatever a sentence does).
      if (!run.some(isLower) || run.some((w) => isLower(w) && UNIT_WORDS.has(w))) continue;
      const phrase = run.map(titled).join(' ');
      if (writtenInside(phrase, text)) run.forEach((w, k) => (out[i + k] = titled(w)));
    }
  }
  let result = '';
  let last = 0;
  words.forEach((w, k) => {
    result += name.slice(last, w.at) + out[k];
    last = w.at + w.word.length;
  });
  return result + name.slice(last);
}
