/**
 * The level of the body that published a page, from the page's web address — for a text that
 * names no issuing body, or names it without its territory ("UBND thành phố", "Ban Quản lý Khu
 * kinh tế", a page of slogans under a hospital's logo). Pure.
 *
 * Vietnamese public sites are named after their territory, smallest first:
 * `<xã>.<huyện>.<tỉnh>.gov.vn`, `<phường>.<tỉnh>.gov.vn`, `<sở>.<tỉnh>.gov.vn`, `<tỉnh>.dcs.vn`,
 * `hoinongdan<tỉnh>.org.vn`. The host's parts are read left to right (smallest territory first);
 * the first part that answers wins:
 *  - a province (or a centrally run city): two or more parts before it
 *    (`tanthinh.dinhhoa.thainguyen.gov.vn`) are a commune under a district; otherwise the site is
 *    the province's or one of its departments' (`stc.bacgiang.gov.vn`, `hoinguoicaotuoitayninh.vn`),
 *    even when the text names a city of the same name ("TP Hải Dương");
 *  - a part that spells a place the text names with its unit ("xã Thiên Nhẫn" ↔
 *    `thiennhan.nghean.gov.vn`, "huyện Bàu Bàng" ↔ `baubang.binhduong.gov.vn`), or its initials
 *    ("thành phố Phan Rang - Tháp Chàm" ↔ `prtc.ninhthuan.gov.vn`; three letters at least): that unit's level;
 *  - a district's name, as the next part's province has it (`cangiuoc.longan.gov.vn`), or after the
 *    short name of a body every district has (`pgdcangiuoc` Phòng GD&ĐT, `trungtamytehoavang`,
 *    `bvdkmelinh`): the district's (the GSO's list of districts, src/import/issuer/district-table.ts);
 *  - a part that says "quốc gia" or "trung ương" (`vienkientrucquocgia`): a national body's;
 *  - a part that starts with a unit word (`phuonglonghoa`, `huyenuygocongtay`, `quan8`): its level.
 * A district or commune site whose place the text never names is then taken for a department of
 * the province: the text is what decides between the two, and it says nothing.
 */
import type { Level } from '../../model/directive.ts';
import { foldAccents } from '../../text/fold.ts';
import { levelOfTerritory, territoriesOf } from './level.ts';
import { CENTRAL_CITIES, PROVINCE_NAMES } from './words.ts';
import { DISTRICT_TABLE } from './district-table.ts';

export interface SiteLevel {
  level: Level;
  /** The line of the text naming the place the host spells, when that is how it was found. */
  line?: number;
  /** How: the host part and what it was read as, for the provenance and the warning. */
  why: string;
}

/** Host parts that say nothing of the publisher: the public suffixes and the mirrors' prefixes. */
const SUFFIX = new Set(['vn', 'com', 'org', 'net', 'gov', 'dcs', 'edu', 'ac', 'info', 'int', 'biz', 'io', 'blogspot']);
const PREFIX = new Set(['www', 'm', 'old', 'sub', 'en', 'web', 'mobile', 'amp']);

/** The host's meaningful parts, left to right ("https://tanthinh.dinhhoa.thainguyen.gov.vn/…" → tanthinh, dinhhoa, thainguyen). */
export function hostParts(url: string): string[] {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return [];
  }
  if (/^[\d.]+$/.test(host) || host === 'localhost') return [];
  const parts = host.split('.');
  while (parts.length && SUFFIX.has(parts.at(-1)!)) parts.pop();
  while (parts.length && PREFIX.has(parts[0]!)) parts.shift();
  return parts.map((p) => p.replace(/[^a-z0-9]/g, '')).filter(Boolean);
}

/** A place name as a host spells it: accents and spaces gone ("Cần Giuộc" → "cangiuoc"). */
const spelt = (place: string) => foldAccents(place).replace(/[^a-z0-9]/g, '');

/** Shorter names are too often inside other words ("an", "vinh"): matched only as a whole part. */
const MIN_INSIDE = 5;

function spells(part: string, place: string): boolean {
  if (part === place) return true;
  if (place.length < MIN_INSIDE) return false;
  return part.startsWith(place) || part.endsWith(place) || (place.length > MIN_INSIDE && part.includes(place));
}

/** Unit words as hosts write them at the start of a part, with the level of the unit. */
const UNIT_PREFIXES: readonly [string, Level][] = [
  ['thitran', 'commune'], ['phuong', 'commune'], ['xa', 'commune'],
  ['huyenuy', 'district'], ['huyen', 'district'], ['quanuy', 'district'], ['quan', 'district'], ['thixa', 'district'], ['thiuy', 'district'],
];

