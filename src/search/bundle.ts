/**
 * The search page's script: src/search/ui.ts and the pure modules it imports (query parser,
 * number matching, highlighting, type names) bundled by esbuild into one minified classic script —
 * an IIFE with no import/export of its own, so it also runs where modules cannot (file://).
 */
import { build } from 'esbuild';
import { join } from 'node:path';

export async function bundleSearchScript(root: string): Promise<string> {
  const result = await build({
    entryPoints: [join(root, 'src/search/ui.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2020'],
    minify: true,
    write: false,
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}
