/** Bad entries: every problem names the file, the line and the field. */
import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readEntryFile, formatProblem } from '../../src/entry/entry-file.ts';
import { duplicateProblems, loadEntries } from '../../src/entry/load-entries.ts';
import { numberKey } from '../../src/model/document-number.ts';
import { CONTENT_DIR } from '../helpers/seeds.ts';
import { tempDir } from '../helpers/temp.ts';

const GOOD = readFileSync(join(CONTENT_DIR, 'ke-hoach-khong-so-khong-ngay-d1f5bbac.mdx'), 'utf8');
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
const problems = (text: string) => readEntryFile('content/directives/x.mdx', text).problems;

describe('readEntryFile', () => {
  it('a committed seed entry has no problems', () => {
    expect(problems(GOOD)).toEqual([]);
  });
  it('an invalid enum value: file, line of the value, dotted field', () => {
    const bad = GOOD.replace('level: commune', 'level: village');
    const [p] = problems(bad);
    expect(p).toMatchObject({ file: 'content/directives/x.mdx', field: 'issuer.level', line: lineOf(bad, 'level: village') });
    expect(formatProblem(p!)).toMatch(/^content\/directives\/x\.mdx:\d+: issuer\.level: Invalid option/);
  });
  it('an unknown field is reported, not silently dropped', () => {
    const bad = GOOD.replace('topics:', 'colour: red\ntopics:');
    expect(problems(bad)).toEqual([{ file: 'content/directives/x.mdx', line: lineOf(bad, 'colour'), field: 'colour', message: 'unknown field' }]);
  });
  it('an impossible date, a number key out of step with the printed number', () => {
    const bad = GOOD.replace('type: ke-hoach', 'type: ke-hoach\ndate: 2024-02-30\nnumber:\n  printed: 12-KH/ĐU\n  key: wrong');
    const ps = problems(bad);
    expect(ps.map((p) => p.field).sort()).toEqual(['date', 'number.key']);
    expect(ps.find((p) => p.field === 'number.key')!.message).toMatch(/"12khdu"/);
  });
  it('a missing required field names the field', () => {
    const bad = GOOD.replace(/^type: ke-hoach\n/m, '');
    const ps = problems(bad);
    expect(ps).toEqual([expect.objectContaining({ field: 'type' })]);
    expect(ps[0]!.line).toBeLessThanOrEqual(2); // the frontmatter's opening, where the field belongs
  });
  it('broken YAML and a missing frontmatter', () => {
    expect(problems(GOOD.replace('system: party', 'system: [party'))[0]).toMatchObject({ field: 'frontmatter' });
    expect(problems('just text')[0]).toMatchObject({ field: 'frontmatter', line: 1 });
  });
  it.each([
    ['import x from "./x.js"', /import\/export/],
    ['export const a = 1', /import\/export/],
    ['{process.exit(1)}', /JavaScript expression/],
    ['Chữ {1 + 1} giữa câu', /JavaScript expression/],
    ['<script>alert(1)</script>', /component <script> is not allowed/],
    ['<Slogans foo="x">\n\nA\n\n</Slogans>', /takes no attributes/],
    ['<Bogus />', /component <Bogus>/],
    ['[bấm](javascript:alert(1))', /link target/],
    ['![ảnh](x.png)', /images are not allowed/],
    ['```\ncode\n```', /code is not allowed/],
  ])('MDX safety: %s is refused with its line', (snippet, message) => {
    const bad = `${GOOD}\n${snippet}\n`;
    const ps = problems(bad);
    expect(ps).toHaveLength(1);
    expect(ps[0]).toMatchObject({ field: 'body', line: GOOD.split('\n').length + 1 });
    expect(ps[0]!.message).toMatch(message);
  });
});

describe('duplicateProblems', () => {
  it('the same document (type, number, date) in two files names both', () => {
    const data = readEntryFile('a', GOOD).data!;
    const dated = { ...data, number: { printed: '12-KH/ĐU', key: '12khdu' }, date: '2025-08-10' };
    const ps = duplicateProblems([
      { id: 'a', file: 'content/directives/a.mdx', text: '', data: dated, mentions: [] },
      { id: 'b', file: 'content/directives/b.mdx', text: '', data: dated, mentions: [] },
    ]);
    expect(ps).toEqual([expect.objectContaining({ file: 'content/directives/b.mdx', message: expect.stringContaining('content/directives/a.mdx') })]);
  });
});

describe('loadEntries: corpus-wide problems with file, line and field', () => {
  it('a directive that implements itself is an error at the line of its implements: field', () => {
    const dir = tempDir('implements-self');
    mkdirSync(join(dir, 'content'));
    // The seed implements Hướng dẫn 06-HD/BTGDVTU of 06/8/2025; make the entry be that very document.
    const self = GOOD.replace('type: ke-hoach', `type: huong-dan\nnumber:\n  printed: 06-HD/BTGDVTU\n  key: ${numberKey('06-HD/BTGDVTU')}\ndate: 2025-08-06`);
    writeFileSync(join(dir, 'content', 'tu-thuc-hien.mdx'), self);
    const { problems } = loadEntries(dir, 'content');
    expect(problems).toEqual([{
      file: 'content/tu-thuc-hien.mdx', line: lineOf(self, 'implements:'), field: 'implements',
      message: 'implements its own number 06-HD/BTGDVTU: a directive cannot carry out itself',
    }]);
    expect(formatProblem(problems[0]!)).toMatch(/^content\/tu-thuc-hien\.mdx:\d+: implements: implements its own number/);
  });
});
