/**
 * The implementation cascade around a document: what it carries out, upward (central → province
 * → commune read backwards), and what carries it out, downward, as trees. Cycles (bad data: two
 * directives implementing each other) are cut where a document would repeat on its own path.
 */
import type { Graph } from './build.ts';

export interface CascadeNode {
  doc: string;
  children: CascadeNode[];
}

/**
 * The implementation relation a cascade is drawn from: what a document carries out (up) and what
 * carries it out (down). One site's graph (graphEdges), or every site's (cross-site.ts).
 */
export interface CascadeEdges {
  up(doc: string): readonly string[];
  down(doc: string): readonly string[];
}

/** One site's relation: only directives of the collection implement anything. */
export const graphEdges = (graph: Graph): CascadeEdges => ({
  up: (docId) => {
    const entry = graph.documents.get(docId)?.entry;
    return entry ? (graph.implements.get(entry) ?? []) : [];
  },
  down: (docId) => (graph.implementedBy.get(docId) ?? []).map((entry) => graph.entryDocument.get(entry)!),
});

const edgesOf = (g: Graph | CascadeEdges): CascadeEdges => ('up' in g ? g : graphEdges(g));

function tree(next: (doc: string) => string[], doc: string, path: ReadonlySet<string>, maxDepth: number): CascadeNode[] {
  if (maxDepth === 0) return [];
  return next(doc)
    .filter((d) => !path.has(d))
    .map((d) => ({ doc: d, children: tree(next, d, new Set([...path, d]), maxDepth - 1) }));
}

/** Upward: each node's children are the documents IT implements. */
export const upstreamTree = (graph: Graph | CascadeEdges, docId: string, maxDepth = 8): CascadeNode[] =>
  tree((d) => [...edgesOf(graph).up(d)], docId, new Set([docId]), maxDepth);

/** Downward: each node's children are the directives implementing it. */
export const downstreamTree = (graph: Graph | CascadeEdges, docId: string, maxDepth = 8): CascadeNode[] =>
  tree((d) => [...edgesOf(graph).down(d)], docId, new Set([docId]), maxDepth);

/**
 * The whole cascade through a document, read from the top: every chain of documents it carries
 * out (highest first) leads down to it, and under it the tree of directives carrying it out.
 * With nothing upstream the document itself is the root.
 */
export function cascadeTree(graph: Graph | CascadeEdges, docId: string): CascadeNode[] {
  const self: CascadeNode = { doc: docId, children: downstreamTree(graph, docId) };
  const paths: string[][] = [];
  const walk = (nodes: CascadeNode[], path: string[]) => {
    for (const n of nodes) {
      if (n.children.length) walk(n.children, [n.doc, ...path]);
      else paths.push([n.doc, ...path]); // top first
    }
  };
  walk(upstreamTree(graph, docId), []);
  if (!paths.length) return [self];
  const roots: CascadeNode[] = [];
  for (const path of paths) {
    let level = roots;
    for (const doc of path) {
      let node = level.find((x) => x.doc === doc);
      if (!node) level.push((node = { doc, children: [] }));
      level = node.children;
    }
    level.push(self);
  }
  return roots;
}
