/**
 * Slogans run into a sentence after a label, rather than listed one per line:
 *   "Nội dung câu khẩu hiệu tuyên truyền: Nhiệt liệt chào mừng …!"          one slogan
 *   "Các khẩu hiệu tuyên truyền bao gồm: A; B; C."                          items separated by ";"
 *   "… Khẩu hiệu chính gồm: A; B. Khẩu hiệu hành động … gồm: C; D; E."       several labels inside prose
 *   "- Khẩu hiệu chính: “A”, “B”, “C”."                                    quoted items separated by ","
 * Pure: text in, slogan texts out (exact words; the quotes, the separators and the full stop that
 * ends the sentence are not the slogans').
 */

/**
 * The label: "khẩu hiệu" (after "Nội dung", "câu", "các", "một số", "những"), then at most a short
 * phrase without sentence punctuation ("chính", "hành động “3 phải và 3 không” cho người … gồm"),
 * then a colon. It starts the text or a sentence.
 */
const LABEL = /(?:^|(?<=[.!?…]["”]?\s))(?:[-*+•]\s*)?(?:Nội dung\s+)?(?:(?:câu|các|một số|những)\s+)?khẩu hiệu(?:[^.:;!?]{0,120}?)\s*:\s*/giu;

/** A run of quoted items and nothing else: “A”, “B” và “C”. */
const QUOTED_LIST = /^(?:[“"][^“”"]+[”"]\s*(?:[,;]|\s+và)?\s*)+[.;]?$/u;
const QUOTED_ITEM = /[“"]([^“”"]+)[”"]/gu;

/** Where the sentence holding the list ends: a full stop (or ! ? …) before a capital, or the end. */
const SENTENCE_END = /[.!?…](?=\s+["“]?\p{Lu})/u;

const MIN_SLOGAN = 10;

/** An item's number in a run-in list ("(1) Nhiệt liệt chào mừng …!; (2) …"): the list's, not the slogan's words. */
const ITEM_NUMBER = /^\(\d{1,2}\)\s+/u;

/**
 * Slogans quoted right after the word that names them, inside a sentence of one line: "… triển
 * khai công tác tuyên truyền … với khẩu hiệu “Nhiệt liệt chào mừng Đại hội …”", "chạy chữ "Chào
 * mừng Đại hội XI CĐ TP HCM" và "Chào mừng Đại hội XII CĐ Việt Nam" trên các website", "với các khẩu
 * hiệu như: “…”, “…”". A quote left
 * open runs to the line's end. A short quote, or one naming an occasion ("băng rôn, khẩu hiệu “Ngày
 * toàn dân PCCC”"), is what the banners are about, not their words.
 */
const QUOTED_AFTER_WORD = /(?:khẩu hiệu|chạy chữ)(?:\s+(?:như|sau|là|gồm))?\s*:?\s+((?:[“"][^“”"\n]+(?:[”"]|$)(?:\s*(?:,|và)\s*(?=[“"]))?)+)/gimu;
const OCCASION = /^(?:Ngày|Tháng|Tuần|Năm|Lễ|Hội)(?!\p{L})/u;
const MIN_QUOTED_WORDS = 5;

export function quotedSlogans(line: string): string[] {
  const out: string[] = [];
  for (const m of line.matchAll(QUOTED_AFTER_WORD)) {
    for (const [, quoted] of m[1]!.matchAll(/[“"]([^“”"\n]+)/gu)) {
      const q = quoted!.trim();
      if (q.split(/\s+/u).length >= MIN_QUOTED_WORDS && !OCCASION.test(q)) out.push(q);
    }
  }
  return out;
}

/** The slogans after each label in `text`. A label that does not start the text needs two items or quotes: prose mentions slogans too. */
export function runInSlogans(text: string): string[] {
  const out: string[] = [];
  const labels = [...text.matchAll(LABEL)];
  labels.forEach((m, i) => {
    const from = m.index + m[0].length;
    const to = labels[i + 1]?.index ?? text.length;
    const rest = text.slice(from, to).trim();
    const atStart = m.index === 0;
    const items = itemsOf(rest, atStart);
    if (atStart || items.length >= 2 || QUOTED_LIST.test(rest)) out.push(...items);
  });
  return out;
}

function itemsOf(rest: string, atStart: boolean): string[] {
  if (QUOTED_LIST.test(rest)) return [...rest.matchAll(QUOTED_ITEM)].map((q) => q[1]!.trim()).filter((s) => s.length >= MIN_SLOGAN);
  // One slogan after a label that starts the text: the whole rest, as before (its own full stops included).
  if (!rest.includes(';')) return atStart && rest.length >= MIN_SLOGAN ? [unquote(rest)] : [];
  const end = SENTENCE_END.exec(rest);
  const sentence = end ? rest.slice(0, end.index + 1) : rest;
  const items = sentence.split(/;\s+/u);
  return items
    .map((item, i) => {
      // The full stop after the last of several items ends the sentence, not the slogan.
      const last = i === items.length - 1;
      return unquote(item.trim().replace(last ? /(?:[;.]|…|\.\.\.)$/u : /;$/u, '').trim().replace(ITEM_NUMBER, ''));
    })
    .filter((s) => s.length >= MIN_SLOGAN);
}

/** A slogan written in quotes, as a whole: the quotes are its marker, not its words. */
export const unquote = (s: string): string => {
  // A collector's credit after the quote ("… nhân dân” (Quỳnh Chi st)") is not the slogan's.
  // A list's own punctuation after the closing quote ("“…!”.", "“…”;") is the list's, not the slogan's.
  const m = /^(["“])(.*)(["”])[.;,]?(?:\s*\([^()]{1,40}\))?[.;,]?$/su.exec(s);
  return m && !/["“”]/u.test(m[2]!) ? m[2]!.trim() : s;
};

/** Words a slogan opens with: a salute, a call to act, the Party or the country hailed. */
const SLOGAN_OPENER = /^(?:Nhiệt liệt|Chào mừng|Phát huy|Toàn Đảng|Toàn dân|Tất cả vì|Đảng Cộng sản Việt Nam|Nước Cộng hòa|Hưởng ứng|Quyết tâm|Đẩy mạnh|Tích cực|Chủ tịch Hồ Chí Minh|Vì )/u;
/** Items of a dash list run onto one line: a dash after a sentence's end, before a capital ("…2014)! - Quân đội …"); "1944 - 2014" is a range. */
const RUN_ON_DASH = /(?<=[.!?…])\s+[-–•]\s+(?=\p{Lu})/u;
const RUN_ON_MIN_ITEMS = 3;

/**
 * A page that is nothing but a slogan list run onto one line, with no heading ("- Nhiệt liệt chào
 * mừng …! - Quân đội nhân dân Việt Nam … . - Phát huy …"): a broadcaster's banner, a web copy that
 * lost its line breaks. Three items or more, each a short sentence, half of them at least opening
 * like a slogan or ending with "!"; anything else on the page and it is not one.
 */
export function headlessSloganRun(textLines: readonly string[]): string[] {
  const lines = textLines.map((l) => l.trim()).filter(Boolean);
  if (lines.length !== 1 || !/^[-–•]\s+\p{Lu}/u.test(lines[0]!)) return [];
  const items = lines[0]!.replace(/^[-–•]\s+/u, '').split(RUN_ON_DASH).map((s) => s.trim());
  if (items.length < RUN_ON_MIN_ITEMS) return [];
  const short = items.every((s) => { const n = s.split(/\s+/u).length; return n >= MIN_QUOTED_WORDS && n <= 60; });
  const called = items.filter((s) => SLOGAN_OPENER.test(s) || /!$/u.test(s)).length;
  return short && called * 2 >= items.length ? items : [];
}
