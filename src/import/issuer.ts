/**
 * The issuing body (cơ quan ban hành) of a directive, from the places a text names it:
 * - the header's issuer block (parent body, then the issuer, NĐ 30/2020 and 36-HD/VPTW),
 * - the body's own statements ("…, Ban Tuyên giáo Tỉnh ủy hướng dẫn …", a news lead "Ngày …
 *   Ban Thường vụ Tỉnh ủy Đắk Lắk đã ban hành Chỉ thị …"),
 * - a title "Chỉ thị của Ban Thường vụ Tỉnh ủy …",
 * - the signature block ("T/M BAN THƯỜNG VỤ", a weak source).
 * Level and system come from the name (issuer-level.ts). Pure functions; nothing is guessed: a name
 * is always made of the text's own words, only letter case (and tone placement) may change.
 */
import type { DocumentSystem, Level } from '../model/directive.ts';
import type { DocumentNumber } from '../model/document-number.ts';
import { DOCUMENT_TYPE_NAMES } from '../model/document-type.ts';
import { WORD_END, WORD_START } from '../text/words.ts';
import { properCase } from './issuer-case.ts';
import { TYPE_TITLE_LINE } from './patterns.ts';
import { levelOfIssuer, levelOfTerritory, parentOfIssuer, systemOfIssuer, territoriesOf } from './issuer-level.ts';
import { cleanName, framesHeader, isAllCaps, issuerPartOfLine, nameKey } from './issuer-text.ts';
import { BODY_STARTS, ORGANS } from './issuer-words.ts';

export { levelOfIssuer, parentOfIssuer, systemOfIssuer } from './issuer-level.ts';

export interface IssuerGuess {
  /** The body's name in proper Vietnamese case ("Ban Tuyên giáo Tỉnh ủy Cao Bằng"). */
  name: string;
  level?: Level;
  system?: DocumentSystem;
  /** The body it belongs to, when the text names it ("Tỉnh ủy Cao Bằng", "Bộ Thông tin và Truyền thông"). */
  parent?: string;
  /** Indexes (0-based) of the input lines the name was read from. */
  lines: number[];
}

/** A guess from a name: level and system from the name, else from its parent. */
function guess(name: string, lines: number[], parent?: string): IssuerGuess {
  const level = levelOfIssuer(name) ?? (parent ? levelOfIssuer(parent) : undefined);
  const system = systemOfIssuer(name) ?? (parent ? systemOfIssuer(parent) : undefined);
  return { name, ...(level ? { level } : {}), ...(system ? { system } : {}), ...(parent ? { parent } : {}), lines };
}

// ---------------------------------------------------------------- header

const BODY_START = new RegExp(`^(?:${BODY_STARTS.join('|')})${WORD_END}`, 'u');
const ORGAN_START = new RegExp(`^(?:${ORGANS.join('|')})${WORD_END}`, 'u');
/** Verbs of running text: a line that has one is a sentence, not a header line. */
const SENTENCE_VERB = /(?<![\p{L}])(?:hướng dẫn|đề nghị|ban hành|thông báo|yêu cầu|xây dựng|triển khai|thực hiện|tổ chức|về việc)(?![\p{L}])/u;
const MAX_NAME_WORDS = 16;

type LineKind = 'body' | 'place' | 'empty' | 'other';

function kindOf(part: string): LineKind {
  if (!part) return 'empty';
  const key = nameKey(part);
  if (part.split(' ').length > MAX_NAME_WORDS || /[:;.]$/u.test(part)) return 'other';
  if (!isAllCaps(part.replace(/[^\p{L}]/gu, '')) && SENTENCE_VERB.test(part)) return 'other';
  const [first] = territoriesOf(properCase(part));
  if (first && first.start === 0 && !first.byCommittee && first.place && first.end >= properCase(part).length) return 'place';
  return BODY_START.test(key) ? 'body' : 'other';
}

interface Segment {
  name: string;
  lines: number[];
}

