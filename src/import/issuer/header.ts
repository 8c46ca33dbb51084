/**
 * The issuer from a header's issuer block (Nghị định 30/2020 Phụ lục I; Hướng dẫn 36-HD/VPTW): the
 * parent body's line, the issuer's line, a place line, in one or two columns, with the header's
 * other furniture (motto, number, date, decorations) on the same lines.
 */
import { properCase } from './case.ts';
import { BODY_START, guess, isBareOrgan, MAX_NAME_WORDS, type IssuerGuess } from './guess.ts';
import { levelOfIssuer, territoriesOf } from './level.ts';
import { cleanName, framesHeader, isAllCaps, issuerPartOfLine, nameKey } from './text.ts';
import { TYPE_TITLE_LINE } from '../patterns.ts';

/** Verbs of running text: a line that has one is a sentence, not a header line. */
const SENTENCE_VERB = /(?<![\p{L}])(?:hướng dẫn|đề nghị|ban hành|thông báo|yêu cầu|xây dựng|triển khai|thực hiện|tổ chức|về việc)(?![\p{L}])/u;

type LineKind = 'body' | 'place' | 'empty' | 'other';

/** What one header line holds once cleaned: a body ("BAN TUYÊN GIÁO"), a place ("TỈNH SƠN LA"), nothing, or else. */
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
    const central = CENTRAL_COMMITTEE.test(nameKey(parent)) ? /Trung ương/iu.exec(parent)![0] : undefined;
    return `${segment} ${central ?? parent}`;
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

/** The type heading, alone or run on in capitals with its subject ("ĐỀ CƯƠNG TUYÊN TRUYỀN"): no issuer line starts with a type's name. */
const TYPE_HEADING = new RegExp(TYPE_TITLE_LINE.source.replace(/\$$/u, '(?:\\s+[^\\p{Ll}]+)?$'), 'u');

/** The rest of a name in capitals on its own line: a few words, no digits, no sentence. */
const isNameWrap = (part: string) =>
  isAllCaps(part.replace(/[^\p{L}]/gu, '')) && part.split(' ').length <= 6 && !/\d/u.test(part) && !/[:;.!?]$/u.test(part);

/**
 * The issuer from a header's issuer block: the lines before the "Số:" line, or the left column of
 * a two-column header (a flattened line keeps only the issuer's part). Lines before the block that
 * are not issuer lines (a portal's navigation) are skipped; the block ends at the first line that is
 * neither a body, a place, nor header noise (the type heading, a section heading).
 */
export function issuerFromHeader(lines: readonly string[]): IssuerGuess | undefined {
  const heading = lines.findIndex((l) => TYPE_HEADING.test(cleanName(l).replace(/\.$/u, '')));
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
  // The capitals of the last body line, while its name may still wrap onto the next line.
  let wrapping: string | undefined;
  for (let i = start; i < block.length; i += 1) {
    const kind = kinds[i]!;
    if (kind === 'other') {
      // A narrow left column wraps a long name: "SỞ VĂN HÓA, THỂ THAO / VÀ DU LỊCH", "HỘI TRUYỀN THỐNG TRƯỜNG SƠN / ĐƯỜNG HỒ CHÍ MINH VIỆT NAM".
      if (wrapping === undefined || !isNameWrap(parts[i]!)) break;
      wrapping = `${wrapping} ${parts[i]!}`;
      const last = segments.at(-1)!;
      segments[segments.length - 1] = { name: properCase(wrapping), lines: [...last.lines, i] };
      continue;
    }
    if (kind === 'body') {
      const found = splitSegments(properCase(parts[i]!));
      for (const s of found) segments.push({ name: s, lines: [i] });
      wrapping = found.length === 1 && isAllCaps(parts[i]!.replace(/[^\p{L}]/gu, '')) ? parts[i]! : undefined;
    } else if (kind === 'place' && segments.length) {
      wrapping = undefined;
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
