/**
 * The importer on real texts: the three labelled sets (../shared/realworld, and the two gathered for
 * issue 17 with their sources in tests/fixtures/realworld-party and -state), scored by eval:import.
 * A regression guard for the targets issue 17 sets that the importer meets today; the figures and
 * the targets still missed are in `npm run eval:import` and the issue's closing note.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { predictFile } from '../../src/eval/predict.ts';
import { evaluateFolder, type FolderResult } from '../../src/eval/run.ts';
import { totalsOf, valueOf, type Ratio } from '../../src/eval/totals.ts';
import { REALWORLD_DIR, ROOT } from '../helpers/seeds.ts';

const FOLDERS = [REALWORLD_DIR, join(ROOT, 'tests/fixtures/realworld-party'), join(ROOT, 'tests/fixtures/realworld-state')];

describe('the importer on 81 real texts', () => {
  let results: FolderResult[];
  beforeAll(async () => { results = await Promise.all(FOLDERS.map((f) => evaluateFolder(f))); }, 120_000);
  const total = () => totalsOf(results.flatMap((r) => r.files));
  const at = (r: Ratio) => valueOf(r) ?? 0;

  it('reads every file: no crash; pages that are not directives are refused, all but one', () => {
    expect(results.map((r) => r.files.length)).toEqual([21, 31, 29]);
    expect(total().crashed).toBe(0);
    // realworld-state 81, a news item opening "Thực hiện công văn số …" on a Phòng's instructions,
    // reads like a directive's opening and is accepted.
    expect(total().controlsRefused.num).toBeGreaterThanOrEqual(total().controlsRefused.den - 1);
  });
  it('no real directive refused', () => {
    expect(total().refused).toBe(0);
  });
  it('type, own number and date ≥ 95 %; issuer ≥ 90 %', () => {
    const t = total();
    expect(at(t.type)).toBeGreaterThanOrEqual(0.95);
    expect(at(t.number)).toBeGreaterThanOrEqual(0.95);
    expect(at(t.date)).toBeGreaterThanOrEqual(0.95);
    expect(at(t.issuer)).toBeGreaterThanOrEqual(0.9);
  });
  it('slogans: recall ≥ 95 %, precision ≥ 98 %', () => {
    const t = total();
    expect(at(t.slogansRecall)).toBeGreaterThanOrEqual(0.95);
    expect(at(t.slogansPrecision)).toBeGreaterThanOrEqual(0.98);
  });
  it('citations: recall and precision ≥ 97 %, their dates ≥ 95 %', () => {
    const t = total();
    expect(at(t.citationsRecall)).toBeGreaterThanOrEqual(0.97);
    expect(at(t.citationsPrecision)).toBeGreaterThanOrEqual(0.97);
    expect(at(t.citationDates)).toBeGreaterThanOrEqual(0.95);
  });
});

/**
 * The four sets gathered after the rules, each scored once before any change made for it (figures
 * in the issue 17 notes), then used to improve the importer: no longer held out, so a guard of what
 * they reach today, not of the issue's targets (type, issuer and level on them are below target).
 */
const ONCE_HELD_OUT = ['realworld-heldout', 'realworld-heldout-2', 'realworld-heldout-3', 'realworld-heldout-4'].map((f) => join(ROOT, 'tests/fixtures', f));

describe('the importer on 86 texts of the four once-held-out sets', () => {
  let results: FolderResult[];
  beforeAll(async () => { results = await Promise.all(ONCE_HELD_OUT.map((f) => evaluateFolder(f))); }, 120_000);
  const total = () => totalsOf(results.flatMap((r) => r.files));
  const at = (r: Ratio) => valueOf(r) ?? 0;

  it('no crash; one real text refused at most (a news report of a request with no type, number or date)', () => {
    expect(results.map((r) => r.files.length)).toEqual([18, 18, 26, 24]);
    expect(total().crashed).toBe(0);
    expect(total().refused).toBeLessThanOrEqual(1);
  });
  // Level: 84.8 % with each text's web address (gold `source`), as an office importing a page has it;
  // 70.9 % without (eval-import.test.ts checks the address is what makes the difference).
  it('own number and date ≥ 95 %, type ≥ 90 %, issuer ≥ 85 %, level ≥ 80 %', () => {
    const t = total();
    expect(at(t.number)).toBeGreaterThanOrEqual(0.95);
    expect(at(t.date)).toBeGreaterThanOrEqual(0.95);
    expect(at(t.type)).toBeGreaterThanOrEqual(0.9);
    expect(at(t.issuer)).toBeGreaterThanOrEqual(0.85);
    expect(at(t.level)).toBeGreaterThanOrEqual(0.8);
  });
  it('slogans: recall ≥ 95 %, precision ≥ 98 %; citations: recall and precision ≥ 97 %, dates ≥ 95 %', () => {
    const t = total();
    expect(at(t.slogansRecall)).toBeGreaterThanOrEqual(0.95);
    expect(at(t.slogansPrecision)).toBeGreaterThanOrEqual(0.98);
    expect(at(t.citationsRecall)).toBeGreaterThanOrEqual(0.97);
    expect(at(t.citationsPrecision)).toBeGreaterThanOrEqual(0.97);
    expect(at(t.citationDates)).toBeGreaterThanOrEqual(0.95);
  });
});

