/**
 * Citations across sites (issue 21): this site's graph joined to its peers' published graphs
 * (src/federation/contract.ts). Pure and deterministic.
 *
 * Nodes are this site's document ids ("van-ban/x", "tai-lieu/y") or a peer's, written
 * "<peer id>|<its document id>" (peer ids are lower-case letters, digits and hyphens, so "|" never
 * occurs in them).
 *
 * Identity is the one of build.ts: same number group, then the date (full or partial, agreeing),
 * or lacking it the term, or a bare number fitting any. Several fits are ambiguous and none is
 * chosen. Precedence, so a document is one node wherever it is cited:
 *   - this site's directives are themselves; a peer's directives are themselves;
 *   - a document this site only cites is the one peer directive it fits (`sameAs`), or stays
 *     itself when none fits or several do (`candidates`);
 *   - a document a peer only cites is the one directive (of this site or another peer) it fits,
 *     else the one document of this site it fits, else stays the peer's.
 * Documents without a number are matched to nothing across sites.
 */
import type { ContractDocument, ContractGraph, ContractReference } from '../federation/contract.ts';
import { datesAgree, termOf } from '../citations/mentions.ts';
import { DOCUMENT_TYPES, type DocumentType } from '../model/document-type.ts';
import { displayPartialDate } from '../model/partial-date.ts';
import { compareKeys } from '../text/compare.ts';
import type { Graph } from './build.ts';

/** A peer site as this module needs it: who it is, where its pages are, its graph. */
export interface CrossPeer {
  id: string;
  name: string;
  url?: string;
  graph: ContractGraph;
}

export interface PeerNode {
  peer: CrossPeer;
  doc: ContractDocument;
}

/** A peer's directive citing a document of this site, with its citations of it. */
export interface PeerCiting {
  node: string;
  refs: ContractReference[];
}

export interface CrossSite {
  /** This site's cited-only documents that are one peer's directive: document id → peer node. */
  sameAs: Map<string, string>;
  /** This site's cited-only documents several peer directives fit: none chosen. */
  candidates: Map<string, string[]>;
  /** Every peer node met, with its peer and document. */
  peerNodes: Map<string, PeerNode>;
  /** This site's documents cited by peers' directives (each directive once, in peer then id order). */
  citedBy: Map<string, PeerCiting[]>;
  /** The implementation relation over nodes of every site: what a node carries out, and what carries it out. */
  up: Map<string, string[]>;
  down: Map<string, string[]>;
  /** The node a document of this site stands for (itself, or the peer directive it is). */
  canonical(docId: string): string;
}

export const peerNodeId = (peerId: string, docId: string) => `${peerId}|${docId}`;
export const isPeerNode = (node: string) => node.includes('|');

/** What identity needs of a document, from this site's graph or a peer's. */
interface Facts {
  group?: string | undefined;
  date?: string | undefined;
  term?: string | undefined;
  number?: { printed: string; key: string } | undefined;
}

const termOfDoc = (f: Facts) => termOf({ ...(f.number ? { number: { ...f.number, seq: null } } : {}), ...(f.date ? { date: f.date } : {}), ...(f.term ? { term: f.term } : {}) });

/**
 * Whether `a`, read as a citation, may mean document `b`, as build.ts settles a citation: a date
 * needs an agreeing date (and the same term where both have one), a term the same term, a bare
 * number fits any document bearing it.
 */
function mayMean(a: Facts, b: Facts): boolean {
  if (a.date) {
    const term = termOfDoc(a);
    return !!b.date && datesAgree(a.date, b.date) && (!term || !termOfDoc(b) || termOfDoc(b) === term);
  }
  const term = termOfDoc(a);
  return term ? termOfDoc(b) === term : true;
}

/**
 * The documents among `docs` that may be `doc`: same number group, and either may be read as a
 * citation of the other (a document known by its date on one site and by its term on another is
 * one document); the same full date first, as build.ts does.
 */
export function fitting<T extends Facts>(doc: Facts, docs: readonly T[]): T[] {
  const same = docs.filter((d) => d.group !== undefined && d.group === doc.group);
  const exact = doc.date ? same.filter((d) => d.date === doc.date) : [];
  return exact.length ? exact : same.filter((d) => mayMean(doc, d) || mayMean(d, doc));
}

interface Candidate extends Facts { node: string }

