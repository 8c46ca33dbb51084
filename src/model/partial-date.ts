/**
 * Partial dates. "Hà Nội, ngày tháng năm 2024" states only the year: it is stored as "2024",
 * never filled in. Stored forms: "YYYY", "YYYY-MM", "YYYY-MM-DD".
 */
export type PartialDate = string;

export interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

const FORM = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function isValidDateParts(y: number, m?: number, d?: number): boolean {
  if (!Number.isInteger(y) || y < 1800 || y > 2200) return false;
  if (m === undefined) return d === undefined;
  if (!Number.isInteger(m) || m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return Number.isInteger(d) && d >= 1 && d <= days;
}

/** "2024-12" → {year: 2024, month: 12}; invalid → undefined. */
export function parsePartialDate(s: string): DateParts | undefined {
  const m = FORM.exec(s);
  if (!m) return undefined;
  const parts: DateParts = { year: Number(m[1]) };
  if (m[2]) parts.month = Number(m[2]);
  if (m[3]) parts.day = Number(m[3]);
  return isValidDateParts(parts.year, parts.month, parts.day) ? parts : undefined;
}

export function formatPartialDate(p: DateParts): PartialDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  let s = String(p.year);
  if (p.month !== undefined) s += `-${pad(p.month)}`;
  if (p.month !== undefined && p.day !== undefined) s += `-${pad(p.day)}`;
  return s;
}

/** Vietnamese display, keeping what is unknown visibly blank: "ngày … tháng … năm 2024". */
export function displayPartialDate(s: PartialDate | undefined): string {
  const p = s ? parsePartialDate(s) : undefined;
  if (!p) return 'Không rõ ngày';
  if (p.day !== undefined && p.month !== undefined) return `${String(p.day).padStart(2, '0')}/${String(p.month).padStart(2, '0')}/${p.year}`;
  if (p.month !== undefined) return `tháng ${p.month}/${p.year}`;
  return `năm ${p.year}`;
}
