/**
 * Marks the page-building stage of `astro build` for the benchmark (src/lib/stages.ts): from
 * astro:build:start (content already loaded) to the first astro:build:done hook — this
 * integration is listed first, so its done hook runs before the posters, search and audit ones.
 */
import type { AstroIntegration } from 'astro';
import { stageMark } from '../lib/stages.ts';

export function buildStages(): AstroIntegration {
  return {
    name: 'chidao-build-stages',
    hooks: {
      'astro:build:start': () => stageMark('pages', 'start'),
      'astro:build:done': () => stageMark('pages', 'end'),
    },
  };
}
