/**
 * This site's search file (src/search/federation.ts): what another site's search page needs to
 * search this one's index beside its own — id, office, Pagefind parts, number-shard starts.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { loadSiteConfig } from '../../site/site-config.ts';
import { SEARCH_INDEX_VERSION, searchIndexScript } from '../../search/federation.ts';
import { searchPartSize, searchParts } from '../../search/parts.ts';
import { sortKey } from '../../search/record.ts';
import { siteNumberLookup } from '../../search/site-lookup.ts';

export const GET: APIRoute = async () => {
  const config = loadSiteConfig(process.env.CHIDAO_ROOT ?? process.cwd());
  const entries = await getCollection('directives');
  const { starts } = await siteNumberLookup();
  const parts = searchParts(entries.map((e) => ({ id: e.id, key: sortKey(e.data) })), searchPartSize()).slice(1).map((p) => p.name);
  const text = searchIndexScript({ v: SEARCH_INDEX_VERSION, id: config.id, office: config.office, parts, starts });
  return new Response(text, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
