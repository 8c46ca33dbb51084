/**
 * Legacy Vietnamese encodings (TCVN3/ABC, VNI, Windows-1258), Unicode mojibake of them, and UTF-16
 * without a BOM: real-shaped fixtures (tests/fixtures/encodings/, made from real texts by
 * make-fixtures.ts), hand-checked strings, the tables letter by letter, and round-trip properties.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText, ImportError } from '../../src/import/source-text.ts';
import { decodeTCVN3, encodeTCVN3, tcvn3Keeps } from '../../src/import/legacy/tcvn3.ts';
import { decodeVNI, encodeVNI } from '../../src/import/legacy/vni.ts';
import { decodeWindows1258, encodeWindows1258 } from '../../src/import/legacy/windows1258.ts';
import { cp1252Bytes, CP1252_CHARS } from '../../src/import/legacy/cp1252.ts';
import { detectLegacy, repairMojibake } from '../../src/import/legacy/detect.ts';
import { isVietnameseSyllable } from '../../src/import/legacy/vietnamese.ts';
import { importFile } from '../../src/import/import-files.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'encodings');
const SHARED = join(import.meta.dirname, '..', '..', '..', 'shared');
const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));
const utf8 = (s: string) => new TextEncoder().encode(s);
const shownAsCp1252 = (bytes: Uint8Array) => [...bytes].map((b) => CP1252_CHARS[b]).join('');
const refusal = (f: () => unknown) => {
  try { f(); } catch (e) { expect(e).toBeInstanceOf(ImportError); return e as ImportError; }
  throw new Error('expected a refusal');
};

/** The 73 lower-case letters: 12 vowels × 6 tones and đ; 134 of both cases carry a diacritic. */
const VOWELS = 'aăâeêioôơuưy';
const TONES = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];
const LOWER = [...[...VOWELS].flatMap((v) => TONES.map((t) => (v + t).normalize('NFC'))), 'đ'];
const LETTERS = [...LOWER, ...LOWER.map((c) => c.toUpperCase())];
const WITH_DIACRITIC = LETTERS.filter((c) => c > '\x7f');

