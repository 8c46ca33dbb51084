/**
 * Every HTML page gets its Content-Security-Policy meta tag as Astro renders it (src/security/
 * csp.ts), rather than in a pass over the output after the build. Astro's incremental build then
 * stores and restores each page with its policy: a rebuild only hashes the pages it renders, not
 * all 20,000 (that pass read and rewrote every page: 11–13 s at 10,000 directives, each build).
 * Middleware sees the page as written: compressed, with Astro's stylesheet links in <head>.
 * Not in `astro dev`, as before: Vite's style hot-reload inserts styles no hash can allow.
 */
import { defineMiddleware } from 'astro:middleware';
import { pagePolicyFor } from './security/page-policy.ts';
import { peerOrigins, searchPeers } from './search/federation.ts';
import { loadSiteConfig } from './site/site-config.ts';

/** Origins of the peers the search page searches (content/site.yaml): read once per build. */
let origins: string[] | undefined;

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (import.meta.env.DEV) return response;
  if (!(response.headers.get('content-type') ?? '').startsWith('text/html')) return response;
  origins ??= peerOrigins(searchPeers(loadSiteConfig(process.env.CHIDAO_ROOT ?? process.cwd()).peers));
  const html = pagePolicyFor(context.url.pathname, import.meta.env.BASE_URL, await response.text(), origins);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
