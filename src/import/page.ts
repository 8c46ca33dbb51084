/**
 * Where the directive sits in a file that holds more than the directive: a portal's navigation,
 * its attribute table and the article's title and date line before it; related links, share
 * buttons, a byline, a weather widget after it. Pure: lines in, a line range out.
 *
 * The directive starts at its official header when there is one (the issuer block above the first
 * "Số: …", motto, "<nơi>, ngày … tháng … năm …" or type heading), otherwise at the first line of
 * the article after the page's furniture. It ends before the first line of page furniture that
 * follows it. Nothing is removed: the importer keeps the lines outside the range in the entry.
 */
import { CAPS_LINE, RULE_LINE, TYPE_TITLE_LINE, WEEKDAY_SOURCE, withoutDecoration } from './patterns.ts';
import { PARTY_MOTTO_SOURCE, STATE_MOTTO_2_SOURCE, STATE_MOTTO_SOURCE } from '../text/mottos.ts';
import { withoutInvisible } from '../text/invisible.ts';

export interface Located {
  /** 1-based, inclusive: the directive's first and last lines (blank lines around it excluded). */
  first: number;
  last: number;
  /** Why the range starts where it does, for the import report. */
  startReason: 'file-start' | 'header' | 'after-page-furniture';
  endReason: 'file-end' | 'before-page-furniture';
}

const clean = (s: string) => withoutInvisible(s.normalize('NFC')).replace(/\s+/gu, ' ').trim();
/** A list bullet and a time zone around a page's line: "• Thứ hai, 9/3/2026 13:58 (GMT+7)". */
const bare = (t: string) => t.replace(/^[•·▪►]\s*/u, '').replace(/\s*\(GMT\s*[+-]\s*\d{1,2}\)$/u, '');

/**
 * Page furniture: lines a portal or news site prints around any article. Each is a general shape
 * of Vietnamese web pages (menus, counters, dates of posting, sharing, related lists), not a
 * phrase of one site.
 */
const FURNITURE = new RegExp(
  [
    '^(?:Trang chủ|Đăng nhập|Đăng ký|Đăng xuất|Tìm kiếm|Từ kho[áa](?!\\p{L})|Tin tức$|Tin Hoạt động|Liên kết$|Nội dung$|Website\\b|Lượt [Tt]ruy [Cc]ập|Truy cập$)',
    '^(?:Hôm nay|Hôm qua|Tuần này|Trong tuần|Tháng này|Trong tháng|Tất cả|Tổng cộng|Đang online|Trực tuyến)\\s*:',
    '^(?:Thống kê truy cập|Thống kê lượt truy cập)$',
    '^(?:Ngày đăng|Ngày cập nhật|Cập nhật(?: lúc)?|Đăng lúc|Lượt xem|Lượt đọc|View count|Xem (?:với )?cỡ chữ|Cỡ chữ|Mặc định|Đang tải)',
    '(?:^|\\s)Cỡ chữ(?:\\s|$)',
    '^(?:Ảnh minh h[oọ]a|Ảnh:|Nguồn:|Tác giả:|In bài|Gửi bài|Chia sẻ|Bản in|print(?!\\p{L})|send mail|Lưu bài|Phản hồi)',
    '^(?:Đánh giá$|Thiết kế web|Tin tức liên quan|Tin liên quan|Tin khác|Các tin khác|Tin cùng chuyên mục|Bài viết liên quan|Các bài viết khác|Văn bản liên quan|Xem thêm|Bình luận|Ý kiến bạn đọc|Gửi ý kiến|Quay lại|Về đầu trang|Bản quyền|Copyright|©)',
    '^(?:Tải về|Tải file|File đính kèm|Tệp đính kèm|Tập tin đính kèm|Chi tiết văn bản|Xem (?:chi tiết|nội dung|toàn văn|văn bản)|Xem tại đây)',
    // A posting date with a time: "7/11/2019 14:13'", "Thứ tư - 18/05/2022 23:44", "19/08/2019 10:57:25".
    // In parentheses too: "(10:31 | 10/02/2023)", "(23/01/2021 10:01)".
    '^\\(?(?:(?:Thứ\\s*(?:\\p{L}+|\\d)|Th\\s*\\d|Chủ nhật)\\s*[-,]?\\s*)?\\d{1,2}[/-]\\d{1,2}[/-]\\d{4},?\\s+\\d{1,2}:\\d{2}',
    '^\\(?\\d{1,2}:\\d{2}(?::\\d{2})?\\s*[-|,]?\\s*\\d{1,2}[/-]\\d{1,2}[/-]\\d{4}\\)?$',
    // A weekday date in words: "Thứ hai, ngày 12 tháng 01 năm 2026".
    `^(?:${WEEKDAY_SOURCE})\\s*,?\\s*ngày\\s*\\d{1,2}\\s*tháng\\s*\\d{1,2}\\s*năm\\s*\\d{4}\\s*$`,
    // A weekday date alone: "Thứ Bảy, 30/5/2020", "Thứ ba 22/10/2019".
    '^(?:Thứ\\s*(?:\\p{L}+|\\d)|Th\\s*\\d|Chủ nhật)\\s*[-,]?\\s*(?:ngày\\s*)?\\d{1,2}[/-]\\d{1,2}[/-]\\d{4}(?:\\s*[-|,]?\\s*\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*(?:SA|CH|AM|PM))?)?\\s*[-|]?$',
    // Breadcrumbs: "Tin Hoạt động >> Văn bản mới", "Trang chủ / Văn bản".
    '\\s(?:>>|»|›)\\s',
    // A weather widget: "15oC", "Thấp nhất 13°C".
    '^-?\\d{1,2}\\s*(?:o|°)\\s*C$', '\\d\\s*°C(?!\\p{L})',
    // A story's age: "1 giờ trước", "5 phút trước"; a site's offer of its light version.
    '^\\d{1,3}\\s+(?:giây|phút|giờ|ngày|tuần|tháng)\\s+trước$', 'phiên bản (?:mobile|di động|rút gọn)',
    // A photo's caption: "… Ảnh: BTC.", "(Ảnh: Hoàng Triều)" at its end.
    '(?:^|\\s)\\(?Ảnh\\s*:\\s*[^.]{1,40}\\)?\\.?$',
  ].join('|'),
  'iu',
);

