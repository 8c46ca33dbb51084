/**
 * Reading the peers' graphs at build time (issue 21): each peer of content/site.yaml from its
 * `path` (a folder or .zip of its build) or else from `url` + "do-thi.json", checked against the
 * contract (contract.ts) and cached in the build's cache folder. A peer that cannot be read —
 * missing, not JSON, another contract version, a network error — is a problem naming the peer and
 * the reason; the last cached copy is used instead when there is one. Never throws for a peer.
 *
 * No Astro imports: the build (src/graph/site-graph.ts) and scripts call it alike.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Peer, SiteConfig } from '../site/site-config.ts';
import { checkContract, type ContractGraph } from './contract.ts';

export const GRAPH_FILE = 'do-thi.json';
/** Folder of the cached peer graphs under the build's cache folder. */
export const PEER_CACHE = 'chidao-peers';

export interface PeerGraph {
  peer: Peer;
  graph: ContractGraph;
  /** Where this copy came from: read now from the path or url, or the cached copy of an earlier build. */
  from: 'path' | 'url' | 'cache';
}

export interface ReadPeersOptions {
  /** The project folder: peer paths are relative to it. */
  root: string;
  /** The build's cache folder (CHIDAO_CACHE_DIR, or Astro's). */
  cacheDir: string;
  /** For tests; the global fetch otherwise. */
  fetch?: typeof fetch;
  /** Per peer, for url peers; 15 s by default. */
  timeoutMs?: number;
}

export interface ReadPeersResult {
  /** The peers read (or taken from the cache), in the config's order. */
  peers: PeerGraph[];
  /** One line per peer that could not be read now: the peer, the reason, and what was done. */
  problems: string[];
}

export async function readPeers(config: Pick<SiteConfig, 'peers'>, options: ReadPeersOptions): Promise<ReadPeersResult> {
  const peers: PeerGraph[] = [];
  const problems: string[] = [];
  for (const peer of config.peers) {
    const name = `peer "${peer.id}" (${peer.name})`;
    const read = await readPeerGraph(peer, options);
    if ('graph' in read) {
      writeCache(options.cacheDir, peer.id, read.text);
      peers.push({ peer, graph: read.graph, from: read.from });
      continue;
    }
    const cached = readCache(options.cacheDir, peer.id);
    if (cached) {
      peers.push({ peer, graph: cached.graph, from: 'cache' });
      problems.push(`${name}: ${read.problem}; using the copy cached ${cached.when}`);
    } else {
      problems.push(`${name}: ${read.problem}; left out of this build (no cached copy)`);
    }
  }
  return { peers, problems };
}

type Read = { graph: ContractGraph; text: string; from: 'path' | 'url' } | { problem: string };

async function readPeerGraph(peer: Peer, options: ReadPeersOptions): Promise<Read> {
  let text: string;
  let from: 'path' | 'url';
  let where: string;
  try {
    if (peer.path !== undefined) {
      from = 'path';
      const path = isAbsolute(peer.path) ? peer.path : join(options.root, peer.path);
      const got = readFromPath(path);
      if ('problem' in got) return got;
      ({ text, where } = got);
    } else {
      from = 'url';
      where = new URL(GRAPH_FILE, peer.url!.endsWith('/') ? peer.url! : `${peer.url}/`).href;
      const response = await (options.fetch ?? fetch)(where, { signal: AbortSignal.timeout(options.timeoutMs ?? 15_000) });
      if (!response.ok) return { problem: `${where} answered HTTP ${response.status}` };
      text = await response.text();
    }
  } catch (e) {
    return { problem: `cannot read it (${(e as Error).message})` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { problem: `${where} is not valid JSON (${(e as Error).message})` };
  }
  const checked = checkContract(json);
  if ('problem' in checked) return { problem: `${where}: ${checked.problem}` };
  return { graph: checked.graph, text, from };
}

/** do-thi.json of a build folder, or of a .zip of one (at its top or in its one top folder). */
function readFromPath(path: string): { text: string; where: string } | { problem: string } {
  if (!existsSync(path)) return { problem: `${path} does not exist` };
  if (statSync(path).isDirectory()) {
    const file = join(path, GRAPH_FILE);
    if (!existsSync(file)) return { problem: `${path} holds no ${GRAPH_FILE} (is it a chidao build?)` };
    return { text: readFileSync(file, 'utf8'), where: file };
  }
  if (!path.toLowerCase().endsWith('.zip')) return { problem: `${path} is neither a folder nor a .zip` };
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(readFileSync(path), { filter: (f) => f.name === GRAPH_FILE || f.name.endsWith(`/${GRAPH_FILE}`) });
  } catch (e) {
    return { problem: `${path} is not a readable zip (${(e as Error).message})` };
  }
  const name = Object.keys(files).sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b))[0];
  if (!name || name.split('/').length > 2) return { problem: `${path} holds no ${GRAPH_FILE} at its top (is it a chidao build?)` };
  return { text: strFromU8(files[name]!), where: `${path}:${name}` };
}

const cacheFile = (cacheDir: string, id: string) => join(cacheDir, PEER_CACHE, `${id}.json`);

function writeCache(cacheDir: string, id: string, text: string) {
  const file = cacheFile(cacheDir, id);
  mkdirSync(join(cacheDir, PEER_CACHE), { recursive: true });
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
}

function readCache(cacheDir: string, id: string): { graph: ContractGraph; when: string } | undefined {
  const file = cacheFile(cacheDir, id);
  if (!existsSync(file)) return undefined;
  try {
    const checked = checkContract(JSON.parse(readFileSync(file, 'utf8')));
    if ('problem' in checked) return undefined;
    return { graph: checked.graph, when: statSync(file).mtime.toISOString().replace(/\.\d+Z$/, 'Z') };
  } catch {
    return undefined;
  }
}
