/**
 * Vietnamese text damaged on its way to us, in ways no encoding converter can undo — said plainly so
 * the user knows to find a clean copy, never repaired (the words are the source's):
 *  - scrambled diacritics: a repost whose accents were shuffled between letters, so words carry two
 *    tone marks, which no Vietnamese syllable has ("KẾT LỦẬN 127-KL/TW CỦÀ BỘ CHÍNH TRỊ");
 *  - stripped letters: a PDF text layer or a copy that lost every accented letter, so lower-case words
 *    are left with no vowel ("Ngh quyt s 179/2009/NQ-HND ngy 20/4/2009 ca Hi ng nhn dn tnh").
 * A few such words occur in clean texts (a typing slip, an abbreviation): only a share of the words
 * counts. Pure.
 */

import { DOCUMENT_TYPE_NAMES, documentTypeFromName, type DocumentType } from '../model/document-type.ts';
import { parseDocumentNumber, type DocumentNumber } from '../model/document-number.ts';
import { foldAccents } from '../text/fold.ts';
import { formatPartialDate, isValidDateParts } from '../model/partial-date.ts';

export interface TextDamage {
  kind: 'scrambled-diacritics' | 'stripped-letters';
  /** Damaged words, and the words they were counted among. */
  count: number;
  of: number;
  /** The first damaged word and its 1-based line. */
  example: string;
  line: number;
}

/** Combining tone marks: huyền, sắc, ngã, hỏi, nặng. */
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const VOWEL = /[aeiouy]/u;

/** Shares measured on 227 labelled real texts: clean ones reach 2.4 % (two tones) and 2.0 % (no vowel); damaged ones 24 % and 55 %. */
const SCRAMBLED_SHARE = 0.1;
const STRIPPED_SHARE = 0.2;
/** Fewer damaged words than this says nothing, whatever the share. */
const MIN_WORDS = 10;

/**
 * Whether one syllable of the word carries two tone marks: two marked vowels side by side ("LỦẬN",
 * "CỦÀ"). Words run together ("HOẠCHKẾ") have their marks in vowel groups apart.
 */
const twoTonesInOneSyllable = (word: string) =>
  (word.normalize('NFD').toLowerCase().match(/(?:[aeiouy]\p{M}*)+/gu) ?? []).some((group) => (group.match(TONE) ?? []).length >= 2);
