import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeDamage, readTextDamage, readThroughScrambledTitle, readThroughStrippedHeader } from '../../src/import/text-damage.ts';
import { importText } from '../../src/import/import-text.ts';
import { ImportError } from '../../src/import/source-text.ts';

const ROOT = join(import.meta.dirname, '../..');
const fixture = (dir: string, prefix: string) => readFileSync(join(ROOT, dir, readdirSync(join(ROOT, dir)).find((f) => f.startsWith(prefix))!), 'utf8');
const opts = { source: 'x.txt', sha256: '0'.repeat(64), imported: '2026-12-07' };

describe('readTextDamage', () => {
  it('scrambled diacritics: words with two tone marks (realworld-heldout-5/01)', () => {
    const d = readTextDamage(fixture('tests/fixtures/realworld-heldout-5', '01_'));
    expect(d).toMatchObject({ kind: 'scrambled-diacritics', example: 'LỦẬN', line: 1 });
    expect(d!.count).toBeGreaterThan(50);
  });
  it('stripped letters: lower-case words with no vowel (realworld-heldout-6/31)', () => {
    expect(readTextDamage(fixture('tests/fixtures/realworld-heldout-6', '31_'))).toMatchObject({ kind: 'stripped-letters' });
  });
  it('clean texts are not damaged: the seeds, and every text of the labelled sets but those two', () => {
    for (const f of readdirSync(join(ROOT, '../shared/seeds')).filter((f) => f.endsWith('.txt'))) {
      expect(readTextDamage(readFileSync(join(ROOT, '../shared/seeds', f), 'utf8')), f).toBeUndefined();
    }
    const sets = ['../shared/realworld', ...readdirSync(join(ROOT, 'tests/fixtures')).filter((d) => d.startsWith('realworld-')).map((d) => `tests/fixtures/${d}`)];
    const damaged = sets.flatMap((dir) => readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.txt'))
      .filter((f) => readTextDamage(readFileSync(join(ROOT, dir, f), 'utf8'))).map((f) => `${dir.split('/').pop()}/${f.slice(0, 2)}`));
    expect(damaged.sort()).toEqual(['realworld-heldout-5/01', 'realworld-heldout-6/31']);
  });
  it('web addresses and words run together are not damage (found by the importer fuzz)', () => {
    expect(readTextDamage('Xem tại www.chinhphu.vn và https://a.vn/x, thư: bbt@tuyengiao.vn '.repeat(40))).toBeUndefined();
    expect(readTextDamage('KẾ HOẠCHKẾ HOẠCHKẾ HOẠCH '.repeat(40))).toBeUndefined();
  });
  it('a few slips do not make a text damaged', () => {
    const clean = 'Thực hiện Kế hoạch của Ủy ban nhân dân tỉnh về tuyên truyền kỷ niệm các ngày lễ lớn trong năm. '.repeat(20);
    expect(readTextDamage(`${clean}\nLỦẬN CỦÀ nhn tnh`)).toBeUndefined();
  });
});

describe('the importer says what is wrong with a damaged text', () => {
  it('scrambled accents: the title line still gives type and number, read through the damage; the words are kept (realworld-heldout-5/01)', () => {
    const text = fixture('tests/fixtures/realworld-heldout-5', '01_');
    const r = importText(text, opts);
    expect(r.data).toMatchObject({ type: 'ket-luan', number: { printed: '127-KL/TW' } });
    expect(r.data.provenance.fieldSources.number).toEqual({ from: 'title', line: 1 });
    expect(r.warnings.map((w) => w.message)).toEqual(expect.arrayContaining([expect.stringMatching(/diacritics are scrambled/u), expect.stringMatching(/through its scrambled accents \(Kết luận 127-KL\/TW\)/u)]));
    expect(r.body).toContain('KẾT LỦẬN 127-KL/TW CỦÀ BỘ CHÍNH TRỊ');
    expect(readThroughScrambledTitle(['Tin tức 127-KL/TW'])).toBeUndefined();
  });
  it('lost accented letters: the type heading ("HNG DN") and the date ("ngay thang 01 nm 2017") read through the damage (realworld-heldout-6/31)', () => {
    const r = importText(fixture('tests/fixtures/realworld-heldout-6', '31_'), opts);
    expect(r.data).toMatchObject({ type: 'huong-dan', date: '2017-01' });
    expect(r.data.provenance.fieldSources.type).toEqual({ from: 'header', line: 10 });
    expect(r.warnings.map((w) => w.message)).toEqual(expect.arrayContaining([expect.stringMatching(/lost its accented letters/u), expect.stringMatching(/through its lost accented letters \(Hướng dẫn, 2017-01\)/u)]));
    expect(readThroughStrippedHeader(['TIN TC', 'Thng tin'])).toEqual({});
  });
  it('a refused damaged text names the damage, an example and its line, and what to do', () => {
    // The scrambled repost without its title line: nothing makes it a directive as it reads.
    const text = fixture('tests/fixtures/realworld-heldout-5', '01_').split('\n').slice(1).join('\n');
    let error: unknown;
    try { importText(text, opts); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).message).toMatch(/^not a directive: .*diacritics are scrambled/u);
    expect((error as ImportError).message).toMatch(/\(first "[^"]+", line \d+\)/u);
    expect((error as ImportError).line).toBe(1);
  });
  it('an accepted damaged text carries a warning; its words are kept as written', () => {
    const stripped = 'KE HOACH\nSố: 12/KH-UBND\n\n' + 'Ngh quyt s 179 ngy 20/4/2009 ca Hi ng nhn dn tnh v vic tuyn truyn trong nm.\n'.repeat(3);
    const r = importText(stripped, opts);
    expect(r.warnings.find((w) => w.field === 'text' && w.message.includes('lost its accented letters'))).toBeDefined();
    expect(describeDamage(readTextDamage(stripped)!)).toContain('tesseract-ocr-vie');
  });
});