/**
 * Furniture recognised by how a short line ends ("Chi tiết văn bản xem tại đây", "Phạm Thị Kế Chia
 * sẻ:"): an article's paragraph may end the same way ("… Nội dung chi tiết xem tại đây"), so only
 * a short line counts.
 */
const SHORT_FURNITURE = /(?:xem tại đây|tải về tại đây|Xem chi tiết tại|Gửi bài này|In bài này|Chia sẻ:?)\.?$/iu;
const SHORT_LINE = 80;

/** "Số hiệu: … Loại văn bản: …": a legal portal's attribute table of the document. */
export const PORTAL_FIELD = /^(?:Số hiệu|Số k[íý] hiệu|Loại văn bản|Thể loại|Nơi ban hành|Cơ quan ban hành|Người ký|Ngày ban hành|Ngày hiệu lực|Ngày công báo|Số công báo|Tình trạng|Lĩnh vực|Trích yếu|Ngày có hiệu lực|Tình trạng hiệu lực)(?:\s*:|\s+\S)/iu;

/** Lines that only an official header has; the directive starts at (or just above) the first. */
const MOTTO_IN_LINE = new RegExp(`${PARTY_MOTTO_SOURCE}|${STATE_MOTTO_SOURCE}|${STATE_MOTTO_2_SOURCE}`, 'u');
const HEADER_NUMBER = /(?:^|\s)Số\s*:\s*\S*|^Số\s+\d+\s*[-–/]/u;
const PLACE_DATE = new RegExp(`^(?!(?:${WEEKDAY_SOURCE})\\s*,)[\\p{L} .]{2,40},\\s*ngày\\s*(?:\\d{1,2})?\\s*tháng`, 'u');

export const isFurniture = (line: string) => {
  const t = bare(clean(line));
  return FURNITURE.test(t) || (t.length <= SHORT_LINE && SHORT_FURNITURE.test(t));
};
export const isPortalField = (line: string) => PORTAL_FIELD.test(clean(line));

export function isHeaderAnchor(line: string): boolean {
  const t = clean(line);
  if (!t || isPortalField(t)) return false;
  return MOTTO_IN_LINE.test(t) || HEADER_NUMBER.test(t) || PLACE_DATE.test(t) || TYPE_TITLE_LINE.test(t.replace(/[.:]$/u, ''));
}

