/**
 * The mottos (quốc hiệu, tiêu ngữ) that head Vietnamese official documents, as regular-expression
 * sources, in the spellings real texts use: "CỘNG HÒA" (tone on the O, NĐ 30/2020) and "CỘNG HOÀ"
 * (tone on the A, older typing), "Độc lập - Tự do - Hạnh phúc" with hyphens, en or em dashes, and
 * as offices also type it: each word capitalised ("Độc Lập - Tự Do - Hạnh Phúc") or all in capitals;
 * "… VIỆT Nam" as a hurried capitals key left it.
 */
export const STATE_MOTTO_SOURCE = 'CỘNG\\s+H(?:O[ÀÁ]|[ÒÓ]A)\\s+XÃ\\s+HỘI\\s+CHỦ\\s+NGHĨA\\s+VIỆT\\s+(?:NAM|Nam)';
export const PARTY_MOTTO_SOURCE = 'ĐẢNG\\s+CỘNG\\s+SẢN\\s+VIỆT\\s+NAM';
/** The Youth Union's name, which its documents print where others print a motto (Quy định 367-QĐ/TWĐTN-VP). */
export const YOUTH_MOTTO_SOURCE = 'ĐOÀN\\s+TNCS\\s+HỒ\\s+CHÍ\\s+MINH';
export const STATE_MOTTO_2_SOURCE =
  '(?:Độc|ĐỘC)\\s+(?:[lL]ập|LẬP)\\s*[-–—]\\s*(?:Tự|TỰ)\\s+(?:[dD]o|DO)\\s*[-–—]\\s*(?:Hạnh|HẠNH)\\s+(?:[pP]húc|PHÚC)';
