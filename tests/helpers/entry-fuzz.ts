/**
 * Fuzzing hand-edited entries (issue 18): the committed entries, their YAML frontmatter and MDX body
 * changed as a careless or hostile editor might (aliases and bombs, deep nesting, tabs, tags,
 * duplicate keys, raw HTML, JSX, expressions, odd links, invisible and missing-glyph characters,
 * lines deleted or cut), then read as the content loader and `npm run check` read them.
 *
 * Property: reading never throws; every problem names the file, a line of it, a field and a
 * message without a stack trace; and an entry read without problems is one the build can finish:
 * every slogan and share-image text can be drawn (the glyph gate passes on what is drawn).
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readEntry } from '../../src/entry/load-entries.ts';
import { readEntryFile } from '../../src/entry/entry-file.ts';
import { fileNameProblems } from '../../src/entry/file-names.ts';
import { posterFonts } from '../../src/posters/fonts.ts';
import { glyphGate } from '../../src/posters/gate.ts';
import { drawableSlogan } from '../../src/posters/drawable.ts';
import { prepareSlogan } from '../../src/posters/text.ts';
import { directiveCardText } from '../../src/posters/directive-card.ts';
import { CONTENT_DIR } from './seeds.ts';

export const ENTRY_BASES = readdirSync(CONTENT_DIR).filter((n) => n.endsWith('.mdx')).sort()
  .map((name) => ({ name, text: readFileSync(join(CONTENT_DIR, name), 'utf8') }));

const ALIAS_BOMB = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((n, i) => `${n}: &${n} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`)].join('\n');

export const YAML_SNIPPETS = [
  ALIAS_BOMB, 'x: &x 1\ny: *x', 'topics: &t [a]\nplace: *t', '<<: *nothing', 'title: !!js/function "function(){}"',
  'title: !!binary aGVsbG8=', 'title: !custom x', `title: ${'['.repeat(3000)}`, `title: ${'['.repeat(40)}${']'.repeat(40)}`,
  `topics:\n${Array.from({ length: 40 }, (_, i) => `${' '.repeat(2 * i + 2)}- x`).join('\n')}`, 'type: cong-van\ntype: ke-hoach',
  '\ttitle: tab', 'title: "\\x85 điều khiển"', 'title: "\\u200b★→№😀\\u202f"', 'slogans: ["\\u0000"]', 'date: 2025-02-30',
  'date: 99999-01-01', 'number: {printed: "1", key: "x"}', 'title: 1e999', 'title: .nan', 'title: ~', 'title: ""',
  'slogans: [ "★ Việt Nam muôn năm 😀", "\\u200b" ]', 'issuer: {name: x, level: mars}', 'provenance: 1', 'provenance:\n  editedFields: [1]',
  '? [a, b]\n: c', '{a: 1}: b', '- list at top', 'title: |\n  nhiều\n  dòng', 'title: >-\n  gập', '%YAML 1.1\n---', '---', '...',
  `title: "${'x'.repeat(100_000)}"`, 'title: "\\ud800"', 'x: !!set {a, b}', 'x: !!omap [a: 1]', 'x: 0x1F', 'x: 2001-12-14t21:59:43.10-05:00',
];

export const MDX_SNIPPETS = [
  '<div>', '</div>', '<div>x</div>', '<span>đậm', '<!-- c -->', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<Foo />',
  '<Slogans foo="x">', '<Slogans>\n\n<Slogans>', '{1+1}', '{', '}', 'import x from "y"', 'export const a = 1', '[x](//evil.example)',
  '[x](/\\\\evil.example)', '[x](javascript:alert(1))', '[x](data:text/html,x)', '![i](x.png)', '```\ncode', '`x`', '$x$', '[^1]',
  `${'> '.repeat(2000)}x`, `${'*'.repeat(5000)}x${'*'.repeat(5000)}`, `${'- '.repeat(500)}x`, `${'['.repeat(3000)}x`, '\u200b\u202f→★№😀',
  '\u0000', '\u0085', '\ud800', '<br>', '<Header />', '<<>>', '&lt;', '&#0;', '&#x110000;', '\\', '---', '***', '# x', '| a | b |', '</>',
  `${'a'.repeat(200_000)}`,
];

export type EntryMutation =
  | { where: 'yaml' | 'body'; op: 'insert'; at: number; snippet: number; indent: number }
  | { where: 'yaml' | 'body'; op: 'replace'; at: number; snippet: number }
  | { where: 'yaml' | 'body'; op: 'delete'; at: number }
  | { where: 'yaml' | 'body'; op: 'chars'; at: number; text: string }
  | { where: 'file'; op: 'cut'; at: number };

export interface EntryCase { base: number; mutations: EntryMutation[] }

const where = fc.constantFrom<'yaml' | 'body'>('yaml', 'body');
const at = fc.nat({ max: 10_000 });
export const entryMutation: fc.Arbitrary<EntryMutation> = fc.oneof(
  fc.record({ where, op: fc.constant('insert' as const), at, snippet: fc.nat({ max: 1000 }), indent: fc.nat({ max: 6 }) }),
  fc.record({ where, op: fc.constant('replace' as const), at, snippet: fc.nat({ max: 1000 }) }),
  fc.record({ where, op: fc.constant('delete' as const), at }),
  fc.record({ where, op: fc.constant('chars' as const), at, text: fc.string({ unit: fc.oneof(fc.constantFrom(':', '-', '"', "'", '{', '[', '<', '>', '*', '&', '!', '|', '\t', '\n', '#', '\\', '\u200b', '★', '😀'), fc.string({ unit: 'grapheme', maxLength: 1 })), maxLength: 12 }) }),
  fc.record({ where: fc.constant('file' as const), op: fc.constant('cut' as const), at }),
);

export const entryCase: fc.Arbitrary<EntryCase> = fc.record({
  base: fc.nat({ max: ENTRY_BASES.length - 1 }),
  mutations: fc.array(entryMutation, { minLength: 1, maxLength: 4 }),
});

/** The entry text a case makes. */
export function entryText(c: EntryCase): string {
  let text = ENTRY_BASES[c.base]!.text;
  for (const m of c.mutations) {
    if (m.where === 'file') { text = text.slice(0, m.at % (text.length + 1)); continue; }
    const end = text.indexOf('\n---', 4);
    const head = end > 0 ? text.slice(0, end + 4) : text;
    const yamlStart = 4;
    const [from, to] = m.where === 'yaml' ? [yamlStart, Math.max(yamlStart, head.length - 4)] : [head.length, text.length];
    const part = text.slice(from, to);
    const lines = part.split('\n');
    const i = m.at % Math.max(1, lines.length);
    const pool = m.where === 'yaml' ? YAML_SNIPPETS : MDX_SNIPPETS;
    if (m.op === 'insert') lines.splice(i, 0, ...pool[m.snippet % pool.length]!.split('\n').map((l) => ' '.repeat(m.where === 'yaml' ? m.indent : 0) + l));
    else if (m.op === 'replace') lines.splice(i, 1, pool[m.snippet % pool.length]!);
    else if (m.op === 'delete') lines.splice(i, 1);
    else { const l = lines[i] ?? ''; const k = m.at % (l.length + 1); lines[i] = l.slice(0, k) + m.text + l.slice(k); }
    text = text.slice(0, from) + lines.join('\n') + text.slice(to);
  }
  return text;
}

