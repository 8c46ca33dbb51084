/**
 * The lossless check: the source text and the entry body, both read as text after Unicode NFC and
 * whitespace folding, must be identical — not a character dropped, added, reordered or changed.
 */
import { bodyText, parseBody, type MdNode } from '../entry/body.ts';
import { foldWhitespace } from '../text/fold.ts';

export interface LosslessResult {
  ok: boolean;
  /** Where the texts part, with some context, when they differ. */
  detail?: string;
}

export function compareTexts(source: string, entry: string): LosslessResult {
  const a = foldWhitespace(source);
  const b = foldWhitespace(entry);
  if (a === b) return { ok: true };
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const ctx = (s: string) => JSON.stringify(s.slice(Math.max(0, i - 30), i + 30));
  return { ok: false, detail: `texts differ at character ${i}: source ${ctx(a)} vs entry ${ctx(b)}` };
}

export function checkLossless(source: string, body: string | MdNode): LosslessResult {
  return compareTexts(source, bodyText(typeof body === 'string' ? parseBody(body) : body));
}
