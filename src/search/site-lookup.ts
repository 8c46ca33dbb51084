/**
 * The number lookup of the collection being built, computed once per build from the memoised
 * graph (src/graph/site-graph.ts). The only Astro-aware file of src/search.
 */
import { siteGraph } from '../graph/site-graph.ts';
import { lookupDocs, shardLookup, type LookupShards } from './number-lookup.ts';

let memo: Promise<LookupShards> | undefined;

export function siteNumberLookup(): Promise<LookupShards> {
  memo ??= siteGraph().then(({ graph, entries }) => shardLookup(lookupDocs(graph, entries)));
  return memo;
}
