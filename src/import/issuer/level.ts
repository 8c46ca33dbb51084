/**
 * What an issuing body's name says about it: its level (the smallest territory it names), its
 * system (the first word that marks Party, State or Mặt trận/đoàn thể), the committee it is an organ
 * of, and the territory it names. Pure, from the name alone; works on names in any case.
 */
import type { DocumentSystem, Level } from '../../model/directive.ts';
import { WORD_END, WORD_START } from '../../text/words.ts';
import { cleanName, nameKey } from './text.ts';
import { DISTRICT_TABLE } from './district-table.ts';
import { CENTRAL_CITIES, CENTRAL_CITY_SINCE, ORGANS, PROVINCE_NAMES, SURNAMES, TERRITORIAL_COMMITTEES, UNIT_LEVEL, UNITS } from './words.ts';

const words = (phrases: readonly string[]) => new RegExp(`${WORD_START}(?:${phrases.join('|')})${WORD_END}`, 'gu');
const firstIndex = (re: RegExp, s: string) => {
  re.lastIndex = 0;
  const m = re.exec(s);
  return m ? m.index : -1;
};

/**
 * The name in lower case with the look-alikes of unit words blanked: "cơ sở"/"trụ sở" (not a Sở),
 * "xã hội" (society, not a commune).
 */
function levelKey(name: string): string {
  // "xã hội" (society: "Bảo hiểm xã hội", "Thương binh và Xã hội") is one glued word here, no commune;
  // "xã Hội Xuân" (the commune's name capitalised after a lower-case "xã") stays a commune.
  return nameKey(name.replace(/(?<![\p{L}])xã\s+Hội(?=\s+\p{Lu})/gu, 'xã Hội\u2060'))
    // "TPHCM", "TP.HCM", "TP. HCM": the city's usual abbreviation.
    .replace(/(?<![\p{L}])(?:tp\.?\s?)?hcm(?![\p{L}])/gu, 'thành phố hồ chí minh').replace(/(?<![\p{L}])(?:cơ|trụ) sở(?![\p{L}])/gu, '_').replace(/(?<![\p{L}])xã hội(?![\p{L}\u2060])/gu, 'xãhội').replace(/\u2060/gu, '');
}

/** Where a name starts with the kind of body (or right after the Party committee of an agency). */
const AT_HEAD = `(?:^|(?<=(?:đảng ủy|đảng bộ|chi bộ|ban cán sự đảng) ))`;

const COMMUNE = words(['(?<!thị )xã', 'phường', 'thị trấn', 'đặc khu']);
const DISTRICT = words(['huyện', 'quận', 'thị xã', 'huyện ủy', 'quận ủy', 'thị ủy', 'huyện đoàn', 'quận đoàn', 'thị đoàn']);
const PROVINCE = words(['tỉnh', 'tỉnh ủy', 'tỉnh đoàn', `${AT_HEAD}sở`]);
/**
 * Central words, and the agencies of ministerial rank and the national bodies whose names give no
 * territory (Nghị định 123/2016, 10/2023: "Ủy ban Dân tộc", "Ngân hàng Nhà nước Việt Nam" …).
 */
const CENTRAL = words(['trung ương', 'tw', 't\\.ư', 'quốc gia', 'chính phủ', 'thủ tướng', 'quốc hội', 'bộ chính trị', 'ban bí thư', `${AT_HEAD}(?:bộ|cục|tổng cục)`,
  'ủy ban dân tộc', 'ngân hàng nhà nước', 'kiểm toán nhà nước', 'tòa án nhân dân tối cao', 'viện kiểm sát nhân dân tối cao', 'thông tấn xã việt nam', 'đài tiếng nói việt nam', 'đài truyền hình việt nam',
  // The Government's own agencies (Nghị định 10/2023/NĐ-CP … the list of "cơ quan thuộc Chính phủ").
  'bảo hiểm xãhội việt nam', 'ban quản lý lăng chủ tịch hồ chí minh', 'viện hàn lâm']);
