/**
 * Build side of the number lookup (see number-match.ts): every document of the citation graph that
 * has a number — the directives of the collection and the documents they cite — as a compact record
 * with the directives citing it, cut into shards by sequence number, each written as a small
 * classic script (`chidaoNumbers(i, [...])`) so the page can load it with a <script> tag, over http
 * and from disk alike.
 */
import type { Graph } from '../graph/build.ts';
import type { Directive } from '../model/directive.ts';
import { parseDocumentNumber } from '../model/document-number.ts';
import { compareDirectives, directiveLine } from '../lib/labels.ts';
import { documentRoute, ROUTES } from '../lib/links.ts';
import { SHARD_CALLBACK, type LookupDoc } from './number-match.ts';
import { compareKeys } from '../text/compare.ts';

/** How many citing directives a record lists; the document's own page lists them all. */
export const MAX_CITERS = 5;
/** Target size of a shard (bytes of JSON); a sequence number is never split across shards. */
export const SHARD_BYTES = 12_000;

export interface LookupEntry { id: string; data: Directive }

/** A citing directive: its one-line name, and its subject when it has no number to be known by. */
const citerLabel = (d: Directive) =>
  `${directiveLine(d)}${d.title && !/^\d/.test(d.number?.printed ?? '') ? ` — ${d.title}` : ''}`;

export function lookupDocs(graph: Graph, entries: ReadonlyMap<string, LookupEntry>): LookupDoc[] {
  const docs: LookupDoc[] = [];
  for (const doc of graph.documents.values()) {
    if (!doc.number || !doc.group) continue;
    const seq = parseDocumentNumber(doc.number.printed).seq;
    if (seq === null || !doc.number.key.startsWith(String(seq))) continue;
    const citing = [...new Set((graph.citedBy.get(doc.id) ?? []).map((r) => r.from))]
      .filter((id) => id !== doc.entry)
      .map((id) => entries.get(id))
      .filter((e): e is LookupEntry => e !== undefined)
      .sort(compareDirectives);
    const entry = doc.entry ? entries.get(doc.entry) : undefined;
    const rec: LookupDoc = {
      k: doc.number.key, s: seq, p: doc.spellings[0] ?? doc.number.printed,
      u: documentRoute(doc), n: citing.length,
      c: citing.slice(0, MAX_CITERS).map((e) => [ROUTES.directive(e.id), citerLabel(e.data)]),
      g: ROUTES.number(doc.group),
    };
    if (doc.type) rec.t = doc.type;
    if (doc.date) rec.d = doc.date;
    else if (doc.term) rec.r = doc.term;
    const issuer = entry?.data.issuer?.name ?? doc.issuer;
    if (issuer) rec.i = issuer;
    if (entry) {
      rec.e = 1;
      if (entry.data.title) rec.h = entry.data.title;
    }
    docs.push(rec);
  }
  return docs.sort((a, b) => a.s - b.s || compareKeys(a.k, b.k) || compareKeys(a.d ?? '', b.d ?? '') || compareKeys(a.u, b.u));
}

export interface LookupShards {
  /** First sequence number of each shard (the first is 0). */
  starts: number[];
  shards: LookupDoc[][];
}

/** Consecutive sequence-number ranges of about `target` bytes each; docs must be lookupDocs order. */
export function shardLookup(docs: readonly LookupDoc[], target = SHARD_BYTES): LookupShards {
  const starts: number[] = [];
  const shards: LookupDoc[][] = [];
  let current: LookupDoc[] = [];
  let size = 0;
  for (let i = 0; i < docs.length;) {
    const seq = docs[i]!.s;
    let j = i;
    while (j < docs.length && docs[j]!.s === seq) j++;
    const group = docs.slice(i, j);
    const bytes = JSON.stringify(group).length;
    if (current.length && size + bytes > target) {
      shards.push(current);
      current = [];
      size = 0;
    }
    if (!current.length) starts.push(shards.length ? seq : 0);
    current.push(...group);
    size += bytes;
    i = j;
  }
  if (current.length || !shards.length) {
    if (!current.length) starts.push(0);
    shards.push(current);
  }
  return { starts, shards };
}

/** The file of one shard: a classic script calling the page's callback (JSON is valid JS). */
export const shardScript = (index: number, docs: readonly LookupDoc[]) =>
  `${SHARD_CALLBACK}(${index},${JSON.stringify(docs)});\n`;
