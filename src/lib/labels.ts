/** Vietnamese labels for model values, and the order directives are listed in. */
import type { Directive, Level, DocumentSystem } from '../model/directive.ts';
import { DOCUMENT_TYPES } from '../model/document-type.ts';
import { displayPartialDate } from '../model/partial-date.ts';
import { compareKeys } from '../text/compare.ts';

export const LEVEL_LABEL: Record<Level, string> = {
  central: 'Trung ương', province: 'Cấp tỉnh', district: 'Cấp huyện', commune: 'Cấp xã',
};
/** For running text: "văn bản cấp tỉnh", "văn bản cấp Trung ương". */
export const LEVEL_PHRASE: Record<Level, string> = {
  central: 'cấp Trung ương', province: 'cấp tỉnh', district: 'cấp huyện', commune: 'cấp xã',
};
export const SYSTEM_LABEL: Record<DocumentSystem, string> = {
  party: 'Văn bản của Đảng', state: 'Văn bản hành chính nhà nước', mass: 'Văn bản của tổ chức chính trị - xã hội',
};

export const typeLabel = (d: Pick<Directive, 'type'>) => DOCUMENT_TYPES[d.type].name;

/** "Hướng dẫn số 173-HD/BTGTW", "Công văn số …/TTCS-TTTQ" (blank kept visible), "Hướng dẫn (không số)". */
export function numberLabel(d: Pick<Directive, 'type' | 'number'>): string {
  const printed = d.number?.printed;
  if (!printed) return `${typeLabel(d)} (không số)`;
  return `${typeLabel(d)} số ${/^\d/.test(printed) ? printed : `…${printed}`}`;
}

export const dateLabel = (d: Pick<Directive, 'date'>) => displayPartialDate(d.date);

/** Newest first; a partial date sorts as its period; undated last; then by number, then id. */
export function compareDirectives(a: { id: string; data: Directive }, b: { id: string; data: Directive }): number {
  const da = a.data.date ?? '', db = b.data.date ?? '';
  if (da !== db) return da === '' ? 1 : db === '' ? -1 : compareKeys(db, da);
  return compareKeys(a.data.number?.key ?? '', b.data.number?.key ?? '') || compareKeys(a.id, b.id);
}

/** "Tháng 11" (a heading inside a year). */
export const monthLabel = (month: number) => `Tháng ${month}`;
/** "tháng 11/2024". */
export const monthYearLabel = (year: number, month: number) => `tháng ${month}/${year}`;
/** Weekdays, Monday first as on Vietnamese calendars. */
export const WEEKDAYS = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật'] as const;
export const WEEKDAYS_SHORT = ['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN'] as const;

/** One line naming a directive: "Công văn số …/TTCS-TTTQ (năm 2024) — Cục Thông tin cơ sở". */
export function directiveLine(d: Pick<Directive, 'type' | 'number' | 'date' | 'issuer'>): string {
  return `${numberLabel(d)} (${dateLabel(d)})${d.issuer ? ` — ${d.issuer.name}` : ''}`;
}
