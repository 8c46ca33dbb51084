/**
 * The mottos (quốc hiệu, tiêu ngữ) that head Vietnamese official documents, as regular-expression
 * sources, in the spellings real texts use: "CỘNG HÒA" (tone on the O, NĐ 30/2020) and "CỘNG HOÀ"
 * (tone on the A, older typing), "Độc lập - Tự do - Hạnh phúc" with hyphens or en dashes.
 */
export const STATE_MOTTO_SOURCE = 'CỘNG\\s+H(?:O[ÀÁ]|[ÒÓ]A)\\s+XÃ\\s+HỘI\\s+CHỦ\\s+NGHĨA\\s+VIỆT\\s+NAM';
export const PARTY_MOTTO_SOURCE = 'ĐẢNG\\s+CỘNG\\s+SẢN\\s+VIỆT\\s+NAM';
export const STATE_MOTTO_2_SOURCE = 'Độc\\s+lập\\s*[-–]\\s*Tự\\s+do\\s*[-–]\\s*Hạnh\\s+phúc';
