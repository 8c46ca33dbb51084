import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { directiveLoader } from './integrations/directive-loader.ts';
import { directiveSchema } from './model/directive.ts';
import type { Mention } from './citations/mentions.ts';
import type { LunarMention } from './lunar/find.ts';

/** The directives folder; CHIDAO_CONTENT_DIR points a build at another one (tests, benchmarks). */
export const DIRECTIVES_DIR = process.env.CHIDAO_CONTENT_DIR ?? 'content/directives';

/**
 * An entry = the metadata its file states (directiveSchema, strict: a file cannot carry anything
 * else) + what the loader derives from its text: the citations, resolved within the text.
 */
const directives = defineCollection({
  loader: directiveLoader({ base: DIRECTIVES_DIR }),
  schema: directiveSchema.extend({ mentions: z.custom<Mention[]>((v) => Array.isArray(v)), lunar: z.custom<LunarMention[]>((v) => Array.isArray(v)) }),
});

export const collections = { directives };
