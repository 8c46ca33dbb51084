/**
 * Links to documents of the graph as plain data — where they go and what they say — for pages that
 * render from props alone, and the incremental-build key of such a page: a page whose every input
 * is in its props can be keyed by their digest (Astro's experimental.incrementalBuild), so an edit
 * re-renders exactly the pages showing something it changed. Pure.
 */
import { createHash } from 'node:crypto';
import type { Graph, Reference } from '../graph/build.ts';
import { graphEdges, type CascadeEdges, type CascadeNode } from '../graph/cascade.ts';
import { isPeerNode, peerDocumentLabel, type CrossSite } from '../graph/cross-site.ts';
import { documentRoute, href, peerHref } from '../lib/links.ts';

/** A link to a document; `site` names the peer site the page is on ("trên trang của <site>"). */
export interface DocLinkView { href: string; label: string; site?: string }
export interface TreeView { doc: string; link: DocLinkView; children: TreeView[] }

export interface GraphWithLabels {
  graph: Graph;
  /** What a link to a document says (src/graph/site-graph.ts). */
  label(docId: string): string;
  /** The peers' graphs joined to this one (src/graph/cross-site.ts), when the site has peers. */
  cross?: CrossSite;
}

/**
 * A link to a document — this site's, or a peer's (a node "<peer>|<doc>"); a document this site
 * only cites that one peer publishes links to the peer's page.
 */
export function docLinkView(site: GraphWithLabels, docId: string, base: string): DocLinkView {
  const node = site.cross?.canonical(docId) ?? docId;
  if (isPeerNode(node)) return peerLinkView(site.cross!, node, base);
  const doc = site.graph.documents.get(docId);
  if (!doc) throw new Error(`no document ${docId} in the graph`);
  return { href: href(base, documentRoute(doc)), label: site.label(docId) };
}

/** A link to a peer's page for one of its documents, named by the peer's office. */
export function peerLinkView(cross: CrossSite, node: string, base: string): DocLinkView {
  const p = cross.peerNodes.get(node);
  if (!p) throw new Error(`no peer document ${node}`);
  return { href: peerHref(p.peer, base, p.doc.url), label: peerDocumentLabel(p.doc), site: p.peer.name };
}

export function treeView(site: GraphWithLabels, nodes: CascadeNode[], base: string): TreeView[] {
  return nodes.map((n) => ({ doc: n.doc, link: docLinkView(site, n.doc, base), children: treeView(site, n.children, base) }));
}

/** What a page shows of a citation: the sentence around it, its line, how it was resolved. */
export type CitingRef = Pick<Reference, 'sentence' | 'line' | 'status'>;

/**
 * Each directive citing a document, once, linked, with its references to it (in text order): this
 * site's first, then peers' directives citing it (their links name their site).
 */
export function citingDirectives(site: GraphWithLabels, docId: string, base: string): Array<{ link: DocLinkView; refs: CitingRef[] }> {
  const { graph } = site;
  const own = [...Map.groupBy(graph.citedBy.get(docId) ?? [], (r) => r.from)].map(([from, refs]) => ({ link: docLinkView(site, graph.entryDocument.get(from)!, base), refs: refs as CitingRef[] }));
  const peers = (site.cross?.citedBy.get(docId) ?? []).map((c) => ({ link: peerLinkView(site.cross!, c.node, base), refs: c.refs as CitingRef[] }));
  return [...own, ...peers];
}

/** The implementation relation pages draw cascades from: every site's when peers are known. */
export function cascadeEdges(site: GraphWithLabels): CascadeEdges {
  const cross = site.cross;
  return cross ? { up: (d) => cross.up.get(d) ?? [], down: (d) => cross.down.get(d) ?? [] } : graphEdges(site.graph);
}

/**
 * The incremental-build key of a page rendered from `inputs` alone (entry data, its text's
 * digest, its view): equal keys, equal pages — the page's code is tracked by Astro itself.
 */
export function pageCacheKey(...inputs: unknown[]): string {
  const h = createHash('sha256');
  for (const x of inputs) h.update(JSON.stringify(x) ?? 'undefined').update('\u0000');
  return h.digest('hex');
}
