/**
 * Abbreviations of bodies' names that real texts and labels use for the same body, keyed and
 * expanded in folded form (no accents, lower case, đ → d): "UBMTTQVN huyện" and "Ủy ban MTTQ Việt
 * Nam huyện" are one name once expanded. Used to compare names, never to rewrite a text.
 */
export const NAME_ABBREVIATIONS: Readonly<Record<string, string>> = {
  mttq: 'mat tran to quoc',
  mttqvn: 'mat tran to quoc viet nam',
  ubnd: 'uy ban nhan dan',
  hdnd: 'hoi dong nhan dan',
  ubmttq: 'uy ban mat tran to quoc',
  ubmttqvn: 'uy ban mat tran to quoc viet nam',
  chxhcn: 'cong hoa xa hoi chu nghia',
  // Bodies' own abbreviations in headers ("BCH HND TỈNH QUẢNG NAM", "BTV TỈNH ĐOÀN").
  bch: 'ban chap hanh',
  btv: 'ban thuong vu',
  btt: 'ban thuong truc',
  hnd: 'hoi nong dan',
  hlhpn: 'hoi lien hiep phu nu',
  hccb: 'hoi cuu chien binh',
  btg: 'ban tuyen giao',
  tw: 'trung uong',
  ldld: 'lien doan lao dong',
  vpdu: 'van phong dang uy',
  // Departments' fields as their names are shortened ("Bộ VH-TTDL", "Sở GD&ĐT", "Phòng VH-TT").
  vhttdl: 'van hoa the thao va du lich',
  vh: 'van hoa',
  ttdl: 'the thao va du lich',
  tttt: 'thong tin va truyen thong',
  vhtt: 'van hoa va thong tin',
  gddt: 'giao duc va dao tao',
  ldtbxh: 'lao dong thuong binh va xa hoi',
  // The city: "UBND TP.HCM", "TPHCM", "Tp. Hồ Chí Minh".
  tp: 'thanh pho',
  hcm: 'ho chi minh',
  tphcm: 'thanh pho ho chi minh',
  // Schools' kinds ("Trường MN Vành Khuyên", "Trường THCS Tràng Cát").
  mn: 'mam non',
  thcs: 'trung hoc co so',
  thpt: 'trung hoc pho thong',
};

/** Folded words with every abbreviation expanded: "ubmttqvn huyen" → "uy ban mat tran to quoc viet nam huyen". */
export function expandAbbreviations(folded: string): string {
  return folded.replace(/[a-z0-9]+/g, (w) => NAME_ABBREVIATIONS[w] ?? w);
}