/** "thành phố Hà Nội", "TP. Hồ Chí Minh", "Thành ủy Cần Thơ", "Thành đoàn Đà Nẵng": group 1 is the city. */
const CITY = new RegExp(`${WORD_START}(?:thành phố|tp\\.?|thành ủy|thành đoàn)(?:\\s+(?:thành phố|tp\\.?))?\\s+([\\p{L}\\s-]+)`, 'gu');

/**
 * Level of a city's bodies: province for the cities run by the centre, district for a city inside
 * a province ("Thành ủy Thái Nguyên" before 2025), unknown when the city is not named.
 */
function cityLevel(key: string, asOf?: string): Level | undefined {
  let level: Level | undefined;
  for (const m of key.matchAll(CITY)) {
    const city = m[1]!.trim();
    const central = CENTRAL_CITIES.find((c) => city === c || city.startsWith(`${c} `));
    // A partial date (a year, a month) before the change counts as before it.
    if (!central || (asOf !== undefined && asOf < CENTRAL_CITY_SINCE[central]!.slice(0, asOf.length))) return 'district';
    level = 'province';
  }
  return level;
}

/** A place name as a pattern: any run of spaces between words, "Bà Rịa - Vũng Tàu" with or without the spaced hyphen. */
const placePattern = (name: string) => name.replace(/ - /g, '\\s*-?\\s*').replace(/ /g, '\\s+');
const BARE_PROVINCE = words(PROVINCE_NAMES.map(placePattern));
/** Bare, "Hồ Chí Minh" is the Youth Union's or an academy's name, not the city's: the city is always "TP." or "thành phố" there. */
const BARE_CENTRAL_CITY = words(CENTRAL_CITIES.filter((c) => c !== 'hồ chí minh').map(placePattern));

/**
 * Level of a body named after a province or a centrally run city with no unit word before the
 * name ("Hội LHPN Hà Nội", "Sở Tài chính Bắc Giang"): a district or commune body writes its unit.
 */
function bareTerritoryLevel(key: string, asOf?: string): Level | undefined {
  if (firstIndex(BARE_PROVINCE, key) >= 0) return 'province';
  BARE_CENTRAL_CITY.lastIndex = 0;
  const city = BARE_CENTRAL_CITY.exec(key);
  return city ? cityLevel(`thành phố ${city[0]}`, asOf) : undefined;
}

/**
 * Level of an issuing body from its name: the smallest territorial unit named wins (xã, phường,
 * thị trấn, đặc khu → commune; huyện, quận, thị xã, city in a province, Huyện/Quận/Thị ủy →
 * district; tỉnh, Tỉnh ủy, centrally-run city, Sở → province; Trung ương, Chính phủ, Quốc hội,
 * Bộ, Cục → central); a province or centrally run city named bare ("Hội LHPN Hà Nội") → province.
 * Undefined when the name names none ("Ban Tuyên giáo Thành ủy").
 * `asOf`: the document's date (YYYY[-MM[-DD]]), for a city that became centrally run after it.
 */
export function levelOfIssuer(name: string, asOf?: string): Level | undefined {
  const key = levelKey(name);
  if (firstIndex(COMMUNE, key) >= 0) return 'commune';
  const city = cityLevel(key, asOf);
  if (city === 'district' || firstIndex(DISTRICT, key) >= 0) return 'district';
  if (city === 'province' || firstIndex(PROVINCE, key) >= 0) return 'province';
  const bare = bareTerritoryLevel(key, asOf);
  if (bare) return bare;
  if (firstIndex(CENTRAL, key) >= 0) return 'central';
  return institutionLevel(key);
}

/**
 * Bodies whose level the law fixes, named with no territory: an association of the whole country
 * ("Hội Truyền thống Trường Sơn – Đường Hồ Chí Minh Việt Nam", "Hội Nông dân Việt Nam": a local one
 * names its territory; the Mặt trận's committees and the big mass organisations name their central
 * bodies "Trung ương …", so a bare "Ủy ban MTTQ Việt Nam" or "Hội LHPN Việt Nam" is a cut name); a province's economic-zone or industrial-park authority (Nghị định
 * 35/2022/NĐ-CP: "Ban Quản lý Khu kinh tế", "Ban Quản lý các khu công nghiệp").
 */