export function crossSite(graph: Graph, peers: readonly CrossPeer[]): CrossSite {
  const peerNodes = new Map<string, PeerNode>();
  const peerEntryDoc = new Map<string, Map<string, string>>(); // peer id → entry → document id
  const directives: Candidate[] = []; // every peer's directives
  for (const peer of peers) {
    const entryDoc = new Map<string, string>();
    for (const doc of peer.graph.documents) {
      const node = peerNodeId(peer.id, doc.id);
      peerNodes.set(node, { peer, doc });
      if (doc.entry) {
        entryDoc.set(doc.entry, doc.id);
        if (doc.group) directives.push({ ...doc, node });
      }
    }
    peerEntryDoc.set(peer.id, entryDoc);
  }
  const local = [...graph.documents.values()];
  // By number group, so matching looks only at documents bearing the same number.
  const byGroup = (list: Candidate[]) => Map.groupBy(list, (c) => c.group!);
  const peerDirectives = byGroup(directives);
  const localDirectives = byGroup(local.filter((d) => d.entry && d.group).map((d) => ({ ...d, node: d.id })));
  const localCitedList: Candidate[] = local.filter((d) => !d.entry && d.group).map((d) => ({ ...d, node: d.id }));
  const localCited = byGroup(localCitedList);
  const inGroup = (m: Map<string, Candidate[]>, group: string | undefined) => (group ? m.get(group) ?? [] : []);

  // This site's cited-only documents that a peer publishes.
  const sameAs = new Map<string, string>();
  const candidates = new Map<string, string[]>();
  for (const d of localCitedList) {
    const fits = fitting(d, inGroup(peerDirectives, d.group)).map((c) => c.node).sort(compareKeys);
    if (fits.length === 1) sameAs.set(d.node, fits[0]!);
    else if (fits.length > 1) candidates.set(d.node, fits);
  }
  const canonical = (docId: string) => sameAs.get(docId) ?? docId;

  // A peer's cited-only document: a directive of any site, else a document of this site, else its own.
  const peerCanonical = new Map<string, string>();
  const canonicalOfPeer = (peerId: string, docId: string): string => {
    const node = peerNodeId(peerId, docId);
    const known = peerCanonical.get(node);
    if (known) return known;
    const doc = peerNodes.get(node)?.doc;
    let result = node;
    if (doc && !doc.entry && doc.group) {
      const others = inGroup(peerDirectives, doc.group).filter((c) => !c.node.startsWith(`${peerId}|`));
      const fits = fitting(doc, [...inGroup(localDirectives, doc.group), ...others]);
      if (fits.length === 1) result = canonical(fits[0]!.node);
      else if (fits.length === 0) {
        const cited = fitting(doc, inGroup(localCited, doc.group));
        if (cited.length === 1) result = canonical(cited[0]!.node);
      }
    }
    peerCanonical.set(node, result);
    return result;
  };

  // Cited by peers: references whose document is (one of) this site's.
  const citedBy = new Map<string, PeerCiting[]>();
  for (const peer of peers) {
    const entryDoc = peerEntryDoc.get(peer.id)!;
    for (const r of peer.graph.references) {
      if (!r.target || !entryDoc.has(r.from)) continue;
      const target = canonicalOfPeer(peer.id, r.target);
      if (isPeerNode(target)) continue;
      const from = peerNodeId(peer.id, entryDoc.get(r.from)!);
      const list = citedBy.get(target) ?? (citedBy.set(target, []), citedBy.get(target)!);
      const item = list.find((c) => c.node === from) ?? (list.push({ node: from, refs: [] }), list.at(-1)!);
      item.refs.push(r);
    }
  }
  for (const list of citedBy.values()) list.sort((a, b) => compareKeys(a.node, b.node));

  // The implementation relation across sites.
  const up = new Map<string, string[]>();
  const down = new Map<string, string[]>();
  const edge = (from: string, to: string) => {
    if (from === to) return;
    const u = up.get(from) ?? (up.set(from, []), up.get(from)!);
    if (!u.includes(to)) u.push(to);
    const d = down.get(to) ?? (down.set(to, []), down.get(to)!);
    if (!d.includes(from)) d.push(from);
  };
  for (const [entry, targets] of [...graph.implements].sort((a, b) => compareKeys(a[0], b[0]))) {
    for (const t of targets) edge(graph.entryDocument.get(entry)!, canonical(t));
  }
  for (const peer of peers) {
    const entryDoc = peerEntryDoc.get(peer.id)!;
    for (const [entry, targets] of Object.entries(peer.graph.implements).sort((a, b) => compareKeys(a[0], b[0]))) {
      const from = entryDoc.get(entry);
      if (!from) continue;
      for (const t of targets) if (peerNodes.has(peerNodeId(peer.id, t))) edge(peerNodeId(peer.id, from), canonicalOfPeer(peer.id, t));
    }
  }
  return { sameAs, candidates, peerNodes, citedBy, up, down, canonical };
}

/** "Hướng dẫn số 06-HD/BTGDVTU ngày 06/8/2025 của … — <subject>": a peer's document as links name it. */
export function peerDocumentLabel(doc: ContractDocument): string {
  if (doc.name) return doc.name;
  const type = DOCUMENT_TYPES[doc.type as DocumentType]?.name ?? 'Văn bản';
  const number = doc.number ? ` số ${doc.number.printed}` : doc.entry ? ' (không số)' : '';
  const when = doc.date
    ? doc.date.length === 10 ? ` ngày ${displayPartialDate(doc.date)}` : ` ${displayPartialDate(doc.date)}`
    : doc.term ? ` (khóa ${doc.term})` : '';
  const issuer = doc.issuer ? ` của ${doc.issuer}` : '';
  const title = doc.title ? ` — ${doc.title}` : '';
  return `${type}${number}${when}${issuer}${title}`;
}
