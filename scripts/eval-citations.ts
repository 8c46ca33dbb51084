/**
 * Recall and precision of the citation finder on the synthetic corpus.
 *
 *   node scripts/eval-citations.ts [--count 300] [--seed 1] [--format txt|md] [--perturb RATE]
 *                                  [--dir DIR] [--generator make-corpus.mjs] [--json FILE] [--show 10]
 *
 * Generates a corpus with ../shared/bench/make-corpus.mjs (or reads an existing one with --dir),
 * runs findCitations over every text and compares the NUMBERED citations with the ground truth.
 * The readable summary goes to stderr, the JSON report to stdout (or to --json FILE).
 *
 * What the ground truth is (read from make-corpus.mjs):
 *  - manifest.json `.directives[].cites[]` lists every citation the generator wrote of ANOTHER
 *    GENERATED directive, one entry per written mention (the "Thực hiện …" opener, and each inline
 *    "Thực hiện theo / Bám sát tinh thần / Tiếp tục triển khai thực hiện …" sentence; the same
 *    target cited twice is listed twice), with its date, or `date: null` when the mention has none.
 *  - It does NOT list: the directive's own number in its "Số: …" header line; citations of real
 *    documents copied in with the seed paragraphs ("Nghị quyết số 18-NQ/TW", "Quyết định số
 *    238-QĐ/TW", …); the real documents of the fallback openers (EXTERNAL_OPENERS); and the
 *    numbers inside generated subjects ("Chỉ thị số 05-CT/TW"), which also reappear after "về"
 *    when a directive is cited. These are the BACKGROUND: every written occurrence of one of
 *    those printed numbers is expected once (counted literally in the text, minus the manifest
 *    citations and the header with the same key, since a generated directive may bear the same
 *    number: "05-CT/TW" of the Ban Bí thư).
 *
 * Scoring, per directive (numbers compared by numberKey, so "18-NQ/TW" = "18/NQ-TW"):
 *  1. The header ("Số: …" on its own line, flagged `header` by the finder) is set aside; it must
 *     be the directive's own number, anything else found there is a false positive.
 *  2. Manifest citations are matched to found ones with the same key and the same date (a
 *     dateless manifest citation to a dateless found one); what is left is matched on the key
 *     alone and counted as a date error.
 *  3. Found citations left over are matched against the background; the rest are false positives.
 * recall = matched manifest citations / manifest citations; precision = (matched manifest +
 * matched background) / numbered citations found outside the header.
 *
 * --perturb RATE (0–1) rewrites each text the way real reposts differ from clean ones, each place
 * with probability RATE, before the finder reads it: numbers "18-NQ/TW" → "18/NQ-TW", "18 - NQ/TW",
 * "18–NQ/TW", "18-\nNQ/TW"; dates "ngày 6/11/2024" → "ngày 06 tháng 11 năm 2024" (sometimes with
 * a line break), "(6/11/2024)", ", 6/11/2024", "ngày25/10/2017"; "Nghị quyết số" → "Nghị quyết",
 * "nghị quyết số", "NGHỊ QUYẾT SỐ"; and a tenth of the texts to NFD. None of these changes a
 * number's key or a date's value, so the manifest stays the ground truth.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findCitations, type Citation } from '../src/citations/find.ts';
import { numberKey } from '../src/model/document-number.ts';
import { numberOption, readCommandLine, usageError } from './lib/arguments.ts';

interface ManifestCite { number: string; date: string | null; role: string; target: string }
interface ManifestDirective { file: string; number: string | null; date: string; cites: ManifestCite[]; collidesWith: string | null }

/**
 * Real documents the generator writes without listing them: the citations in the three seeds'
 * body paragraphs, the EXTERNAL_OPENERS and the subjects. Printed exactly as the generator prints them.
 */
const BACKGROUND = [
  // seeds 000, 001, 004
  '10070-CV/BTGTW', '18-NQ/TW', '04-KH/BCĐ', '05-CV/BCĐ', '27-NQ/TW', '168-HD/BTGTW', '112/CĐ-TTg', '115/CĐ-TTg',
  '511/TB-VPCP', '42/CT-TTg', '111/CĐ-TTg', '173-HD/BTGTW', '238-QĐ/TW', '06-HD/BTGDVTU', '29-NQ/TW', '19-NQ/TW',
  '69-NQ/TW',
  // EXTERNAL_OPENERS and subjects
  '03-CT/TW', '05-CT/TW', '35-NQ/TW',
];
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const BACKGROUND_RES = BACKGROUND.map((p) => ({ key: numberKey(p), re: new RegExp(`(?<![\\p{L}\\p{N}/\\-])${escapeRe(p)}(?![\\p{L}\\p{N}])`, 'gu') }));

