/**
 * The images the pages show (src/posters/shown.ts): each slogan's share image in
 * dist/khau-hieu-anh/ (with manifest.json listing each file) and each directive's in
 * dist/anh-van-ban/, through a cache in Astro's cache folder: drawn while the pages are built, on
 * threads of their own (posters-worker.ts), copied into the output after. Print sizes are not
 * drawn here (the poster maker page, or `npm run posters -- --print`). CHIDAO_POSTERS=0 skips it. What the fonts cannot draw is left out
 * of the drawing (drawable.ts) and reported by the content check; the glyph gate is the last
 * guard, for a font lacking letters.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { placePosters, type Manifest } from '../posters/build.ts';
import { inStage } from '../lib/stages.ts';
import { pruneCache } from '../lib/prune-cache.ts';
import { workerPool } from '../lib/worker-pool.ts';
import type { DrawJob } from './posters-worker.ts';

export const POSTER_DIR = 'khau-hieu-anh';
/** Open Graph images of directive pages: <dir>/<entry id>/og--do.png (ROUTES.directiveImage). */
export const DIRECTIVE_IMAGE_DIR = 'anh-van-ban';

export function posters(options: { contentDir?: string } = {}): AstroIntegration {
  let root = process.cwd();
  let cacheDir = join(root, 'node_modules/.astro');
  /** The two sets' manifests, once drawn into the cache (started at astro:build:start). */
  let drawing: Promise<Manifest[]> | undefined;
  const posterCache = () => join(cacheDir, 'chidao-posters');

  return {
    name: 'chidao-posters',
    hooks: {
      'astro:config:done': ({ config }) => { root = fileURLToPath(config.root); cacheDir = fileURLToPath(config.cacheDir); },
      // Astro renders pages on one thread: the posters are drawn into the cache meanwhile, on
      // threads of their own at a lower priority (posters-worker.ts), and only placed in the
      // output when the pages are done.
      'astro:build:start': () => {
        const mode = process.env.CHIDAO_POSTERS;
        if (mode === '0') return;
        const job: DrawJob = {
          root, cacheDir, posterCache: posterCache(), mode,
          contentDir: options.contentDir ?? process.env.CHIDAO_CONTENT_DIR ?? 'content/directives',
        };
        const thread = workerPool<DrawJob, Manifest[]>(new URL('./posters-worker.ts', import.meta.url), 1);
        drawing = inStage('posters-drawing', () => thread.run(job)).finally(() => thread.close());
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
