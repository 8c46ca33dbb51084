/**
 * Several places of a text can state one field (the header, a portal's attribute table, a news
 * lead, a page title …). The first that states it wins, in the order the caller lists them; the
 * sources that disagree are named in a warning, never silently dropped. Pure.
 */
import type { FIELD_ORIGINS } from '../model/directive.ts';

export type Origin = (typeof FIELD_ORIGINS)[number];
export interface Found<T> { value: T; from: Origin; line: number }

/** The first source that states a field wins (header, then portal table, then lead, then title); others that disagree are named. */
export function choose<T>(field: string, found: (Found<T> | undefined)[], same: (a: T, b: T) => boolean, show: (v: T) => string, warn: (f: string, l: number, m: string) => void, compared?: readonly Origin[]): Found<T> | undefined {
  const given = found.filter((f): f is Found<T> => f !== undefined);
  const [first, ...rest] = given;
  if (!first) return undefined;
  for (const other of rest) {
    if (compared && !(compared.includes(first.from) && compared.includes(other.from))) continue;
    if (!same(first.value, other.value)) {
      warn(field, other.line, `the ${describeOrigin(other.from)} (line ${other.line}) says "${show(other.value)}" but the ${describeOrigin(first.from)} (line ${first.line}) says "${show(first.value)}": kept the ${describeOrigin(first.from)}'s — check which is right`);
    }
  }
  return first;
}

const ORIGIN_NAMES: Record<Origin, string> = {
  header: 'header', 'portal-table': "portal's attribute table", 'news-lead': "page's lead sentence", opening: 'opening sentence',
  title: "page's title", signature: 'signature block', body: 'text', 'number-code': "number's type code", 'issuer-name': "issuer's name", 'page-address': "page's web address", annex: "annex's heading",
};
const describeOrigin = (o: Origin) => ORIGIN_NAMES[o];

