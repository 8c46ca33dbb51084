/**
 * The number lookup as the search page reads it: compact records of every numbered document of the
 * citation graph, in shards by sequence number, and the matching of a parsed number query against
 * them. Pure and browser-safe (bundled into src/search/ui.ts); the build side is number-lookup.ts.
 *
 * Sharding: records are sorted by sequence number and cut into consecutive ranges of about the same
 * size; the search page carries the first sequence number of each shard (`starts`), so a query
 * loads the one shard that holds its number — a few KB whatever the size of the corpus.
 */
import { DOCUMENT_TYPES, type DocumentType } from '../model/document-type.ts';
import { foldAccents } from '../text/fold.ts';
import type { NumberQuery } from './query.ts';
import { compareKeys } from '../text/compare.ts';

/** One document with a number, as shipped to the browser (short keys: thousands per corpus). */
export interface LookupDoc {
  /** Number key ("18nqtw"). */
  k: string;
  /** Sequence number (18). */
  s: number;
  /** The number as printed, most frequent spelling ("18-NQ/TW"). */
  p: string;
  /** Document type. */
  t?: DocumentType;
  /** Date (partial: "2024", "2024-11", "2024-11-20"). */
  d?: string;
  /** Party term when undated ("XII"). */
  r?: string;
  /** Issuing body. */
  i?: string;
  /** Route of its page, relative to the site base ("tai-lieu/…/", "van-ban/…/"). */
  u: string;
  /** 1 when the document is a directive of the collection (its own page, full text). */
  e?: 1;
  /** Subject line (trích yếu), for directives of the collection. */
  h?: string;
  /** How many directives of the collection cite it. */
  n: number;
  /** The first of them (newest first): [route, label]. */
  c: [string, string][];
  /** Route of the page listing every document with this number. */
  g: string;
}

/** Name of the global function a shard file calls: `chidaoNumbers(<shard index>, [<docs>])`. */
export const SHARD_CALLBACK = 'chidaoNumbers';

/** Index of the shard holding sequence number `seq`, given each shard's first sequence number. */
export function shardFor(starts: readonly number[], seq: number): number {
  let lo = 0, hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= seq) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export interface NumberMatch {
  doc: LookupDoc;
  /** 0: the whole number typed matches exactly; 1: the number matches what was typed of it. */
  tier: 0 | 1;
}

/** The ký hiệu part of a key: "18nqtw" → "nqtw". */
const symbolOf = (doc: LookupDoc) => doc.k.slice(String(doc.s).length);

/** "NQ 18", "nghị quyết 18": the document's type, or its ký hiệu starting with the type's code. */
function ofType(doc: LookupDoc, q: NumberQuery): boolean {
  if (doc.t === q.type) return true;
  const symbol = symbolOf(doc);
  if (q.code && symbol.startsWith(q.code)) return true;
  return !doc.t && DOCUMENT_TYPES[q.type!].codes.some((c) => symbol.startsWith(foldAccents(c)));
}

/**
 * The documents a number query names. Only documents whose sequence number is the one typed, so a
 * bare "18" never lists 1800-CV/… here (full-text search may still find those, after these).
 * Order: exact matches first, then the most cited, then the newest.
 */
export function matchNumber(q: NumberQuery, docs: readonly LookupDoc[]): NumberMatch[] {
  const seq = Number(q.seq);
  const out: NumberMatch[] = [];
  for (const doc of docs) {
    if (doc.s !== seq) continue;
    if (q.key) {
      if (doc.k === q.key) out.push({ doc, tier: 0 });
      else if (doc.k.startsWith(q.key)) out.push({ doc, tier: 1 });
      continue;
    }
    if (q.type && !ofType(doc, q)) continue;
    out.push({ doc, tier: 1 });
  }
  return out.sort((a, b) => a.tier - b.tier || b.doc.n - a.doc.n || compareKeys(b.doc.d ?? '', a.doc.d ?? '') || compareKeys(a.doc.u, b.doc.u));
}
