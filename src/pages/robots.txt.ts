/** robots.txt: everything may be crawled; points at sitemap.xml (written after the build: the sitemap, or past 50,000 pages the index of its parts). */
import type { APIRoute } from 'astro';
import { absoluteHref, ROUTES } from '../lib/links.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteHref(site!, import.meta.env.BASE_URL, ROUTES.sitemap())}\n`);
