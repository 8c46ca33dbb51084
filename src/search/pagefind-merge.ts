/**
 * Pagefind's merged search (several indexes, `mergeIndex`) orders the combined results by score.
 * With a sort asked for, each index's scores are its own ranks in that sort, so over the search
 * parts (parts.ts) "newest first" would interleave the parts' ranks: the newest page of every part
 * first, then the second of every part… The parts are consecutive date ranges merged newest first,
 * so the right order is each part's results by its own score, one part after the other. The patch
 * does that when the search has a sort, and leaves the order by score otherwise.
 *
 * Applied to pagefind.js and pagefind-worker.js as written by the pinned Pagefind (1.6.0); a
 * different file is an error, not a silent wrong order (tests/unit/search-parts.test.ts runs it on
 * the real files, tests/browser/search-parts.test.ts checks the order in Chromium).
 */

const MERGED_SORT = /(async search\(term,(\w+)=\{\}\)\{let (\w+)=await Promise\.all\(this\.instances\.map\(\((\w+)\)=>\4\.search\(term,\2\)\)\);(?:const \w+=this\.mergeFilters\(\3\.map\(\(s\)=>s\.\w+\)\);){2}const results=\3\.flatMap\(\(s\)=>s\.results)\)\.sort\(\(a,b\)=>b\.score-a\.score\)/g;

/** The file with the merged search patched; throws when the merged search is not found exactly once. */
export function keepPartOrderWhenSorted(source: string, file: string): string {
  const found = source.match(MERGED_SORT)?.length ?? 0;
  if (found !== 1) {
    throw new Error(`${file}: Pagefind's merged search found ${found} times, expected once (Pagefind changed? see src/search/pagefind-merge.ts)`);
  }
  return source.replace(MERGED_SORT, '$1.slice().sort((a,b)=>b.score-a.score)).sort($2.sort&&Object.keys($2.sort).length?()=>0:(a,b)=>b.score-a.score)');
}