describe('the tables', () => {
  it('cover all 134 Vietnamese letters with diacritics, upper and lower case', () => {
    expect(WITH_DIACRITIC).toHaveLength(134);
    expect(new Set(WITH_DIACRITIC).size).toBe(134);
  });
  it('VNI and Windows-1258 round-trip every letter, each case', () => {
    for (const c of LETTERS) {
      expect(decodeVNI(encodeVNI(c)), c).toBe(c);
      expect(decodeWindows1258(encodeWindows1258(c)), c).toBe(c);
    }
    expect(decodeVNI(encodeVNI(LETTERS.join(' ')))).toBe(LETTERS.join(' '));
  });
  it('TCVN3 round-trips every lower-case letter and Ă Â Ê Ô Ơ Ư Đ; capitals with a tone in upper-case words', () => {
    for (const c of [...LOWER, ...'ĂÂÊÔƠƯĐ']) expect(decodeTCVN3(encodeTCVN3(c)), c).toBe(c);
    expect(new Set(LOWER.map((c) => encodeTCVN3(c)[0])).size).toBe(73);
    for (const c of LOWER.filter((x) => x > '\x7f')) {
      const word = `T${c.toUpperCase()}N`; // a capital with a tone among capitals: the "H" font
      expect(decodeTCVN3(encodeTCVN3(word)), word).toBe(word);
    }
  });
  it('agree with the published bytes (UniKey VnConv) on known words', () => {
    // TCVN3 "Thực hiện các" is the bytes 54 68 F9 63 20 68 69 D6 6E 20 63 B8 63, shown in a Western font as "Thùc hiÖn c¸c".
    expect([...encodeTCVN3('Thực hiện các')]).toEqual([0x54, 0x68, 0xf9, 0x63, 0x20, 0x68, 0x69, 0xd6, 0x6e, 0x20, 0x63, 0xb8, 0x63]);
    expect(shownAsCp1252(encodeTCVN3('Thực hiện các'))).toBe('Thùc hiÖn c¸c');
    expect(shownAsCp1252(encodeTCVN3('Uỷ ban nhân dân'))).toBe('Uû ban nh©n d©n');
    expect(decodeTCVN3(cp1252Bytes('Uû ban nh©n d©n')!)).toBe('Uỷ ban nhân dân');
    expect(shownAsCp1252(encodeTCVN3('Ủy ban nhân dân'))).toBe('ñy ban nh©n d©n');
    expect(decodeTCVN3(cp1252Bytes('ñY BAN NH¢N D¢N')!)).toBe('ỦY BAN NHÂN DÂN');
    expect(decodeTCVN3(cp1252Bytes('CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM')!)).toBe('CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(decodeTCVN3(cp1252Bytes('§éc lËp - Tù do - H¹nh phóc')!)).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(decodeTCVN3(cp1252Bytes('Sè: 12-KH/UBND')!)).toBe('Số: 12-KH/UBND');
    expect(decodeTCVN3(cp1252Bytes('QUAN HÖ LAO §éNG')!)).toBe('QUAN HỆ LAO ĐỘNG');
    // VNI: base letter + modifier byte.
    expect(shownAsCp1252(encodeVNI('Thực hiện'))).toBe('Thöïc hieän');
    expect(decodeVNI(cp1252Bytes('Thöïc hieän caùc')!)).toBe('Thực hiện các');
    expect(decodeVNI(cp1252Bytes('UÛY BAN NHAÂN DAÂN')!)).toBe('ỦY BAN NHÂN DÂN');
    expect(shownAsCp1252(encodeVNI('Đảng'))).toBe('Ñaûng');
    // Windows-1258: the tone as a combining mark after the letter.
    expect([...encodeWindows1258('Thực')]).toEqual([0x54, 0x68, 0xfd, 0xf2, 0x63]);
  });
  it('a capital with a tone alone or before lower case is the one TCVN3 ambiguity: it comes back lower case', () => {
    expect(decodeTCVN3(encodeTCVN3('Ủy ban'))).toBe('ủy ban');
    expect(tcvn3Keeps('Ủy ban')).toBe(false);
    expect(tcvn3Keeps('ỦY BAN nhân dân')).toBe(true);
    expect(decodeTCVN3(encodeTCVN3('Tự do'))).toBe('Tự do'); // not taken for "TỰ"
  });
  it('refuse to encode what the encoding cannot hold, and bytes it gives no meaning', () => {
    expect(() => encodeTCVN3('é²')).toThrow(RangeError); // 'é' is a Latin letter TCVN3 lacks (0xE9 is "ộ")
    expect(() => encodeVNI('€…“”§')).not.toThrow(); // Windows symbols below 0xC0
    expect(() => encodeVNI('ß')).toThrow(RangeError);
    expect(decodeTCVN3(Uint8Array.of(0x41, 0xc0))).toBeUndefined();
    expect(decodeVNI(Uint8Array.of(0x20, 0xf9))).toBeUndefined(); // a tone after a space
  });
});

describe('the syllable validator', () => {
  it('accepts Vietnamese syllables and rejects mojibake', () => {
    for (const w of ['của', 'thực', 'hiện', 'tuyên', 'truyền', 'nghiêng', 'khuỷu', 'quốc', 'gì', 'giếng', 'Đảng', 'ỦY', 'oái', 'người']) expect(isVietnameseSyllable(w), w).toBe(true);
    for (const w of ['Thùc', 'hiÖn', 'nh©n', 'Thöïc', 'hieän', 'tàc', 'ảnhh', 'xyz', 'ĐCTUBTWMTTQVN']) expect(isVietnameseSyllable(w), w).toBe(false);
  });
});

/** Words that differ between two texts, as [expected, got]. */
const wordDiff = (a: string, b: string) => {
  const x = a.split(/\s+/), y = b.split(/\s+/);
  expect(y.length).toBe(x.length);
  return x.flatMap((w, i) => (w === y[i] ? [] : [[w, y[i]!] as const]));
};

/** Words of the fixtures whose capital toned letter TCVN3 gives back lower case (hand-checked). */
const AMBIGUOUS_CAPITALS: Record<string, string[]> = { seed001: [], rw04: Array(9).fill('Ủy'), rw27: [] };

describe('real-shaped fixtures: real texts encoded into each legacy encoding', () => {
  const sources = ['seed001', 'rw04', 'rw27'];
  const original = (name: string) => decodeText(fixture(`${name}.utf8.txt`));

  it.each(sources)('%s: the UTF-8 original is read as it is', (name) => {
    expect(original(name)).toEqual({ text: readFileSync(join(FIXTURES, `${name}.utf8.txt`), 'utf8').normalize('NFC').replace(/\r\n?/g, '\n'), encoding: 'utf-8' });
  });

  it.each(sources)('%s: VNI, Windows-1258 and their mojibake decode to exactly the original text, the conversion named', (name) => {
    const want = original(name).text;
    expect(decodeText(fixture(`${name}.vni.txt`))).toEqual({ text: want, encoding: 'vni', conversion: 'VNI → Unicode' });
    expect(decodeText(fixture(`${name}.cp1258.txt`))).toEqual({ text: want, encoding: 'windows-1258', conversion: 'Windows-1258 → Unicode' });
    expect(decodeText(fixture(`${name}.vni-mojibake.txt`))).toEqual({ text: want, encoding: 'utf-8', conversion: 'Unicode mojibake of VNI repaired' });
    expect(decodeText(fixture(`${name}.utf8-mojibake.txt`))).toEqual({ text: want, encoding: 'utf-8', conversion: 'Unicode mojibake of UTF-8 repaired' });
  });

  it.each(sources)('%s: TCVN3 and its mojibake decode to the original, but for capitals with a tone TCVN3 cannot tell', (name) => {
    const want = original(name).text;
    const tcvn3 = decodeText(fixture(`${name}.tcvn3.txt`));
    const mojibake = decodeText(fixture(`${name}.tcvn3-mojibake.txt`));
    expect(tcvn3).toMatchObject({ encoding: 'tcvn3', conversion: 'TCVN3 (ABC) → Unicode' });
    expect(mojibake).toEqual({ text: tcvn3.text, encoding: 'utf-8', conversion: 'Unicode mojibake of TCVN3 repaired' });
    // Every word identical, except words with a capital toned letter that VN3 gives the lower-case
    // code (see tcvn3.ts): the same letters, only the case of such a letter differs.
    const diff = wordDiff(want, tcvn3.text);
    for (const [w, got] of diff) {
      expect(got.toLowerCase(), `${w} → ${got}`).toBe(w.toLowerCase());
      expect(tcvn3Keeps(w), w).toBe(false);
    }
    expect(diff.length).toBe(wordDiff(want, decodeTCVN3(encodeTCVN3(want))!).length);
    expect(diff.map(([w]) => w)).toEqual(AMBIGUOUS_CAPITALS[name]);
  });

  it('seed001 imports from every legacy form to the same entry as from UTF-8 (npm run import, dry run)', async () => {
    const entry = async (file: string) => {
      const o = await importFile(join(FIXTURES, file), { out: '/nonexistent', force: false, dryRun: true, imported: '2026-12-07' });
      if (o.status === 'failed' || o.status === 'skipped') throw new Error(`${file}: ${o.message}`);
      const { provenance, ...data } = o.result.data;
      return { data, body: o.result.body };
    };
    const want = await entry('seed001.utf8.txt');
    expect(want.data).toMatchObject({ type: 'huong-dan' });
    for (const form of ['tcvn3', 'vni', 'cp1258', 'tcvn3-mojibake', 'vni-mojibake', 'utf8-mojibake']) {
      expect(await entry(`seed001.${form}.txt`), form).toEqual(want);
    }
  });

  it('UTF-16LE and UTF-16BE without a BOM decode (NUL as every other byte)', () => {
    const text = original('seed001').text;
    const le = new Uint8Array(text.length * 2), be = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      le[2 * i] = c & 0xff; le[2 * i + 1] = c >> 8;
      be[2 * i] = c >> 8; be[2 * i + 1] = c & 0xff;
    }
    expect(decodeText(le)).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeText(be)).toEqual({ text, encoding: 'utf-16be' });
    // Cut to an odd length it is binary, the line of the first NUL named; so is a PNG's start.
    expect(refusal(() => decodeText(le.subarray(0, -1))).message).toMatch(/^binary file/);
    expect(refusal(() => decodeText(Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x00, 0x01)))).toMatchObject({ message: 'binary file (contains NUL bytes), not text', line: 1 });
  });
});

