/**
 * Writes dist/sitemap.xml after the build from Astro's own list of built pages, so every page is
 * in it, whichever route made it (browse lists, directive pages, pages added later), and nothing
 * else (the .ics and feed files are not pages). Past 50,000 pages (or 50 MB), sitemap.xml is an
 * index of sitemap-N.xml parts (src/feeds/sitemap.ts); robots.txt names sitemap.xml either way.
 *
 * Ours rather than @astrojs/sitemap: that one always writes sitemap-index.xml + sitemap-0.xml
 * (a new address for robots.txt, the footer link and the offline copy), filters pages by its own
 * rules rather than Astro's list less 404 and files, and is a dependency for forty lines of work.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { absoluteHref, ROUTES } from '../lib/links.ts';
import { htmlPages, sitemapFiles } from '../feeds/sitemap.ts';

/** A part of an earlier build's sitemap ("sitemap-3.xml"), removed unless written again. */
const PART = /^sitemap-\d+\.xml$/;

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
        const url = (path: string) => absoluteHref(site!, base, path);
        const urls = htmlPages(pages.map((p) => p.pathname)).map((p) =>
          // Astro's pathnames are relative to the base; tolerate one that includes it.
          url(baseSegment && p.startsWith(`${baseSegment}/`) ? p.slice(baseSegment.length + 1) : p));
        const files = sitemapFiles(urls, { main: ROUTES.sitemap(), part: ROUTES.sitemapPart, url });
        const written = new Set(files.map((f) => f.path));
        for (const name of readdirSync(dir)) if (PART.test(name) && !written.has(name)) rmSync(fileURLToPath(new URL(name, dir)));
        for (const f of files) writeFileSync(new URL(f.path, dir), f.xml);
        logger.info(`${ROUTES.sitemap()}: ${urls.length} pages${files.length > 1 ? `, in ${files.length - 1} parts` : ''}`);
      },
    },
  };
}