function institutionLevel(key: string): Level | undefined {
  // The Mặt trận and the big mass organisations (systemOfIssuer knows them) name their central bodies
  // "Trung ương …"; their bare national name ("Hội LHPN Việt Nam") is a header's parent line.
  if (OF_THE_COUNTRY.test(key) && firstIndex(ASSOCIATION, key) >= 0 && firstIndex(FRONT, key) < 0 && systemOfIssuer(key) === undefined) return 'central';
  if (firstIndex(ZONE_AUTHORITY, key) >= 0) return 'province';
  // A branch's national union ("Công đoàn GTVT Việt Nam", "Công đoàn Giáo dục Việt Nam"); the bare "Công đoàn Việt Nam" is the parent line of a header.
  if (SECTOR_UNION.test(key)) return 'central';
  return undefined;
}
const OF_THE_COUNTRY = /(?<![\p{L}])việt nam$/u;
const ASSOCIATION = words(['hội', 'tổng hội', 'liên đoàn', 'tổng liên đoàn', 'liên hiệp', 'hiệp hội']);
const FRONT = words(['mặt trận', 'mttq', 'ubmttq']);
const SECTOR_UNION = /^công đoàn (?!việt nam$)[\p{L}\d&-]+(?: [\p{L}\d&-]+){0,4} việt nam$/u;
const ZONE_AUTHORITY = words(['ban quản lý (?:các )?khu (?:kinh tế|công nghiệp|chế xuất)']);

const MARKERS: [DocumentSystem, RegExp][] = [
  ['party', words(['đảng ủy', 'đảng bộ', 'đảng đoàn', 'ban cán sự đảng', 'chi bộ', 'đảng', 'tỉnh ủy', 'huyện ủy', 'thành ủy', 'quận ủy', 'thị ủy',
    'ban tuyên giáo', 'ban dân vận', 'ban tổ chức', 'ban nội chính', 'ban kinh tế', 'ban chính sách', 'ủy ban kiểm tra', 'bộ chính trị', 'ban bí thư',
    'ban chấp hành trung ương', 'btgtw', 'btgtu', 'btghu', 'vpđu']) ],
  ['mass', words(['mttq', 'ubmttq', 'mttqvn', 'ubmttqvn', 'mặt trận', 'đoàn tncs', 'đoàn thanh niên', 'tỉnh đoàn', 'huyện đoàn', 'thành đoàn', 'quận đoàn', 'thị đoàn',
    'trung ương đoàn', 'ban bí thư trung ương đoàn', 'ban chấp hành trung ương đoàn', 'hội liên hiệp phụ nữ', 'hội phụ nữ', 'hội nông dân', 'hội cựu chiến binh', 'hội chữ thập đỏ', 'liên đoàn lao động',
    'công đoàn', 'hội liên hiệp thanh niên', 'hnd', 'hội nd', 'hlhpn', 'hội lhpn', 'hccb', 'hội ccb', 'lđlđ', 'hội lhtn', `${AT_HEAD}đoàn`, '(?<=(?:bch|btv|ban chấp hành|ban thường vụ) )đoàn'])],
  ['state', words(['ủy ban nhân dân', 'ubnd', 'hội đồng nhân dân', 'hđnd', 'ủy ban bầu cử', 'hội đồng bầu cử', 'ban bầu cử', 'tổ bầu cử',
    'đoàn đại biểu quốc hội', 'chính phủ', 'thủ tướng', 'quốc hội', 'công an', 'bộ chỉ huy quân sự', `${AT_HEAD}(?:bộ|sở|cục|tổng cục|phòng|trung tâm|đài|viện)`])],
];

/**
 * System of an issuing body: the first word in its name that marks one. "Đảng ủy Văn phòng UBND
 * tỉnh" → party (its Party committee), "Ban Thường trực Ủy ban MTTQ…" → mass, "Tiểu ban … Ủy ban bầu
 * cử xã" → state. Organ words (Ban Thường vụ, Ban Chấp hành, Văn phòng) mark nothing by themselves.
 */