describe('real UTF-8 Vietnamese is never converted', () => {
  const files = [
    ...readdirSync(join(SHARED, 'seeds')).filter((f) => f.endsWith('.txt')).map((f) => join(SHARED, 'seeds', f)),
    ...readdirSync(join(SHARED, 'realworld')).filter((f) => f.endsWith('.txt')).map((f) => join(SHARED, 'realworld', f)),
  ];
  it('finds the 3 seeds and 21 real texts', () => expect(files).toHaveLength(24));
  it.each(files.map((f) => [f.split('/').at(-1)!, f]))('%s', (_, file) => {
    const bytes = readFileSync(file);
    expect(decodeText(bytes)).toEqual({ text: bytes.toString('utf8').replace(/^\ufeff/, '').normalize('NFC').replace(/\r\n?/g, '\n'), encoding: 'utf-8' });
  });
});

describe('mojibake repair', () => {
  it('repairs short TCVN3, VNI and UTF-8 mojibake', () => {
    expect(repairMojibake('Thùc hiÖn c¸c nhiÖm vô')?.text).toBe('Thực hiện các nhiệm vụ');
    expect(repairMojibake('Thöïc hieän caùc nhieäm vuï')?.text).toBe('Thực hiện các nhiệm vụ');
    expect(repairMojibake('Thá»±c hiá»‡n cÃ¡c nhiá»‡m vá»¥')?.text).toBe('Thực hiện các nhiệm vụ');
  });
  it('repairs only the mojibake lines of a mixed document (per line)', () => {
    const unicode = ['KẾ HOẠCH', 'Tuyên truyền kỷ niệm các ngày lễ lớn', 'Tháng Tám', 'Cà Mau'];
    const pasted = ['Thực hiện Hướng dẫn số 126-HD/BTGTW của Ban Tuyên giáo Trung ương,', 'Uỷ ban nhân dân xã xây dựng kế hoạch như sau:', 'Sơn'];
    const doc = [unicode[0], unicode[1], '', ...pasted.map((l) => shownAsCp1252(encodeTCVN3(l))), '', unicode[2], unicode[3]].join('\n');
    const r = repairMojibake(doc)!;
    expect(r.text).toBe([unicode[0], unicode[1], '', ...pasted, '', unicode[2], unicode[3]].join('\n'));
    expect(r.lines).toEqual([4, 5, 6]);
    expect(r.conversion).toBe('Unicode mojibake of TCVN3 repaired');
  });
  it('leaves Unicode alone when it is Vietnamese, or foreign, or too little to judge', () => {
    for (const text of ['Tháng Tám ở Cà Mau', 'Café, crème brûlée, Größe, Øresund — São Paulo', 'Hà Nội, ngày 05 tháng 12 năm 2024', 'Thùc', 'x © y ® z ¸']) {
      expect(repairMojibake(text), text).toBeUndefined();
    }
  });
});

