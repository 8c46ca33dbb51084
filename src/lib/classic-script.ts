/**
 * A browser entry module bundled by esbuild into one minified classic script: an IIFE with no
 * import/export of its own and no fetch of modules, so it runs from file:// (the offline copy) as
 * over http. The search page's, the poster maker's and the "Nghe" button's scripts are built so.
 */
import { build, type BuildOptions } from 'esbuild';
import { createHash } from 'node:crypto';

/** The bundle's text; `extra`: loaders and plugins an entry needs (the poster maker's fonts). */
export async function bundleClassicScript(entry: string, extra: Pick<BuildOptions, 'loader' | 'plugins' | 'target'> = {}): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2020'],
    minify: true,
    write: false,
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'silent',
    ...extra,
  });
  return result.outputFiles[0]!.text;
}

/** "<name>.<12 hex of the text's SHA-256>.js": a browser never keeps an old copy. */
export const hashedScriptName = (name: string, text: string) => `${name}.${createHash('sha256').update(text).digest('hex').slice(0, 12)}.js`;
