/**
 * The build's share images, drawn on a thread of their own (posters.ts starts it at
 * astro:build:start): reading the entries (with the entry cache), keying each image, checking the
 * poster cache, writing what is drawn into it — 10,000 images' worth at 10,000 directives — are
 * done here, not on Astro's one page thread, which the whole build waits for. The thread lowers its
 * priority first (src/lib/thread-priority.ts); the drawing threads it starts (render-pool.ts)
 * inherit it. Replies with the two sets' manifests, for posters.ts to place in the output.
 */
import { loadEntries } from '../entry/load-entries.ts';
import { buildEntryCache } from '../entry/entry-cache.ts';
import { drawPosters, slogansOf, type BuildOptions, type Manifest } from '../posters/build.ts';
import { loadPosterConfig } from '../posters/presets.ts';
import { shownPosters } from '../posters/shown.ts';
import { directiveCardText } from '../posters/directive-card.ts';
import { BACKGROUND_NICE, lowerThreadPriority } from '../lib/thread-priority.ts';

export interface DrawJob {
  root: string;
  /** The content folder, relative to the root or absolute. */
  contentDir: string;
  /** Astro's cache folder (the entry cache) and the poster cache in it. */
  cacheDir: string;
  posterCache: string;
  /** CHIDAO_POSTERS. */
  mode: string | undefined;
}

/** The two sets to draw: each slogan's share image, and each directive's. */
export function posterSets(job: DrawJob): BuildOptions[] {
  const { entries } = loadEntries(job.root, job.contentDir, { cache: buildEntryCache(job.root, job.cacheDir) });
  const config = loadPosterConfig(job.root);
  const common = { phrases: config.phrases, cacheDir: job.posterCache, ...shownPosters(config.presets, job.mode) };
  return [
    { ...common, slogans: slogansOf(entries) },
    // Its type, number and subject.
    { ...common, slogans: entries.map((e) => ({ slug: e.id, text: directiveCardText(e.data), directives: [e.id], files: [e.file] })), kind: 'share image' },
  ];
}

lowerThreadPriority(BACKGROUND_NICE);

export default async function draw(job: DrawJob): Promise<Manifest[]> {
  const manifests: Manifest[] = [];
  for (const set of posterSets(job)) manifests.push((await drawPosters(set)).manifest);
  return manifests;
}