export type EntryVerdict = { status: 'valid' | 'refused'; problems: number; warnings: number; ms: number } | { status: 'failed'; problem: string; ms: number };

const STACK = /\n\s+at |\bat [\w.<>]+ \(.*:\d+:\d+\)/;

/** Reads the text as the loader does and judges the outcome. */
export function judgeEntry(text: string, file = 'content/directives/fuzz.mdx'): EntryVerdict {
  const t0 = performance.now();
  const fail = (problem: string): EntryVerdict => ({ status: 'failed', problem, ms: performance.now() - t0 });
  let reading;
  try {
    reading = readEntry(file, text);
  } catch (e) {
    return fail(`readEntry threw: ${(e as Error).stack ?? e}`);
  }
  const lineCount = text.split('\n').length;
  for (const p of [...reading.problems, ...(reading.warnings ?? [])]) {
    if (p.file !== file) return fail(`a message names ${p.file}, not the file`);
    if (!Number.isInteger(p.line) || p.line < 1 || p.line > lineCount) return fail(`line ${p.line} outside the file (1–${lineCount}): ${p.field}: ${p.message}`);
    if (!p.field || !p.message.trim()) return fail(`a message without field or text: ${JSON.stringify(p)}`);
    if (STACK.test(p.message)) return fail(`a stack trace in a message: ${p.message.slice(0, 300)}`);
  }
  if (!reading.problems.length) {
    if (!reading.data) return fail('no problems, yet no metadata');
    const name = fileNameProblems([file]);
    if (name.length) return fail(name[0]!.message);
    try {
      const fonts = posterFonts();
      const texts = [...reading.data.slogans, directiveCardText(reading.data)];
      glyphGate(texts.map((s) => ({ slogan: s, display: drawableSlogan(prepareSlogan(s), fonts).display, directive: file })), fonts);
    } catch (e) {
      return fail(`valid for the check, yet the posters would fail the build: ${(e as Error).message.slice(0, 300)}`);
    }
  }
  const entry = readEntryFile(file, text); // the check's own reading agrees on validity
  if (!entry.problems.length !== !reading.problems.length && !reading.problems.some((p) => /citations/.test(p.message))) {
    return fail('readEntry and readEntryFile disagree on whether the entry is valid');
  }
  return { status: reading.problems.length ? 'refused' : 'valid', problems: reading.problems.length, warnings: reading.warnings?.length ?? 0, ms: performance.now() - t0 };
}

export const describeEntryCase = (c: EntryCase) => `${ENTRY_BASES[c.base]!.name}: ${JSON.stringify(c.mutations).slice(0, 400)}`;
