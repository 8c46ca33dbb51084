/**
 * Everything a directive page shows besides its own entry, resolved to plain links and labels: the
 * citation links in its text, what it implements and what implements it, the cascade, the documents
 * it cites, the ambiguous citations and its backlinks — across sites when the site has peers
 * (src/graph/cross-site.ts). Pure, given the graph and its labels.
 *
 * The page renders from this and its entry only — so a digest of the two is a complete key of the
 * page (pageCacheKey, link-view.ts), which lets Astro's incremental build skip every page an edit
 * does not touch: a changed title reaches the pages that show it through the labels here.
 */
import type { Mention } from '../citations/mentions.ts';
import { cascadeTree, downstreamTree, upstreamTree } from '../graph/cascade.ts';
import { href, ROUTES } from '../lib/links.ts';
import { citationLinks } from './citation-links.ts';
import type { LinkSpan } from './body-html.ts';
import { cascadeEdges, citingDirectives, docLinkView, treeView, type DocLinkView, type GraphWithLabels, type TreeView } from './link-view.ts';

export interface DirectiveView {
  /** The directive's own document in the graph. */
  docId: string;
  /** Link spans for the citations of its text (renderEntryFile). */
  links: LinkSpan[];
  upstream: DocLinkView[];
  downstream: DocLinkView[];
  cascade: TreeView[];
  cited: DocLinkView[];
  ambiguous: Array<{ raw: string; line: number; candidates: number; href: string }>;
  citedBy: Array<{ link: DocLinkView; count: number }>;
}

export function directiveView(site: GraphWithLabels, entry: { id: string; data: { mentions: readonly Mention[] } }, base: string): DirectiveView {
  const { graph } = site;
  const docId = graph.entryDocument.get(entry.id);
  if (!docId) throw new Error(`directive ${entry.id} has no document in the graph`);
  const link = (id: string) => docLinkView(site, id, base);
  const edges = cascadeEdges(site);
  return {
    docId,
    links: citationLinks(site, entry.id, entry.data.mentions, base),
    upstream: upstreamTree(edges, docId, 1).map((n) => link(n.doc)),
    downstream: downstreamTree(edges, docId, 1).map((n) => link(n.doc)),
    cascade: treeView(site, cascadeTree(edges, docId), base),
    cited: (graph.cites.get(entry.id) ?? []).map(link),
    ambiguous: (graph.references.get(entry.id) ?? [])
      .filter((r) => r?.status === 'ambiguous')
      .map((r) => ({ raw: r!.raw.replace(/\*/g, ''), line: r!.line, candidates: r!.candidates?.length ?? 0, href: href(base, ROUTES.number(r!.group!)) })),
    // Each citing directive once, with how many times it cites this one.
    citedBy: citingDirectives(site, docId, base).map((c) => ({ link: c.link, count: c.refs.length })),
  };
}