export function systemOfIssuer(name: string): DocumentSystem | undefined {
  const key = nameKey(name);
  let best: { system: DocumentSystem; index: number; length: number } | undefined;
  for (const [system, re] of MARKERS) {
    re.lastIndex = 0;
    for (const m of key.matchAll(re)) {
      if (!best || m.index < best.index || (m.index === best.index && m[0].length > best.length)) best = { system, index: m.index, length: m[0].length };
    }
  }
  return best?.system;
}

const ORGAN_START = new RegExp(`^(?:${ORGANS.join('|')})${WORD_END}`, 'u');
const BODY_INSIDE = words([...Object.keys(TERRITORIAL_COMMITTEES), 'đảng ủy', 'đảng bộ', 'ủy ban', 'ubnd', 'ubmttq', 'hđnd', 'hội đồng nhân dân',
  'trung ương đoàn', 'đoàn', 'hội', 'liên đoàn', 'công đoàn', 'bộ(?! chính trị)', 'ban chấp hành trung ương', 'ban bầu cử']);

/**
 * The committee an organ belongs to, as the name says it: "Ban Tuyên giáo Tỉnh ủy Cao Bằng" →
 * "Tỉnh ủy Cao Bằng", "Ban Thường trực Ủy ban MTTQ Việt Nam xã Lương Minh" → "Ủy ban MTTQ Việt Nam
 * xã Lương Minh". Undefined for a body that is not an organ of another ("Sở …", "Đảng ủy …").
 */
export function parentOfIssuer(name: string): string | undefined {
  const key = nameKey(name);
  if (!ORGAN_START.test(key)) return undefined;
  BODY_INSIDE.lastIndex = 0;
  for (const m of key.matchAll(BODY_INSIDE)) {
    if (m.index === 0) continue;
    // "Ban Chấp hành Đoàn …": the words after the organ's own name (the key is the cleaned name, lower case)
    const parent = cleanName(name).slice(m.index).trim();
    return parent || undefined;
  }
  return undefined;
}

export interface Territory {
  /** Lower case unit: "tỉnh", "huyện", "xã", "thành phố" … */
  unit: string;
  /** The place name as written ("Cao Bằng"), absent when the unit is not followed by one. */
  place?: string;
  /** True when the territory is named by a committee ("Tỉnh ủy Cao Bằng"), not by a unit word. */
  byCommittee: boolean;
  /** Where the unit or committee word starts in the name, and where the territory ends. */
  start: number;
  end: number;
}

const TERRITORY = new RegExp(
  `${WORD_START}(${[...Object.keys(TERRITORIAL_COMMITTEES), ...UNITS].map((u) => u.replace('.', '\\.')).join('|')})${WORD_END}`,
  'giu',
);
const UNIT_AFTER = new RegExp(`^\\s+(?:${UNITS.map((u) => u.replace('.', '\\.')).join('|')})(?![\\p{L}])`, 'iu');
const PLACE_WORD = /^\s+((?:-\s+)?\p{Lu}[\p{L}\p{M}]*)/u;
/** A body's name that starts right after a place ("… xã Quảng Tiên Chi bộ Trường MN …", two header lines run together). */
const BODY_AFTER_PLACE = /^(?:chi bộ|đảng ủy|đảng bộ|ban thường vụ|ban chấp hành|ban tuyên giáo|ủy ban nhân dân|ubnd|hđnd|ubmttq|công đoàn|đoàn thanh niên)(?![\p{L}])/u;
const NOT_PLACE = new Set(['ban', 'ủy', 'đảng', 'khóa', 'khoá', 'nhiệm', 'về', 'lần', 'bch', 'btv', 'btt']);

