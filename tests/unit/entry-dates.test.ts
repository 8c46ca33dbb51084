/**
 * Dates in an entry's frontmatter, through the whole reading (YAML → zod schema → problem with
 * file, line and field): a date that does not exist is refused naming its field; a real day, a
 * month, a year alone are accepted, never filled in. YAML reads an unquoted year (date: 2024) as a
 * number: the message says how to write it rather than "expected string".
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readEntryFile } from '../../src/entry/entry-file.ts';
import { CONTENT_DIR } from '../helpers/seeds.ts';

const FILE = 'cong-van-khong-so-2024-44cf0838.mdx';
const SEED = readFileSync(join(CONTENT_DIR, FILE), 'utf8');
const DATE_LINE = /^date: "2024"$/m;

/** The seed with its `date:` line written as given; the problems of reading it, and the date read. */
function withDate(yaml: string) {
  const text = SEED.replace(DATE_LINE, `date: ${yaml}`);
  const line = text.split('\n').findIndex((l) => l.startsWith('date: ')) + 1;
  const r = readEntryFile(FILE, text);
  return { line, problems: r.problems.map((p) => `${p.line}: ${p.field}: ${p.message}`), date: r.problems.length ? undefined : r.data?.date };
}

describe('entry dates', () => {
  it('the seed has the date line these tests rewrite', () => {
    expect(SEED).toMatch(DATE_LINE);
    expect(withDate('"2024"')).toMatchObject({ problems: [], date: '2024' });
  });

  it.each(['2024-13-45', '2023-02-29', '2024-00-10', '2024-02-30', '2024-5-1', '"24"', '"2024-13"'])('%s is refused, naming the field and the line', (yaml) => {
    const r = withDate(yaml);
    expect(r.problems).toEqual([`${r.line}: date: must be a real date written YYYY, YYYY-MM or YYYY-MM-DD (unknown parts left out, never invented)`]);
  });

  it.each([
    ['2024-02-29', '2024-02-29'],
    ['"2024-02-29"', '2024-02-29'],
    ['2024-05', '2024-05'],
    ['"2024-05"', '2024-05'],
    ['"2024"', '2024'],
  ])('%s is accepted as %s, nothing filled in', (yaml, stored) => {
    expect(withDate(yaml)).toMatchObject({ problems: [], date: stored });
  });

  it('an unquoted year is refused with how to write it, not "expected string"', () => {
    const r = withDate('2024');
    expect(r.problems).toEqual([`${r.line}: date: must be a date in quotes, written "YYYY", "YYYY-MM" or "YYYY-MM-DD" (YAML reads 2024 unquoted as a number)`]);
  });

  it('the dates of a commemoration are checked the same way, with their path', () => {
    const text = SEED.replace('    from: 1949-11-01', '    from: 1949-02-30');
    const line = text.split('\n').findIndex((l) => l === '    from: 1949-02-30') + 1;
    expect(readEntryFile(FILE, text).problems.map((p) => `${p.line}: ${p.field}: ${p.message}`))
      .toEqual([`${line}: commemorations.0.from: must be a real date written YYYY, YYYY-MM or YYYY-MM-DD (unknown parts left out, never invented)`]);
  });
});
