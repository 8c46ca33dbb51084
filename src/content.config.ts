import { defineCollection } from 'astro:content';
import { directiveLoader } from './integrations/directive-loader.ts';
import { directiveSchema } from './model/directive.ts';

/** The directives folder; CHIDAO_CONTENT_DIR points a build at another one (tests, benchmarks). */
export const DIRECTIVES_DIR = process.env.CHIDAO_CONTENT_DIR ?? 'content/directives';

const directives = defineCollection({
  loader: directiveLoader({ base: DIRECTIVES_DIR }),
  schema: directiveSchema,
});

export const collections = { directives };