/**
 * The fifth set (tests/fixtures/realworld-heldout-5, 29 page openings gathered 2026-12-07), scored
 * once before any change made for it: refused 2 of 14 directives, type 61.9 %, number 70.0 %, date
 * 66.7 %, issuer 47.4 %, level 66.7 % (52.4 % without the pages' addresses), citations 88.9 / 97.0 %.
 * A guard of what it reaches after the changes made for it; its misses left are named in the issue
 * 17 note (a repost whose every diacritic is scrambled, tag pages that open with a news lead).
 */
heldOutGuard('fifth', 'tests/fixtures/realworld-heldout-5', 29, { type: 0.7, issuer: 0.65, level: 0.8, slogansRecall: 1, citationsPrecision: 0.95 });

/**
 * The sixth set (tests/fixtures/realworld-heldout-6, 31 page openings gathered 2026-12-07 by a
 * labeller who never ran the importer), scored once on main before any change made for it
 * (455033e): refused 2 of 17 directives, type 82.6 %, number 66.7 %, date 62.5 %, issuer 60.0 %,
 * level 60.9 %, slogans 57.1 / 100 %, citations 96.0 / 100 %, their dates 73.9 %. A guard of what it
 * reaches after the changes made for it (the issue 17 note names what is left).
 */
heldOutGuard('sixth', 'tests/fixtures/realworld-heldout-6', 31, { type: 0.9, number: 1, date: 0.85, issuer: 0.85, level: 0.7, citationsPrecision: 1 });

/**
 * The seventh set (tests/fixtures/realworld-heldout-7, 31 page openings gathered 2026-12-07 by a
 * labeller who never ran the importer), scored once on main before any change made for it
 * (52367a1, with this session's earlier changes): refused 3 of 17 directives, type 86.4 %, number
 * 80.0 %, date 57.1 %, issuer 83.3 %, level 81.8 %, slogans 0 / 0 % (the list's "(1)" kept),
 * citations 100 / 100 %, their dates 100 %. Type stays below 95 % by two labels that read a "V/v"
 * subject or "văn bản số …/UBND-…" as no type or "Văn bản", where the importer reads a công văn.
 */
heldOutGuard('seventh', 'tests/fixtures/realworld-heldout-7', 31, { type: 0.85, number: 1, date: 1, issuer: 0.9, level: 0.9, slogansRecall: 1, citationsPrecision: 1 });

/**
 * The eighth set (tests/fixtures/realworld-heldout-8, 30 texts gathered 2026-12-07 by a labeller who
 * never ran the importer; two GitHub copies among them), scored once before any change made for it
 * (be363d0): refused 2 of 13 directives, type 70.0 %, number 71.4 %, date 66.7 %, issuer 66.7 %,
 * level 80.0 %, slogans 50.0 / 80.0 %, citations 90.0 / 94.7 %. Its misses were formats (a markdown
 * header table, a CMS body under a front matter, a header flattened onto one line).
 */
heldOutGuard('eighth', 'tests/fixtures/realworld-heldout-8', 30, { type: 0.95, number: 1, date: 0.85, issuer: 0.9, level: 0.95, slogansRecall: 1, citationsPrecision: 1 });

/**
 * The ninth set (tests/fixtures/realworld-heldout-9, 30 page openings gathered 2026-12-07 by a
 * labeller who never ran the importer), scored once before any change made for it, on the
 * session's start and on main after the changes made for the eighth set — the same on both:
 * refused 3 of 18 directives, type 77.3 %, number 64.3 %, date 75.0 %, issuer 63.6 %, level 77.3 %,
 * slogans 50.0 / 25.0 %, citations 93.3 / 87.5 %.
 */
heldOutGuard('ninth', 'tests/fixtures/realworld-heldout-9', 30, { type: 0.9, number: 0.85, date: 1, issuer: 0.9, level: 1, slogansRecall: 1, citationsPrecision: 0.9 });

/**
 * The tenth set (tests/fixtures/realworld-heldout-10, 27 page openings gathered 2026-12-07 by a
 * labeller who never ran the importer), scored once before any change made for it, on the
 * session's start and on main with every change made for the eighth and ninth sets — the same on
 * both: refused 2 of 15 directives, type 72.2 %, number 58.3 %, date 90.0 %, issuer 77.8 %, level
 * 77.8 %, slogans 100 / 100 %, citations 100 / 100 %.
 */
heldOutGuard('tenth', 'tests/fixtures/realworld-heldout-10', 27, { type: 0.8, number: 0.8, date: 1, issuer: 0.85, level: 0.9, slogansRecall: 1, citationsPrecision: 1 });

/**
 * The eleventh set (tests/fixtures/realworld-heldout-11, 27 page openings gathered 2026-12-07 by a
 * labeller who never ran the importer), scored once before any change made for it, on the
 * session's start and on main with every change made for the eighth to tenth sets — the same on
 * both: refused 1 of 13 directives, type 78.6 %, number 85.7 %, date 100 %, issuer 71.4 %, level
 * 85.7 %, citations 100 / 100 %.
 */
