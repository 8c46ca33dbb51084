/**
 * The vocabulary of Vietnamese body names, in lower case: what kind of body a word names, which
 * territorial unit it belongs to, and the fixed spellings of names that are proper nouns.
 * Sources: Nghị định 30/2020/NĐ-CP Phụ lục II (capitalisation of agency names), Hướng dẫn
 * 36-HD/VPTW (Party header blocks), the 2025 two-tier local government (tỉnh, xã/phường/đặc khu).
 */

/**
 * Territorial units, longest first so "thị xã" wins over "xã". Thôn, ấp, khu phố, tổ dân phố are
 * below the commune (a Chi bộ's or a Ban công tác Mặt trận's territory): no level of their own.
 */
export const UNITS = ['tổ dân phố', 'thành phố', 'thị trấn', 'thị xã', 'đặc khu', 'khu phố', 'tỉnh', 'huyện', 'quận', 'xã', 'phường', 'thôn', 'ấp', 'tp.', 'tp'] as const;

/** The level of government each unit is at. "thành phố" depends on the city (see CENTRAL_CITIES). */
export const UNIT_LEVEL: Record<string, 'province' | 'district' | 'commune' | undefined> = {
  'tỉnh': 'province', 'huyện': 'district', 'quận': 'district', 'thị xã': 'district',
  'xã': 'commune', 'phường': 'commune', 'thị trấn': 'commune', 'đặc khu': 'commune',
  'thành phố': undefined, 'tp.': undefined, 'tp': undefined,
  'thôn': undefined, 'ấp': undefined, 'khu phố': undefined, 'tổ dân phố': undefined,
};

/**
 * Cities run by the centre (thành phố trực thuộc Trung ương): their "thành phố" and "Thành ủy" are
 * at province level; any other city's are at district level (thành phố thuộc tỉnh). Each since the
 * day it became one: Đà Nẵng 1 January 1997 (Nghị quyết of the 9th National Assembly, 10th session,
 * 6/11/1996), Cần Thơ 1 January 2004 (Nghị quyết 22/2003/QH11), Huế 1 January 2025 (Nghị quyết
 * 1314/NQ-UBTVQH15); a document of Huế from 2024 is a provincial city's, at district level.
 */
export const CENTRAL_CITY_SINCE: Readonly<Record<string, string>> = {
  'hà nội': '1976', 'hồ chí minh': '1976', 'hải phòng': '1976', 'đà nẵng': '1997-01-01', 'cần thơ': '2004-01-01', 'huế': '2025-01-01',
};
export const CENTRAL_CITIES = Object.keys(CENTRAL_CITY_SINCE);

/**
 * The provinces (tỉnh) by name, lower case: the 58 of 2004–2025 and Hà Tây (merged into Hà Nội in
 * 2008); the 28 provinces of the 2025 reorganisation (Nghị quyết 202/2025/QH15) all kept one of
 * these names. A body named after a province with no unit word before it ("Hội LHPN Bắc Giang",
 * "Công an Nghệ An", "Trung tâm Xúc tiến Du lịch Đồng Nai") is the province's: a district or commune
 * body always writes its unit ("huyện", "xã" …). Spelling variants people type are listed too.
 */
export const PROVINCE_NAMES = [
  'hà giang', 'cao bằng', 'bắc kạn', 'bắc cạn', 'tuyên quang', 'lào cai', 'điện biên', 'lai châu', 'sơn la', 'yên bái', 'hòa bình',
  'thái nguyên', 'lạng sơn', 'quảng ninh', 'bắc giang', 'phú thọ', 'vĩnh phúc', 'bắc ninh', 'hải dương', 'hưng yên', 'thái bình',
  'hà nam', 'nam định', 'ninh bình', 'thanh hóa', 'nghệ an', 'hà tĩnh', 'quảng bình', 'quảng trị', 'thừa thiên - huế', 'thừa thiên huế',
  'quảng nam', 'quảng ngãi', 'bình định', 'phú yên', 'khánh hòa', 'ninh thuận', 'bình thuận', 'kon tum', 'kontum', 'gia lai',
  'đắk lắk', 'đắc lắc', 'đăk lăk', 'đắk nông', 'đăk nông', 'lâm đồng', 'bình phước', 'tây ninh', 'bình dương', 'đồng nai',
  'bà rịa - vũng tàu', 'bà rịa vũng tàu', 'long an', 'tiền giang', 'bến tre', 'trà vinh', 'vĩnh long', 'đồng tháp', 'an giang',
  'kiên giang', 'hậu giang', 'sóc trăng', 'bạc liêu', 'cà mau', 'hà tây',
] as const;

/**
 * Party committees and youth-union committees named after their territory: "Tỉnh ủy Cao Bằng",
 * "Huyện đoàn Tam Đường". The unit says which territory the following place name is.
 */
export const TERRITORIAL_COMMITTEES: Record<string, (typeof UNITS)[number]> = {
  'tỉnh ủy': 'tỉnh', 'huyện ủy': 'huyện', 'thành ủy': 'thành phố', 'quận ủy': 'quận', 'thị ủy': 'thị xã',
  'tỉnh đoàn': 'tỉnh', 'huyện đoàn': 'huyện', 'thành đoàn': 'thành phố', 'quận đoàn': 'quận', 'thị đoàn': 'thị xã',
};

