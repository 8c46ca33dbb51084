/**
 * The importer fuzz suite's CI slice (issue 9): mutated seeds and corpus texts, odd encodings,
 * markup of every kind and binary junk, imported as `npm run import` does. Each input must give an
 * entry that reads back valid, MDX-safe and holding all its text, or a clear refusal naming the
 * file and line — never an unexpected error. Inputs and properties: tests/helpers/fuzz-inputs.ts.
 *
 * Bounded for CI: CHIDAO_FUZZ_RUNS inputs (default 400, well under a minute on two cores), a fixed
 * seed (CHIDAO_FUZZ_SEED, default 20260901); fast-check prints the seed and path of a failure.
 * The full run of 10,000 and more inputs is `npm run fuzz` (scripts/fuzz-import.ts).
 */
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { describeCase, DOCUMENTS, fuzzCase, loadBases, makeRunner, REFUSALS, type DocumentCase, type Encoding, type FuzzCase, type Limits, type MutatedCase, type TextMutation } from '../helpers/fuzz-inputs.ts';

const RUNS = Number(process.env.CHIDAO_FUZZ_RUNS || 400);
const SEED = Number(process.env.CHIDAO_FUZZ_SEED || 20260901);
/** Smaller huge inputs than the full run (which goes to 1.5 MB files and 300 kB lines). */
const CI_LIMITS: Limits = { file: 600_000, line: 60_000 };

const runner = makeRunner(loadBases(3), CI_LIMITS);
afterAll(() => runner.dispose());

const utf8: Encoding = { charset: 'utf-8', bom: false, eol: 'lf' };
/** Seed 004 (a Kế hoạch with header, sections, slogans and signature) changed by `mutations`. */
const seed004 = (...mutations: TextMutation[]): MutatedCase => ({ kind: 'mutated', base: 2, mutations, encoding: utf8, bytes: [] });
const verdictOf = async (c: FuzzCase) => (await runner.run(c)).verdict;
/** Byte offset of line `n` (1-based) of seed 004 as UTF-8. */
const startOfLine = (n: number) => Buffer.byteLength(runner.bases[2]!.text.split('\n').slice(0, n - 1).join('\n')) + 1;

describe('importer fuzz: CI slice', () => {
  it(`${RUNS} generated inputs: an entry holding all the text, or a clear refusal (seed ${SEED})`, async () => {
    expect(runner.bases.map((b) => b.name)).toHaveLength(6);
    const stats = { accepted: 0, refused: 0 };
    await fc.assert(fc.asyncProperty(fuzzCase(runner.bases.length), async (c) => {
      const { verdict } = await runner.run(c);
      if (verdict.status === 'failed') throw new Error(`${verdict.problem}\n  case: ${describeCase(c, runner.bases)}`);
      stats[verdict.status]++;
    }), { seed: SEED, numRuns: RUNS, interruptAfterTimeLimit: 150_000, markInterruptAsFailure: true });
    // Both outcomes are exercised (a generator that only made junk would prove nothing).
    if (RUNS >= 100) {
      expect(stats.accepted).toBeGreaterThan(RUNS / 5);
      expect(stats.refused).toBeGreaterThan(RUNS / 10);
    }
  }, 200_000);
});

