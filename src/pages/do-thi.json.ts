/** The citation graph as JSON, for other tools: documents, references, relations (src/graph/export.ts). */
import type { APIRoute } from 'astro';
import { siteGraph } from '../graph/site-graph.ts';
import { graphToJson } from '../graph/export.ts';

export const GET: APIRoute = async () => {
  const { graph } = await siteGraph();
  return new Response(JSON.stringify(graphToJson(graph)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
