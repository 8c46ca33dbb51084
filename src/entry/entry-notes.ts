/**
 * What would stop or surprise the build for one entry, said while reading it (by `npm run check`
 * and by the content loader, before any page is built), with file, line and field:
 *
 * - characters of its title, number or slogans the poster fonts cannot draw. A symbol, an emoji,
 *   a letter of another script (★, →, 😀, № where the font lacks it) is a warning: the poster is
 *   drawn without it or with its usual substitute (src/posters/drawable.ts). A control character,
 *   or a Vietnamese letter the fonts lack (wrong fonts), is an error: no poster could say the text;
 * - sizes beyond what a directive is: a text over MAX_TEXT_BYTES, more than MAX_SLOGANS slogans.
 */
import type { Directive } from '../model/directive.ts';
import { posterFonts, type LoadedFont } from '../posters/fonts.ts';
import { describeChar, undrawable } from '../posters/drawable.ts';
import { prepareSlogan } from '../posters/text.ts';

/**
 * 1 MB of text, about 400 printed pages (2,500 characters a page, 2 bytes a Vietnamese letter):
 * the longest seed directive is 33 KB, a long resolution with its appendices a few hundred KB.
 */
export const MAX_TEXT_BYTES = 1_000_000;
/** Every slogan is drawn in every poster format and style (~40 files each); directives list 5–30. */
export const MAX_SLOGANS = 100;

export interface EntryNote {
  /** Path of the field: ["slogans", 3], ["title"], or [] for the body. */
  path: Array<string | number>;
  message: string;
  severity: 'error' | 'warning';
}

const kb = (n: number) => (n >= 1_000_000 ? `${(n / 1_000_000).toFixed(1)} MB` : `${Math.round(n / 1000)} KB`);

/** Notes on the texts a poster or share image draws. */
export function drawingNotes(data: Pick<Directive, 'title' | 'number' | 'slogans'>, fonts: LoadedFont[] = posterFonts()): EntryNote[] {
  const notes: EntryNote[] = [];
  const texts: Array<{ path: Array<string | number>; text: string; what: string }> = [
    ...(data.title ? [{ path: ['title'], text: data.title, what: 'share image' }] : []),
    ...(data.number?.printed ? [{ path: ['number', 'printed'], text: data.number.printed, what: 'share image' }] : []),
    ...data.slogans.map((text, i) => ({ path: ['slogans', i], text, what: 'poster' })),
  ];
  for (const { path, text, what } of texts) {
    let display: string;
    try {
      display = prepareSlogan(text).display;
    } catch (e) {
      notes.push({ path, severity: 'error', message: `${(e as Error).message.replace(/^slogan /, '')}: no ${what} can be drawn (remove it)` });
      continue;
    }
    const missing = undrawable(display, fonts);
    const letters = missing.filter((m) => m.letter);
    if (letters.length) {
      notes.push({ path, severity: 'error', message: `the ${what} font has no ${letters.map((m) => describeChar(m.char)).join(', ')}: the ${what} cannot be drawn` });
    }
    const symbols = missing.filter((m) => !m.letter);
    if (symbols.length) {
      const said = symbols.map((m) => `${describeChar(m.char)}${m.drawn ? ` (drawn as "${m.drawn}")` : ''}`).join(', ');
      notes.push({ path, severity: 'warning', message: `the ${what} font has no ${said}: the ${what} is drawn without ${symbols.length > 1 ? 'them' : 'it'}; the text keeps ${symbols.length > 1 ? 'them' : 'it'}` });
    }
  }
  return notes;
}

/** Notes on sizes beyond what a directive is. */
export function sizeNotes(data: Pick<Directive, 'slogans'>, body: string): EntryNote[] {
  const notes: EntryNote[] = [];
  const bytes = Buffer.byteLength(body);
  if (bytes > MAX_TEXT_BYTES) {
    notes.push({ path: [], severity: 'warning', message: `the text is ${kb(bytes)} (about ${Math.round(body.length / 2500).toLocaleString('en')} pages), more than any directive (limit ${kb(MAX_TEXT_BYTES)}): its page will be as large — a whole book or a wrong file?` });
  }
  if (data.slogans.length > MAX_SLOGANS) {
    notes.push({ path: ['slogans'], severity: 'warning', message: `${data.slogans.length} slogans (more than ${MAX_SLOGANS}): each is drawn in every poster format and style, so this one entry makes thousands of posters` });
  }
  return notes;
}
