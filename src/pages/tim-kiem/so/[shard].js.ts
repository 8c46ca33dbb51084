/** One shard of the number lookup (src/search/number-lookup.ts): a classic script, a few KB. */
import type { APIRoute } from 'astro';
import { siteNumberLookup } from '../../../search/site-lookup.ts';
import { shardScript } from '../../../search/number-lookup.ts';
import type { LookupDoc } from '../../../search/number-match.ts';

export async function getStaticPaths() {
  const { shards } = await siteNumberLookup();
  return shards.map((docs, i) => ({ params: { shard: String(i) }, props: { docs, index: i } }));
}

export const GET: APIRoute = ({ props }) => {
  const { docs, index } = props as { docs: LookupDoc[]; index: number };
  return new Response(shardScript(index, docs), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