heldOutGuard('eleventh', 'tests/fixtures/realworld-heldout-11', 27, { type: 0.85, number: 1, date: 1, issuer: 0.9, level: 0.85, citationsPrecision: 1 });

/**
 * The twelfth to fourteenth sets (tests/fixtures/realworld-heldout-12, -13, -14: 27, 33 and 24 texts
 * gathered 2026-12-07/08 by labellers who never ran the importer; 14 holds whole documents from
 * GitHub), each scored once before any change made for it — on 382cc26 and on main with the changes
 * made up to then, the same on both: 12 refused 1 of 13 directives, type 64.7 %, number 58.3 %,
 * date 62.5 %, issuer 81.3 %, level 82.4 %; 13 refused 1 of 21, type 79.2 %, number 57.1 %, date
 * 66.7 %, issuer 47.6 %, level 87.5 %, slogans 94.1 / 94.1 %; 14 refused 1 of 16, type 88.9 %,
 * number 45.5 %, date 75.0 %, issuer 56.3 %, level 83.3 %, citations 100 / 98.3 %.
 */
heldOutGuard('twelfth', 'tests/fixtures/realworld-heldout-12', 27, { type: 0.75, number: 0.8, date: 0.85, issuer: 0.85, level: 0.85, citationsPrecision: 1 });
heldOutGuard('thirteenth', 'tests/fixtures/realworld-heldout-13', 33, { type: 0.8, number: 0.7, date: 0.65, issuer: 0.6, level: 0.9, slogansRecall: 0.9, citationsPrecision: 1 });
heldOutGuard('fourteenth', 'tests/fixtures/realworld-heldout-14', 24, { type: 0.9, number: 0.8, date: 0.9, issuer: 0.85, level: 0.85, citationsPrecision: 0.98 });

/**
 * The fifteenth and sixteenth sets (31 and 27 texts gathered 2026-12-08, never read while the
 * importer was changed for the sets before them): each scored first on 382cc26, then on main at
 * the end of that session's work on sets 12–14 (c23b298 for 16, 278826d for 15):
 * 15 refused 1 → 1 of 19 directives, type 78.3 → 78.3 %, number 75.0 → 75.0 %, date 50.0 → 62.5 %,
 * issuer 61.9 → 66.7 %, level 65.2 → 69.6 %, slogans 50 / 71.4 %; 16 refused 2 → 1 of 12, type
 * 52.9 → 55.6 %, number 62.5 → 62.5 %, date 75.0 → 75.0 %, issuer 71.4 → 73.3 %, level 64.7 →
 * 72.2 %. The floors below keep those figures.
 */
heldOutGuard('fifteenth', 'tests/fixtures/realworld-heldout-15', 31, { type: 0.75, number: 0.7, date: 0.6, issuer: 0.6, level: 0.65, citationsPrecision: 1 });
heldOutGuard('sixteenth', 'tests/fixtures/realworld-heldout-16', 27, { type: 0.5, number: 0.6, date: 0.7, issuer: 0.7, level: 0.65, slogansRecall: 1, citationsPrecision: 1 });

/** Every slogan the importer reads is the text's own words, verbatim but for white space (a slogan is political material: never altered). */
describe('slogans are the text\'s own words', () => {
  const all = ['realworld', 'realworld-party', 'realworld-state', ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16].map((i) => `realworld-heldout${i === 1 ? '' : `-${i}`}`)];
  it.each(all)('%s', async (name) => {
    const folder = name === 'realworld' ? REALWORLD_DIR : join(ROOT, 'tests/fixtures', name);
    const fold = (s: string) => s.normalize('NFC').replace(/\s+/gu, ' ');
    for (const file of readdirSync(folder).filter((f) => /^\d\d_.*\.txt$/u.test(f))) {
      const { text, prediction } = await predictFile(join(folder, file));
      for (const slogan of prediction.slogans) expect(fold(text), `${name}/${file}`).toContain(fold(slogan));
    }
  }, 60_000);
});

/** A once-held-out set: its files all read, no crash, one directive refused at most, each figure at least its floor. */
function heldOutGuard(name: string, folder: string, files: number, floors: Partial<Record<'type' | 'number' | 'date' | 'issuer' | 'level' | 'slogansRecall' | 'citationsPrecision', number>>) {
  describe(`the importer on the ${name} once-held-out set`, () => {
    let result: FolderResult;
    beforeAll(async () => { result = await evaluateFolder(join(ROOT, folder)); }, 120_000);

    it(`${files} texts, no crash, one directive refused at most`, () => {
      expect(result.files).toHaveLength(files);
      expect(result.totals.crashed).toBe(0);
      expect(result.totals.refused).toBeLessThanOrEqual(1);
    });
    it.each(Object.entries(floors))('%s ≥ %s', (field, floor) => {
      expect(valueOf(result.totals[field as keyof typeof floors]) ?? 0).toBeGreaterThanOrEqual(floor!);
    });
  });
}
