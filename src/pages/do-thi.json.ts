/**
 * The citation graph as JSON: the site's public contract (src/federation/contract.ts,
 * schemas/do-thi.schema.json), read by other chidao sites that list this one as a peer.
 */
import type { APIRoute } from 'astro';
import { siteGraph } from '../graph/site-graph.ts';
import { graphToJson } from '../graph/export.ts';

export const GET: APIRoute = async () => {
  const { graph, entries, config } = await siteGraph();
  const titles = new Map([...entries].flatMap(([id, e]) => (e.data.title ? [[id, e.data.title] as const] : [])));
  return new Response(JSON.stringify(graphToJson(graph, { id: config.id, office: config.office, titles })), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
