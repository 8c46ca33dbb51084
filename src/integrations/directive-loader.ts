/**
 * Astro content loader for content/directives/*.mdx. Thin: reading and checking are
 * src/entry/load-entries.ts. The data store keeps only metadata and the entry's resolved citation
 * mentions (a few KB an entry): the body is
 * rendered from the file when its page is built, so the store never carries 10,000 texts and
 * their HTML (Astro's store fails near 500 MB), and no entry is bundled as a JS module.
 *
 * Any content problem fails the build with every file, line and field listed — Astro itself only
 * logs some content errors and exits 0.
 */
import type { Loader } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { loadEntriesWith } from '../entry/load-entries.ts';
import { readInThreads } from '../entry/read-pool.ts';
import { formatProblem } from '../entry/entry-file.ts';
import { buildEntryCache } from '../entry/entry-cache.ts';
import { stageMark } from '../lib/stages.ts';

export class ContentError extends Error {
  override name = 'ContentError';
}

export function directiveLoader(options: { base: string }): Loader {
  return {
    name: 'chidao-directives',
    async load({ store, parseData, generateDigest, config, logger }) {
      stageMark('content', 'start');
      const root = fileURLToPath(config.root);
      const { entries, problems, warnings } = await loadEntriesWith(root, options.base, {
        cache: buildEntryCache(root, fileURLToPath(config.cacheDir)), readMany: readInThreads(),
      });
      for (const w of warnings) logger.warn(formatProblem(w));
      if (problems.length) {
        throw new ContentError(`${problems.length} content problem(s):\n${problems.map(formatProblem).join('\n')}`);
      }
      const keep = new Set<string>();
      for (const e of entries) {
        keep.add(e.id);
        // The mentions are derived by code that may change between builds: they are part of the digest.
        const digest = generateDigest(`${e.text}\u0000${JSON.stringify(e.mentions)}\u0000${JSON.stringify(e.lunar ?? [])}`);
        if (store.get(e.id)?.digest === digest) continue;
        const data = await parseData({ id: e.id, data: { ...e.data, mentions: e.mentions, lunar: e.lunar ?? [] } as unknown as Record<string, unknown>, filePath: e.file });
        store.set({ id: e.id, data, digest, filePath: e.file });
      }
      for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
      stageMark('content', 'end');
      logger.info(`${entries.length} directives`);
    },
  };
}
