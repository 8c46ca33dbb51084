/** The words on a directive page's Open Graph image: "Hướng dẫn số 173-HD/BTGTW — <trích yếu>". */
import type { Directive } from '../model/directive.ts';
import { DOCUMENT_TYPES } from '../model/document-type.ts';

export function directiveCardText(d: Pick<Directive, 'type' | 'number' | 'title'>): string {
  const printed = d.number?.printed;
  const head = `${DOCUMENT_TYPES[d.type].name}${printed && /^\d/.test(printed) ? ` số ${printed}` : ''}`;
  return d.title ? `${head} — ${d.title}` : head;
}
