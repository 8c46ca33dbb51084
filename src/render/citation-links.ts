/**
 * The citations of one entry as link spans for its rendered text: each resolved citation links to
 * its document (the directive's page when it is in the collection), an ambiguous one to its
 * number's page, saying so; one this site only cites but a peer publishes to the peer's page.
 */
import type { Mention } from '../citations/mentions.ts';
import { documentLabel } from '../graph/document-labels.ts';
import { isPeerNode } from '../graph/cross-site.ts';
import { documentRoute, href, ROUTES } from '../lib/links.ts';
import type { LinkSpan } from './body-html.ts';
import { peerLinkView, type GraphWithLabels } from './link-view.ts';

export function citationLinks(site: Pick<GraphWithLabels, 'graph' | 'cross'>, entryId: string, mentions: readonly Mention[], base: string): LinkSpan[] {
  const { graph, cross } = site;
  const refs = graph.references.get(entryId) ?? [];
  const spans: LinkSpan[] = [];
  mentions.forEach((m, i) => {
    const ref = refs[i];
    if (!ref) return;
    const node = ref.target ? cross?.canonical(ref.target) : undefined;
    if (node && isPeerNode(node)) {
      // Not in this collection, published by a peer: its page there.
      const peer = peerLinkView(cross!, node, base);
      spans.push({ start: m.start, end: m.end, href: peer.href, className: 'cite peer', title: `${peer.label} — trên trang của ${peer.site}` });
    } else if (ref.target) {
      const doc = graph.documents.get(ref.target)!;
      spans.push({ start: m.start, end: m.end, href: href(base, documentRoute(doc)), className: 'cite', title: documentLabel(doc) });
    } else if (ref.group) {
      const n = ref.candidates?.length ?? 0;
      spans.push({
        start: m.start, end: m.end, href: href(base, ROUTES.number(ref.group)), className: 'cite ambiguous',
        title: `Chưa xác định văn bản nào: ${n} văn bản mang số này — xem danh sách`,
      });
    }
  });
  return spans;
}
