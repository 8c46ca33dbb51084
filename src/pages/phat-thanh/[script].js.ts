/** The "Nghe" button's script, named by its content hash (src/speech/bundle.ts). */
import type { APIRoute } from 'astro';
import { listenScript } from '../../speech/bundle.ts';

export async function getStaticPaths() {
  const { file } = await listenScript();
  return [{ params: { script: file.replace(/\.js$/, '') } }];
}

export const GET: APIRoute = async () =>
  new Response((await listenScript()).text, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
