/**
 * The poster maker page's script: src/posters/browser/maker.ts with the build's poster modules,
 * satori (its layout WebAssembly is base64 inside satori's own build) and the two font files
 * (esbuild's binary loader: base64 in the script), bundled by esbuild into one minified classic
 * script — an IIFE, no import/export, no fetch — so it runs from file:// as over http. Named by
 * its content hash, so a browser never keeps an old copy. Bundled once per process.
 */
import type { Plugin } from 'esbuild';
import { bundleClassicScript, hashedScriptName } from '../../lib/classic-script.ts';
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { POSTER_FONT_FILES } from '../fonts.ts';

export interface MakerScript {
  /** "tao-ap-phich.<12 hex>.js" */
  file: string;
  text: string;
  /** The script's size in bytes, and how many of them are the fonts' base64. */
  bytes: number;
  fontBytes: number;
}

/** `chidao:poster-fonts`: the two files of POSTER_FONT_FILES as Uint8Arrays (binary loader: base64 in the script). */
function posterFontsModule(root: string): Plugin {
  const require = createRequire(join(root, 'package.json'));
  return {
    name: 'chidao-poster-fonts',
    setup(b) {
      b.onResolve({ filter: /^chidao:poster-fonts$/ }, () => ({ path: 'poster-fonts', namespace: 'chidao' }));
      b.onLoad({ filter: /.*/, namespace: 'chidao' }, () => ({
        resolveDir: root,
        loader: 'js',
        contents: `import extraBold from ${JSON.stringify(require.resolve(POSTER_FONT_FILES[800]))};\n`
          + `import bold from ${JSON.stringify(require.resolve(POSTER_FONT_FILES[700]))};\nexport { extraBold, bold };\n`,
      }));
    },
  };
}

let pending: Promise<MakerScript> | undefined;

export function makerScript(root = process.env.CHIDAO_ROOT ?? process.cwd()): Promise<MakerScript> {
  return (pending ??= bundle(root));
}

async function bundle(root: string): Promise<MakerScript> {
  const text = await bundleClassicScript(join(root, 'src/posters/browser/maker.ts'), {
    // Chromium and Firefox ESR of today: class fields and private members as written, not lowered.
    target: ['es2022'],
    loader: { '.ttf': 'binary' },
    plugins: [posterFontsModule(root)],
  });
  const require = createRequire(join(root, 'package.json'));
  const ttf = Object.values(POSTER_FONT_FILES).reduce((n, f) => n + statSync(require.resolve(f)).size, 0);
  return { file: hashedScriptName('tao-ap-phich', text), text, bytes: Buffer.byteLength(text), fontBytes: Math.ceil(ttf / 3) * 4 };
}
