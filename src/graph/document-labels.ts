/** Vietnamese labels for documents of the citation graph (cited documents, numbers, statuses). */
import { DOCUMENT_TYPES } from '../model/document-type.ts';
import { displayPartialDate } from '../model/partial-date.ts';
import type { GraphDocument, ResolutionStatus } from './build.ts';

/** "Nghị quyết số 18-NQ/TW ngày 25/10/2017", "Nghị quyết số 18-NQ/TW (khóa XII)", "Nghị quyết Đại hội XIII". */
export function documentLabel(doc: GraphDocument): string {
  if (doc.name) return doc.name;
  const type = doc.type ? DOCUMENT_TYPES[doc.type].name : 'Văn bản';
  const number = doc.number ? ` số ${doc.number.printed}` : '';
  const when = doc.date
    ? doc.date.length === 10 ? ` ngày ${displayPartialDate(doc.date)}` : ` ${displayPartialDate(doc.date)}`
    : doc.term ? ` (khóa ${doc.term})` : '';
  return `${type}${number}${when}`;
}

/**
 * What a reader needs to know of how a citation was tied to its document: nothing when the
 * citation states it (number and date, or the text's own earlier full mention); a plain caution
 * when it rests on the term, on being the only one with that number, or is still undecided.
 */
export const READER_DOUBT: Record<ResolutionStatus, string | undefined> = {
  stated: undefined,
  'in-text': undefined,
  context: 'theo khóa ghi trong trích dẫn',
  sole: 'trích dẫn không ghi ngày; đây là văn bản duy nhất mang số này trên trang',
  named: 'trích dẫn theo tên, không có số',
  ambiguous: 'chưa rõ là văn bản nào: nhiều văn bản mang số này',
};

