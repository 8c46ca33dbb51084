/**
 * The Vietnamese lunisolar calendar (âm lịch): solar ↔ lunar conversion.
 *
 * Hồ Ngọc Đức's published algorithm ("Thuật toán tính âm lịch", https://www.informatik.uni-leipzig.de/~duc/amlich/):
 * a month starts on the day (local time) of an astronomical new moon; month 11 holds the winter
 * solstice; a year with 13 months between two months 11 leaps the first month holding no major
 * solar term (trung khí). Everything is computed at Vietnam's time zone, UTC+7 — China's calendar
 * is the same rule at UTC+8, and a new moon near midnight puts the two a day (Tết 2007) or a month
 * (Tết 1985) apart; the time zone is a parameter so the tests can show both. Pure: no clock.
 *
 * Checked against published Vietnamese dates in tests/unit/lunar.test.ts. Good from the
 * 1800s to 2199 (the algorithm's stated range); the corpus needs a few decades around today.
 */

export const VIETNAM_TIME_ZONE = 7;

export interface LunarDate {
  day: number;
  month: number;
  /** The lunar year, numbered as the solar year in which it starts (Tết 2024 opens lunar year 2024, Giáp Thìn). */
  year: number;
  /** A leap month (tháng nhuận) repeats the month before it. */
  leap: boolean;
}

export interface SolarDate { year: number; month: number; day: number }

const INT = Math.floor;

/** Julian day number of a Gregorian (after 15/10/1582) or Julian date. */
export function jdFromDate(dd: number, mm: number, yy: number): number {
  const a = INT((14 - mm) / 12);
  const y = yy + 4800 - a;
  const m = mm + 12 * a - 3;
  let jd = dd + INT((153 * m + 2) / 5) + 365 * y + INT(y / 4) - INT(y / 100) + INT(y / 400) - 32045;
  if (jd < 2299161) jd = dd + INT((153 * m + 2) / 5) + 365 * y + INT(y / 4) - 32083;
  return jd;
}

export function jdToDate(jd: number): SolarDate {
  let b: number, c: number;
  if (jd > 2299160) {
    const a = jd + 32044;
    b = INT((4 * a + 3) / 146097);
    c = a - INT((b * 146097) / 4);
  } else {
    b = 0;
    c = jd + 32082;
  }
  const d = INT((4 * c + 3) / 1461);
  const e = c - INT((1461 * d) / 4);
  const m = INT((5 * e + 2) / 153);
  return { day: e - INT((153 * m + 2) / 5) + 1, month: m + 3 - 12 * INT(m / 10), year: b * 100 + d - 4800 + INT(m / 10) };
}

const DR = Math.PI / 180;

/** Julian day (fractional, UT) of the k-th new moon after 1/1/1900 (Meeus, Astronomical Algorithms). */
function newMoon(k: number): number {
  const T = k / 1236.85, T2 = T * T, T3 = T2 * T;
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd1 += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * DR);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3;
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3;
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3;
  let C1 = (0.1734 - 0.000393 * T) * Math.sin(M * DR) + 0.0021 * Math.sin(2 * DR * M);
  C1 = C1 - 0.4068 * Math.sin(Mpr * DR) + 0.0161 * Math.sin(DR * 2 * Mpr);
  C1 -= 0.0004 * Math.sin(DR * 3 * Mpr);
  C1 = C1 + 0.0104 * Math.sin(DR * 2 * F) - 0.0051 * Math.sin(DR * (M + Mpr));
  C1 = C1 - 0.0074 * Math.sin(DR * (M - Mpr)) + 0.0004 * Math.sin(DR * (2 * F + M));
  C1 = C1 - 0.0004 * Math.sin(DR * (2 * F - M)) - 0.0006 * Math.sin(DR * (2 * F + Mpr));
  C1 = C1 + 0.001 * Math.sin(DR * (2 * F - Mpr)) + 0.0005 * Math.sin(DR * (2 * Mpr + M));
  const deltat = T < -11
    ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
    : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd1 + C1 - deltat;
}

/** The sun's longitude (radians, 0 … 2π) at a Julian day (UT). */
function sunLongitude(jdn: number): number {
  const T = (jdn - 2451545.0) / 36525, T2 = T * T;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  let DL = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(DR * M);
  DL += (0.019993 - 0.000101 * T) * Math.sin(DR * 2 * M) + 0.00029 * Math.sin(DR * 3 * M);
  let L = (L0 + DL) * DR;
  L -= Math.PI * 2 * INT(L / (Math.PI * 2));
  return L;
}

/** Which of the twelve 30° sectors the sun is in at the start of a local day (0 = from the vernal equinox). */
const sunSector = (dayNumber: number, tz: number) => INT((sunLongitude(dayNumber - 0.5 - tz / 24) / Math.PI) * 6);

/** The local day on which the k-th new moon falls. */
const newMoonDay = (k: number, tz: number) => INT(newMoon(k) + 0.5 + tz / 24);

/** The first day of lunar month 11 (the month of the winter solstice) around the end of solar year `yy`. */
function lunarMonth11(yy: number, tz: number): number {
  const off = jdFromDate(31, 12, yy) - 2415021;
  const k = INT(off / 29.530588853);
  const nm = newMoonDay(k, tz);
  return sunSector(nm, tz) >= 9 ? newMoonDay(k - 1, tz) : nm;
}

/** In a 13-month year starting at month 11 (day a11), the index of the leap month (the first with no major term). */
function leapMonthOffset(a11: number, tz: number): number {
  const k = INT((a11 - 2415021.076998695) / 29.530588853 + 0.5);
  let last: number;
  let i = 1;
  let arc = sunSector(newMoonDay(k + i, tz), tz);
  do {
    last = arc;
    i++;
    arc = sunSector(newMoonDay(k + i, tz), tz);
  } while (arc !== last && i < 14);
  return i - 1;
}

