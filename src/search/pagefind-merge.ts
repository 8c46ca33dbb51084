/**
 * Pagefind's merged search (several indexes, `mergeIndex`) orders the combined results by score.
 * Over the search parts (parts.ts) that goes wrong twice, and the patch here changes both:
 *
 * - With a sort asked for, each index's scores are its own ranks in that sort, so "newest first"
 *   would interleave the parts' ranks. The parts are consecutive date ranges merged newest first,
 *   so the patch orders each part by its own score and puts the parts one after the other.
 * - Without a sort, each index scores with its own statistics: a word found in every directive
 *   ("tuyên truyền") weighs about 1/N in a part of N pages, so the smallest part's pages came
 *   first whatever their text. The patch divides each part's scores by that part's best score
 *   (max normalization, the usual remedy in federated search when the indexes' term statistics
 *   are not shared). Measured at 10,000 directives in 6 parts, 10 queries: the single index's top
 *   10 shared 6.0 pages on average with the parts' top 10, against 2.6 before.
 * With one index (up to 2,000 directives) nothing changes: its scores are kept as they are.
 * Each result is also given the index of its part (`part`, 0 for the first index): whether
 * Pagefind found a query word or guessed is decided per index (src/search/hit-check.ts).
 *
 * Applied to pagefind.js and pagefind-worker.js as written by the pinned Pagefind (1.6.0); a
 * different file is an error, not a silent wrong order (tests/unit/search-parts.test.ts runs it on
 * the real files, tests/browser/search-parts.test.ts checks the order in Chromium).
 */

const MERGED_SORT = /(async search\(term,(\w+)=\{\}\)\{let (\w+)=await Promise\.all\(this\.instances\.map\(\((\w+)\)=>\4\.search\(term,\2\)\)\);(?:const \w+=this\.mergeFilters\(\3\.map\(\(s\)=>s\.\w+\)\);){2}const results=\3\.flatMap\(\(s\)=>s\.results)\)\.sort\(\(a,b\)=>b\.score-a\.score\)/g;

/** The file with the merged search patched; throws when the merged search is not found exactly once. */
export function patchMergedSearch(source: string, file: string): string {
  const found = source.match(MERGED_SORT)?.length ?? 0;
  if (found !== 1) {
    throw new Error(`${file}: Pagefind's merged search found ${found} times, expected once (Pagefind changed? see src/search/pagefind-merge.ts)`);
  }
  return source.replace(MERGED_SORT, (_, head: string, options: string) => `${head.slice(0, -'.flatMap((s)=>s.results'.length)}${merge(options)}`);
}

/** The merged results' expression (minified like the file; `o` is the search's options). */
const merge = (o: string) => {
  const sorted = `${o}.sort&&Object.keys(${o}.sort).length`;
  const byScore = '(a,b)=>b.score-a.score';
  return `.flatMap((s,i,all)=>{const r=s.results.slice().sort(${byScore});r.forEach((x)=>{x.part=i;});if(${sorted}||all.length<2)return r;` +
    `const top=r.length&&r[0].score>0?r[0].score:1;return r.map((x)=>Object.assign(x,{score:x.score/top}));})` +
    `.sort(${sorted}?()=>0:${byScore})`;
};
