/**
 * How Vietnamese a text looks, to choose among candidate decodings: the share of its words that are
 * valid Vietnamese syllables (onset + rhyme + tone rules), and how many are common syllables.
 * Mojibake fails these rules ("Thùc": a falling tone on a syllable ending in -c; "hiÖn": Ö is no
 * Vietnamese letter), and a wrong legacy table makes rare or impossible syllables.
 */

const ONSETS = ['', 'b', 'c', 'ch', 'd', 'đ', 'g', 'gh', 'gi', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng', 'ngh', 'nh', 'p', 'ph', 'qu', 'r', 's', 't', 'th', 'tr', 'v', 'x'];

/** Rhymes without tone (vowel nucleus, with glide, + coda). */
const RHYMES = new Set(`
a ac ach ai am an ang anh ao ap at au ay
ă ăc ăm ăn ăng ăp ăt
â âc âm ân âng âp ât âu ây
e ec em en eng eo ep et
ê êch êm ên ênh êp êt êu
i ia ich iêc iêm iên iêng iêp iêt iêu im in inh ip it iu
o oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt oc oe oen oeo oet oi om on ong ooc oong op ot
ô ôc ôi ôm ôn ông ôp ôt
ơ ơi ơm ơn ơp ơt
u ua uân uâng uât uây uc uê uêch uênh ui um un ung uôc uôi uôm uôn uông uôt uơ up ut uy uya uych uyên uyêt uyn uynh uyp uyt uyu
ư ưa ưc ưi ưm ưn ưng ươc ươi ươm ươn ương ươp ươt ươu ưt ưu
y yêm yên yêng yêt yêu
`.trim().split(/\s+/));

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
/** Codas after which only the rising (sắc) and heavy (nặng) tones occur. */
const STOP_CODA = /(?:p|t|c|ch)$/;

/** Whether `word` (letters only, any case) is a valid Vietnamese syllable. */
export function isVietnameseSyllable(word: string): boolean {
  const nfd = word.toLowerCase().normalize('NFD');
  const tones = nfd.match(TONE_MARKS) ?? [];
  if (tones.length > 1) return false;
  const bare = nfd.replace(TONE_MARKS, '').normalize('NFC');
  if (!/^[a-zđăâêôơư]+$/u.test(bare)) return false;
  const tone = tones[0];
  if ((tone === '\u0300' || tone === '\u0309' || tone === '\u0303') && STOP_CODA.test(bare)) return false;
  return ONSETS.some((onset) => bare.startsWith(onset) && (RHYMES.has(bare.slice(onset.length))
    // "gi" + a rhyme that starts with i or not: "gì" (g + ì), "giếng" (gi + ếng for iêng).
    || (onset === 'gi' && RHYMES.has('i' + bare.slice(2)))));
}

/** Very common syllables of administrative Vietnamese (function words, dates, directive vocabulary). */
const COMMON = new Set(`
của và các có là được cho với trong những theo để này đã về một người không ngày tháng năm số
thực hiện tuyên truyền ban hành kế hoạch chỉ đạo đảng nhà nước nhân dân ủy ủy uỷ tỉnh huyện xã
phường thành phố trung ương quốc hội đồng chính phủ công tác văn bản hướng dẫn quyết định thông báo
tổ chức cơ quan đơn vị cán bộ đảng viên hội cấp ngành địa phương trên sự việc đến tại từ các vào
ra như khi đó cần phải nội dung nhiệm vụ mục đích yêu cầu kết quả xây dựng phát triển kinh tế
xã hội văn hóa hoá giáo dục an ninh quốc phòng mặt trận tổ quốc đoàn thể thanh niên phụ nữ cựu chiến
binh nông dân lao động đồng chí bí thư phó chủ tịch trưởng thường vụ thường trực mừng kỷ niệm lễ
lớn cách mạng việt nam hồ chí minh bác độc lập tự do hạnh phúc nghị quyết luật bầu cử đại biểu
khóa khoá nhiệm kỳ giai đoạn đợt thời gian tình hình triển khai đánh giá báo cáo gửi về trước sau
hằng hàng thường xuyên kịp thời đầy đủ nghiêm túc hiệu quả tăng cường đẩy mạnh nâng cao ý thức
trách nhiệm phối hợp chặt chẽ các cấp mọi mỗi toàn bộ tất cả phong trào thi đua khen thưởng
khẩu hiệu treo cờ pa nô áp phích băng rôn phát thanh truyền hình báo chí mạng điện tử
nơi nhận lưu tm kt nguyễn trần lê phạm hoàng văn thị đức minh hà nội
`.trim().split(/\s+/));

export interface VietnameseScore {
  /** Words (runs of letters). */
  words: number;
  /** Words that are valid Vietnamese syllables. */
  valid: number;
  /** Words with a letter outside ASCII (where legacy decodings differ). */
  marked: number;
  /** Of those, the valid syllables. */
  markedValid: number;
  /** Words among the common syllables. */
  common: number;
}

/** Capitals without vowels marked, as abbreviations are written: "UBND", "HĐND", "BCĐ". */
const ABBREVIATION = /^[A-ZĐ]{2,}$/u;

/**
 * Words are split at white space and ASCII punctuation; symbols and digits at a word's ends are
 * dropped, symbols inside it stay (and make it invalid: "nh©n"). Abbreviations ("HĐND") are not
 * counted: they are no syllables in any reading.
 */
export function scoreVietnamese(text: string): VietnameseScore {
  const s: VietnameseScore = { words: 0, valid: 0, marked: 0, markedValid: 0, common: 0 };
  for (const raw of text.split(/[\s!-/:-@[-`{-~\u00a0“”‘’…–—]+/u)) {
    const word = raw.replace(/^[\p{P}\p{S}\p{N}]+|[\p{P}\p{S}\p{N}]+$/gu, '');
    if (!/\p{L}/u.test(word)) continue;
    const valid = isVietnameseSyllable(word);
    if (!valid && ABBREVIATION.test(word)) continue;
    const marked = /[^\x00-\x7f]/.test(word);
    s.words++;
    if (valid) s.valid++;
    if (marked) { s.marked++; if (valid) s.markedValid++; }
    if (COMMON.has(word.toLowerCase().normalize('NFC'))) s.common++;
  }
  return s;
}

/**
 * Clearly Vietnamese: enough words with diacritics, nearly all of them valid syllables, most words
 * valid overall (abbreviations, names and numbers make up the rest).
 */
const MIN_MARKED = 5;

export function looksVietnamese(s: VietnameseScore): boolean {
  // Three marked syllables could be chance in a few random bytes; a text to convert has more.
  return s.marked >= MIN_MARKED && s.markedValid >= 0.9 * s.marked && s.valid >= 0.6 * s.words;
}