/** Units whose every name the GSO's list and words.ts hold: provinces, centrally run cities, districts. */
const NAMED_UNITS = new Set(['tỉnh', 'thành phố', 'tp', 'tp.', 'huyện', 'quận', 'thị xã']);
/** A place name compared whatever its case and the spaces around its hyphens ("Phan Rang - Tháp Chàm", "Phan Rang-Tháp Chàm"). */
const placeKey = (s: string) => nameKey(s).replace(/\s*[-–]\s*/gu, '-');
const KNOWN_PLACES = new Set([...PROVINCE_NAMES, ...CENTRAL_CITIES, ...DISTRICT_TABLE.map(([district]) => district)].map(placeKey));
/** Family names, compared in lower case. */
const FAMILY_NAMES = new Set(SURNAMES.map(nameKey));

/**
 * How many of the capitalised words after a province's, city's or district's unit word are its
 * name: the longest run that is a known place ("UBND tỉnh Quảng Nam Lê Trí Thanh" → 2); none when
 * no run is and the words are a person's name ("Phó Chủ tịch UBND thành phố Lê Khắc Nam" → 0: a
 * news story names the official after the body); all of them otherwise (a name the lists lack).
 */
function placeWordsOf(words: readonly string[]): number {
  for (let k = words.length; k > 0; k--) if (KNOWN_PLACES.has(placeKey(words.slice(0, k).join(' ')))) return k;
  return words.length >= 3 && FAMILY_NAMES.has(nameKey(words[0]!)) ? 0 : words.length;
}

/**
 * A body's name as a news story writes it with its official after it ("UBND thành phố Lê Khắc Nam"
 * after "Phó Chủ tịch"): the body without the person. A name whose last words are no person's is kept.
 */
export function withoutOfficialsName(name: string): string {
  const last = territoriesOf(name).at(-1);
  if (!last || last.end >= name.length) return name;
  const rest = name.slice(last.end).trim();
  const words = rest.split(' ');
  const person = words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}\p{Ll}*$/u.test(w)) && FAMILY_NAMES.has(nameKey(words[0]!));
  return person ? name.slice(0, last.end).trim() : name;
}

/**
 * The territories a name names, in order: "Ban Tuyên giáo Tỉnh ủy Cao Bằng" → [{Tỉnh ủy, Cao Bằng}],
 * "Đảng ủy Khối các cơ quan tỉnh" → [{tỉnh}]. The place is the capitalised words after the unit.
 */
export function territoriesOf(name: string): Territory[] {
  const out: Territory[] = [];
  for (const m of name.matchAll(TERRITORY)) {
    const word = nameKey(m[1]!);
    if (word === 'xã' && /^\s+hội(?![\p{L}])/iu.test(name.slice(m.index + m[0].length))) continue;
    if (word === 'tỉnh' && /^\s+(?:ủy|đoàn)(?![\p{L}])/iu.test(name.slice(m.index + m[0].length))) continue;
    const byCommittee = word in TERRITORIAL_COMMITTEES;
    let end = m.index + m[0].length;
    const placeWords: string[] = [];
    // "Thành ủy Thành phố Hồ Chí Minh", "Thành ủy TP. Hồ Chí Minh": the unit that follows carries the place
    if (UNIT_AFTER.test(name.slice(end))) {
      out.push({ unit: byCommittee ? TERRITORIAL_COMMITTEES[word]! : word, byCommittee, start: m.index, end });
      continue;
    }
    const ends: number[] = [];
    for (let p = PLACE_WORD.exec(name.slice(end)); p && !NOT_PLACE.has(nameKey(p[1]!)) && !BODY_AFTER_PLACE.test(nameKey(name.slice(end))); p = PLACE_WORD.exec(name.slice(end))) {
      placeWords.push(p[1]!);
      end += p[0].length;
      ends.push(end);
    }
    const unit = byCommittee ? TERRITORIAL_COMMITTEES[word]! : word;
    const kept = NAMED_UNITS.has(unit) ? placeWordsOf(placeWords) : placeWords.length;
    if (kept < placeWords.length) {
      placeWords.length = kept;
      end = kept ? ends[kept - 1]! : m.index + m[0].length;
    }
    const place = placeWords.join(' ') || undefined;
    out.push({ unit: byCommittee ? TERRITORIAL_COMMITTEES[word]! : word, ...(place ? { place } : {}), byCommittee, start: m.index, end });
  }
  return out;
}