describe('refusals are kept', () => {
  it('random binary is refused, the line of the first bad byte named', () => {
    fc.assert(fc.property(fc.uint8Array({ minLength: 1, maxLength: 3000 }), (bytes) => {
      try {
        const r = decodeText(bytes);
        // Random bytes may happen to be valid UTF-8 text without controls; never a legacy conversion.
        expect(r.conversion).toBeUndefined();
      } catch (e) {
        expect(e).toBeInstanceOf(ImportError);
      }
    }), { seed: 17, numRuns: 500 });
    const e = refusal(() => decodeText(Uint8Array.from([...utf8('KẾ HOẠCH\nTiêu đề\n'), 0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1])));
    expect(e.message).toBe('not valid UTF-8, nor clearly Vietnamese in TCVN3, VNI or Windows-1258 (save the file as UTF-8)');
    expect(e.line).toBe(3);
  });
  it('a Western European file in Windows-1252 is not taken for Vietnamese', () => {
    const french = new Uint8Array(cp1252Bytes('Le conseil a décidé de réunir les élèves à la fête de l’école, où ça coûte très peu.\nÀ bientôt, Müller.')!);
    expect(detectLegacy(french)).toBeUndefined();
    expect(refusal(() => decodeText(french)).message).toMatch(/^not valid UTF-8/);
  });
});