describe('importer fuzz: named probes', () => {
  const markup = [
    '<img src=x onerror=alert(1)>', '</script>', "import x from 'y'", 'export const a=1', '{1+1}', '<Foo/>', '`code` ```',
    'import {a} from "b"', 'export default function X() {}', '<Header>', '</Signature>', '<!-- c -->', '[x](javascript:alert(1))',
    '![i](x.png)', 'Gửi về btg@tinhuy.vn hoặc www.chinhphu.vn, http://a.vn/a_b?x=1&y=2', '<http://a.vn> <img src=x>',
    '| a | b |', '~~x~~', '[^1]', '$x$', '\\', '&amp;', '* * *', '---', '# x', '> x', '1. x',
  ];
  it.each(markup)('%s: kept as text as its own paragraph, at a line start and inside a sentence', async (probe) => {
    for (const c of [
      seed004({ op: 'insert-line', at: 9, text: '' }, { op: 'insert-line', at: 10, text: probe }, { op: 'insert-line', at: 11, text: '' }),
      seed004({ op: 'edit-line', line: 13, fromEnd: false, how: 'prepend', text: probe }),
      seed004({ op: 'edit-line', line: 13, fromEnd: false, how: 'append', text: ` ${probe} ` }),
      seed004({ op: 'edit-line', line: 3, fromEnd: false, how: 'append', text: ` ${probe}` }),
    ]) {
      expect(await verdictOf(c), describeCase(c, runner.bases)).toMatchObject({ status: 'accepted' });
    }
  });

  it.each<[string, FuzzCase]>([
    ['CRLF', { ...seed004(), encoding: { ...utf8, eol: 'crlf' } }],
    ['CR', { ...seed004(), encoding: { ...utf8, eol: 'cr' } }],
    ['UTF-8 BOM', { ...seed004(), encoding: { ...utf8, bom: true } }],
    ['UTF-16LE with BOM', { ...seed004(), encoding: { charset: 'utf-16le', bom: true, eol: 'crlf' } }],
    ['UTF-16BE with BOM', { ...seed004(), encoding: { charset: 'utf-16be', bom: true, eol: 'lf' } }],
    ['UTF-16LE without a BOM', { ...seed004(), encoding: { charset: 'utf-16le', bom: false, eol: 'crlf' } }],
    ['UTF-16BE without a BOM', { ...seed004(), encoding: { charset: 'utf-16be', bom: false, eol: 'lf' } }],
    ['NFD', seed004({ op: 'nfd', from: 0, count: 1_000_000 })],
    ['tabs and non-breaking spaces', seed004({ op: 'replace-spaces', with: '\t', every: 3 }, { op: 'replace-spaces', with: '\u00a0', every: 2 }, { op: 'indent', with: '\u00a0\t', every: 2 })],
    ['zero-width and bidi characters', seed004({ op: 'insert-inline', at: 5000, text: '\u200b\u200d\u202e\u00ad' })],
    ['shuffled lines', seed004({ op: 'swap-lines', swaps: [[20, 40], [25, 60], [33, 34], [50, 21]] })],
    ['duplicated lines', seed004({ op: 'duplicate-lines', from: 0, count: 10, to: 40 })],
    ['a 60 kB line of markup', seed004({ op: 'long-line', at: 20, unit: '{<`*_>}', times: 8000 })],
    ['a stretched "Số:" line (the slug stays short)', { kind: 'mutated', base: 0, mutations: [{ op: 'stretch-line', line: 2, fromEnd: false, times: 50 }], encoding: utf8, bytes: [] }],
    ['a huge file (20 copies)', seed004({ op: 'repeat', times: 20 })],
  ])('%s: accepted with all the text', async (_, c) => {
    expect(await verdictOf(c), describeCase(c, runner.bases)).toMatchObject({ status: 'accepted' });
  });

  it.each<[string, FuzzCase, { kind: keyof typeof REFUSALS; line?: number }]>([
    ['an empty file', { kind: 'raw', what: 'empty', bytes: [] }, { kind: 'empty' }],
    ['white space only', { kind: 'raw', what: 'blank', bytes: [0x20, 0x0a, 0x09, 0x0d, 0x0a] }, { kind: 'empty' }],
    ['a PNG header, whatever the file is named, read as an image (and refused: the image is cut)', { kind: 'raw', what: 'binary', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d] }, { kind: 'format' }],
    ['a PNG signature cut short: text with a NUL byte', { kind: 'raw', what: 'binary', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x00] }, { kind: 'binary', line: 2 }],
    ['a NUL byte on line 3', seed004({ op: 'edit-line', line: 2, fromEnd: false, how: 'append', text: '\u0000' }), { kind: 'binary', line: 3 }],
    ['a bad UTF-8 byte on line 5', { ...seed004(), bytes: [{ op: 'insert-bytes', at: startOfLine(5) + 3, bytes: [0xff] }] }, { kind: 'encoding', line: 5 }],
    ['UTF-8 cut inside a character', { kind: 'raw', what: 'junk', bytes: [...new TextEncoder().encode('KẾ HOẠCH\r\nTiêu đề\rĐ').slice(0, -1)] }, { kind: 'encoding', line: 3 }],
    ['a control character on line 7', seed004({ op: 'edit-line', line: 6, fromEnd: false, how: 'append', text: '\u001b[31m' }), { kind: 'control', line: 7 }],
    ['random bytes', { kind: 'raw', what: 'junk', bytes: [0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1] }, { kind: 'encoding', line: 1 }],
    ['text that is not a directive', { kind: 'random-text', lines: ['Hôm nay trời đẹp.', '', '<b>{x}</b>'], encoding: utf8 }, { kind: 'not-directive', line: 1 }],
  ])('%s: refused, with the line when it is at one', async (_, c, expected) => {
    expect(await verdictOf(c)).toEqual({ status: 'refused', ...expected });
  });

  const doc = (name: (typeof DOCUMENTS)[number], ...damage: DocumentCase['damage']): DocumentCase => ({ kind: 'document', doc: DOCUMENTS.indexOf(name), damage });
  it.each<[string, DocumentCase, 'accepted' | 'refused' | 'accepted or refused']>([
    ['a .docx as made', doc('rw-02.docx', { op: 'flip', at: 0, xor: 0 }), 'accepted'],
    ['a .docx cut in half', doc('rw-02.docx', { op: 'truncate', at: 5000 }), 'refused'],
    ['a .docx with an unclosed tag in its XML', doc('seed-000.docx', { op: 'markup', at: 4000, how: 'open-tag', depth: 1, snippet: '<w:p>' }), 'refused'],
    ['a .docx nested 20,000 deep', doc('seed-000.docx', { op: 'markup', at: 3000, how: 'nesting', depth: 20_000, snippet: '' }), 'accepted or refused'],
    ['a .docx with a byte of its zip directory flipped', doc('rw-02.docx', { op: 'flip', at: 10_700, xor: 0xff }), 'accepted or refused'],
    ['a .docx with a byte of its compressed XML flipped', doc('rw-02.docx', { op: 'flip', at: 3000, xor: 0x55 }), 'refused'],
    ['a PDF cut before its cross-reference table', doc('rw-19.pdf', { op: 'truncate', at: 20_000 }), 'refused'],
    ['a PDF with its header damaged', doc('rw-02.pdf', { op: 'flip', at: 2, xor: 0x20 }), 'refused'],
    ['a web page with 20,000 unclosed <div><span>', doc('rw-13.html', { op: 'markup', at: 1500, how: 'nesting', depth: 20_000, snippet: '' }), 'accepted'],
    ['a windows-1258 page cut in the middle', doc('seed-000-windows-1258.htm', { op: 'markup', at: 6000, how: 'cut-end', depth: 1, snippet: '' }), 'accepted'],
  ])('%s: never a crash (%s)', async (_, c, expected) => {
    const verdict = await verdictOf(c);
    const why = `${describeCase(c, runner.bases)}: ${JSON.stringify(verdict)}`;
    if (expected === 'accepted or refused') expect(['accepted', 'refused'], why).toContain(verdict.status);
    else expect(verdict.status, why).toBe(expected);
  }, 60_000);
});
