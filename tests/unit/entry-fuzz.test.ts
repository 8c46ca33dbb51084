/**
 * Hand-edited entries fuzzed (issue 18), CI slice: CHIDAO_ENTRY_FUZZ_RUNS mutated entries (default
 * 300) read as the loader and the check read them; `npm run fuzz` runs 10,000. See
 * tests/helpers/entry-fuzz.ts for the mutations and the property.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { describeEntryCase, entryCase, entryText, judgeEntry, ENTRY_BASES, MDX_SNIPPETS, YAML_SNIPPETS } from '../helpers/entry-fuzz.ts';

const RUNS = Number(process.env.CHIDAO_ENTRY_FUZZ_RUNS || 300);
const SEED = Number(process.env.CHIDAO_FUZZ_SEED || 20260901);

describe('entry fuzz', () => {
  it(`${RUNS} mutated entries: read without a crash, every problem with file, line and field (seed ${SEED})`, () => {
    const stats = { valid: 0, refused: 0 };
    fc.assert(fc.property(entryCase, (c) => {
      const v = judgeEntry(entryText(c));
      if (v.status === 'failed') throw new Error(`${v.problem}\n  case: ${describeEntryCase(c)}`);
      stats[v.status]++;
    }), { seed: SEED, numRuns: RUNS });
    expect(stats.valid).toBeGreaterThan(RUNS / 20);
    expect(stats.refused).toBeGreaterThan(RUNS / 5);
  }, 200_000);

  it.each([...YAML_SNIPPETS.map((s) => ['yaml', s] as const), ...MDX_SNIPPETS.map((s) => ['body', s] as const)])('every %s snippet, inserted in each entry: no crash (%#)', (where, snippet) => {
    for (const [base] of ENTRY_BASES.entries()) {
      const pool = where === 'yaml' ? YAML_SNIPPETS : MDX_SNIPPETS;
      const v = judgeEntry(entryText({ base, mutations: [{ where, op: 'insert', at: 3, snippet: pool.indexOf(snippet), indent: 0 }] }));
      expect(v.status === 'failed' ? v.problem : 'ok').toBe('ok');
    }
  });
});
