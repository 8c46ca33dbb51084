/**
 * The body a signature block signs for ("T/M BAN THƯỜNG VỤ", "TM. ỦY BAN NHÂN DÂN"), the signer's
 * position, and the completion of such a weak name from a fuller one found elsewhere in the text.
 */
import type { DocumentSystem, Level } from '../../model/directive.ts';
import { properCase } from './case.ts';
import { BODY_START, guess, isBareOrgan, startsWithOrgan, type IssuerGuess } from './guess.ts';
import { levelOfIssuer, levelOfTerritory, systemOfIssuer, territoriesOf } from './level.ts';
import { cleanName, looseKey, nameKey } from './text.ts';

const AUTHORITY = /^\s*(T\/M|TM\.?|K\/T|KT\.?|T\/L|TL\.?|TUQ\.?|Q\.)\s+(.+?)\s*$/u;

export interface SignatureIssuer {
  /** The collective body signed for (after T/M or TM.): "Ban Thường vụ", "Ủy ban nhân dân". */
  name?: string;
  /** The signer's position: "Phó Chủ tịch", "Trưởng ban". */
  position?: string;
  authority?: string;
  level?: Level;
  system?: DocumentSystem;
  lines: number[];
}

/**
 * The body signed for in the signature block: "T/M BAN THƯỜNG VỤ", "TM. ỦY BAN NHÂN DÂN", "TM. BAN
 * THƯỜNG TRỰC"; and the signer's position ("KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH", "TRƯỞNG BAN"). A weak
 * source: the body is usually named without its place; complete it with `completeIssuer`.
 */
export function issuerFromSignature(lines: readonly string[]): SignatureIssuer | undefined {
  let found: { name?: string; authority?: string; position?: string; lines: number[] } | undefined;
  lines.forEach((raw, i) => {
    const line = cleanName(raw);
    const m = AUTHORITY.exec(line);
    const signedFor = m && /^T\/?M/u.test(m[1]!) && BODY_START.test(nameKey(m[2]!)) ? m[2]! : undefined;
    const position = POSITION.test(nameKey(m ? m[2]! : line)) ? (m ? m[2]! : line) : undefined;
    if (!signedFor && !position) return;
    found = {
      ...found,
      ...(signedFor ? { name: properCase(signedFor) } : {}),
      ...(m && !found?.authority ? { authority: m[1]! } : {}),
      ...(position ? { position: positionCase(position) } : {}),
      lines: [...(found?.lines ?? []), i],
    };
  });
  if (!found) return undefined;
  const level = found.name ? levelOfIssuer(found.name) : undefined;
  const system = found.name ? systemOfIssuer(found.name) : undefined;
  return { ...found, ...(level ? { level } : {}), ...(system ? { system } : {}) };
}

/** A signer's position, the last one printed wins ("KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" → Phó Chủ tịch). */
const POSITION = /^(?:phó\s+)?(?:chủ tịch|trưởng ban|bí thư|giám đốc|cục trưởng|bộ trưởng|trưởng phòng|chánh văn phòng|thủ trưởng|thứ trưởng|tổng cục trưởng)$/u;
const positionCase = (s: string) => {
  const lower = cleanName(s).toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
};

/**
 * A weak name (from a signature, or a sentence that omits the place) completed from a fuller one
 * the text gives elsewhere: "Ban Thường vụ" + "Đảng ủy xã Bằng Thành" → "Ban Thường vụ Đảng ủy xã
 * Bằng Thành"; "Ủy ban nhân dân" + "UBND tỉnh Sơn La" → "Ủy ban nhân dân tỉnh Sơn La"; a fuller
 * name that starts with the weak one is taken as it is, and so is one that holds a weak name naming
 * its unit without the place ("UBMTTQVN Huyện" in "Ban Thường trực UBMTTQ Việt Nam huyện Phong Điền").
 */
/** A name that names its unit but not the place ("UBND huyện", "UBMTTQVN Huyện"). */
export const lacksPlace = (name: string) => {
  const units = territoriesOf(name);
  return units.length > 0 && units.every((t) => !t.place);
};

export function completeIssuer(weak: string, fuller: string): IssuerGuess {
  const w = cleanName(weak);
  const f = cleanName(fuller);
  if (nameKey(f).startsWith(`${nameKey(w)} `)) return guess(f, []);
  if (lacksPlace(w) && looseKey(f).includes(looseKey(w)) && territoriesOf(f).some((t) => t.place)) return guess(f, []);
  if (isBareOrgan(w) && BODY_START.test(nameKey(f)) && !startsWithOrgan(f)) return guess(`${w} ${f}`, [], f);
  const place = territoriesOf(f).filter((t) => t.place && !t.byCommittee).at(-1);
  if (!territoriesOf(w).length && place && levelOfTerritory(place)) return guess(`${w} ${f.slice(place.start, place.end)}`, []);
  return guess(w, []);
}
