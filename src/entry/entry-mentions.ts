/**
 * The mentions of one entry: its body read as text, citations found (citations/find.ts) and resolved
 * within the text (citations/mentions.ts), lines counted in the entry file.
 */
import { readBodyText, type MdNode } from './body.ts';
import type { Directive } from '../model/directive.ts';
import { findCitations } from '../citations/find.ts';
import { resolveMentions, type Mention } from '../citations/mentions.ts';

/** `bodyLine`: the file line the body starts on. The body must be NFC (readEntryFile makes it so). */
export function mentionsOfEntry(tree: MdNode, bodyLine: number, data: Pick<Directive, 'type' | 'number' | 'date'>): Mention[] {
  const body = readBodyText(tree);
  const own = { type: data.type, ...(data.number ? { number: data.number } : {}), ...(data.date ? { date: data.date } : {}) };
  // The web page around a directive (navigation, related links) cites nothing on its behalf.
  const inPage = (at: number) => body.pageRanges.some(([s, e]) => at >= s && at < e);
  const citations = findCitations(body.text).filter((c) => !inPage(c.start));
  return resolveMentions(body.text, citations, own, (offset) => bodyLine - 1 + body.lineAt(offset));
}
