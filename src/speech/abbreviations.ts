/**
 * What an announcer says for the abbreviations of directives, and the names of the letters for
 * the codes that are spelled.
 *
 * The list is reviewed by hand: only abbreviations with one meaning in directives are expanded.
 * Ambiguous ones are spelled letter by letter rather than guessed: "CM" (chuyên môn? cách mạng?),
 * "CĐ" (công đoàn, cao đẳng, công điện), "CT" (chỉ thị, chủ tịch), "TB", "KH" as words.
 * Document-type codes inside a document number (the "HD/BTGTW" of "173-HD/BTGTW") are always
 * spelled, never expanded: they are a code a listener may need to write down (normalise.ts).
 */

/** Uppercase abbreviations, matched as whole words (case-sensitive). */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  // Party organs and offices.
  BCH: 'Ban Chấp hành',
  'BCH TW': 'Ban Chấp hành Trung ương',
  'BCH TƯ': 'Ban Chấp hành Trung ương',
  BCHTW: 'Ban Chấp hành Trung ương',
  TW: 'Trung ương',
  TƯ: 'Trung ương',
  BCT: 'Bộ Chính trị',
  BBT: 'Ban Bí thư',
  BTV: 'Ban Thường vụ',
  BTG: 'Ban Tuyên giáo',
  BTGTW: 'Ban Tuyên giáo Trung ương',
  BTGTU: 'Ban Tuyên giáo Tỉnh ủy',
  BTGDVTU: 'Ban Tuyên giáo và Dân vận Tỉnh ủy',
  BDVTU: 'Ban Dân vận Tỉnh ủy',
  BTCTU: 'Ban Tổ chức Tỉnh ủy',
  UBKT: 'Ủy ban Kiểm tra',
  BCĐ: 'Ban Chỉ đạo',
  TTĐN: 'thông tin đối ngoại',
  ĐU: 'Đảng ủy',
  ĐCSVN: 'Đảng Cộng sản Việt Nam',
  CSVN: 'Cộng sản Việt Nam',
  // State bodies.
  UBND: 'Ủy ban nhân dân',
  HĐND: 'Hội đồng nhân dân',
  ĐBQH: 'đại biểu Quốc hội',
  CHXHCN: 'Cộng hòa xã hội chủ nghĩa',
  XHCN: 'xã hội chủ nghĩa',
  CNXH: 'chủ nghĩa xã hội',
  QĐND: 'Quân đội nhân dân',
  CAND: 'Công an nhân dân',
  BCHQS: 'Ban Chỉ huy quân sự',
  VHTTDL: 'Văn hóa, Thể thao và Du lịch',
  'VH-TT&DL': 'Văn hóa, Thể thao và Du lịch',
  'VHTT&DL': 'Văn hóa, Thể thao và Du lịch',
  'TT&TT': 'Thông tin và Truyền thông',
  'GD&ĐT': 'Giáo dục và Đào tạo',
  'NN&PTNT': 'Nông nghiệp và Phát triển nông thôn',
  'KH&CN': 'Khoa học và Công nghệ',
  'LĐ-TB&XH': 'Lao động - Thương binh và Xã hội',
  LĐTBXH: 'Lao động - Thương binh và Xã hội',
  THCS: 'trung học cơ sở',
  THPT: 'trung học phổ thông',
  // Mặt trận and the mass organisations.
  MTTQ: 'Mặt trận Tổ quốc',
  MTTQVN: 'Mặt trận Tổ quốc Việt Nam',
  UBMTTQ: 'Ủy ban Mặt trận Tổ quốc',
  UBMTTQVN: 'Ủy ban Mặt trận Tổ quốc Việt Nam',
  LHPN: 'Liên hiệp Phụ nữ',
  HLHPN: 'Hội Liên hiệp Phụ nữ',
  HCCB: 'Hội Cựu chiến binh',
  CCB: 'cựu chiến binh',
  TNCS: 'Thanh niên Cộng sản',
  HCM: 'Hồ Chí Minh',
  LĐLĐ: 'Liên đoàn Lao động',
  // Running text.
  'KT-XH': 'kinh tế - xã hội',
  'QP-AN': 'quốc phòng - an ninh',
  ANTT: 'an ninh trật tự',
  TTCS: 'thông tin cơ sở',
  VN: 'Việt Nam',
  // "Lưu: VT" at the foot of a document: the archive (văn thư).
  VT: 'Văn thư',
};

