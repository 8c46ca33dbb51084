/** Document numbers, partial dates and the ordering of directives. */
import { describe, expect, it } from 'vitest';
import { numberKey, parseDocumentNumber } from '../../src/model/document-number.ts';
import { displayPartialDate, parsePartialDate } from '../../src/model/partial-date.ts';
import { compareDirectives, numberLabel } from '../../src/lib/labels.ts';
import { documentTypeFromName } from '../../src/model/document-type.ts';
import { directiveSchema, type Directive } from '../../src/model/directive.ts';

describe('document numbers', () => {
  it.each([
    ['173-HD/BTGTW', 173, 'HD/BTGTW', 'party', '173hdbtgtw'],
    ['18/NQ-TW', 18, 'NQ-TW', 'state', '18nqtw'],
    ['21- HD/BTGTW', 21, 'HD/BTGTW', 'party', '21hdbtgtw'],
    ['367 – QĐ/TWĐTN-VP', 367, 'QĐ/TWĐTN-VP', 'party', '367qdtwdtnvp'],
    ['112/CĐ-TTg', 112, 'CĐ-TTg', 'state', '112cdttg'],
    ['30/2020/NĐ-CP', 30, '2020/NĐ-CP', 'state', '302020ndcp'],
    ['/TTCS-TTTQ', null, 'TTCS-TTTQ', 'state', 'ttcstttq'],
    ['-KH/ĐU', null, 'KH/ĐU', 'party', 'khdu'],
  ] as const)('%s', (printed, seq, symbol, style, key) => {
    expect(parseDocumentNumber(printed)).toEqual({ printed, key, seq, symbol, style });
  });
  it('every spelling of one number has one key; 18 and 1800 differ', () => {
    expect(new Set(['18-NQ/TW', '18/NQ-TW', '18 NQ TW', '18nqtw', '18 – NQ / TW'].map(numberKey))).toEqual(new Set(['18nqtw']));
    expect(numberKey('1800-NQ/TW')).not.toBe(numberKey('18-NQ/TW'));
  });
  it('nonsense stays unparsed, never throws', () => {
    expect(parseDocumentNumber('abc').style).toBe('unknown');
    expect(parseDocumentNumber('').key).toBe('');
  });
});

describe('partial dates', () => {
  it('accepts only real dates, in the three stored forms', () => {
    expect(parsePartialDate('2024')).toEqual({ year: 2024 });
    expect(parsePartialDate('2024-12')).toEqual({ year: 2024, month: 12 });
    expect(parsePartialDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    for (const bad of ['2023-02-29', '2024-13', '2024-00-10', '24-1-1', '2024-1-01', '']) expect(parsePartialDate(bad)).toBeUndefined();
  });
  it('displays what is known, nothing more', () => {
    expect(displayPartialDate('2024')).toBe('năm 2024');
    expect(displayPartialDate('2024-12')).toBe('tháng 12/2024');
    expect(displayPartialDate('2024-11-05')).toBe('05/11/2024');
    expect(displayPartialDate(undefined)).toBe('Không rõ ngày');
  });
});

describe('listing order and labels', () => {
  const d = (id: string, date?: string, printed?: string) =>
    ({ id, data: { type: 'huong-dan', ...(date ? { date } : {}), ...(printed ? { number: { printed, key: numberKey(printed) } } : {}) } as unknown as Directive });
  it('newest first, a year-only date as its year, undated last', () => {
    const list = [d('a'), d('b', '2024'), d('c', '2024-11-28'), d('d', '2025-08-06'), d('e', '2023-01')];
    expect(list.sort(compareDirectives).map((x) => x.id)).toEqual(['d', 'c', 'b', 'e', 'a']);
  });
  it('number labels show a blank sequence as blank', () => {
    expect(numberLabel({ type: 'cong-van', number: { printed: '/TTCS-TTTQ', key: 'ttcstttq' } })).toBe('Công văn số …/TTCS-TTTQ');
    expect(numberLabel({ type: 'huong-dan' })).toBe('Hướng dẫn (không số)');
  });
  it('type words in any case', () => {
    expect(documentTypeFromName('HƯỚNG DẪN')).toBe('huong-dan');
    expect(documentTypeFromName('kế hoạch')).toBe('ke-hoach');
    expect(documentTypeFromName('Bài viết')).toBeUndefined();
  });
});

describe('provenance.imported is a real day', () => {
  const base = (imported: string) => directiveSchema.safeParse({
    type: 'ke-hoach', provenance: { source: 'a.txt', sha256: 'a'.repeat(64), imported, completeness: 'complete' },
  }).success;
  it('accepts 2024-02-29, refuses 2024-13-45, 2023-02-29 and a partial day', () => {
    expect(base('2024-02-29')).toBe(true);
    expect(base('2024-13-45')).toBe(false);
    expect(base('2023-02-29')).toBe(false);
    expect(base('2024-12')).toBe(false);
  });
});
