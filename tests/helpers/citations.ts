/** How citation tests write expected citations, and the checks every found list must pass. */
import { expect } from 'vitest';
import type { Citation } from '../../src/citations/find.ts';

/** A citation as the fixtures write it: the number as printed, absent fields left out, `aliasOf` as an index. */
export interface CitationView {
  raw: string;
  form: Citation['form'];
  type?: string;
  typeWord?: string;
  number?: string;
  seq?: number;
  date?: string;
  issuer?: string;
  term?: string;
  header?: true;
  alias?: true;
  aliasOf?: number;
  fromList?: string[];
  suspectCode?: string;
}

/**
 * `basic`: the fields every citation has (the seed tests); `all`: also the repost-variant fields
 * (seq, header, alias, aliasOf, fromList, suspectCode).
 */
export function citationView(c: Citation, all: Citation[], fields: 'basic' | 'all' = 'all'): CitationView {
  const v: CitationView = { raw: c.raw, form: c.form };
  if (c.type !== undefined) v.type = c.type;
  if (c.typeWord !== undefined) v.typeWord = c.typeWord;
  if (c.number !== undefined) v.number = c.number.printed;
  if (fields === 'all' && c.seq !== undefined) v.seq = c.seq;
  if (c.date !== undefined) v.date = c.date;
  if (c.issuer !== undefined) v.issuer = c.issuer;
  if (c.term !== undefined) v.term = c.term;
  if (fields === 'basic') return v;
  if (c.header) v.header = true;
  if (c.alias) v.alias = true;
  if (c.aliasOf !== undefined) v.aliasOf = all.findIndex((x) => x.start === c.aliasOf);
  if (c.fromList) v.fromList = c.fromList;
  if (c.suspectCode) v.suspectCode = c.suspectCode;
  return v;
}

/** Offsets point at raw (in the NFC text), results are sorted, non-empty, never overlap; aliases name a found citation. */
export function expectWellFormed(text: string, cs: Citation[]): void {
  const nfc = text.normalize('NFC');
  let last = 0;
  for (const c of cs) {
    expect(nfc.slice(c.start, c.end)).toBe(c.raw);
    expect(c.start).toBeGreaterThanOrEqual(last);
    expect(c.end).toBeGreaterThan(c.start);
    last = c.end;
    if (c.aliasOf !== undefined) expect(cs.some((x) => x.start === c.aliasOf)).toBe(true);
  }
}

// Shorthands for the fixtures.
export const NQ = { type: 'nghi-quyet', typeWord: 'Nghị quyết' } as const;
export const BCH = 'Ban Chấp hành Trung ương';
export const BCHD = 'Ban Chấp hành Trung ương Đảng';
export const BTGTW = 'Ban Tuyên giáo Trung ương';
export const TTgCP = 'Thủ tướng Chính phủ';
