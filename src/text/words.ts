/**
 * Whole-word matching for Vietnamese. JavaScript's \b only knows ASCII letters, even with the u
 * flag, so /nghị\b/u never matches "đề nghị Sở". These boundaries treat every Unicode letter and
 * digit as part of a word.
 */
export const WORD_START = '(?<![\\p{L}\\p{N}])';
export const WORD_END = '(?![\\p{L}\\p{N}])';

/** A regular expression matching any of the phrases as whole words (phrases are regex sources). */
export function wordsRegExp(phrases: readonly string[], flags = 'u'): RegExp {
  return new RegExp(`${WORD_START}(?:${phrases.join('|')})${WORD_END}`, flags.includes('u') ? flags : `${flags}u`);
}