/** Level of a unit word (tỉnh → province …); a city's from its name. */
export function levelOfTerritory(t: Territory): Level | undefined {
  if (t.unit === 'thành phố' || t.unit.startsWith('tp')) return t.place ? cityLevel(`thành phố ${nameKey(t.place)}`) : undefined;
  return UNIT_LEVEL[t.unit];
}

const isCity = (t: Territory) => t.unit === 'thành phố' || t.unit.startsWith('tp');

/** Bodies every territory has, so that a header may name them without theirs: "ỦY BAN NHÂN DÂN". */
const TERRITORIAL_BODY = /^(?:ủy ban nhân dân|uỷ ban nhân dân|ubnd|hội đồng nhân dân|hđnd)$/u;

/**
 * The level of "ỦY BAN NHÂN DÂN" named with no territory (a legal portal's table kept only its first
 * line) from the header's place of issue, when that place is a centrally run city: "Thành phố Hồ
 * Chí Minh, ngày 13 tháng 5 năm 2014" is the city's own. Any other place says nothing: a province's
 * bodies write their capital's name, which is also a district's or a commune's.
 */
export function levelOfPlaceOfIssue(name: string, place: string | undefined, asOf?: string): Level | undefined {
  if (!place || !TERRITORIAL_BODY.test(nameKey(name))) return undefined;
  const city = levelKey(place).replace(/^(?:thành phố|tp\.?)\s*/u, '');
  return cityLevel(`thành phố ${city}`, asOf) === 'province' ? 'province' : undefined;
}

/**
 * The level of a body that names its city without the city's name ("UBND thành phố", "Ban
 * Thường trực UB MTTQ Thành phố", "Ban Tuyên giáo Thành ủy") — a city run by the centre or one
 * inside a province — from the one city the text names ("… HĐND thành phố Ninh Bình …"), with the
 * line that names it. Undefined when the name gives its place or no city, or when the text names
 * no city or several.
 */
export function levelOfUnnamedCity(name: string, lines: readonly { n: number; text: string }[], asOf?: string): { level: Level; line: number } | undefined {
  const own = territoriesOf(name);
  if (!own.length || own.some((t) => t.place) || !isCity(own.at(-1)!)) return undefined;
  const named = new Map<string, number>();
  for (const l of lines) {
    for (const t of territoriesOf(l.text)) {
      if (isCity(t) && t.place && !named.has(nameKey(t.place))) named.set(nameKey(t.place), l.n);
    }
  }
  const [only, ...more] = [...named];
  if (!only || more.length) return undefined;
  const [place, line] = only;
  const level = cityLevel(levelKey(`thành phố ${place}`), asOf);
  return level ? { level, line } : undefined;
}

/**
 * The level of "ỦY BAN NHÂN DÂN" named with no territory, from how its text speaks of itself: "Chủ
 * tịch Ủy ban nhân dân tỉnh chỉ thị", "… trên địa bàn tỉnh" — a unit word with no place name after
 * it is the body's own. One kind of unit only; with the line that says it.
 */
export function levelOfBareBody(name: string, lines: readonly { n: number; text: string }[]): { level: Level; line: number } | undefined {
  if (!TERRITORIAL_BODY.test(nameKey(name))) return undefined;
  const found = new Map<Level, number>();
  for (const l of lines) {
    for (const m of l.text.matchAll(OWN_UNIT)) {
      const level = UNIT_LEVEL[nameKey(m[1]!)];
      if (level && !found.has(level)) found.set(level, l.n);
    }
  }
  const [only, ...more] = [...found];
  return only && !more.length ? { level: only[0], line: only[1] } : undefined;
}
const OWN_UNIT = /(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Hội đồng nhân dân|HĐND|trên địa bàn)\s+(tỉnh|huyện|quận|thị xã|xã|phường|thị trấn)(?![\p{L}])(?!\s+\p{Lu})/gu;
