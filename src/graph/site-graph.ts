/**
 * The graph of the collection being built, computed once per build (memoised for every page that
 * asks), with the labels pages show for its documents. The only Astro-aware file of src/graph.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildGraph, type Graph } from './build.ts';
import { documentLabel } from './document-labels.ts';
import { numberLabel } from '../lib/labels.ts';

export interface SiteGraph {
  graph: Graph;
  entries: Map<string, CollectionEntry<'directives'>>;
  /** What a link to a document says: a directive's number and subject, else documentLabel. */
  label(docId: string): string;
}

let memo: Promise<SiteGraph> | undefined;

export function siteGraph(): Promise<SiteGraph> {
  memo ??= getCollection('directives').then((list) => {
    const graph = buildGraph(list.map((e) => ({ id: e.id, data: e.data, mentions: e.data.mentions })));
    const entries = new Map(list.map((e) => [e.id, e]));
    const label = (docId: string) => {
      const doc = graph.documents.get(docId);
      if (!doc) return docId;
      const entry = doc.entry ? entries.get(doc.entry) : undefined;
      if (!entry) return documentLabel(doc);
      const d = entry.data;
      return `${numberLabel(d)}${d.issuer ? ` của ${d.issuer.name}` : ''}${d.title ? ` — ${d.title}` : ''}`;
    };
    return { graph, entries, label };
  });
  return memo;
}
