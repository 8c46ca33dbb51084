/**
 * Document types (thể loại văn bản) of the Party (Quy định 66-QĐ/TW, Hướng dẫn 36-HD/VPTW) and the
 * State (Nghị định 30/2020/NĐ-CP, Phụ lục III). The slug is the stored value; `name` is how the
 * type word is printed in a text ("Hướng dẫn số …"); `codes` are the abbreviations used in
 * ký hiệu (the type part of "173-HD/BTGTW" or "112/CĐ-TTg").
 */
export const DOCUMENT_TYPES = {
  'cong-van': { name: 'Công văn', codes: ['CV'] },
  'huong-dan': { name: 'Hướng dẫn', codes: ['HD'] },
  'ke-hoach': { name: 'Kế hoạch', codes: ['KH'] },
  'thong-bao': { name: 'Thông báo', codes: ['TB'] },
  'chi-thi': { name: 'Chỉ thị', codes: ['CT'] },
  'nghi-quyet': { name: 'Nghị quyết', codes: ['NQ'] },
  'nghi-quyet-lien-tich': { name: 'Nghị quyết liên tịch', codes: ['NQLT'] },
  'ket-luan': { name: 'Kết luận', codes: ['KL'] },
  'quyet-dinh': { name: 'Quyết định', codes: ['QĐ'] },
  'quy-dinh': { name: 'Quy định', codes: ['QĐi', 'QyĐ'] },
  'quy-che': { name: 'Quy chế', codes: ['QC'] },
  'cong-dien': { name: 'Công điện', codes: ['CĐ'] },
  'bao-cao': { name: 'Báo cáo', codes: ['BC'] },
  'chuong-trinh': { name: 'Chương trình', codes: ['CTr'] },
  'to-trinh': { name: 'Tờ trình', codes: ['TTr'] },
  'thong-tri': { name: 'Thông tri', codes: [] },
  'dinh-huong': { name: 'Định hướng', codes: [] },
  'de-cuong': { name: 'Đề cương', codes: [] },
  'thong-cao': { name: 'Thông cáo', codes: ['TC'] },
  'de-an': { name: 'Đề án', codes: ['ĐA'] },
  'phuong-an': { name: 'Phương án', codes: ['PA'] },
  'bien-ban': { name: 'Biên bản', codes: ['BB'] },
  'nghi-dinh': { name: 'Nghị định', codes: ['NĐ'] },
  'thong-tu': { name: 'Thông tư', codes: [] },
  'luat': { name: 'Luật', codes: [] },
  'khac': { name: 'Văn bản', codes: [] },
} as const satisfies Record<string, { name: string; codes: readonly string[] }>;

export type DocumentType = keyof typeof DOCUMENT_TYPES;
export const DOCUMENT_TYPE_SLUGS = Object.keys(DOCUMENT_TYPES) as [DocumentType, ...DocumentType[]];

const byFoldedName = new Map<string, DocumentType>(
  Object.entries(DOCUMENT_TYPES).map(([slug, t]) => [t.name.normalize('NFC').toLowerCase(), slug as DocumentType]),
);

/** "HƯỚNG DẪN", "Hướng dẫn", "hướng dẫn" → 'huong-dan'; unknown → undefined. */
export function documentTypeFromName(word: string): DocumentType | undefined {
  const t = byFoldedName.get(word.normalize('NFC').trim().toLowerCase());
  return t === 'khac' ? undefined : t;
}

/** The type names, longest first, for building regular expressions over text. */
export const DOCUMENT_TYPE_NAMES: readonly string[] = Object.values(DOCUMENT_TYPES)
  .map((t) => t.name)
  .filter((n) => n !== 'Văn bản')
  .sort((a, b) => b.length - a.length);
