/**
 * Comparing and completing issuer names given by sources that only give a name (a portal's
 * "Nơi ban hành", a lead's subject, a signature).
 */
import type { IssuerGuess } from './guess.ts';
import { levelOfIssuer, parentOfIssuer, systemOfIssuer } from './level.ts';
import { looseKey, nameKey } from './text.ts';
import { CENTRAL_CITIES, PROVINCE_NAMES, SURNAMES } from './words.ts';

/** A body's name as given by a source that only gives the name: level, system and parent read from it. */
export const issuerGuessOf = (name: string): IssuerGuess => {
  const level = levelOfIssuer(name), system = systemOfIssuer(name), parent = parentOfIssuer(name);
  return { name, ...(level ? { level } : {}), ...(system ? { system } : {}), ...(parent ? { parent } : {}), lines: [] };
};
export const looseContains = (a: string, b: string) => !!b && looseKey(a).includes(looseKey(b));
/** Two names of one body: one holds the other ("Ban Tuyên giáo Tỉnh ủy" in "Ban Tuyên giáo Tỉnh ủy Hà Tĩnh"). */
export const sameBody = (a: IssuerGuess, b: IssuerGuess) => looseContains(a.name, b.name) || looseContains(b.name, a.name);


const PERSON_AT_END = new RegExp(`(?:^|\\s)((?:${SURNAMES.join('|')})(?:\\s+\\p{Lu}\\p{Ll}*){1,3})$`, 'u');
/** Titles before a person's name: "Thường trực Ban Bí thư Trần Cẩm Tú", "Chủ tịch UBND tỉnh Nguyễn Văn A", "đồng chí Lê Văn B". */
const TITLE = /(?:^|\s)(?:đồng chí|Đồng chí|ông|bà|Ông|Bà|Bí thư|Chủ tịch|Giám đốc|Trưởng ban|Trưởng phòng|Thủ tướng|Bộ trưởng|Thứ trưởng|Phó|Ủy viên|Chánh Văn phòng)(?![\p{L}])/u;
const PLACES = new Set<string>([...PROVINCE_NAMES, ...CENTRAL_CITIES]);

/**
 * A lead's subject that is a person, not a body: "Ủy viên Bộ Chính trị, Thường trực Ban Bí thư Trần
 * Cẩm Tú (vừa ký ban hành …)" — a title, then a name led by a family name. "Thành ủy Hà Nội" and
 * "Đoàn TNCS Hồ Chí Minh" end in a place or the Youth Union's name, not a person's.
 */
export function isPersonWithTitle(subject: string): boolean {
  const m = PERSON_AT_END.exec(subject.trim());
  if (!m || PLACES.has(nameKey(m[1]!)) || nameKey(m[1]!) === 'hồ chí minh') return false;
  return TITLE.test(subject.slice(0, m.index + 1));
}

/**
 * "đồng chí Phạm Gia Túc, Ủy viên Trung ương Đảng, Chánh Văn phòng Trung ương Đảng, Phó Trưởng ban
 * Thường trực Ban Chỉ đạo Trung ương về …": the person first, the titles after, the last one the
 * post signed in. The body that post heads, or undefined when the subject is not of this shape.
 */
const PERSON_FIRST = new RegExp(`^(?:đồng chí|Đồng chí|ông|Ông|bà|Bà)\\s+(?:${SURNAMES.join('|')})(?:\\s+\\p{Lu}\\p{Ll}*){1,3}\\s*,\\s+(.+)$`, 'u');
export function bodyOfPersonFirst(subject: string): string | undefined {
  const m = PERSON_FIRST.exec(subject.trim());
  if (!m) return undefined;
  const titles = m[1]!;
  const head = [...titles.matchAll(HEAD_OF)].at(-1);
  if (!head) return undefined;
  // "Phó Trưởng ban Thường trực Ban Chỉ đạo …": "Thường trực" is the deputy's rank, the body follows.
  const body = titles.slice(head.index + head[0].length).trim().replace(/^Thường trực\s+(?=Ban\s)/u, '');
  return /^\p{Lu}/u.test(body) && body.split(/\s+/).length >= 2 && !/(?:^|\s)(?:Ủy viên|đồng chí|Đồng chí)(?!\p{L})/u.test(body) ? body : undefined;
}

/** A head's title before the body he or she heads: "Chủ tịch UBND …", "Giám đốc Sở …", "Bí thư Tỉnh ủy …". */
const HEAD_OF = /(?:^|\s)((?:Phó\s+)?(?:Thủ tướng|Chủ tịch|Giám đốc|Trưởng ban|Trưởng phòng|Bộ trưởng|Thứ trưởng|Bí thư|Chánh Văn phòng))(?=\s|$)/gu;

/**
 * The body a titled person signs for, from a lead's subject ("Thủ tướng Chính phủ Phạm Minh Chính
 * vừa ký ban hành …" → "Thủ tướng Chính phủ"; "Chủ tịch UBND thành phố Hà Nội Trần Sỹ Thanh đã ký
 * …" → "UBND thành phố Hà Nội"), read from the last title before the name (a page title may run
 * into the lead); undefined when the person holds several titles ("Ủy viên Bộ Chính trị, Thường
 * trực Ban Bí thư …": which body signs is said elsewhere) or the title names no body.
 */
export function signerBody(subject: string): string | undefined {
  const t = subject.trim();
  if (!isPersonWithTitle(t)) return undefined;
  const title = t.slice(0, PERSON_AT_END.exec(t)!.index).trim();
  // The last sentence (a page title may run into the lead); within it, the last title's clause —
  // past a comma only when no title follows it ("Bộ Văn hóa, Thể thao và Du lịch" is one name).
  const sentence = title.slice(Math.max(title.lastIndexOf(';'), title.lastIndexOf('.')) + 1);
  const head = [...sentence.matchAll(HEAD_OF)].at(-1);
  if (!head) return undefined;
  const clause = sentence;
  const body = clause.slice(head.index + head[0].length).trim();
  if (/^(?:Phó\s+)?Thủ tướng$/u.test(head[1]!) && /^(?:Chính phủ)?$/u.test(body)) return 'Thủ tướng Chính phủ';
  return /^\p{Lu}/u.test(body) && body.split(/\s+/).length >= 2 && !/(?:^|\s)(?:Ủy viên|đồng chí|Đồng chí)(?!\p{L})/u.test(body) ? body : undefined;
}
