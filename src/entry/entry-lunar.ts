/**
 * The lunar dates of one entry (src/lunar/find.ts): its body read as text, the web page around the
 * directive left out (navigation and related links name festivals on nobody's behalf). The cycle
 * names ("năm Canh Tý") are read near the directive's year, else near the newest year its text writes.
 */
import { readBodyText, type MdNode } from './body.ts';
import type { Directive } from '../model/directive.ts';
import { findLunarDates, type LunarMention } from '../lunar/find.ts';

export function lunarOfEntry(tree: MdNode, data: Pick<Directive, 'date'>): LunarMention[] {
  const body = readBodyText(tree);
  const inPage = (at: number) => body.pageRanges.some(([s, e]) => at >= s && at < e);
  let near = data.date ? Number(data.date.slice(0, 4)) : undefined;
  if (near === undefined) {
    for (const m of body.text.matchAll(/(?<!\d)(19\d\d|20\d\d)(?!\d)/g)) near = Math.max(near ?? 0, Number(m[1]));
  }
  return findLunarDates(body.text, near === undefined ? {} : { near }).filter((m) => !inPage(m.index));
}
