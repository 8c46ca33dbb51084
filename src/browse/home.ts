/** What the home page shows: the newest directives and a few slogans. Pure. */
import { sortEntries, type Entry } from './groups.ts';

/** The newest `n` dated entries (a partial date counts), and every undated one kept apart. */
export function latestEntries<T extends Entry>(entries: readonly T[], n: number): { latest: T[]; undated: T[] } {
  const sorted = sortEntries(entries);
  return { latest: sorted.filter((e) => e.data.date).slice(0, n), undated: sorted.filter((e) => !e.data.date) };
}

/**
 * Up to `n` slogans, at most `perEntry` from each directive, newest directive first (undated
 * ones after dated, as everywhere). Each comes with the entry it is from.
 */
export function sampleSlogans<T extends Entry>(entries: readonly T[], n: number, perEntry = 2): { slogan: string; entry: T }[] {
  const out: { slogan: string; entry: T }[] = [];
  for (const entry of sortEntries(entries)) {
    for (const slogan of entry.data.slogans.slice(0, perEntry)) {
      if (out.length === n) return out;
      out.push({ slogan, entry });
    }
  }
  return out;
}
