// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { buildStages } from './src/integrations/build-stages.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { search } from './src/integrations/search.ts';
import { posters } from './src/integrations/posters.ts';
import { audit } from './src/integrations/audit.ts';

// Directive entries are not compiled by @astrojs/mdx (see src/integrations/directive-loader.ts);
// the integration serves hand-written pages in src/pages.
// CHIDAO_SITE / CHIDAO_BASE: where the site is published (canonical URLs, feed, sitemap, .ics);
// unset or empty means the defaults.
// CHIDAO_TODAY=YYYY-MM-DD: the day the calendar and the home page's "upcoming commemorations" look
// forward from; unset, the day of the build in Vietnam (src/calendar/build-day.ts).
// CHIDAO_CACHE_DIR: a build's own cache folder, so two builds can run at once (build tests).
// Entry files are named relative to the project (Astro's convention): pages read them from here,
// whatever folder the build was started from (src/render/entry-body.ts).
process.env.CHIDAO_ROOT = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  site: process.env.CHIDAO_SITE || 'https://chidao.example',
  base: process.env.CHIDAO_BASE || '/',
  ...(process.env.CHIDAO_CACHE_DIR ? { cacheDir: process.env.CHIDAO_CACHE_DIR } : {}),
  trailingSlash: 'always',
  // Stylesheets as files of the site, not copied into every page: the same ~14 KB of CSS was in each
  // of 10,000 directive pages (140 MB of the output). The offline copy rewrites their links like any
  // other (src/offline/html.ts); the policy's style-src 'self' allows them.
  build: { format: 'directory', inlineStylesheets: 'never' },
  compressHTML: true,
  devToolbar: { enabled: false },
  // Directive pages carry a cacheKey (src/pages/van-ban/[id].astro): a rebuild copies the earlier
  // output of every page whose entry and view are unchanged (cache in cacheDir, `astro build
  // --force` ignores it). Needs build.concurrency 1, the default. Experimental since Astro 7.2:
  // tests/build/incremental.test.ts checks a rebuild after edits equals a clean build, byte for byte.
  experimental: { incrementalBuild: true },
  // buildStages() first (it marks the end of page building for npm run bench); audit() last: it
  // checks the pages as the others leave them, and fails the build if anything was lost. Each
  // page's Content-Security-Policy meta is added as it is rendered (src/middleware.ts).
  integrations: [buildStages(), mdx(), sitemap(), posters(), search(), audit()],
});
