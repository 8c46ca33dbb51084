/**
 * Links to documents of the graph as plain data — where they go and what they say — for pages that
 * render from props alone, and the incremental-build key of such a page: a page whose every input
 * is in its props can be keyed by their digest (Astro's experimental.incrementalBuild), so an edit
 * re-renders exactly the pages showing something it changed. Pure.
 */
import { createHash } from 'node:crypto';
import type { Graph, Reference } from '../graph/build.ts';
import type { CascadeNode } from '../graph/cascade.ts';
import { documentRoute, href } from '../lib/links.ts';

export interface DocLinkView { href: string; label: string }
export interface TreeView { doc: string; link: DocLinkView; children: TreeView[] }

export interface GraphWithLabels {
  graph: Graph;
  /** What a link to a document says (src/graph/site-graph.ts). */
  label(docId: string): string;
}

export function docLinkView(site: GraphWithLabels, docId: string, base: string): DocLinkView {
  const doc = site.graph.documents.get(docId);
  if (!doc) throw new Error(`no document ${docId} in the graph`);
  return { href: href(base, documentRoute(doc)), label: site.label(docId) };
}

export function treeView(site: GraphWithLabels, nodes: CascadeNode[], base: string): TreeView[] {
  return nodes.map((n) => ({ doc: n.doc, link: docLinkView(site, n.doc, base), children: treeView(site, n.children, base) }));
}

/** Each directive citing a document, once, linked, with its references to it (in text order). */
export function citingDirectives(site: GraphWithLabels, docId: string, base: string): Array<{ link: DocLinkView; refs: Reference[] }> {
  const { graph } = site;
  return [...Map.groupBy(graph.citedBy.get(docId) ?? [], (r) => r.from)].map(([from, refs]) => ({ link: docLinkView(site, graph.entryDocument.get(from)!, base), refs }));
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