/** The lunar date of a solar day. */
export function solarToLunar(date: SolarDate, tz = VIETNAM_TIME_ZONE): LunarDate {
  const dayNumber = jdFromDate(date.day, date.month, date.year);
  let k = INT((dayNumber - 2415021.076998695) / 29.530588853) + 1;
  let monthStart = newMoonDay(k, tz);
  // The published code steps back once; the mean-month estimate can be two new moons ahead (7/5/2054).
  while (monthStart > dayNumber) monthStart = newMoonDay(--k, tz);
  let a11 = lunarMonth11(date.year, tz);
  let b11 = a11;
  let year: number;
  if (a11 >= monthStart) {
    year = date.year;
    a11 = lunarMonth11(date.year - 1, tz);
  } else {
    year = date.year + 1;
    b11 = lunarMonth11(date.year + 1, tz);
  }
  const day = dayNumber - monthStart + 1;
  const diff = INT((monthStart - a11) / 29);
  let leap = false;
  let month = diff + 11;
  if (b11 - a11 > 365) {
    const leapDiff = leapMonthOffset(a11, tz);
    if (diff >= leapDiff) {
      month = diff + 10;
      if (diff === leapDiff) leap = true;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && diff < 4) year -= 1;
  return { day, month, year, leap };
}

/** The first day (Julian day number) of a lunar month, or undefined when that year has no such leap month. */
function monthStartDay(month: number, year: number, leap: boolean, tz: number): number | undefined {
  let a11: number, b11: number;
  if (month < 11) {
    a11 = lunarMonth11(year - 1, tz);
    b11 = lunarMonth11(year, tz);
  } else {
    a11 = lunarMonth11(year, tz);
    b11 = lunarMonth11(year + 1, tz);
  }
  const k = INT(0.5 + (a11 - 2415021.076998695) / 29.530588853);
  let off = month - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11, tz);
    let leapMonth = leapOff - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (leap && month !== leapMonth) return undefined;
    if (leap || off >= leapOff) off += 1;
  } else if (leap) {
    return undefined;
  }
  return newMoonDay(k + off, tz);
}

/** The leap month of a lunar year (1–12), or undefined in a 12-month year. */
export function leapMonthOf(year: number, tz = VIETNAM_TIME_ZONE): number | undefined {
  for (let m = 1; m <= 12; m++) if (monthStartDay(m, year, true, tz) !== undefined) return m;
  return undefined;
}

/** 29 or 30: the days of a lunar month (undefined when that leap month does not exist). */
export function lunarMonthLength(month: number, year: number, leap = false, tz = VIETNAM_TIME_ZONE): number | undefined {
  const start = monthStartDay(month, year, leap, tz);
  if (start === undefined) return undefined;
  return newMoonDay(INT((start - 2415021.076998695) / 29.530588853 + 0.5) + 1, tz) - start;
}

/**
 * The solar day of a lunar date, exactly: undefined when the date does not exist (a leap month the
 * year lacks, day 30 of a 29-day month, day outside 1–30).
 */
export function lunarToSolar(date: LunarDate, tz = VIETNAM_TIME_ZONE): SolarDate | undefined {
  if (date.day < 1 || date.day > 30 || date.month < 1 || date.month > 12) return undefined;
  const start = monthStartDay(date.month, date.year, date.leap, tz);
  if (start === undefined) return undefined;
  const length = lunarMonthLength(date.month, date.year, date.leap, tz)!;
  if (date.day > length) return undefined;
  return jdToDate(start + date.day - 1);
}

/**
 * The day a yearly lunar commemoration falls on in lunar year `year`, by the usual rule: always in
 * the ordinary month (a day of a leap month is kept in the ordinary month of years without that
 * leap month, and in the leap month of years that have it); day 30 of a month that has 29 days is
 * its last day, 29 (as "30 Tết" is the last day of tháng Chạp).
 */
export function yearlyLunarDay(month: number, day: number, leap: boolean, year: number, tz = VIETNAM_TIME_ZONE): SolarDate {
  const inLeap = leap && leapMonthOf(year, tz) === month;
  const length = lunarMonthLength(month, year, inLeap, tz)!;
  return lunarToSolar({ day: Math.min(day, length), month, year, leap: inLeap }, tz)!;
}

const CAN = ['Giáp', 'Ất', 'Bính', 'Đinh', 'Mậu', 'Kỷ', 'Canh', 'Tân', 'Nhâm', 'Quý'] as const;
const CHI = ['Tý', 'Sửu', 'Dần', 'Mão', 'Thìn', 'Tỵ', 'Ngọ', 'Mùi', 'Thân', 'Dậu', 'Tuất', 'Hợi'] as const;
export { CAN, CHI };

/** The year's name in the sexagenary cycle: 2024 → "Giáp Thìn", 2025 → "Ất Tỵ". */
export function canChi(year: number): string {
  return `${CAN[(((year + 6) % 10) + 10) % 10]} ${CHI[(((year + 8) % 12) + 12) % 12]}`;
}

/** The lunar year named `name` ("Giáp Thìn") nearest to `near` (ties: the later), or undefined for an unknown name. */
export function yearOfCanChi(can: number, chi: number, near: number): number | undefined {
  if ((can % 2) !== (chi % 2)) return undefined; // Giáp goes with Tý, Dần …, never with Sửu
  let best: number | undefined;
  for (let y = near - 30; y <= near + 30; y++) {
    if ((((y + 6) % 10) + 10) % 10 === can && (((y + 8) % 12) + 12) % 12 === chi && (best === undefined || Math.abs(y - near) <= Math.abs(best - near))) best = y;
  }
  return best;
}
