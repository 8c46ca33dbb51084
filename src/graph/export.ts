/** The graph as plain JSON (sorted, so two builds of the same content write the same bytes). */
import type { Graph } from './build.ts';
import { compareKeys } from '../text/compare.ts';

const sortedEntries = <V>(m: Map<string, V>) => [...m].sort((a, b) => compareKeys(a[0], b[0]));

export function graphToJson(graph: Graph) {
  return {
    format: 'chidao-graph/1',
    documents: sortedEntries(graph.documents).map(([, d]) => d),
    references: sortedEntries(graph.references).flatMap(([, refs]) => refs.filter((r) => r !== undefined)),
    implements: Object.fromEntries(sortedEntries(graph.implements)),
    numbers: Object.fromEntries(sortedEntries(graph.numbers).map(([k, n]) => [k, { printed: n.printed, documents: n.documents }])),
  };
}
