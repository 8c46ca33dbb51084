/**
 * npm run eval:import -- <folder> [<folder> …] [--only NN] [--verbose] [--explain] [--json FILE|-] [--check] [--without-address]
 *
 * Scores the importer and the citation finder against folders that hold a gold.json in the
 * ../shared/realworld format (its README, "How to score"): a table per file, totals per folder and
 * over all folders, with issue 17's targets marked met or missed.
 *   --only NN    score only the file(s) with this gold key (repeat, or "13,15")
 *   --verbose    after each table, every mismatch per file: gold vs predicted, the line of each
 *                false-positive citation, and the importer's warnings on the fields it got wrong
 *   --explain    print how each number is computed (with no folder: only that)
 *   --json FILE  write the whole result as JSON to FILE ("-": stdout, and the tables go to stderr)
 *   --check      exit 1 when a target is missed (for CI); otherwise the exit code is 0
 *   --without-address  do not tell the importer each text's web address (gold `source`); by
 *                default it is told, as an office importing a page knows where it came from
 * Exit code 2: bad arguments, or a gold.json that does not validate (each problem named).
 */
import { writeFileSync } from 'node:fs';
import { GoldError } from '../src/eval/gold.ts';
import { evaluateFolder, type FolderResult } from '../src/eval/run.ts';
import { DEFINITIONS, fileTable, mismatches, totalsTable } from '../src/eval/table.ts';
import { TARGETS, targetMet, totalsOf } from '../src/eval/totals.ts';
import { readCommandLine } from './lib/arguments.ts';

interface Args { folders: string[]; only: string[]; verbose: boolean; explain: boolean; json?: string; check: boolean; withAddress: boolean }

const USAGE = 'usage: npm run eval:import -- <folder> [<folder> …] [--only NN] [--verbose] [--explain] [--json FILE|-] [--check] [--without-address]';

function readArgs(): Args {
  const { values: v, positionals } = readCommandLine(USAGE, {
    options: {
      only: { type: 'string', multiple: true, default: [] },
      verbose: { type: 'boolean', short: 'v', default: false },
      explain: { type: 'boolean', default: false },
      json: { type: 'string' },
      check: { type: 'boolean', default: false },
      'without-address': { type: 'boolean', default: false },
    },
    allowPositionals: true,
  });
  return {
    folders: positionals,
    only: v.only.flatMap((o) => o.split(',')).map((s) => s.trim()).filter(Boolean),
    verbose: v.verbose,
    explain: v.explain,
    check: v.check,
    withAddress: !v['without-address'],
    ...(v.json === undefined ? {} : { json: v.json }),
  };
}

async function main(): Promise<number> {
  const args = readArgs();
  // With --json -, stdout carries the JSON: the tables go to stderr.
  const print = args.json === '-' ? (s: string) => console.error(s) : (s: string) => console.log(s);
  if (args.explain) print(`${DEFINITIONS}\n`);
  if (!args.folders.length) {
    if (args.explain) return 0;
    console.error(USAGE);
    return 2;
  }
  const results: FolderResult[] = [];
  for (const folder of args.folders) {
    try {
      results.push(await evaluateFolder(folder, args.only, args.withAddress));
    } catch (e) {
      if (e instanceof GoldError) {
        console.error(e.message);
        return 2;
      }
      throw e;
    }
  }
  const scored = new Set(results.flatMap((r) => r.files.map((f) => f.id)));
  const unknown = args.only.filter((id) => !scored.has(id));
  if (unknown.length) {
    console.error(`--only: no file labelled ${unknown.map((id) => JSON.stringify(id)).join(', ')} in ${args.folders.join(', ')}`);
    return 2;
  }
  for (const r of results) {
    print(`== ${r.folder} — ${r.files.length} file${r.files.length === 1 ? '' : 's'}\n`);
    print(fileTable(r.files));
    if (args.verbose) {
      const details = r.files.map(mismatches).filter(Boolean);
      print(`\nMismatches (gold vs predicted)\n${details.length ? details.join('\n\n') : 'none'}`);
    }
    print(`\nTotals — ${r.folder}\n${totalsTable(r.totals)}\n`);
  }
  const all = totalsOf(results.flatMap((r) => r.files));
  if (results.length > 1) print(`== Totals over ${results.length} folders (${all.files} files)\n${totalsTable(all)}\n`);
  if (!args.explain) print('(--explain: how each number is computed)');
  if (args.json !== undefined) {
    const json = JSON.stringify({ folders: results, totals: all, targets: TARGETS.map((t) => ({ ...t, met: targetMet(t, all) })) }, null, 2);
    if (args.json === '-') console.log(json);
    else writeFileSync(args.json, `${json}\n`);
  }
  const missed = TARGETS.some((t) => targetMet(t, all) === false);
  return args.check && missed ? 1 : 0;
}

process.exitCode = await main();
