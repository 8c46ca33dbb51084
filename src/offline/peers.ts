/**
 * The search page's peers (its data-peers attribute: federated search, src/search/federation.ts)
 * for the offline copy. A peer whose address is a site of the same bundle is searched from its
 * folder (a relative base, from the search page); any other peer is dropped: from a stick the
 * copy reads nothing over the network. Pure.
 */
import { relativeTo, siblingOf, type LinkContext } from './links.ts';

interface Peer { id: string; name: string; base: string }

const unescape = (v: string) => v.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const escape = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The attribute's new value (escaped), or undefined when no peer is left (the attribute goes). */
export function peersForCopy(attr: string, ctx: LinkContext): string | undefined {
  const peers = JSON.parse(unescape(attr)) as Peer[];
  const kept: Peer[] = [];
  for (const p of peers) {
    const sib = siblingOf(p.base, ctx);
    if (!sib) continue;
    const rest = p.base.slice(sib.prefix.length);
    const rel = relativeTo(ctx.file, `../${sib.folder}/${rest}index.html`).replace(/index\.html$/, '');
    kept.push({ ...p, base: rel });
  }
  return kept.length ? escape(JSON.stringify(kept)) : undefined;
}
