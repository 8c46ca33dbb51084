/**
 * The graph as the site's public contract (src/federation/contract.ts, schemas/do-thi.schema.json):
 * sorted, so two builds of the same content write the same bytes; every document with its page URL
 * relative to the site base, directives with their subject.
 */
import type { Graph } from './build.ts';
import { compareKeys } from '../text/compare.ts';
import { documentRoute } from '../lib/links.ts';
import { CONTRACT_FORMAT, CONTRACT_VERSION, type ContractGraph } from '../federation/contract.ts';

const sortedEntries = <V>(m: Map<string, V>) => [...m].sort((a, b) => compareKeys(a[0], b[0]));

export interface ExportSite {
  /** content/site.yaml: this site's id and office. */
  id: string;
  office: string;
  /** Each entry's subject (trích yếu), when it has one. */
  titles?: ReadonlyMap<string, string>;
}

export function graphToJson(graph: Graph, site: ExportSite): ContractGraph {
  return {
    format: CONTRACT_FORMAT,
    version: CONTRACT_VERSION,
    site: { id: site.id, office: site.office },
    documents: sortedEntries(graph.documents).map(([, d]) => {
      const title = d.entry ? site.titles?.get(d.entry) : undefined;
      return { ...d, url: documentRoute(d), ...(title ? { title } : {}) };
    }),
    references: sortedEntries(graph.references).flatMap(([, refs]) => refs.filter((r) => r !== undefined).map((r) => ({ ...r }))),
    implements: Object.fromEntries(sortedEntries(graph.implements)),
    numbers: Object.fromEntries(sortedEntries(graph.numbers).map(([k, n]) => [k, { printed: n.printed, documents: n.documents }])),
  };
}
