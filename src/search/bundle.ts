/**
 * The search page's script: src/search/ui.ts and the pure modules it imports (query parser,
 * number matching, highlighting, type names) bundled by esbuild into one minified classic script —
 * an IIFE with no import/export of its own, so it also runs where modules cannot (file://).
 */
import { join } from 'node:path';
import { bundleClassicScript } from '../lib/classic-script.ts';

export function bundleSearchScript(root: string): Promise<string> {
  return bundleClassicScript(join(root, 'src/search/ui.ts'));
}
