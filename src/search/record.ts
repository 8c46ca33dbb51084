/**
 * What Pagefind indexes of a directive besides its text: metadata returned with each result (and
 * searched), filters, the sort key — and the đ alias. Pagefind folds accents but not đ/Đ (no Unicode
 * decomposition), so "chi dao" would not find "chỉ đạo": every word of the directive containing đ
 * is also given folded ("dao", "dang", "dieu") in the `alias` field, which is searched with the text.
 * Pure; rendered on the directive page by src/components/SearchRecord.astro.
 */
import type { Directive } from '../model/directive.ts';
import { dateLabel, LEVEL_LABEL, typeLabel } from '../lib/labels.ts';
import { wordKey } from './query.ts';
import { SORT_KEY, type FilterName } from './record-keys.ts';

export { FILTERS, META_WEIGHTS, SORT_KEY, type FilterName } from './record-keys.ts';

export interface SearchRecord {
  meta: { title: string; type: string; number: string; date: string; issuer: string; topics: string; alias: string };
  filters: Record<FilterName, string[]>;
  sort: Record<typeof SORT_KEY, string>;
}

/** The number as shown in results: "173-HD/BTGTW", a blank sequence kept visible "…/TTCS-TTTQ", or ''. */
export function numberDisplay(d: Pick<Directive, 'number'>): string {
  const printed = d.number?.printed ?? '';
  return !printed || /^\d/.test(printed) ? printed : `…${printed}`;
}

export function searchFilters(d: Directive): Record<FilterName, string[]> {
  return {
    loai: [typeLabel(d)],
    co_quan: d.issuer ? [d.issuer.name] : [],
    cap: d.issuer?.level ? [LEVEL_LABEL[d.issuer.level]] : [],
    nam: d.date ? [d.date.slice(0, 4)] : [],
    chu_de: [...new Set(d.topics.map((t) => t.trim()).filter(Boolean))],
  };
}

/** Plain text of rendered HTML (tags dropped, entities decoded), for finding words. */
export function htmlText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (_, e: string) => {
      const k = e.toLowerCase();
      if (k[0] === '#') return String.fromCodePoint(k[1] === 'x' ? parseInt(k.slice(2), 16) : parseInt(k.slice(1), 10));
      return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' } as Record<string, string>)[k]!;
    });
}

/**
 * Every word with đ/Đ, folded ("Đảng" → "dang"), once each, in order of first appearance — and a
 * whole token with đ in it as Pagefind indexes it, letters and digits only: "198-HD/ĐU" → "198hddu",
 * so "198-HD/DU" finds it in the text as well.
 */
export function dAliases(text: string): string[] {
  const out = new Set<string>();
  // The white-space-separated tokens holding a đ, found from each đ outwards (a regex for them, or
  // splitting the text on white space, took 1–3 ms a page). A page has hundreds of them but few
  // distinct ones, the whole build a few thousand: each token's keys are worked out once.
  const nfc = text.normalize('NFC');
  for (let i = 0; i < nfc.length; i++) {
    const c = nfc.charCodeAt(i);
    if (c !== 0x111 && c !== 0x110) continue; // đ, Đ
    let start = i;
    while (start > 0 && !isSpace(nfc.charCodeAt(start - 1))) start--;
    let end = i + 1;
    while (end < nfc.length && !isSpace(nfc.charCodeAt(end))) end++;
    for (const k of tokenAliases(nfc.slice(start, end))) out.add(k);
    i = end;
  }
  return [...out];
}

/** What a regular expression's \s matches (ECMAScript WhiteSpace and LineTerminator), as a UTF-16 unit. */
export function isSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Memo of tokenAliases, emptied when full: it only saves work, never changes a result. */
const TOKEN_MEMO = new Map<string, readonly string[]>();
const TOKEN_MEMO_MAX = 50_000;

/** A token's keys: the whole token's, then each of its words with đ (dAliases). */
function tokenAliases(token: string): readonly string[] {
  let keys = TOKEN_MEMO.get(token);
  if (keys) return keys;
  const found: string[] = [];
  const whole = wordKey(token);
  if (whole) found.push(whole);
  for (const w of token.match(/[\p{L}\p{M}\p{N}]*[đĐ][\p{L}\p{M}\p{N}]*/gu) ?? []) {
    const k = wordKey(w);
    if (k) found.push(k);
  }
  keys = found;
  if (TOKEN_MEMO.size >= TOKEN_MEMO_MAX) TOKEN_MEMO.clear();
  TOKEN_MEMO.set(token, keys);
  return keys;
}

/** The value of SORT_KEY for a directive (also what the search parts are cut by: parts.ts). */
export function sortKey(d: Pick<Directive, 'date'>): string {
  return d.date ?? '0000';
}

/** The record of a directive; `text` is its rendered body (HTML or plain text). */
export function searchRecord(d: Directive, text: string): SearchRecord {
  const filters = searchFilters(d);
  const issuer = d.issuer?.name ?? '';
  const topics = filters.chu_de.join('; ');
  const title = d.title ?? '';
  return {
    meta: {
      title: title || typeLabel(d),
      type: typeLabel(d),
      number: numberDisplay(d),
      date: dateLabel(d),
      issuer,
      topics,
      alias: dAliases([title, issuer, topics, d.issuer?.parent ?? '', htmlText(text)].join(' ')).join(' '),
    },
    filters,
    sort: { [SORT_KEY]: sortKey(d) },
  };
}
