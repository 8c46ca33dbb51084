/**
 * Writes dist/sitemap.xml after the build from Astro's own list of built pages, so every page is
 * in it, whichever route made it (browse lists, directive pages, pages added later), and nothing
 * else (the .ics and feed files are not pages). Ours rather than @astrojs/sitemap: that one writes
 * a sitemap-index.xml + sitemap-0.xml pair and pulls in a dependency for twenty lines of work.
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { absoluteHref, ROUTES } from '../lib/links.ts';
import { htmlPages, toSitemap } from '../feeds/sitemap.ts';

export function sitemap(): AstroIntegration {
  let site: string | undefined;
  let base = '/';
  return {
    name: 'chidao-sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
        base = config.base;
      },
      'astro:build:done': ({ pages, dir, logger }) => {
        if (!site) throw new Error('chidao-sitemap: `site` must be set (CHIDAO_SITE) to write absolute sitemap URLs');
        const baseSegment = base.replace(/^\/+|\/+$/g, '');
        const urls = htmlPages(pages.map((p) => p.pathname)).map((p) =>
          // Astro's pathnames are relative to the base; tolerate one that includes it.
          absoluteHref(site!, base, baseSegment && p.startsWith(`${baseSegment}/`) ? p.slice(baseSegment.length + 1) : p));
        writeFileSync(new URL(ROUTES.sitemap(), dir), toSitemap(urls));
        logger.info(`${ROUTES.sitemap()}: ${urls.length} pages`);
      },
    },
  };
}
