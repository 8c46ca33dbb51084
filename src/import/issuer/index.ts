/**
 * The issuing body (cơ quan ban hành) of a directive, from the places a text names it:
 * - the header's issuer block (parent body, then the issuer, NĐ 30/2020 and 36-HD/VPTW),
 * - the body's own statements ("…, Ban Tuyên giáo Tỉnh ủy hướng dẫn …", a news lead "Ngày …
 *   Ban Thường vụ Tỉnh ủy Đắk Lắk đã ban hành Chỉ thị …"),
 * - a title "Chỉ thị của Ban Thường vụ Tỉnh ủy …",
 * - the signature block ("T/M BAN THƯỜNG VỤ", a weak source).
 * Level and system come from the name (level.ts). This module gathers the sources
 * (header.ts, sentence.ts, signature.ts) for the importer. Pure functions;
 * nothing is guessed: a name is always made of the text's own words, only letter case (and tone
 * placement) may change.
 *
 * Order that served the 21 real texts of ../shared/realworld (all 19 that name their issuer):
 *   issuerFromHeader(header lines) ?? issuerFromTitle(each of the first lines) ?? issuerFromSentence(text)
 * then, if only a signature names the body, completeIssuer(signature.name, a fuller name).
 */
import type { DocumentSystem } from '../../model/directive.ts';
import type { DocumentNumber } from '../../model/document-number.ts';
import { systemOfIssuer } from './level.ts';

export type { IssuerGuess } from './guess.ts';
export { issuerFromHeader } from './header.ts';
export { issuerFromSentence, issuerFromTitle } from './sentence.ts';
export { completeIssuer, issuerFromSignature, lacksPlace, type SignatureIssuer } from './signature.ts';
export { levelOfBareBody, levelOfIssuer, levelOfPlaceOfIssue, levelOfUnnamedCity, parentOfIssuer, systemOfIssuer } from './level.ts';
export { levelOfSite, hostParts, type SiteLevel } from './site-level.ts';

/**
 * The system of a document: the issuer's name first: a Mặt trận or đoàn thể body
 * prints the State motto, so the motto alone would call it State. Then the motto, then the number's
 * style (Party "173-HD/BTGTW", State "112/CĐ-TTg").
 */
export function systemOf(facts: { motto?: DocumentSystem; number?: DocumentNumber; issuer?: string; subject?: boolean }): DocumentSystem | undefined {
  const fromName = facts.issuer ? systemOfIssuer(facts.issuer) : undefined;
  if (fromName) return fromName;
  if (facts.motto) return facts.motto;
  if (facts.number?.style === 'party') return 'party';
  if (facts.number?.style === 'state') return 'state';
  return undefined;
}
