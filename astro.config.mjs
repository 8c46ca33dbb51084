// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

// Directive entries are not compiled by @astrojs/mdx (see src/integrations/directive-loader.ts);
// the integration serves hand-written pages in src/pages.
export default defineConfig({
  site: process.env.CHIDAO_SITE ?? 'https://chidao.example',
  base: process.env.CHIDAO_BASE ?? '/',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  compressHTML: true,
  devToolbar: { enabled: false },
  integrations: [mdx()],
});
