/**
 * Ordering of machine keys (ids, number keys, ISO dates, slugs, URLs) by code point: the same on
 * every machine. `String.prototype.localeCompare` without a locale follows the process's locale
 * (LANG / LC_ALL): under lt_LT "y" sorts before "j", so a build's lists would depend on the shell
 * it ran in. Labels shown to readers are ordered by a Vietnamese collator instead (browse/groups.ts).
 */
export const compareKeys = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