/**
 * Abbreviations written with a dot or a slash, matched case-sensitively where they stand (the
 * dot is part of them): "v.v." is "vân vân", "TP." is "thành phố", "Đ/c" is "đồng chí", and the
 * signature-block forms "TM." (thay mặt), "KT." (ký thay), "TL." (thừa lệnh), "TUQ." (thừa ủy quyền).
 */
export const DOTTED: ReadonlyArray<readonly [string, string]> = [
  ['v.v...', 'vân vân'],
  ['v.v..', 'vân vân'],
  ['v.v.', 'vân vân'],
  ['v.v', 'vân vân'],
  ['TP.HCM', 'Thành phố Hồ Chí Minh'],
  ['TP. HCM', 'Thành phố Hồ Chí Minh'],
  ['TP.', 'thành phố'],
  ['Tp.', 'thành phố'],
  ['Đ/c', 'Đồng chí'],
  ['đ/c', 'đồng chí'],
  ['Đ/C', 'Đồng chí'],
  ['V/v', 'Về việc'],
  ['b/c', 'báo cáo'],
  ['T/M', 'Thay mặt'],
  ['T/m', 'Thay mặt'],
  ['v/v', 'về việc'],
  ['TM.', 'Thay mặt'],
  ['KT.', 'Ký thay'],
  ['TL.', 'Thừa lệnh'],
  ['TUQ.', 'Thừa ủy quyền'],
  ['PGS.TS.', 'Phó Giáo sư, Tiến sĩ'],
  ['PGS.TS', 'Phó Giáo sư, Tiến sĩ'],
  ['GS.TS.', 'Giáo sư, Tiến sĩ'],
  ['PGS.', 'Phó Giáo sư'],
  ['GS.', 'Giáo sư'],
  ['TS.', 'Tiến sĩ'],
  ['ThS.', 'Thạc sĩ'],
];

/**
 * The names of the letters as they are said when a code is spelled ("UBND" would be "u bê en
 * dê"): the Vietnamese alphabet's names, short forms for the consonants said in codes (M "em",
 * N "en", S "ét", X "ích"), and the usual names of F, J, W, Z.
 */
export const LETTER_NAMES: Readonly<Record<string, string>> = {
  A: 'a', Ă: 'á', Â: 'ớ', B: 'bê', C: 'xê', D: 'dê', Đ: 'đê', E: 'e', Ê: 'ê', F: 'ép', G: 'giê',
  H: 'hát', I: 'i', J: 'gi', K: 'ca', L: 'e lờ', M: 'em', N: 'en', O: 'o', Ô: 'ô', Ơ: 'ơ', P: 'pê',
  Q: 'quy', R: 'e rờ', S: 'ét', T: 'tê', U: 'u', Ư: 'ư', V: 'vê', W: 'vê kép', X: 'ích', Y: 'i dài',
  Z: 'dét',
};

/**
 * Names written with their capitals, for lines printed all in capitals ("ĐẢNG CỘNG SẢN VIỆT NAM",
 * "BAN TUYÊN GIÁO"): the words are read as words, and the script shows them as the names they are.
 */
export const PROPER_NAMES: readonly string[] = [
  'Cộng hòa xã hội chủ nghĩa Việt Nam', 'Cộng hoà xã hội chủ nghĩa Việt Nam', 'Đảng Cộng sản Việt Nam', 'Độc lập - Tự do - Hạnh phúc',
  'Ban Chấp hành Trung ương', 'Bộ Chính trị', 'Ban Bí thư', 'Ban Thường vụ', 'Ban Tuyên giáo', 'Ban Dân vận', 'Ban Tổ chức',
  'Ủy ban Kiểm tra', 'Ủy ban nhân dân', 'Uỷ ban nhân dân', 'Hội đồng nhân dân', 'Ủy ban Mặt trận Tổ quốc Việt Nam', 'Uỷ ban Mặt trận Tổ quốc Việt Nam',
  'Mặt trận Tổ quốc Việt Nam', 'Mặt trận Tổ quốc', 'Quốc hội', 'Chính phủ', 'Thủ tướng', 'Chủ tịch', 'Hồ Chí Minh',
  'Tỉnh ủy', 'Tỉnh uỷ', 'Huyện ủy', 'Huyện uỷ', 'Thành ủy', 'Thành uỷ', 'Đảng ủy', 'Đảng uỷ', 'Đảng bộ', 'Trung ương', 'Việt Nam', 'Đảng',
];
