/**
 * The images the pages show (src/posters/shown.ts): each slogan's share image in
 * dist/khau-hieu-anh/ (with manifest.json listing each file) and each directive's in
 * dist/anh-van-ban/, through a cache in Astro's cache folder: drawn while the pages are built,
 * copied into the output after. Print sizes are not drawn here (the poster maker page, or
 * `npm run posters -- --print`). CHIDAO_POSTERS=0 skips it. What the fonts cannot draw is left out
 * of the drawing (drawable.ts) and reported by the content check; the glyph gate is the last
 * guard, for a font lacking letters.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { loadEntries } from '../entry/load-entries.ts';
import { buildEntryCache } from '../entry/entry-cache.ts';
import { drawPosters, placePosters, slogansOf, type BuildOptions, type Manifest } from '../posters/build.ts';
import { loadPosterConfig } from '../posters/presets.ts';
import { shownPosters } from '../posters/shown.ts';
import { directiveCardText } from '../posters/directive-card.ts';
import { inStage } from '../lib/stages.ts';
import { pruneCache } from '../lib/prune-cache.ts';
import { BACKGROUND_NICE } from '../lib/thread-priority.ts';

export const POSTER_DIR = 'khau-hieu-anh';
/** Open Graph images of directive pages: <dir>/<entry id>/og--do.png (ROUTES.directiveImage). */
export const DIRECTIVE_IMAGE_DIR = 'anh-van-ban';

export function posters(options: { contentDir?: string } = {}): AstroIntegration {
  let root = process.cwd();
  let cacheDir = join(root, 'node_modules/.astro');
  /** The two sets' manifests, once drawn into the cache (started at astro:build:start). */
  let drawing: Promise<Manifest[]> | undefined;
  const posterCache = () => join(cacheDir, 'chidao-posters');

  /** The two sets to draw: each slogan's share image, and each directive's. */
  const sets = (mode: string | undefined): BuildOptions[] => {
    const dirName = options.contentDir ?? process.env.CHIDAO_CONTENT_DIR ?? 'content/directives';
    const { entries } = loadEntries(root, dirName, { cache: buildEntryCache(root, cacheDir) });
    const config = loadPosterConfig(root);
    // Drawn beside Astro's page thread, which the build waits for: the drawing threads give way to it.
    const common = { phrases: config.phrases, cacheDir: posterCache(), nice: BACKGROUND_NICE, ...shownPosters(config.presets, mode) };
    return [
      { ...common, slogans: slogansOf(entries) },
      // Its type, number and subject.
      { ...common, slogans: entries.map((e) => ({ slug: e.id, text: directiveCardText(e.data), directives: [e.id], files: [e.file] })), kind: 'share image' },
    ];
  };

  return {
    name: 'chidao-posters',
    hooks: {
      'astro:config:done': ({ config }) => { root = fileURLToPath(config.root); cacheDir = fileURLToPath(config.cacheDir); },
      // Astro renders pages on one thread: the posters are drawn into the cache meanwhile, on the
      // other cores (render-pool.ts), and only placed in the output when the pages are done.
      'astro:build:start': () => {
        const mode = process.env.CHIDAO_POSTERS;
        if (mode === '0') return;
        drawing = inStage('posters-drawing', async () => {
          const manifests: Manifest[] = [];
          for (const set of sets(mode)) manifests.push((await drawPosters(set)).manifest);
          return manifests;
        });
        drawing.catch(() => {}); // reported at astro:build:done
      },
      'astro:build:done': async ({ dir, logger }) => {
        const mode = process.env.CHIDAO_POSTERS;
        if (mode === '0') return;
        await inStage('posters', async () => {
          const [slogans, cards] = await (drawing ?? Promise.reject(new Error('posters: astro:build:start did not run')));
          drawing = undefined;
          const t = performance.now();
          placePosters(slogans!, posterCache(), join(fileURLToPath(dir), POSTER_DIR));
          placePosters(cards!, posterCache(), join(fileURLToPath(dir), DIRECTIVE_IMAGE_DIR));
          // Both sets share the cache: what either used stays.
          const { removed } = pruneCache(posterCache(), new Set([...slogans!.posters, ...cards!.posters].map((p) => p.key)));
          const s = ((performance.now() - t) / 1000).toFixed(1);
          logger.info(`${POSTER_DIR}/: ${slogans!.posters.length} posters, ${DIRECTIVE_IMAGE_DIR}/: ${cards!.posters.length} directive images, drawn into the cache while pages were built, placed in ${s} s${removed ? `; ${removed} old cache file(s) removed` : ''}`);
        });
      },
    },
  };
}
