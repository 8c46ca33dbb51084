/**
 * The graph of the collection being built, computed once per build (memoised for every page that
 * asks), with the labels pages show for its documents, and — when content/site.yaml names peers —
 * their graphs joined to it (cross-site.ts). The only Astro-aware file of src/graph.
 *
 * A peer that cannot be read never fails the build: each problem is printed once as a warning
 * naming the peer and the reason (src/federation/read-peers.ts), and the build goes on with the
 * peer's last cached copy, or without it.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { isAbsolute, join } from 'node:path';
import { buildGraph, type Graph } from './build.ts';
import { crossSite, type CrossSite } from './cross-site.ts';
import { documentLabel } from './document-labels.ts';
import { numberLabel } from '../lib/labels.ts';
import { loadSiteConfig, type SiteConfig } from '../site/site-config.ts';
import { readPeers, type PeerGraph } from '../federation/read-peers.ts';

export interface SiteGraph {
  graph: Graph;
  entries: Map<string, CollectionEntry<'directives'>>;
  /** What a link to a document says: a directive's number and subject, else documentLabel. */
  label(docId: string): string;
  /** content/site.yaml (or CHIDAO_SITE_CONFIG). */
  config: SiteConfig;
  /** The peers read for this build, and the peers' graphs joined to this one (when there are peers). */
  peers: PeerGraph[];
  cross?: CrossSite;
}

let memo: Promise<SiteGraph> | undefined;

export function siteGraph(): Promise<SiteGraph> {
  memo ??= (async () => {
    const root = process.env.CHIDAO_ROOT ?? process.cwd();
    const config = loadSiteConfig(root);
    const cacheDirSetting = process.env.CHIDAO_CACHE_DIR || 'node_modules/.astro';
    const cacheDir = isAbsolute(cacheDirSetting) ? cacheDirSetting : join(root, cacheDirSetting);
    const [list, read] = await Promise.all([getCollection('directives'), readPeers(config, { root, cacheDir })]);
    for (const problem of read.problems) console.warn(`[chidao-peers] warning: ${problem}`);
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
    const cross = read.peers.length
      ? crossSite(graph, read.peers.map((p) => ({ id: p.peer.id, name: p.peer.name, ...(p.peer.url ? { url: p.peer.url } : {}), graph: p.graph })))
      : undefined;
    return { graph, entries, label, config, peers: read.peers, ...(cross ? { cross } : {}) };
  })();
  return memo;
}
