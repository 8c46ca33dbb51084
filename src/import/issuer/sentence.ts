/**
 * The issuer as running text names it: the body's own statement in the opening or a news lead
 * ("…, Ban Tuyên giáo Tỉnh ủy hướng dẫn …", "Ngày … Ban Thường vụ Tỉnh ủy Đắk Lắk đã ban hành …"),
 * and a title line ("Chỉ thị của Ban Thường vụ Tỉnh ủy …").
 */
import { DOCUMENT_TYPE_NAMES } from '../../model/document-type.ts';
import { WORD_END, WORD_START } from '../../text/words.ts';
import { properCase } from './case.ts';
import { BODY_START, guess, MAX_NAME_WORDS, type IssuerGuess } from './guess.ts';
import { parentOfIssuer, withoutOfficialsName } from './level.ts';
import { canonicalTones, cleanName, isAllCaps, nameKey } from './text.ts';
import { BODY_START_SOURCE } from './words.ts';

/** What a body does in its own document's opening or in a news lead. Lower case: verbs, not names. */
const SPEAKER_VERB = new RegExp(
  `\\s*,?\\s*(?:(?:đã|vừa|sẽ|mới|cũng|đang|luôn)\\s+){0,2}(?:ban hành|hướng dẫn|đề nghị|kính đề nghị|xây dựng|yêu cầu|thông báo|chỉ đạo|triển khai|báo cáo|đính chính|phát động|quyết nghị|quyết định|giao|có (?:công văn|Công văn|văn bản|hướng dẫn|Hướng dẫn|kế hoạch|Kế hoạch)|(?<=đã\\s+)tổ chức hội nghị)${WORD_END}`,
  'uy',
);
/** Words that cannot be inside a body's name in running text. */
const NOT_NAME = new Set(['vừa', 'sẽ', 'mới', 'cũng', 'đang', 'luôn', 'của', 'về', 'số', 'ngày', 'theo', 'tại', 'với', 'cho', 'trên', 'đến', 'nhằm', 'để', 'việc', 'được', 'những', 'khi', 'này', 'năm', 'tháng', 'đã', 'trong', 'thực', 'nhận', 'các', 'cùng', 'đồng', 'chí']);
const HEAD_IN_TEXT = new RegExp(`${WORD_START}${BODY_START_SOURCE}`, 'giu');
/** What may come before a body that speaks: the start, punctuation, or a date ("Ngày 29 tháng 12/2020 Ban …"). */
const SPEAKER_BEFORE = /[,.;:)!?"”\]\d]/u;
/** A head of the body who speaks for it: "Chủ tịch Ủy ban nhân dân phường thông báo …". */
const HEAD_OF_BODY = /(?:^|[,.;:)]\s*)(?:Chủ tịch|Phó Chủ tịch|Giám đốc|Trưởng ban|Bí thư)\s+$/u;
const speakerMayStartAt = (text: string, at: number) => {
  const before = text.slice(Math.max(0, at - 3), at).trimEnd(); // the text is flat: one space at most
  return before === '' || SPEAKER_BEFORE.test(before.at(-1)!) || HEAD_OF_BODY.test(text.slice(Math.max(0, at - 20), at));
};
/**
 * The next word of a name: after a space, a dash, or a comma before a capital — or the comma of
 * "Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương" (a central Party committee since 2025).
 */
const NAME_WORD = /(?:\s*,\s*(?=\p{Lu})|(?<=Tổ quốc)\s*,\s*(?=các đoàn thể(?![\p{L}]))|\s+[-–]\s+|\s+)((?<=Tổ quốc\s*,\s*)các đoàn thể(?![\p{L}])|[\p{L}\p{M}\p{N}.]+)/uy;
/** A verb that ends a body's name in running text ("… phường Phúc Đồng tổ chức Hội nghị …"). */
const HOLDS = /^\s+(?:tổ chức|phối hợp|tiến hành)(?!\p{L})/u;
/** Units named by a number in cities: "Quận 8", "Phường 12". */
const NUMBERED_UNIT_BEFORE = /(?<![\p{L}])(?:quận|phường|Quận|Phường|QUẬN|PHƯỜNG)$/u;

/** The name starting with the head word at `at`, if a speaking verb follows it within MAX_NAME_WORDS words. */
function speakerAt(text: string, at: number, head: string): string | undefined {
  let end = at + head.length;
  for (let n = 1; n <= MAX_NAME_WORDS; n += 1) {
    const name = text.slice(at, end);
    SPEAKER_VERB.lastIndex = end;
    if (SPEAKER_VERB.test(text) && !isBareHead(name)) return name;
    // "… Ủy ban MTTQ Việt Nam phường Phúc Đồng tổ chức Hội nghị triển khai …": the name ends at the verb.
    if (n > 1 && HOLDS.test(text.slice(end, end + 12))) return undefined;
    NAME_WORD.lastIndex = end;
    const next = NAME_WORD.exec(text);
    // A number names a place only after its unit: "Quận 8", "Phường 12".
    if (!next || NOT_NAME.has(next[1]!) || (/\d/u.test(next[1]!) && !(/^\d{1,3}$/u.test(next[1]!) && NUMBERED_UNIT_BEFORE.test(text.slice(0, end))))) return undefined;
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
  // One tone placement ("Uỷ ban" → "Ủy ban"), as the body words are written; lengths are kept.
  const flat = canonicalTones(text.normalize('NFC')).replace(/\s+/gu, ' ');
  HEAD_IN_TEXT.lastIndex = 0;
  for (const m of flat.matchAll(HEAD_IN_TEXT)) {
    if (!/^\p{Lu}/u.test(m[0]) || !speakerMayStartAt(flat, m.index)) continue;
    const said = speakerAt(flat, m.index, m[0]);
    // "Phó Chủ tịch UBND thành phố Lê Khắc Nam đã chỉ đạo …": the body the official heads speaks.
    const name = said && (HEAD_OF_BODY.test(flat.slice(Math.max(0, m.index - 20), m.index)) ? withoutOfficialsName(cleanName(said)) : cleanName(said));
    if (name) return guess(name, [], parentOfIssuer(name));
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