interface Args { count: number; seed: string; format: 'txt' | 'md'; perturb: number; dir?: string; generator: string; json?: string; show: number }

const USAGE = `usage: node scripts/eval-citations.ts [--count 300] [--seed 1] [--format txt|md] [--perturb RATE]
                                  [--dir DIR] [--generator make-corpus.mjs] [--json FILE] [--show 10]`;

function readArgs(): Args {
  const here = dirname(fileURLToPath(import.meta.url));
  const { values: v } = readCommandLine(USAGE, {
    options: {
      count: { type: 'string', default: '300' },
      seed: { type: 'string', default: '1' },
      format: { type: 'string', default: 'txt' },
      perturb: { type: 'string', default: '0' },
      dir: { type: 'string' },
      generator: { type: 'string', default: resolve(here, '../../shared/bench/make-corpus.mjs') },
      json: { type: 'string' },
      show: { type: 'string', default: '10' },
    },
  });
  if (v.format !== 'txt' && v.format !== 'md') usageError(USAGE, `--format ${JSON.stringify(v.format)}: expected txt or md`);
  const perturb = numberOption(USAGE, 'perturb', v.perturb, { fraction: true })!;
  if (perturb > 1) usageError(USAGE, `--perturb ${perturb}: a rate from 0 to 1`);
  return {
    count: numberOption(USAGE, 'count', v.count, { min: 1 })!,
    seed: v.seed,
    format: v.format,
    perturb,
    generator: v.generator,
    show: numberOption(USAGE, 'show', v.show)!,
    ...(v.dir === undefined ? {} : { dir: v.dir }),
    ...(v.json === undefined ? {} : { json: v.json }),
  };
}

// ---------------------------------------------------------------------------------------------
// Repost-style perturbations (--perturb).

/** mulberry32: a small deterministic PRNG. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TYPE_WORDS = 'Công văn|Hướng dẫn|Kế hoạch|Thông báo|Chỉ thị|Công điện|Nghị quyết|Quyết định|Kết luận';
const pad2 = (n: string) => n.padStart(2, '0');

/** Edits made by perturb(), for the report. */
const edits = { dates: 0, typeWords: 0, numbers: 0, nfd: 0 };

