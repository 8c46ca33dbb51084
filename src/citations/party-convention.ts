/**
 * The full number a document of the Party's central leadership has by rule, for a text that names
 * it by type and sequence only: "Chỉ thị 05 của Bộ Chính trị" → 05-CT/TW, "Nghị quyết số 18 của Ban
 * Chấp hành Trung ương" → 18-NQ/TW. Every document of the Central Committee, the Politburo and the
 * Secretariat carries the ký hiệu "<type code>/TW" (the Party's rules on documents, Hướng dẫn
 * 36-HD/VPTW 2018 and those before it; vn-documents.md §1.2). Other bodies' codes vary with the body
 * and the period, and are not guessed. Pure.
 */
import { DOCUMENT_TYPES, type DocumentType } from '../model/document-type.ts';
import { parseDocumentNumber, type DocumentNumber } from '../model/document-number.ts';

/** Types whose code the central leadership uses as the type's own (a Quy định's code changed: QĐ, then QĐi). */
const CONVENTIONAL: ReadonlySet<DocumentType> = new Set(['nghi-quyet', 'chi-thi', 'ket-luan', 'quyet-dinh', 'thong-bao', 'quy-che']);

const BODY = String.raw`(?:Bộ Chính trị|Ban Bí thư(?: Trung ương(?: Đảng)?)?|Ban Chấp hành Trung ương(?: Đảng(?: Cộng sản Việt Nam)?)?|BCH ?TW|BCHTW|Trung ương(?: Đảng)?)(?: khóa [IVXL]+| khoá [IVXL]+)?`;
/** The Politburo, the Secretariat, the Central Committee — alone or together ("Bộ Chính trị, Ban Bí thư"); never a Trung ương Đoàn or Hội. */
const CENTRAL_LEADERSHIP = new RegExp(`^${BODY}(?:(?:, | và )${BODY})*$`, 'iu');

export const isCentralLeadership = (issuer: string) => CENTRAL_LEADERSHIP.test(issuer.replace(/\s+/gu, ' ').trim());

/** "05" (as written) of a "Chỉ thị 05" of the central leadership → 05-CT/TW; undefined for any other body or type. */
export function conventionalNumber(digits: string, type: DocumentType | undefined, issuer: string | undefined): DocumentNumber | undefined {
  if (!type || !issuer || !CONVENTIONAL.has(type) || !/^\d{1,4}$/.test(digits) || !isCentralLeadership(issuer)) return undefined;
  return parseDocumentNumber(`${digits}-${DOCUMENT_TYPES[type].codes[0]}/TW`);
}
