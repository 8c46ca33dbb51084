/** The poster maker page's script, named by its content hash (src/posters/browser/bundle.ts). */
import type { APIRoute } from 'astro';
import { makerScript } from '../../../posters/browser/bundle.ts';

export async function getStaticPaths() {
  const { file } = await makerScript();
  return [{ params: { script: file.replace(/\.js$/, '') } }];
}

export const GET: APIRoute = async () =>
  new Response((await makerScript()).text, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