/** A flattened line may hold two segments: "… XÃ LƯƠNG MINH BAN THƯỜNG TRỰC" splits after the place. */
function splitSegments(name: string): string[] {
  for (const t of territoriesOf(name)) {
    const rest = name.slice(t.end).trim();
    if (t.place && rest && BODY_START.test(nameKey(rest))) return [name.slice(0, t.end).trim(), ...splitSegments(properCase(rest))];
  }
  return [name];
}

/** An organ named without its committee: "Ban Tuyên giáo", "Ban Thường trực", "Văn phòng". */
const isBareOrgan = (name: string) => ORGAN_START.test(nameKey(name)) && !parentOfIssuer(name) && !territoriesOf(name).length;
const CENTRAL_COMMITTEE = /^ban chấp hành trung ương(?: đảng)?$/u;

/**
 * The full name of a header segment under its parent (the line above it):
 * - an organ takes its committee's name: "Ban Tuyên giáo" under "Huyện ủy Tam Đường" → "Ban Tuyên
 *   giáo Huyện ủy Tam Đường"; under "Ban Chấp hành Trung ương" → "Ban Tuyên giáo Trung ương";
 * - a committee or unit named without its place takes the parent's: "Ban Tuyên giáo Tỉnh ủy" under
 *   "Đảng bộ tỉnh Cao Bằng" → "… Tỉnh ủy Cao Bằng";
 * - a department with no territory takes the parent's: "Sở Văn hóa…" under "UBND tỉnh Hưng Yên" →
 *   "Sở Văn hóa… tỉnh Hưng Yên";
 * - anything else keeps its own name ("Cục Thông tin cơ sở" under "Bộ Thông tin và Truyền thông").
 */
function fullName(segment: string, parent: string | undefined): string {
  if (!parent) return segment;
  if (isBareOrgan(segment)) {
    return CENTRAL_COMMITTEE.test(nameKey(parent)) ? `${segment} ${parent.split(' ').slice(-2).join(' ')}` : `${segment} ${parent}`;
  }
  const own = territoriesOf(segment);
  const theirs = territoriesOf(parent).filter((t) => t.place);
  const last = own.at(-1);
  if (last && !last.place) {
    const same = theirs.find((t) => t.unit === last.unit);
    return same ? `${segment.slice(0, last.end)} ${same.place}${segment.slice(last.end)}` : segment;
  }
  const parentTerritory = theirs.at(-1);
  if (!own.length && parentTerritory && levelOfIssuer(segment) !== 'central') {
    const unitWords = parent.slice(parentTerritory.start).split(' ').slice(0, parentTerritory.unit.split(' ').length).join(' ');
    const unit = parentTerritory.byCommittee ? parentTerritory.unit : unitWords.toLowerCase();
    return `${segment} ${unit} ${parentTerritory.place}`;
  }
  return segment;
}

/**
 * The issuer from a header's issuer block: the lines before the "Số:" line, or the left column of
 * a two-column header (a flattened line keeps only the issuer's part). Lines before the block that
 * are not issuer lines (a portal's navigation) are skipped; the block ends at the first line that is
 * neither a body, a place, nor header noise (the type heading, a section heading).
 */
export function issuerFromHeader(lines: readonly string[]): IssuerGuess | undefined {
  const heading = lines.findIndex((l) => TYPE_TITLE_LINE.test(cleanName(l).replace(/\.$/u, '')));
  const block = heading < 0 ? lines : lines.slice(0, heading); // the issuer comes before the type heading
  const parts = block.map(issuerPartOfLine);
  const kinds = parts.map(kindOf);
  const start = kinds.indexOf('body');
  if (start < 0) return undefined;
  // Without a number line, a motto or a type heading to show this is a header, only an issuer
  // block in capitals at the very top counts: not a site's name, a footer, a signature.
  const framed = heading >= 0 || lines.some(framesHeader);
  if (!framed && (lines.slice(0, start).some((l) => l.trim()) || !isAllCaps(parts[start]!.replace(/[^\p{L}]/gu, '')))) return undefined;
  const segments: Segment[] = [];
  for (let i = start; i < block.length; i += 1) {
    const kind = kinds[i]!;
    if (kind === 'other') break;
    if (kind === 'body') {
      for (const s of splitSegments(properCase(parts[i]!))) segments.push({ name: s, lines: [i] });
    } else if (kind === 'place' && segments.length) {
      const last = segments.at(-1)!;
      if (!territoriesOf(last.name).some((t) => t.place)) segments[segments.length - 1] = { name: `${last.name} ${properCase(parts[i]!)}`, lines: [...last.lines, i] };
    }
    if (/(?<![\p{L}])Số(?:\s*:|\s+\d)/u.test(lines[i]!)) break; // the number ends the issuer block
  }
  let parent: string | undefined;
  let name: string | undefined;
  for (const s of segments) [parent, name] = [name, fullName(s.name, name)];
  if (!name) return undefined;
  const used = segments.flatMap((s) => s.lines);
  return guess(name, [...new Set(used)], parent);
}

