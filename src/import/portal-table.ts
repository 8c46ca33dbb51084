/**
 * A legal portal's attribute table of the document, printed above its text:
 *
 *   Số hiệu: 126-HD/BTGTW Loại văn bản: Hướng dẫn
 *   Nơi ban hành: Ban Tuyên giáo Trung ương Người ký: Phan Xuân Thủy
 *   Ngày ban hành: 19/12/2023 Ngày hiệu lực: Đã biết
 *
 * Fields come one or two to a line (two table columns flattened, perhaps glued). Values the portal has not
 * filled ("Đang cập nhật", "Đã biết", "Không xác định") are no values. Pure.
 */
import { documentTypeFromName, type DocumentType } from '../model/document-type.ts';
import { formatPartialDate, isValidDateParts, type PartialDate } from '../model/partial-date.ts';

export interface PortalFacts {
  number?: { value: string; line: number };
  type?: { value: DocumentType; line: number };
  issuer?: { value: string; line: number };
  date?: { value: PartialDate; line: number };
  signer?: { value: string; line: number };
  title?: { value: string; line: number };
}

const LABELS = {
  number: ['Số hiệu', 'Số ký hiệu', 'Số kí hiệu', 'Số/Ký hiệu', 'Số, ký hiệu'],
  type: ['Loại văn bản', 'Thể loại'],
  issuer: ['Nơi ban hành', 'Cơ quan ban hành'],
  date: ['Ngày ban hành'],
  signer: ['Người ký'],
  title: ['Trích yếu', 'Trích yếu nội dung'],
  other: ['Ngày hiệu lực', 'Ngày có hiệu lực', 'Ngày công báo', 'Ngày đăng công báo', 'Số công báo', 'Tình trạng', 'Tình trạng hiệu lực', 'Lĩnh vực', 'Ngày hết hiệu lực', 'Áp dụng'],
} as const;

const ALL = Object.entries(LABELS).flatMap(([field, names]) => names.map((name) => ({ field, name })))
  .sort((a, b) => b.name.length - a.name.length);
/**
 * A label, then its colon: after white space, or glued to the value before it where a portal's
 * cells lost their separator ("Cơ quan ban hành: Ủy ban Dân tộcSố công báo:Đang cập nhật",
 * "Số hiệu:1302/UBDT-DTTSNgày đăng công báo:…", luatvietnam.vn).
 */
const LABEL_RE = new RegExp(`(?:^|\\s|(?<=[\\p{L}\\d]))(${ALL.map((l) => l.name.replace(/[/]/g, '\\/')).join('|')})\\s*:`, 'gu');
const LABEL_LINE_RE = new RegExp(`^(${ALL.map((l) => l.name.replace(/[/]/g, '\\/')).join('|')})\\s+(?=\\S)`, 'u');
const fieldOf = new Map<string, string>(ALL.map((l) => [l.name, l.field]));

const UNFILLED = /^(?:Đang cập nhật|Đã biết|Không xác định|Không có|Chưa có|N\/A|-+|\.+)$/iu;

/** The portal's date value: "19/12/2023", "19-12-2023". */
function portalDate(v: string): PartialDate | undefined {
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/u.exec(v);
  if (!m) return undefined;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDateParts(y, mo, d) ? formatPartialDate({ year: y, month: mo, day: d }) : undefined;
}

/** `lines`: the text's lines before the directive, with their 1-based numbers. */
export function readPortalTable(lines: readonly { n: number; text: string }[]): PortalFacts {
  const facts: PortalFacts = {};
  for (const { n, text } of lines) {
    let labels: { index: number; 0: string; 1: string }[] = [...text.matchAll(LABEL_RE)].map((m) => ({ index: m.index, 0: m[0], 1: m[1]! }));
    if (!labels.length) {
      // One field a line without a colon ("Ngày ban hành 18/09/2019", "Thể loại Kế hoạch").
      const bare = LABEL_LINE_RE.exec(text);
      if (bare) labels = [{ index: 0, 0: bare[1]!, 1: bare[1]! }];
    }
    if (!labels.length || labels[0]!.index !== 0 && text.slice(0, labels[0]!.index).trim() !== '') continue;
    labels.forEach((m, i) => {
      const start = m.index + m[0].length;
      const end = i + 1 < labels.length ? labels[i + 1]!.index : text.length;
      const value = text.slice(start, end).trim();
      if (!value || UNFILLED.test(value)) return;
      switch (fieldOf.get(m[1]!)) {
        case 'number': facts.number ??= { value: value.replace(/^Số\s*:?\s*/u, ''), line: n }; break;
        case 'type': { const t = documentTypeFromName(value); if (t) facts.type ??= { value: t, line: n }; break; }
        case 'issuer': facts.issuer ??= { value, line: n }; break;
        case 'date': { const d = portalDate(value); if (d) facts.date ??= { value: d, line: n }; break; }
        case 'signer': facts.signer ??= { value, line: n }; break;
        case 'title': facts.title ??= { value, line: n }; break;
      }
    });
  }
  return facts;
}