/**
 * Fixed spellings (proper nouns and names whose inner words stay in lower case), matched on lower
 * case words, longest first.
 */
export const FIXED_FORMS = [
  'Ban Chấp hành Trung ương', 'Mặt trận Tổ quốc Việt Nam', 'Thanh niên Cộng sản Hồ Chí Minh', 'Thủ tướng Chính phủ',
  'Ủy ban nhân dân', 'Hội đồng nhân dân', 'Bộ Chỉ huy Quân sự', 'Ủy ban bầu cử', 'Ban cán sự đảng', 'Trung ương Đoàn',
  'Mặt trận Tổ quốc', 'Liên hiệp Phụ nữ', 'Cựu chiến binh', 'Hồ Chí Minh', 'Bộ Chính trị', 'Ban Bí thư',
  'Tỉnh ủy', 'Huyện ủy', 'Thành ủy', 'Quận ủy', 'Thị ủy', 'Tỉnh đoàn', 'Huyện đoàn', 'Thành đoàn', 'Quận đoàn', 'Thị đoàn',
  'Đảng ủy Khối', 'Đảng bộ Khối', 'Đảng ủy', 'Đảng bộ', 'Đảng đoàn', 'Chi bộ',
  'Trung ương', 'Chính phủ', 'Quốc hội', 'Việt Nam', 'Cộng sản', 'Nông dân', 'Đảng', 'Đoàn',
].sort((a, b) => b.split(' ').length - a.split(' ').length);

/**
 * Words that name the kind of body (loại hình cơ quan): written with a capital, and the field
 * that follows starts with a capital too ("Sở Văn hóa…", "Ban Tuyên giáo", "Cục Thông tin cơ sở").
 */
export const HEADS = [
  'tổng cục', 'văn phòng', 'ủy ban', 'hội đồng', 'tiểu ban', 'trung tâm', 'liên đoàn', 'công đoàn',
  'ban', 'bộ', 'sở', 'cục', 'phòng', 'hội', 'đài', 'viện', 'trường', 'bệnh viện', 'học viện',
] as const;

/** Words that can start an issuer's name (a body), in lower case, longest first. */
export const BODY_STARTS = [
  ...HEADS, 'ubnd', 'hđnd', 'ubmttq', 'mttq', 'lđlđ', 'vpđu', 'bch', 'btv', 'btt', 'ủy ban mttq', 'ban thường vụ', 'ban thường trực',
  ...Object.keys(TERRITORIAL_COMMITTEES), 'đảng ủy', 'đảng bộ', 'đảng đoàn', 'chi bộ', 'đoàn', 'mặt trận',
  'trung ương đoàn', 'chính phủ', 'thủ tướng', 'quốc hội', 'bộ chính trị', 'ban bí thư', 'thường trực', 'trung ương', 'công an', 'bộ chỉ huy',
].sort((a, b) => b.length - a.length);

/**
 * Phrases that start with a body word but name no body: a meeting ("Hội nghị"), a contest ("Hội
 * thi"), a verb ("ban hành", "phòng, chống"), unity ("đoàn kết"), the apparatus ("bộ máy"), a case
 * ("Trường hợp …": "Trường" is otherwise a school).
 */
export const NOT_BODY_STARTS = ['hội nghị', 'hội thi', 'hội thảo', 'hội diễn', 'hội chợ', 'ban hành', 'phòng,? chống', 'đoàn kết', 'bộ máy', 'sở hữu', 'trường hợp'];

/** Where a body's name starts, as a regular-expression source: one of BODY_STARTS, not one of NOT_BODY_STARTS. */
export const BODY_START_SOURCE = `(?!(?:${NOT_BODY_STARTS.join('|')})(?![\\p{L}]))(?:${BODY_STARTS.join('|')})(?![\\p{L}\\p{N}])`;

/**
 * Organs of a committee that are named after it: "Ban Tuyên giáo" of the Tỉnh ủy, "Ban Thường
 * trực" of the Ủy ban MTTQ, "Văn phòng" of the Trung ương. Under a parent line their full name is
 * "<organ> <parent>".
 */
export const ORGANS = ['ban', 'văn phòng', 'ủy ban kiểm tra', 'tiểu ban', 'đảng đoàn', 'ban cán sự đảng', 'thường trực', 'bch', 'btv', 'btt'] as const;

/** The commonest Vietnamese family names, as written: a person's name starts with one. */
export const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý',
  'Đinh', 'Trương', 'Lâm', 'Đào', 'Mai', 'Cao', 'Hà', 'Lương', 'Tô', 'Tạ', 'Thái', 'Chu', 'Đoàn', 'Triệu', 'Lưu', 'Quách', 'Vương',
  'Trịnh', 'Đàm', 'Lò', 'Lục', 'Nông', 'Hứa', 'Kiều', 'Tăng', 'Châu', 'Phùng', 'Doãn', 'Khổng', 'Giáp', 'Tống', 'Hầu', 'Ninh'] as const;
