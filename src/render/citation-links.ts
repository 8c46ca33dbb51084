/**
 * The citations of one entry as link spans for its rendered text: each resolved citation links to
 * its document (the directive's page when it is in the collection), an ambiguous one to its
 * number's page, saying so.
 */
import type { Graph } from '../graph/build.ts';
import type { Mention } from '../citations/mentions.ts';
import { documentLabel } from '../graph/document-labels.ts';
import { documentRoute, href, ROUTES } from '../lib/links.ts';
import type { LinkSpan } from './body-html.ts';

export function citationLinks(graph: Graph, entryId: string, mentions: readonly Mention[], base: string): LinkSpan[] {
  const refs = graph.references.get(entryId) ?? [];
  const spans: LinkSpan[] = [];
  mentions.forEach((m, i) => {
    const ref = refs[i];
    if (!ref) return;
    if (ref.target) {
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
