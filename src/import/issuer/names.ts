/**
 * Comparing and completing issuer names given by sources that only give a name (a portal's
 * "Nơi ban hành", a lead's subject, a signature).
 */
import type { IssuerGuess } from './guess.ts';
import { levelOfIssuer, parentOfIssuer, systemOfIssuer } from './level.ts';
import { looseKey, nameKey } from './text.ts';
import { CENTRAL_CITIES, PROVINCE_NAMES } from './words.ts';

/** A body's name as given by a source that only gives the name: level, system and parent read from it. */
export const issuerGuessOf = (name: string): IssuerGuess => {
  const level = levelOfIssuer(name), system = systemOfIssuer(name), parent = parentOfIssuer(name);
  return { name, ...(level ? { level } : {}), ...(system ? { system } : {}), ...(parent ? { parent } : {}), lines: [] };
};
export const looseContains = (a: string, b: string) => !!b && looseKey(a).includes(looseKey(b));
/** Two names of one body: one holds the other ("Ban Tuyên giáo Tỉnh ủy" in "Ban Tuyên giáo Tỉnh ủy Hà Tĩnh"). */
export const sameBody = (a: IssuerGuess, b: IssuerGuess) => looseContains(a.name, b.name) || looseContains(b.name, a.name);


/** The commonest Vietnamese family names: a person's name starts with one. */
const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý',
  'Đinh', 'Trương', 'Lâm', 'Đào', 'Mai', 'Cao', 'Hà', 'Lương', 'Tô', 'Tạ', 'Thái', 'Chu', 'Đoàn', 'Triệu', 'Lưu', 'Quách', 'Vương',
  'Trịnh', 'Đàm', 'Lò', 'Lục', 'Nông', 'Hứa', 'Kiều', 'Tăng', 'Châu', 'Phùng', 'Doãn', 'Khổng', 'Giáp', 'Tống', 'Hầu', 'Ninh'];
const PERSON_AT_END = new RegExp(`(?:^|\\s)((?:${SURNAMES.join('|')})(?:\\s+\\p{Lu}\\p{Ll}*){1,3})$`, 'u');
/** Titles before a person's name: "Thường trực Ban Bí thư Trần Cẩm Tú", "Chủ tịch UBND tỉnh Nguyễn Văn A", "đồng chí Lê Văn B". */
const TITLE = /(?:^|\s)(?:đồng chí|Đồng chí|ông|bà|Ông|Bà|Bí thư|Chủ tịch|Giám đốc|Trưởng ban|Trưởng phòng|Thủ tướng|Bộ trưởng|Phó|Ủy viên|Chánh Văn phòng)(?![\p{L}])/u;
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
