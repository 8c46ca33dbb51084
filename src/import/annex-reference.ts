/**
 * A document whose own number and date survive only in the heading of its annex: a legal database's
 * print view drops the header, but keeps "(Ban hành kèm theo Quyết định số 1241/QĐ-TTg ngày 19
 * tháng 11 năm 2004 của Thủ tướng Chính phủ)" above the annex it approves. The annex belongs to the
 * document of that type: read only when the text's own type heading names the same type (a Kế hoạch
 * issued with a Quyết định is the annex, and that number is not the plan's). Pure.
 */
import { findCitations } from '../citations/find.ts';
import type { DocumentType } from '../model/document-type.ts';
import { parseDocumentNumber, type DocumentNumber } from '../model/document-number.ts';
import type { PartialDate } from '../model/partial-date.ts';

export interface AnnexReference {
  number: DocumentNumber;
  date?: PartialDate;
  line: number;
}

/** "(Ban hành kèm theo …)", "(Kèm theo …)": an annex's heading, alone on its line. */
const ANNEX_HEADING = /^\(\s*(?:Ban hành\s+)?[Kk]èm theo\s+/u;

export function readAnnexReference(lines: readonly { n: number; text: string }[], ownType: DocumentType | undefined): AnnexReference | undefined {
  if (!ownType) return undefined;
  for (const { n, text } of lines) {
    if (!ANNEX_HEADING.test(text.trim())) continue;
    const c = findCitations(text)[0];
    if (!c?.number?.printed || c.type !== ownType) continue;
    return { number: parseDocumentNumber(c.number.printed), ...(c.date ? { date: c.date } : {}), line: n };
  }
  return undefined;
}