const hasVowel = (word: string) => VOWEL.test(word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
/**
 * Web and mail addresses: their parts ("www", "vn") are not words of the text. Tested a
 * white-space-separated token at a time (one pattern over the whole line backtracks on a long one).
 */
const ADDRESS_TOKEN = /:\/\/|^www\.|@|\.(?:vn|com|net|org|gov|edu)(?![\p{L}\p{N}])/iu;
const withoutAddresses = (line: string) => line.split(/\s+/u).filter((token) => !ADDRESS_TOKEN.test(token)).join(' ');
/**
 * Markup a CMS body or a saved page holds ("<p style=…>", "th&ocirc;ng", "&nbsp;"): tags are no
 * words; an entity inside a word stands for a letter (counted as a vowel: "th&ocirc;ng" is no
 * damaged word), a no-break space for a space. Only for counting: the text is never rewritten.
 */
const withoutMarkup = (line: string) =>
  line.replace(/<[^<>]{0,400}>/gu, ' ').replace(/&nbsp;/giu, ' ').replace(/&(?:#\d+|#x[\da-f]+|[a-z]+);/giu, 'a');

export function readTextDamage(text: string): TextDamage | undefined {
  let words = 0;
  let lowerWords = 0;
  let scrambled: { count: number; example?: string; line?: number } = { count: 0 };
  let stripped: { count: number; example?: string; line?: number } = { count: 0 };
  text.split('\n').forEach((lineText, i) => {
    for (const [word] of withoutAddresses(withoutMarkup(lineText)).matchAll(/\p{L}+/gu)) {
      words += 1;
      if (twoTonesInOneSyllable(word)) scrambled = { count: scrambled.count + 1, example: scrambled.example ?? word, line: scrambled.line ?? i + 1 };
      if (!/^\p{Ll}{2,}$/u.test(word)) continue;
      lowerWords += 1;
      if (!hasVowel(word)) stripped = { count: stripped.count + 1, example: stripped.example ?? word, line: stripped.line ?? i + 1 };
    }
  });
  if (scrambled.count >= MIN_WORDS && scrambled.count >= SCRAMBLED_SHARE * words) {
    return { kind: 'scrambled-diacritics', count: scrambled.count, of: words, example: scrambled.example!, line: scrambled.line! };
  }
  if (stripped.count >= MIN_WORDS && stripped.count >= STRIPPED_SHARE * lowerWords) {
    return { kind: 'stripped-letters', count: stripped.count, of: lowerWords, example: stripped.example!, line: stripped.line! };
  }
  return undefined;
}

/** What a user is told: the damage, an example with its line, and what to do. */
export function describeDamage(d: TextDamage): string {
  return d.kind === 'scrambled-diacritics'
    ? `the text's diacritics are scrambled: ${d.count} of ${d.of} words carry two tone marks, which no Vietnamese word has (first "${d.example}", line ${d.line}) — a repost that shuffled the accents; import a clean copy of the document`
    : `the text has lost its accented letters: ${d.count} of ${d.of} lower-case words have no vowel left (first "${d.example}", line ${d.line}) — a PDF text layer or copy that dropped them; import the original file, or OCR it (tesseract-ocr-vie)`;
}

/** The type names without accents, longest first: "ket luan" for a scrambled "KẾT LỦẬN". */
const FOLDED_TYPES = [...DOCUMENT_TYPE_NAMES].sort((a, b) => b.length - a.length).map((name) => ({ name, folded: foldAccents(name) }));
/** How far into a damaged text its title line is looked for. */
const DAMAGED_TITLE_LINES = 12;

/**
 * The type and number a text with scrambled diacritics still states in its title line: "KẾT LỦẬN
 * 127-KL/TW CỦÀ BỘ CHÍNH TRỊ …" — the type word compared without its accents (which the damage
 * moved), the number as written (digits and capitals, which it did not touch). Read, never repaired.
 */
export function readThroughScrambledTitle(lines: readonly string[]): { type: DocumentType; number: DocumentNumber; line: number } | undefined {
  for (const [i, line] of lines.slice(0, DAMAGED_TITLE_LINES).entries()) {
    const folded = foldAccents(line.trim());
    const t = FOLDED_TYPES.find((x) => folded.startsWith(`${x.folded} `));
    if (!t) continue;
    // The words after the type word's, as many as it has: the damage moved accents, not words.
    const rest = line.trim().split(/\s+/u).slice(t.name.split(' ').length).join(' ').replace(/^(?:số|SỐ|Số)\s+/u, '');
    const written = /^(\d{1,5}\s*[-/]\s*[\p{Lu}\d/-]+)/u.exec(rest);
    if (!written) continue;
    const number = parseDocumentNumber(written[1]!.replace(/\s+/gu, ''));
    const type = documentTypeFromName(t.name);
    if (number.seq !== null && number.symbol && type) return { type, number, line: i + 1 };
  }
  return undefined;
}

/** A word as a text layer that drops every accented letter leaves it: "HƯỚNG DẪN" → "HNG DN". */
const stripAccented = (s: string) => [...s.normalize('NFC')].filter((ch) => ch.normalize('NFD').length === 1 && ch !== 'đ' && ch !== 'Đ').join('');
const STRIPPED_TYPES = [...DOCUMENT_TYPE_NAMES].sort((a, b) => b.length - a.length).map((name) => ({ name, stripped: stripAccented(name.toUpperCase()).replace(/\s+/gu, ' ') }));
/** "Ph Th, ngay thang 01 nm 2017": a place-and-date line with its accented letters gone (ngày → ngy or ngay, năm → nm). */
const STRIPPED_DATE = /,\s*ng(?:a?y)\s*(\d{1,2})?\s*th(?:a?ng)\s*(\d{1,2})?\s*n(?:a?m)\s*(\d{4})\s*$/u;
/** How far into a damaged text its header is looked for. */
const STRIPPED_HEADER_LINES = 25;

/**
 * The type heading and the date a text that lost its accented letters still shows: a line that is
 * a type's name so stripped ("HNG DN"), and "…, ngay thang 01 nm 2017". Read, never repaired.
 */
export function readThroughStrippedHeader(lines: readonly string[]): { type?: { value: DocumentType; line: number }; date?: { value: string; line: number } } {
  const out: { type?: { value: DocumentType; line: number }; date?: { value: string; line: number } } = {};
  for (const [i, raw] of lines.slice(0, STRIPPED_HEADER_LINES).entries()) {
    const line = raw.trim().replace(/\s+/gu, ' ');
    const t = STRIPPED_TYPES.find((x) => x.stripped.length >= 3 && line === x.stripped);
    if (t && !out.type) out.type = { value: documentTypeFromName(t.name)!, line: i + 1 };
    const d = STRIPPED_DATE.exec(line);
    if (d && !out.date) {
      const [day, month, year] = [d[1] ? Number(d[1]) : undefined, d[2] ? Number(d[2]) : undefined, Number(d[3])];
      if (isValidDateParts(year, month, day)) out.date = { value: formatPartialDate({ year, ...(month ? { month } : {}), ...(month && day ? { day } : {}) }), line: i + 1 };
    }
  }
  return out;
}
