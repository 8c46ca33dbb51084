/**
 * The "Nghe" button's script (browser/listen.ts), bundled by esbuild into one minified classic
 * script — an IIFE, no import/export, no fetch — so it runs from file:// as over http, as the
 * poster maker's does (posters/browser/bundle.ts). Named by its content hash, so a browser never
 * keeps an old copy. Bundled once per process. The pages load it as an external same-origin
 * script: the site's policy (script-src 'self') allows it, no exception needed.
 */
import { join } from 'node:path';
import { bundleClassicScript, hashedScriptName } from '../lib/classic-script.ts';

export interface ListenScript {
  /** "nghe.<12 hex>.js" */
  file: string;
  text: string;
}

let pending: Promise<ListenScript> | undefined;

export function listenScript(root = process.env.CHIDAO_ROOT ?? process.cwd()): Promise<ListenScript> {
  return (pending ??= bundle(root));
}

async function bundle(root: string): Promise<ListenScript> {
  const text = await bundleClassicScript(join(root, 'src/speech/browser/listen.ts'));
  return { file: hashedScriptName('nghe', text), text };
}