/** A line that can sit above the first anchor in a header: the issuer in capitals, a rule, a cell mark. */
const isIssuerBlockLine = (t: string) =>
  t === '' || RULE_LINE.test(t) || /^[|/*]$/u.test(t) || (CAPS_LINE.test(withoutDecoration(t.replace(/^\//u, ''))) && t.length <= 90);

/** A line of an article's text: long, or a sentence, or the opening of a directive. */
const isArticleLine = (t: string) =>
  t.length >= 100 || /^(?:Thực hiện|Căn cứ|Triển khai|Ngày \d|Nhằm|Theo)\b/u.test(t) || (t.length >= 40 && /[.:;!?]$/u.test(t));

/**
 * A site's menu copied with the page: a run of short, bare entries one per line ("Trang chủ",
 * "Giới thiệu", "Tin tức - Sự kiện", "Văn bản chỉ đạo", "Liên hệ"): capitalised, no digits, no
 * sentence mark, not a type heading over its subject ("Thông báo" then "Về việc …").
 */
const MENU_ENTRY = /^\p{Lu}[\p{L} &/–-]{1,28}$/u;
const MENU_RUN = 3;
const isMenuEntry = (t: string) => MENU_ENTRY.test(t) && !TYPE_TITLE_LINE.test(t) && !/^(?:Về|V\/v)(?!\p{L})/u.test(t);
/** A line that could be one entry of a site's menu (alone it proves nothing; MENU_RUN in a row do). */
export const isMenuLine = (line: string) => isMenuEntry(clean(line));
/** The last line of a menu run (MENU_RUN entries or more in a row) above `before`, or -1. */
function lastMenuLine(lines: readonly string[], before: number): number {
  let last = -1;
  let run = 0;
  for (let i = 0; i < before; i++) {
    const t = lines[i]!;
    if (t === '') continue;
    run = isMenuEntry(t) ? run + 1 : 0;
    if (run >= MENU_RUN) last = i;
  }
  return last;
}

/** Only the top of a long file is searched for the header: a header is at the top of a document. */
const HEADER_WINDOW = 80;
/** How many lines apart two header lines can be (blank lines and rules between them). */
const CLUSTER_SPAN = 12;

export function locateDirective(text: string): Located {
  const lines = text.split('\n').map(clean);
  const nonBlank = (i: number) => lines[i] !== '';
  let firstLine = lines.findIndex((t) => t !== '');
  let lastLine = lines.findLastIndex((t) => t !== '');
  if (firstLine < 0) return { first: 1, last: Math.max(1, lines.length), startReason: 'file-start', endReason: 'file-end' };

  // Start: the header's first anchor, walked up over its issuer lines; else after the furniture.
  let start = firstLine;
  let startReason: Located['startReason'] = 'file-start';
  const articleLines = lines.flatMap((t, i) => (t !== '' && isArticleLine(t) && !isFurniture(t) && !isPortalField(t) ? [i] : []));
  const articleStart = articleLines[0] ?? -1;
  // A header comes before the text: look for it above the third line of running text (a poll
  // question or a site's greeting above the header is one line, not a text).
  const limit = Math.min(lines.length, HEADER_WINDOW, (articleLines[2] ?? lines.length - 1) + 1);
  // Two header lines close together (a motto and "Số: …", "Số: …" and the place and date) are a
  // header even below a page's title and summary; a lone anchor counts only above the text.
  const clustered = lines.slice(0, HEADER_WINDOW).findIndex((t, i) =>
    isHeaderAnchor(t) && lines.slice(i + 1, i + 1 + CLUSTER_SPAN).some((u) => isHeaderAnchor(u)));
  const anchor = clustered >= 0 ? clustered : lines.slice(0, limit).findIndex((t) => isHeaderAnchor(t));
  if (anchor >= 0) {
    let s = anchor;
    while (s > 0 && isIssuerBlockLine(lines[s - 1]!) && !isFurniture(lines[s - 1]!)) s--;
    while (s < anchor && !nonBlank(s)) s++;
    start = s;
    if (start > firstLine) startReason = 'header';
  } else if (articleStart > firstLine) {
    // The last furniture or attribute line above the article's first line ends the page's top.
    let top = -1;
    for (let i = 0; i < articleStart; i++) if (isFurniture(lines[i]!) || isPortalField(lines[i]!)) top = i;
    top = Math.max(top, lastMenuLine(lines, articleStart));
    if (top >= 0) {
      start = top + 1;
      while (start < articleStart && !nonBlank(start)) start++;
      startReason = 'after-page-furniture';
    }
  }

  // End: the first furniture line after the start that is followed only by furniture, short
  // lines and blanks (a related-links list, a byline, share buttons, a widget).
  let end = lastLine;
  let endReason: Located['endReason'] = 'file-end';
  for (let i = start + 1; i <= lastLine; i++) {
    if (!isFurniture(lines[i]!)) continue;
    const rest = lines.slice(i + 1, lastLine + 1).filter((t) => t !== '');
    const pageLike = rest.every((t) => isFurniture(t) || t.length <= 80 || !/[.!?;:]$/u.test(t));
    if (!pageLike) continue;
    end = i - 1;
    while (end > start && !nonBlank(end)) end--;
    endReason = 'before-page-furniture';
    break;
  }
  // A byline or site signature just above the footer ("UBND huyện …", "Bảo Ngọc") stays in the
  // directive: it may be the signature, and keeping a line is never a loss.
  return { first: start + 1, last: end + 1, startReason, endReason };
}
