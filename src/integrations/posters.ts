/**
 * Writes the slogan posters into dist/khau-hieu-anh/ after the build (every slogan of the
 * collection × every preset × every style, through a cache in Astro's cache folder), with
 * dist/khau-hieu-anh/manifest.json listing each file. CHIDAO_POSTERS=0 skips it; CHIDAO_POSTERS=web renders the web
 * PNGs only (fast builds for tests). The glyph gate fails the build.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { loadEntries } from '../entry/load-entries.ts';
import { buildEntryCache } from '../entry/entry-cache.ts';
import { buildPosters, slogansOf } from '../posters/build.ts';
import { drawnPresets, loadPosterConfig } from '../posters/presets.ts';
import { STYLES } from '../posters/styles.ts';
import { directiveCardText } from '../posters/directive-card.ts';
import { stageMark } from '../lib/stages.ts';

export const POSTER_DIR = 'khau-hieu-anh';
/** Open Graph images of directive pages: <dir>/<entry id>/og--do.png (ROUTES.directiveImage). */
export const DIRECTIVE_IMAGE_DIR = 'anh-van-ban';

export function posters(options: { contentDir?: string } = {}): AstroIntegration {
  let root = process.cwd();
  let cacheDir = join(root, 'node_modules/.astro');
  return {
    name: 'chidao-posters',
    hooks: {
      'astro:config:done': ({ config }) => { root = fileURLToPath(config.root); cacheDir = fileURLToPath(config.cacheDir); },
      'astro:build:done': async ({ dir, logger }) => {
        const mode = process.env.CHIDAO_POSTERS;
        if (mode === '0') return;
        stageMark('posters', 'start');
        const dirName = options.contentDir ?? process.env.CHIDAO_CONTENT_DIR ?? 'content/directives';
        const { entries } = loadEntries(root, dirName, { cache: buildEntryCache(root, cacheDir) });
        const config = loadPosterConfig(root);
        const t = performance.now();
        const { manifest, stats } = await buildPosters({
          slogans: slogansOf(entries),
          presets: drawnPresets(config.presets, mode),
          styles: STYLES,
          phrases: config.phrases,
          outDir: join(fileURLToPath(dir), POSTER_DIR),
          cacheDir: join(cacheDir, 'chidao-posters'),
        });
        logger.info(`${POSTER_DIR}/: ${manifest.posters.length} posters (${stats.rendered} rendered, ${stats.cached} cached) in ${((performance.now() - t) / 1000).toFixed(1)} s`);
        stageMark('posters', 'end');
        stageMark('directive-images', 'start');
        // One Open Graph image per directive page: its type, number and subject on the red style.
        const t2 = performance.now();
        const og = config.presets.find((p) => p.id === 'og')!;
        const cards = await buildPosters({
          slogans: entries.map((e) => ({ slug: e.id, text: directiveCardText(e.data), directives: [e.id] })),
          presets: [og],
          styles: [STYLES[0]!],
          phrases: config.phrases,
          outDir: join(fileURLToPath(dir), DIRECTIVE_IMAGE_DIR),
          cacheDir: join(cacheDir, 'chidao-posters'),
        });
        logger.info(`${DIRECTIVE_IMAGE_DIR}/: ${cards.manifest.posters.length} images (${cards.stats.rendered} rendered) in ${((performance.now() - t2) / 1000).toFixed(1)} s`);
        stageMark('directive-images', 'end');
      },
    },
  };
}