const PROVINCES = [...new Set([...PROVINCE_NAMES, ...CENTRAL_CITIES].map(spelt))];
/** "hochiminhcity", "hcm", "tphcm": Hồ Chí Minh City as hosts write it. */
const PROVINCE_ALIASES = ['hochiminhcity', 'hcmcity', 'tphcm', 'hcm', 'hanoicity', 'danangcity', 'haiphongcity', 'canthocity'];

const isProvince = (part: string) => PROVINCE_ALIASES.includes(part) || PROVINCES.some((prov) => spells(part, prov));

/** District names as hosts spell them, each with the provinces (spelt) that have one so named; not a province's name. */
const DISTRICTS = new Map<string, Set<string>>();
for (const [district, province] of DISTRICT_TABLE) {
  const key = spelt(district);
  if (PROVINCES.includes(key)) continue;
  DISTRICTS.set(key, (DISTRICTS.get(key) ?? new Set()).add(spelt(province)));
}

/**
 * Bodies every district has, as their sites abbreviate them before the district's name: Phòng
 * GD&ĐT, the health centre, the general hospital, the culture and media centre, the committees.
 */
const DISTRICT_BODY_PREFIXES = ['pgddt', 'pgd', 'phonggddt', 'phonggd', 'phonggiaoduc', 'ttyt', 'trungtamyte', 'bvdk', 'bvdkkv',
  'ttvhtt', 'ttvh', 'ttvhttth', 'trungtamvanhoa', 'huyendoan', 'ubnd', 'mttq', 'hoinongdan', 'hoiccb', 'hoilhpn', 'ldld'];

/**
 * The district a host part names: first and by itself under its province (a part before it makes
 * the site a commune's), or anywhere after a district body's abbreviation.
 */
function districtOf(part: string, at: number, next: string | undefined): string | undefined {
  if (at === 0 && DISTRICTS.get(part)?.has(next ?? '')) return part;
  const prefix = DISTRICT_BODY_PREFIXES.find((p) => part.startsWith(p) && DISTRICTS.has(part.slice(p.length)));
  return prefix ? part.slice(prefix.length) : undefined;
}

/**
 * A place name's initials as hosts write them ("Phan Rang - Tháp Chàm" → "prtc"), when it has
 * enough words for them to say something: two letters are too often something else.
 */
const initials = (place: string) => {
  const letters = foldAccents(place).split(/[^a-z0-9]+/).filter(Boolean).map((w) => w[0]!).join('');
  return letters.length >= 3 ? letters : undefined;
};

/** The place names the text gives with a unit word, keyed as hosts spell them, first line kept. */
function namedPlaces(lines: readonly { n: number; text: string }[]): Map<string, { level: Level; line: number; initials?: string }> {
  const places = new Map<string, { level: Level; line: number; initials?: string }>();
  for (const l of lines) {
    for (const t of territoriesOf(l.text)) {
      if (!t.place) continue;
      const key = spelt(t.place);
      const level = levelOfTerritory(t);
      const short = initials(t.place);
      if (key.length >= 3 && level && !places.has(key)) places.set(key, { level, line: l.n, ...(short ? { initials: short } : {}) });
    }
  }
  return places;
}

/**
 * The publisher's level from the page's address and the text's place names, with how it was read;
 * undefined when the address says nothing (a news site, a legal portal, a central ministry).
 */
export function levelOfSite(url: string, lines: readonly { n: number; text: string }[]): SiteLevel | undefined {
  const parts = hostParts(url);
  if (!parts.length) return undefined;
  const places = namedPlaces(lines);
  for (const [at, part] of parts.entries()) {
    // The province's own part: a city of the same name in the text ("TP Hải Dương") is not the site's.
    if (isProvince(part)) {
      if (at >= 2) return { level: 'commune', why: `two parts before the province "${part}" in the address: a commune's site` };
      return { level: 'province', why: `"${part}" in the address is a province` };
    }
    for (const [place, found] of places) {
      if (spells(part, place)) return { level: found.level, line: found.line, why: `"${part}" in the address is a place the text names (line ${found.line})` };
      if (part === found.initials) return { level: found.level, line: found.line, why: `"${part}" in the address is the initials of a place the text names (line ${found.line})` };
    }
    // A national institution's site: "vienkientrucquocgia", "benhvientrunguong…".
    if (/quocgia|trunguong/u.test(part)) return { level: 'central', why: `"${part}" in the address names a national body` };
    const district = districtOf(part, at, parts[at + 1]);
    if (district) return { level: 'district', why: `"${part}" in the address names the district "${district}"` };
    const unit = UNIT_PREFIXES.find(([p]) => part.startsWith(p) && part.length > p.length);
    if (unit) return { level: unit[1], why: `"${part}" in the address starts with a unit word` };
  }
  return undefined;
}
