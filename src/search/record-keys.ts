/** Names shared by the search records (record.ts), the search page and its script (ui.ts). */

/** Filter names (also the search page's URL parameters) and their labels. */
export const FILTERS = {
  loai: 'Loại văn bản',
  co_quan: 'Cơ quan ban hành',
  cap: 'Cấp',
  nam: 'Năm',
  chu_de: 'Chủ đề',
} as const;
export type FilterName = keyof typeof FILTERS;

/**
 * The sort key: the date as stored (a partial date sorts as its period), undated as "0000" so they
 * come last, newest first. One key only: each costs ~20 KB of Pagefind metadata at 10,000
 * directives, loaded by every search (pages without the key drop out of sorted results, so an
 * "oldest first" keeping undated ones last would need a second key).
 */
export const SORT_KEY = 'ngay';

/** Metadata weights for ranking (Pagefind `ranking.metaWeights`): the number and subject count most. */
export const META_WEIGHTS = { number: 10, title: 5, issuer: 2, topics: 2, type: 1, date: 1, alias: 1 } as const;