// ---------------------------------------------------------------- sentences

/** What a body does in its own document's opening or in a news lead. Lower case: verbs, not names. */
const SPEAKER_VERB = new RegExp(
  `\\s*,?\\s*(?:(?:đã|vừa|sẽ)\\s+)?(?:ban hành|hướng dẫn|đề nghị|kính đề nghị|xây dựng|yêu cầu|thông báo|chỉ đạo|triển khai|báo cáo|đính chính|phát động|quyết nghị|quyết định|có (?:công văn|Công văn|văn bản|hướng dẫn|Hướng dẫn|kế hoạch|Kế hoạch)|(?<=đã\\s+)tổ chức hội nghị)${WORD_END}`,
  'uy',
);
/** Words that cannot be inside a body's name in running text. */
const NOT_NAME = new Set(['của', 'về', 'số', 'ngày', 'theo', 'tại', 'với', 'cho', 'trên', 'đến', 'nhằm', 'để', 'việc', 'được', 'những', 'khi', 'này', 'năm', 'tháng', 'đã', 'trong', 'thực', 'nhận', 'các', 'cùng', 'đồng', 'chí']);
const HEAD_IN_TEXT = new RegExp(`${WORD_START}(?:${BODY_STARTS.join('|')})${WORD_END}`, 'giu');
/** What may come before a body that speaks: the start, punctuation, or a date ("Ngày 29 tháng 12/2020 Ban …"). */
const SPEAKER_BEFORE = /[,.;:)!?"”\]\d]/u;
const speakerMayStartAt = (text: string, at: number) => {
  const before = text.slice(Math.max(0, at - 3), at).trimEnd(); // the text is flat: one space at most
  return before === '' || SPEAKER_BEFORE.test(before.at(-1)!);
};
const NAME_WORD = /(?:\s*,\s*(?=\p{Lu})|\s+[-–]\s+|\s+)([\p{L}\p{M}.]+)/uy;

/** The name starting with the head word at `at`, if a speaking verb follows it within MAX_NAME_WORDS words. */
function speakerAt(text: string, at: number, head: string): string | undefined {
  let end = at + head.length;
  for (let n = 1; n <= MAX_NAME_WORDS; n += 1) {
    const name = text.slice(at, end);
    SPEAKER_VERB.lastIndex = end;
    if (SPEAKER_VERB.test(text) && !isBareHead(name)) return name;
    NAME_WORD.lastIndex = end;
    const next = NAME_WORD.exec(text);
    if (!next || NOT_NAME.has(next[1]!) || /\d/u.test(next[1]!)) return undefined;
    end += next[0].length;
  }
  return undefined;
}

/** "Ban", "Sở", "Ủy ban" alone do not name a body; "UBND", "Tỉnh ủy", "Đảng ủy" do. */
const isBareHead = (name: string) => /^(?:ban|bộ|sở|cục|phòng|hội|ủy ban|văn phòng|tiểu ban|trung tâm|hội đồng|liên đoàn|đoàn|thường trực)$/u.test(nameKey(name));

/**
 * The issuer from the body's own statement: "…, Ban Tuyên giáo Tỉnh ủy hướng dẫn …", "Ban Thường vụ
 * Đảng ủy xã xây dựng kế hoạch …", "Ngày 29 tháng 12/2020 Ban Thường vụ Tỉnh ủy Đắk Lắk đã ban hành
 * Chỉ thị …", "Cục Thông tin cơ sở đề nghị …". The name is kept as written (trimmed). A body named
 * after "của", "theo" (the issuer of a cited document) is not a speaker.
 */