describe('round trips (fast-check)', () => {
  const letter = fc.constantFrom(...LETTERS, ...'bcdghklmnpqrstvx');
  const text = fc.array(fc.oneof({ weight: 6, arbitrary: letter }, { weight: 2, arbitrary: fc.constantFrom(' ', '\n', ',', '.', ':', ';', '-', '(', ')', '“', '”', '–', '…', '0', '9', '/') }), { maxLength: 200 }).map((a) => a.join(''));
  it('VNI and Windows-1258: any text of Vietnamese letters, spaces and punctuation', () => {
    fc.assert(fc.property(text, (s) => {
      expect(decodeVNI(encodeVNI(s))).toBe(s);
      expect(decodeWindows1258(encodeWindows1258(s))).toBe(s);
    }), { seed: 1, numRuns: 2000 });
  });
  it('TCVN3: exact for lower-case and capitalised words (first letter without a tone); any text exact but for the case of toned capitals', () => {
    const lowerLetter = fc.constantFrom(...LOWER, ...'bcdghklmnpqrstvx');
    const initial = fc.constantFrom(...'BCDGHKLMNPQRSTVXĂÂÊÔƠƯĐAEIOUY');
    const word = fc.tuple(fc.boolean(), initial, fc.array(lowerLetter, { minLength: 1, maxLength: 6 }))
      .map(([capitalised, first, rest]) => (capitalised ? first : '') + rest.join(''));
    const sep = fc.constantFrom(' ', '\n', ', ', '. ', ': ', ' - ', ' (', ') ', ' “', '” ', ' – ', '… ', ' 12/', '/');
    const words = fc.array(fc.tuple(word, sep), { maxLength: 40 }).map((a) => a.flat().join(''));
    fc.assert(fc.property(words, (s) => { expect(decodeTCVN3(encodeTCVN3(s))).toBe(s); }), { seed: 2, numRuns: 2000 });
    fc.assert(fc.property(text, (s) => { expect(decodeTCVN3(encodeTCVN3(s))!.toLowerCase()).toBe(s.toLowerCase()); }), { seed: 3, numRuns: 2000 });
  });
});

describe('what is not a legacy file (found by the fuzzer)', () => {
  it('a UTF-8 text with one damaged byte is refused at its line, not read as Windows-1258 mojibake', () => {
    const good = new TextEncoder().encode('\n\nSố: 1791/UBND-VX\nThực hiện Kế hoạch của Ủy ban nhân dân tỉnh về tuyên truyền kỷ niệm.\n');
    const bad = new Uint8Array([...good.subarray(0, 4), 0xff, ...good.subarray(4)]);
    expect(() => decodeText(bad)).toThrow(/not valid UTF-8/);
  });
  it('a few random bytes are not a TCVN3 text', () => {
    expect(() => decodeText(new Uint8Array([0xcb, 0x5c, 0xcf, 0x7b, 0xfa, 0x2c, 0x95]))).toThrow(/not valid UTF-8/);
  });
  it('a UTF-8 byte-order mark then a NUL is binary, not UTF-16 without a BOM', () => {
    expect(() => decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x00]))).toThrow(/binary/);
  });
});
