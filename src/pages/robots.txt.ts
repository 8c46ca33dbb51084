/** robots.txt: everything may be crawled; points at the sitemap (written after the build). */
import type { APIRoute } from 'astro';
import { absoluteHref, ROUTES } from '../lib/links.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteHref(site!, import.meta.env.BASE_URL, ROUTES.sitemap())}\n`);