export function issuerFromSentence(text: string): IssuerGuess | undefined {
  const flat = text.normalize('NFC').replace(/\s+/gu, ' ');
  HEAD_IN_TEXT.lastIndex = 0;
  for (const m of flat.matchAll(HEAD_IN_TEXT)) {
    if (!/^\p{Lu}/u.test(m[0]) || !speakerMayStartAt(flat, m.index)) continue;
    const name = speakerAt(flat, m.index, m[0]);
    if (name) return guess(cleanName(name), [], parentOfIssuer(cleanName(name)));
  }
  return undefined;
}

const TYPE_WORDS = DOCUMENT_TYPE_NAMES.join('|');
const TITLE = new RegExp(`^\\s*(?:(?:${TYPE_WORDS})\\.?\\s+)?của\\s+(.+?)(?:\\s+(?:về|V\\/v)${WORD_END}|\\s*$)`, 'iu');

/**
 * The issuer from a title line "Chỉ thị của Ban Thường vụ Tỉnh ủy Đắk Lắk về việc …", "NGHỊ QUYẾT
 * CỦA ĐẢNG ỦY XÃ TRƯỜNG XUÂN VỀ …", "CỦA BAN CHẤP HÀNH ĐẢNG BỘ XÃ …". Only a line that starts with a
 * type name or "của": further in, "của …" names a cited document's issuer.
 */
export function issuerFromTitle(line: string): IssuerGuess | undefined {
  const m = TITLE.exec(cleanName(line));
  if (!m) return undefined;
  const written = m[1]!.replace(/[.,;:]+$/u, '').trim();
  if (!BODY_START.test(nameKey(written)) || written.split(' ').length > MAX_NAME_WORDS || /\d/u.test(written)) return undefined;
  const name = isAllCaps(written.replace(/[^\p{L}]/gu, '')) ? properCase(written) : written;
  return guess(name, [], parentOfIssuer(name));
}

// ---------------------------------------------------------------- signature

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
 * name that starts with the weak one is taken as it is.
 */
export function completeIssuer(weak: string, fuller: string): IssuerGuess {
  const w = cleanName(weak);
  const f = cleanName(fuller);
  if (nameKey(f).startsWith(`${nameKey(w)} `)) return guess(f, []);
  if (isBareOrgan(w) && BODY_START.test(nameKey(f)) && !ORGAN_START.test(nameKey(f))) return guess(`${w} ${f}`, [], f);
  const place = territoriesOf(f).filter((t) => t.place && !t.byCommittee).at(-1);
  if (!territoriesOf(w).length && place && levelOfTerritory(place)) return guess(`${w} ${f.slice(place.start, place.end)}`, []);
  return guess(w, []);
}

// ---------------------------------------------------------------- drop-in replacements for extract.ts

/** Same signature as extract.ts `levelOf`; the smallest territory named wins (levelOfIssuer). */
export const levelOf = (name: string): Level | undefined => levelOfIssuer(name);

/** Same signature as extract.ts `parentOf`: the committee an organ belongs to (parentOfIssuer). */
export const parentOf = (name: string): string | undefined => parentOfIssuer(name);

/**
 * Same signature as extract.ts `systemOf`, with the issuer's name first: a Mặt trận or đoàn thể body
 * prints the State motto, so the motto alone would call it State. Then the motto, then the number's
 * style (Party "173-HD/BTGTW", State "112/CĐ-TTg").
 */
export function systemOf(facts: { motto?: 'party' | 'state'; number?: DocumentNumber; issuer?: string; subject?: boolean }): DocumentSystem | undefined {
  const fromName = facts.issuer ? systemOfIssuer(facts.issuer) : undefined;
  if (fromName) return fromName;
  if (facts.motto) return facts.motto;
  if (facts.number?.style === 'party') return 'party';
  if (facts.number?.style === 'state') return 'state';
  return undefined;
}
