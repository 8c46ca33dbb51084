/**
 * The search page's peers (its data-peers attribute: federated search, src/search/federation.ts)
 * for the offline copy. A peer that is a site of the same bundle (by its address, or published
 * beside this one: "<base>../<id>/") is searched from its folder (a relative base, from the search
 * page); any other peer is dropped: from a stick the copy reads nothing over the network. Pure.
 */
import { rewriteLink, type LinkContext } from './links.ts';

interface Peer { id: string; name: string; base: string }

const unescape = (v: string) => v.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const escape = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The attribute's new value (escaped), or undefined when no peer is left (the attribute goes). */
export function peersForCopy(attr: string, ctx: LinkContext): string | undefined {
  const peers = JSON.parse(unescape(attr)) as Peer[];
  const kept: Peer[] = [];
  for (const p of peers) {
    // The peer's home page, as the copy links to it: kept when it is a sibling site's, on the stick.
    const home = rewriteLink(`${p.base}index.html`, ctx);
    if (home.type !== 'internal' || !home.exists || !home.target.startsWith('../')) continue;
    kept.push({ ...p, base: home.url.replace(/index\.html$/, '') });
  }
  return kept.length ? escape(JSON.stringify(kept)) : undefined;
}