function perturb(text: string, rate: number, seed: number): string {
  const r = rng(seed);
  let kind: keyof typeof edits = 'dates';
  const hit = () => {
    const yes = r() < rate;
    if (yes) edits[kind]++;
    return yes;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  let t = text;
  // Dates right after a number (the citation's own date), written other ways.
  t = t.replace(/(?<=\p{L})(,? )ngày (\d{1,2})\/(\d{1,2})\/(\d{4})/gu, (m, lead: string, d: string, mo: string, y: string) => {
    if (!hit()) return m;
    return pick([
      `${lead}ngày ${pad2(d)} tháng ${pad2(mo)} năm ${y}`,
      `${lead}ngày ${d} tháng ${mo}\nnăm ${y}`,
      ` (${d}/${mo}/${y})`,
      `, ${d}/${mo}/${y}`,
      `${lead}ngày${d}/${mo}/${y}`,
    ]);
  });
  // Type words: without "số", lower case, upper case.
  kind = 'typeWords';
  t = t.replace(new RegExp(`(${TYPE_WORDS}) số (?=\\d)`, 'gu'), (m, w: string) => {
    if (!hit()) return m;
    return pick([`${w} `, `${w.toLowerCase()} số `, `${w.toUpperCase()} SỐ `]);
  });
  // Numbers: Party ↔ State order, spaced hyphens, en dashes, a line wrapped after the hyphen.
  kind = 'numbers';
  t = t.replace(/(?<![\p{L}\p{N}/])(\d{1,5})-(\p{Lu}[\p{L}]*)\/(\p{Lu}[\p{L}\d]*)(?![\p{L}\p{N}\-/])/gu, (m, n: string, a: string, b: string) => {
    if (!hit()) return m;
    return pick([`${n}/${a}-${b}`, `${n} - ${a}/${b}`, `${n}–${a}/${b}`, `${n}-\n${a}/${b}`, `${n} -${a}/ ${b}`]);
  });
  t = t.replace(/(?<![\p{L}\p{N}/])(\d{1,5})\/(\p{Lu}[\p{L}]*)-(\p{Lu}[\p{L}\d]*)(?![\p{L}\p{N}\-/])/gu, (m, n: string, a: string, b: string) => {
    if (!hit()) return m;
    return pick([`${n}-${a}/${b}`, `${n}/${a} - ${b}`, `${n}/${a}–${b}`]);
  });
  kind = 'nfd';
  return r() < rate / 5 && hit() ? t.normalize('NFD') : t;
}

/** A sample of a problem, with the line it is on. */
interface Sample { file: string; line: number; what: string; context: string }

function hashOf(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

function lineOf(text: string, offset: number): { line: number; context: string } {
  const line = text.slice(0, offset).split('\n').length;
  const from = Math.max(0, offset - 70);
  return { line, context: text.slice(from, offset + 110).replace(/\s+/g, ' ') };
}

function main(): void {
  const args = readArgs();
  let dir = args.dir;
  let tmp: string | undefined;
  if (!dir) {
    tmp = mkdtempSync(join(tmpdir(), 'chidao-corpus-'));
    dir = tmp;
    const r = spawnSync(process.execPath, [args.generator, '--count', String(args.count), '--seed', args.seed, '--out', dir, '--format', args.format], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`make-corpus failed (${r.status}): ${r.stderr}`);
  }
  try {
    report(args, dir);
  } finally {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }
}

function report(args: Args, dir: string): void {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { directives: ManifestDirective[] };
  const directives = args.dir ? manifest.directives : manifest.directives.slice(0, args.count);

  const t = {
    directives: directives.length,
    bytes: 0,
    ms: 0,
    expected: 0, // manifest citations
    matched: 0, // key and date right
    dateWrong: 0, // key right, date missing / extra / different
    missed: 0,
    byRole: {} as Record<string, { expected: number; matched: number; dateWrong: number }>,
    backgroundExpected: 0,
    backgroundFound: 0,
    headers: { expected: 0, found: 0, wrong: 0 },
    found: 0, // numbered, outside the header
    falsePositives: 0,
    nameOnly: 0,
  };
  const misses: Sample[] = [];
  const dateErrors: Sample[] = [];
  const falsePositives: Sample[] = [];
  const backgroundMisses: Sample[] = [];

  for (const d of directives) {
    // md: the frontmatter title names the directive itself; the finder reads entry bodies.
    const clean = readFileSync(join(dir, d.file), 'utf8').normalize('NFC').replace(/^---\n[\s\S]*?\n---\n/, '');
    const input = args.perturb ? perturb(clean, args.perturb, hashOf(d.file) ^ Number(args.seed)) : clean;
    const text = input.normalize('NFC'); // offsets of the found citations refer to the NFC text
    t.bytes += Buffer.byteLength(text);
    const t0 = performance.now();
    const cs = findCitations(input);
    t.ms += performance.now() - t0;

    t.nameOnly += cs.filter((c) => c.form === 'name-only').length;
    const numbered = cs.filter((c) => c.number && c.number.seq !== null);
    const header = numbered.filter((c) => c.header);
    if (d.number) t.headers.expected += /^(?:Số|SỐ): /m.test(clean) ? 1 : 0;
    for (const h of header) {
      if (d.number && h.number!.key === numberKey(d.number)) t.headers.found++;
      else {
        t.headers.wrong++;
        falsePositives.push({ file: d.file, ...lineOf(text, h.start), what: `header ${h.raw}` });
      }
    }
    const pool = numbered.filter((c) => !c.header);
    t.found += pool.length;
    const used = new Set<Citation>();
    const take = (pred: (c: Citation) => boolean) => {
      const c = pool.find((x) => !used.has(x) && pred(x));
      if (c) used.add(c);
      return c;
    };

    const expected = d.cites.map((c) => ({ ...c, key: numberKey(c.number) }));
    const open = new Set(expected);
    // exact: key and date (or no date on either side)
    for (const e of expected) {
      if (take((c) => c.number!.key === e.key && (c.date ?? null) === e.date)) open.delete(e);
    }
    for (const e of expected) {
      const role = (t.byRole[e.role] ??= { expected: 0, matched: 0, dateWrong: 0 });
      role.expected++;
      t.expected++;
      if (!open.has(e)) {
        role.matched++;
        t.matched++;
        continue;
      }
      const c = take((x) => x.number!.key === e.key);
      if (c) {
        role.dateWrong++;
        t.dateWrong++;
        dateErrors.push({ file: d.file, ...lineOf(text, c.start), what: `${e.number}: expected date ${e.date}, found ${c.date ?? 'none'} in "${c.raw}"` });
      } else {
        t.missed++;
        // Where it is written: the first place its key is (the printed form may have been perturbed).
        const seq = /^\d+/.exec(e.number)?.[0] ?? '';
        const at = [...text.matchAll(new RegExp(`(?<!\\d)0*${seq}(?!\\d)`, 'g'))].find((m) => numberKey(text.slice(m.index, m.index + e.number.length + 4)).startsWith(e.key))?.index ?? -1;
        misses.push({ file: d.file, ...(at >= 0 ? lineOf(text, at) : { line: 0, context: '(not found as written)' }), what: `${e.role} ${e.number} ${e.date ?? ''}` });
      }
    }

    // background: every literal occurrence of a real document's number
    const manifestKeys = new Map<string, number>();
    for (const e of expected) manifestKeys.set(e.key, (manifestKeys.get(e.key) ?? 0) + 1);
    for (const h of header) manifestKeys.set(h.number!.key, (manifestKeys.get(h.number!.key) ?? 0) + 1); // the own number may be a real one's
    const bgCount = new Map<string, number>();
    for (const { key, re } of BACKGROUND_RES) {
      const n = [...clean.matchAll(re)].length - (manifestKeys.get(key) ?? 0); // rewritten one for one by --perturb
      if (n > 0) bgCount.set(key, (bgCount.get(key) ?? 0) + n);
    }
    for (const n of bgCount.values()) t.backgroundExpected += n;
    for (const { re } of args.perturb ? [] : BACKGROUND_RES) { // offsets of the clean text
      for (const m of text.matchAll(re)) {
        if (!numbered.some((c) => c.start <= m.index && m.index < c.end)) backgroundMisses.push({ file: d.file, ...lineOf(text, m.index), what: m[0] });
      }
    }
    for (const c of pool) {
      if (used.has(c)) continue;
      const left = bgCount.get(c.number!.key) ?? 0;
      if (left > 0) {
        bgCount.set(c.number!.key, left - 1);
        t.backgroundFound++;
      } else {
        t.falsePositives++;
        falsePositives.push({ file: d.file, ...lineOf(text, c.start), what: c.raw });
      }
    }
  }

  const pct = (a: number, b: number) => (b ? Math.round((1e4 * a) / b) / 100 : 100);
  const result = {
    corpus: { directives: t.directives, mib: Math.round((t.bytes / 1048576) * 10) / 10, seed: args.seed, format: args.format, perturb: args.perturb },
    recall: pct(t.matched, t.expected), // key and date right
    recallByKey: pct(t.matched + t.dateWrong, t.expected),
    precision: pct(t.matched + t.dateWrong + t.backgroundFound, t.found),
    backgroundRecall: pct(t.backgroundFound, t.backgroundExpected),
    counts: {
      expected: t.expected,
      matched: t.matched,
      dateWrong: t.dateWrong,
      missed: t.missed,
      byRole: t.byRole,
      backgroundExpected: t.backgroundExpected,
      backgroundFound: t.backgroundFound,
      found: t.found,
      falsePositives: t.falsePositives,
      headers: t.headers,
      nameOnlyFound: t.nameOnly,
    },
    ...(args.perturb ? { perturbations: edits } : {}),
    msPerMiB: Math.round(t.ms / (t.bytes / 1048576)),
    samples: {
      misses: misses.slice(0, args.show),
      dateErrors: dateErrors.slice(0, args.show),
      falsePositives: falsePositives.slice(0, args.show),
      backgroundMisses: backgroundMisses.slice(0, args.show),
    },
  };

  const json = JSON.stringify(result, null, 2);
  if (args.json) writeFileSync(args.json, json + '\n');
  else process.stdout.write(json + '\n');

  const lines = [
    `citation finder on ${t.directives} synthetic directives (${args.format}, ${result.corpus.mib} MiB, seed ${args.seed}${args.perturb ? `, perturbed at ${args.perturb}` : ''}):`,
    `  recall     ${result.recall}% (${t.matched}/${t.expected} manifest citations with key and date right; ${result.recallByKey}% by key alone)`,
    `  precision  ${result.precision}% (${t.matched + t.dateWrong + t.backgroundFound}/${t.found} numbered citations found are real; ${t.falsePositives} false positives)`,
    `  background ${result.backgroundRecall}% (${t.backgroundFound}/${t.backgroundExpected} mentions of real documents not in the manifest)`,
    `  headers    ${t.headers.found}/${t.headers.expected} own "Số:" numbers flagged as header, ${t.headers.wrong} wrong`,
    ...Object.entries(t.byRole).map(([role, r]) => `  ${role.padEnd(10)} ${r.matched}/${r.expected} exact, ${r.dateWrong} with a wrong date`),
    `  name-only  ${t.nameOnly} references found (not in the manifest, not scored)`,
    ...(args.perturb ? [`  perturbed  ${edits.numbers} numbers, ${edits.dates} dates, ${edits.typeWords} type words rewritten; ${edits.nfd} texts in NFD`] : []),
    `  speed      ${result.msPerMiB} ms per MiB`,
  ];
  for (const [title, list] of [['missed', misses], ['date errors', dateErrors], ['false positives', falsePositives], ['background missed', backgroundMisses]] as const) {
    if (!list.length) continue;
    lines.push(`  ${title} (first ${Math.min(list.length, args.show)} of ${list.length}):`);
    for (const s of list.slice(0, args.show)) lines.push(`    ${s.file}:${s.line}: ${s.what}\n      …${s.context}…`);
  }
  process.stderr.write(lines.join('\n') + '\n');
}

main();
