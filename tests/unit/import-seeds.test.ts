/**
 * The three real seed directives, imported and checked against metadata verified by hand against
 * the texts in ../shared/seeds, plus the lossless round trip and the committed entries.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_DIR, importSeed, SEED_001_SLOGANS, seedFiles, seedText } from '../helpers/seeds.ts';
import { checkLossless } from '../../src/import/lossless.ts';
import { readEntryFile } from '../../src/entry/entry-file.ts';

describe('seed 000: Cục Thông tin cơ sở, công văn with a blank number and a year-only date', () => {
  const { data, warnings, slug } = importSeed('000_bbd624f8c176dea5.txt');
  it('type, system, number left blank as printed', () => {
    expect(data.type).toBe('cong-van');
    expect(data.system).toBe('state');
    expect(data.number).toEqual({ printed: '/TTCS-TTTQ', key: 'ttcstttq' });
    expect(warnings).toContainEqual(expect.objectContaining({ field: 'number', line: 3 }));
  });
  it('issuer, level, place and the partial date (no day or month invented)', () => {
    expect(data.issuer).toEqual({ name: 'Cục Thông tin cơ sở', code: 'TTCS', level: 'central' });
    expect(data.place).toBe('Hà Nội');
    expect(data.date).toBe('2024');
    expect(warnings).toContainEqual(expect.objectContaining({ field: 'date', line: 7 }));
  });
  it('subject (V/v over two lines), recipient, signer', () => {
    expect(data.title).toBe('thông tin, tuyên truyền một số nội dung trọng tâm tháng 12/2024');
    expect(data.recipients).toEqual(['Sở Thông tin và Truyền thông các tỉnh, thành phố trực thuộc Trung ương']);
    expect(data.signature).toEqual({ position: 'CỤC TRƯỞNG', name: 'Nguyễn Văn Tạo' });
    expect(data.distribution).toEqual(['Như trên', 'Thứ trưởng Bùi Hoàng Phương (để b/c)', 'Cục trưởng (để b/c)', 'Các Phó Cục trưởng', 'Lưu: VT, HMH']);
  });
  it('implements Công văn 10070-CV/BTGTW', () => {
    expect(data.implements).toEqual([{
      text: 'Công văn số 10070-CV/BTGTW ngày 20/11/2024 của Ban Tuyên giáo Trung ương',
      type: 'cong-van', number: '10070-CV/BTGTW', date: '2024-11-20', issuer: 'Ban Tuyên giáo Trung ương',
    }]);
  });
  it('six commemorations with their dates; no slogans', () => {
    expect(data.slogans).toEqual([]);
    expect(data.commemorations.map((c) => [c.years, c.occasion, c.from, c.to])).toEqual([
      [75, 'Ngày truyền thống Ban Đối ngoại Trung ương', '1949-11-01', '2024-11-01'],
      [42, 'ngày Nhà giáo Việt Nam', '1982-11-20', '2024-11-20'],
      [204, 'Ngày sinh Ph.Ăng-ghen', '1820-11-28', '2024-11-28'],
      [80, 'Ngày thành lập Quân đội nhân dân Việt Nam', '1944-12-22', '2024-12-22'],
      [35, 'Ngày hội quốc phòng toàn dân', '1989-12-22', '2024-12-22'],
      [60, 'Chiến thắng Bình Giã', '1964-12-02', '2024-12-02'],
    ]);
  });
  it('slug says what is missing', () => expect(slug).toBe('cong-van-khong-so-2024-44cf0838'));
});

describe('seed 001: Ban Tuyên giáo Tỉnh ủy (Cao Bằng), hướng dẫn with no header at all', () => {
  const { data, warnings } = importSeed('001_79d78c7148d5feae.txt');
  it('type and title from the HƯỚNG DẪN heading; no number, no date, nothing invented', () => {
    expect(data.type).toBe('huong-dan');
    expect(data.system).toBe('party');
    expect(data.title).toBe('Tuyên truyền một số nội dung trọng tâm của Hội nghị Ban Chấp hành Trung ương Đảng khóa XIII ngày 25/11/2024');
    expect(data.number).toBeUndefined();
    expect(data.date).toBeUndefined();
    expect(data.place).toBeUndefined();
    expect(warnings.map((w) => w.field).sort()).toEqual(['date', 'number']);
  });
  it('issuer from the opening sentence, signer, implements 173-HD/BTGTW', () => {
    expect(data.issuer).toEqual({ name: 'Ban Tuyên giáo Tỉnh ủy', level: 'province', parent: 'Tỉnh ủy' });
    expect(data.signature).toEqual({ position: 'TRƯỞNG BAN', name: 'Bế Thanh Tịnh' });
    expect(data.recipients).toEqual([]);
    expect(data.implements).toEqual([{
      text: 'Hướng dẫn số 173-HD/BTGTW, ngày 28/11/2024 của Ban Tuyên giáo Trung ương',
      type: 'huong-dan', number: '173-HD/BTGTW', date: '2024-11-28', issuer: 'Ban Tuyên giáo Trung ương',
    }]);
  });
  it('the ten slogans, in order, exactly as written', () => {
    expect(data.slogans).toEqual(SEED_001_SLOGANS);
  });
  it('the deadline, and a wrapped Nơi nhận item kept whole', () => {
    expect(data.deadlines).toEqual([{
      text: 'Các cấp ủy, tổ chức đảng, các cơ quan, đơn vị từ tỉnh đến cơ sở chỉ đạo việc tổng kết hoàn thành trước ngày 31/12/2024',
      date: '2024-12-31',
    }]);
    expect(data.distribution).toHaveLength(12);
    expect(data.distribution[2]).toBe('Đ/c Phạm Đức Tiến, Phó Vụ trưởng Vụ Tổng hợp, BTGTW, theo dõi công tác tuyên giáo Tỉnh ủy Cao Bằng');
  });
});

describe('seed 004: Ban Thường vụ Đảng ủy xã, kế hoạch signed T/M', () => {
  const { data, body } = importSeed('004_d9d819c7857a47e2.txt');
  it('type, title, issuer at commune level', () => {
    expect(data.type).toBe('ke-hoach');
    expect(data.title).toBe('tuyên truyền kết quả Hội nghị lần thứ 12 Ban Chấp hành Trung ương Đảng khóa XIII');
    expect(data.issuer).toEqual({ name: 'Ban Thường vụ Đảng ủy xã', level: 'commune', parent: 'Đảng ủy xã' });
    expect(data.number).toBeUndefined();
    expect(data.date).toBeUndefined();
  });
  it('authority mark T/M with the body signed for, position and name', () => {
    expect(data.signature).toEqual({ authority: 'T/M', onBehalfOf: 'BAN THƯỜNG VỤ', position: 'PHÓ BÍ THƯ', name: 'Lâm Văn Diễn' });
  });
  it('implements 06-HD/BTGDVTU; the footnote is kept as a footnote', () => {
    expect(data.implements).toEqual([{
      text: 'Hướng dẫn số 06-HD/BTGDVTU, ngày 06/8/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy',
      type: 'huong-dan', number: '06-HD/BTGDVTU', date: '2025-08-06', issuer: 'Ban Tuyên giáo và Dân vận Tỉnh ủy',
    }]);
    expect(body).toMatch(/<Footnote>\n\n¹ Nghị quyết số 18-NQ\/TW, ngày 16\/6\/2022/);
  });
  it('both anniversaries of 2025', () => {
    expect(data.commemorations.map((c) => [c.years, c.occasion])).toEqual([
      [80, 'Cách mạng Tháng Tám thành công'],
      [80, 'Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam'],
    ]);
  });
});

describe.each(seedFiles())('%s', (name) => {
  const result = importSeed(name);
  it('is lossless: the body reads back as the source text', () => {
    expect(checkLossless(seedText(name), result.body)).toEqual({ ok: true });
  });
  it('the source keeps its emphasis (*…*, **…**) as emphasis, not as escaped asterisks', () => {
    if (seedText(name).includes('*')) expect(result.body).not.toContain('\\*');
    expect(result.warnings.map((w) => w.field)).not.toContain('body');
  });
  it('the committed entry has the importer\'s metadata for every field not edited by hand', () => {
    const file = join(CONTENT_DIR, `${result.slug}.mdx`);
    const committed = readEntryFile(file, readFileSync(file, 'utf8'));
    expect(committed.problems).toEqual([]);
    expect(committed.body).toBe(result.body);
    const edited = committed.data!.provenance.editedFields;
    const strip = (d: Record<string, unknown>) => {
      const copy = structuredClone(d) as Record<string, Record<string, unknown>>;
      for (const path of [...edited, 'provenance.editedFields']) {
        const keys = path.split('.');
        const parent = keys.slice(0, -1).reduce<Record<string, unknown> | undefined>((o, k) => o?.[k] as Record<string, unknown>, copy);
        if (parent) delete parent[keys.at(-1)!];
      }
      return copy;
    };
    expect(strip(committed.data!)).toEqual(strip(result.data));
  });
});
