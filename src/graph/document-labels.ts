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

/** How a citation was tied to its document, for readers and for `npm run check`. */
export const STATUS_LABEL: Record<ResolutionStatus, string> = {
  stated: 'xác định theo số và ngày ghi trong trích dẫn',
  'in-text': 'xác định theo lần trích dẫn đầy đủ trước đó trong cùng văn bản',
  context: 'xác định theo khóa/ngữ cảnh ghi trong trích dẫn',
  sole: 'chỉ có một văn bản mang số này trong kho',
  named: 'trích dẫn theo tên, không có số',
  ambiguous: 'chưa xác định: nhiều văn bản mang số này',
};
