/**
 * What the pages of documents other than directives show, resolved to plain links and labels (the
 * same technique as directive-view.ts): a cited document's page (tai-lieu/) and a number's page
 * (so-hieu/). Each page renders from its view alone, so pageCacheKey(view) is its complete
 * incremental-build key. Pure, given the graph and its labels.
 */
import type { GraphDocument, ResolutionStatus } from '../graph/build.ts';
import { cascadeTree } from '../graph/cascade.ts';
import { href, ROUTES } from '../lib/links.ts';
import { cascadeEdges, citingDirectives, docLinkView, peerLinkView, treeView, type DocLinkView, type GraphWithLabels, type TreeView } from './link-view.ts';

export interface CitedDocumentView {
  doc: GraphDocument;
  label: string;
  /** Its number's page, when other documents bear the same number, and those others with their subjects. */
  sameNumber?: { href: string; count: number; printed: string; others: Array<{ link: DocLinkView; subject?: string }> };
  /** The cascade, when directives of the collection (or of peers) implement it; `current` marks the document in it. */
  cascade?: TreeView[];
  current: string;
  /** The full text on a peer's site: the one peer directive this document is (src/graph/cross-site.ts). */
  onPeer?: DocLinkView;
  /** Several peers' directives this document may be: none chosen. */
  peerCandidates?: DocLinkView[];
  /** Each citing directive, with every citation's sentence, line and how it was resolved. */
  citing: Array<{ link: DocLinkView; refs: Array<{ sentence: string; line: number; status: ResolutionStatus }> }>;
}

export function citedDocumentView(site: GraphWithLabels, docId: string, base: string): CitedDocumentView {
  const { graph } = site;
  const doc = graph.documents.get(docId);
  if (!doc) throw new Error(`no document ${docId} in the graph`);
  const number = doc.group ? graph.numbers.get(doc.group) : undefined;
  const edges = cascadeEdges(site);
  const current = site.cross?.canonical(docId) ?? docId;
  return {
    doc,
    label: site.label(docId),
    ...(number && number.documents.length > 1 ? {
      sameNumber: {
        href: href(base, ROUTES.number(number.group)), count: number.documents.length, printed: number.printed,
        others: number.documents.filter((id) => id !== docId).map((id) => {
          const subject = graph.documents.get(id)!.subject;
          return { link: docLinkView(site, id, base), ...(subject ? { subject } : {}) };
        }),
      },
    } : {}),
    ...((edges.down(current).length > 0 || edges.up(current).length > 0) ? { cascade: treeView(site, cascadeTree(edges, current), base) } : {}),
    current,
    ...(site.cross?.sameAs.has(docId) ? { onPeer: docLinkView(site, docId, base) } : {}),
    ...(site.cross?.candidates.has(docId) ? { peerCandidates: site.cross.candidates.get(docId)!.map((n) => peerLinkView(site.cross!, n, base)) } : {}),
    citing: citingDirectives(site, docId, base).map(({ link, refs }) => ({
      link, refs: refs.map((r) => ({ sentence: r.sentence, line: r.line, status: r.status })),
    })),
  };
}

export interface NumberView {
  printed: string;
  /** Each document with its subject as citing texts give it (a directive's own title is in its label). */
  documents: Array<{ link: DocLinkView; citations: number; subject?: string }>;
  /** Citations giving only the number, which could mean any of the documents. */
  ambiguous: Array<{ link: DocLinkView; line: number; sentence: string }>;
}

export function numberView(site: GraphWithLabels, group: string, base: string): NumberView {
  const { graph } = site;
  const n = graph.numbers.get(group);
  if (!n) throw new Error(`no number ${group} in the graph`);
  return {
    printed: n.printed,
    documents: n.documents.map((id) => {
      const subject = graph.documents.get(id)!.subject;
      return { link: docLinkView(site, id, base), citations: graph.citedBy.get(id)?.length ?? 0, ...(subject ? { subject } : {}) };
    }),
    ambiguous: n.ambiguous.map((r) => ({ link: docLinkView(site, graph.entryDocument.get(r.from)!, base), line: r.line, sentence: r.sentence })),
  };
}
