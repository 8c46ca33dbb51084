/**
 * The slogans of the collection (each directive's `data.slogans`), one per distinct slogan, for the
 * slogan pages (khau-hieu/) and, later, the posters. Pure: no Astro, no Node APIs.
 *
 * Two slogans are the same when their keys are equal: NFC, every run of white space one space and
 * trimmed, lower case in the Vietnamese locale ("Đảng Cộng sản Việt Nam quang vinh muôn năm!" and
 * "ĐẢNG CỘNG SẢN  VIỆT NAM QUANG VINH MUÔN NĂM!" are one). Punctuation and diacritics count: "muôn
 * năm!" and "muôn năm" are two slogans, as are words that differ by a tone mark.
 *
 * A slogan is shown exactly as written at its first occurrence: in the earliest directive (by date
 * of issue, a partial date as its period; undated directives after dated ones; then by number and
 * id), at its first place in that directive's list.
 */
import { compareDirectives } from '../lib/labels.ts';
import { foldWhitespace, slugify } from '../text/fold.ts';
import type { Entry } from '../model/directive.ts';
import { compareKeys } from '../text/compare.ts';

export interface SloganSource<T extends Entry> {
  entry: T;
  /** The slogan as this directive writes it. */
  text: string;
  /** Its place (1-based) in the directive's list of slogans. */
  position: number;
}

export interface Slogan<T extends Entry> {
  /** URL segment of the slogan's page (khau-hieu/<slug>/); depends on the key alone. */
  slug: string;
  /** The normalised form two spellings of one slogan share. */
  key: string;
  /** As written at its first occurrence. */
  text: string;
  /**
   * Other spellings met that a reader can see (letter case), each once, in order of occurrence;
   * differences in spacing or in composed/decomposed letters are not listed.
   */
  variants: string[];
  /** Every occurrence, newest directive first (the order of every list of the site). */
  sources: SloganSource<T>[];
  /** The directives it appears in, each once, newest first. */
  entries: T[];
}

/** The matching key of a slogan: NFC, white space folded and trimmed, lower case ('vi'). */
export function sloganKey(text: string): string {
  return foldWhitespace(text).toLocaleLowerCase('vi').normalize('NFC');
}

/** Longest readable part of a slug, in characters; cut at a word boundary. */
const READABLE_MAX = 60;

/** FNV-1a (32 bits) of the UTF-8 bytes of a string, as 8 hex digits: short, stable, portable. */
function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(s)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/**
 * The slug of a slogan: its words without accents (at most 60 characters, cut between words) and
 * a hash of its key, "dang-cong-san-viet-nam-quang-vinh-muon-nam-1f0c2a9b". It depends on the key
 * alone, so it never changes when directives are added or reordered, and spellings that fold to
 * the same words but are different slogans ("muôn năm!" / "muôn năm") still get their own page.
 */
export function sloganSlug(text: string): string {
  const key = sloganKey(text);
  let words = slugify(key);
  if (words.length > READABLE_MAX) {
    const cut = words.slice(0, READABLE_MAX + 1);
    const end = cut.lastIndexOf('-');
    words = end > 0 ? cut.slice(0, end) : words.slice(0, READABLE_MAX);
  }
  return `${words || 'khau-hieu'}-${fnv1a(key)}`;
}

/** Oldest first, undated last (for "first occurrence"); ties as in compareDirectives. */
function chronological(a: Entry, b: Entry): number {
  const da = a.data.date, db = b.data.date;
  if (da && db && da !== db) return compareKeys(da, db);
  if (!da !== !db) return da ? -1 : 1;
  return compareDirectives(a, b);
}

/** A spelling as a reader sees it: NFC, white space folded. */
const visible = (text: string) => foldWhitespace(text);

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/**
 * Every slogan of the collection once, in Vietnamese alphabetical order of its text. A slogan
 * repeated within one directive counts once for it (its first place). Throws if two different
 * keys ever share a slug (a 32-bit hash collision on the same words), rather than merge them.
 */
export function collectSlogans<T extends Entry>(entries: readonly T[]): Slogan<T>[] {
  const byKey = new Map<string, Slogan<T>>();
  for (const entry of [...entries].sort(chronological)) {
    entry.data.slogans.forEach((text, i) => {
      const key = sloganKey(text);
      if (!key) return;
      let s = byKey.get(key);
      if (!s) byKey.set(key, (s = { slug: sloganSlug(text), key, text, variants: [], sources: [], entries: [] }));
      else if (visible(text) !== visible(s.text) && !s.variants.some((v) => visible(v) === visible(text))) s.variants.push(text);
      if (s.entries.at(-1) !== entry) {
        s.sources.push({ entry, text, position: i + 1 });
        s.entries.push(entry);
      }
    });
  }
  const slogans = [...byKey.values()];
  const slugs = new Map<string, string>();
  for (const s of slogans) {
    const other = slugs.get(s.slug);
    if (other !== undefined) throw new Error(`slogans: "${other}" and "${s.key}" share the slug ${s.slug}`);
    slugs.set(s.slug, s.key);
    s.sources.sort((a, b) => compareDirectives(a.entry, b.entry));
    s.entries.sort(compareDirectives);
  }
  return slogans.sort((a, b) => collator.compare(a.text, b.text) || compareKeys(a.key, b.key) || compareKeys(a.slug, b.slug));
}

/**
 * One directive's slogans with their pages' slugs, each slogan once (a repeat within the list is
 * dropped), as the directive writes them: for the "Khẩu hiệu" list of a directive page.
 */
export function sloganLinks(slogans: readonly string[]): { text: string; slug: string }[] {
  const seen = new Set<string>();
  const out: { text: string; slug: string }[] = [];
  for (const text of slogans) {
    const key = sloganKey(text);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push({ text, slug: sloganSlug(text) });
  }
  return out;
}
