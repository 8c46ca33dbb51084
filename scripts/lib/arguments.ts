/**
 * The command line of every script, read by node:util parseArgs (strict: an unknown flag or a
 * missing value is an error). A script states its usage once; `readCommandLine` adds --help (-h),
 * which prints the usage and exits 0, and answers a command line it cannot read with one line
 * naming the fault, then the usage, exit code 2 — before any work starts. `usageError` does the
 * same for what parseArgs cannot check (a missing folder, a count that is not a number).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A command line the script cannot read, said in one line (no stack trace). */
export function argumentsError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  const option = /'(-[^']*)'/.exec(err.message ?? '')?.[1];
  if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) {
    return `unknown option ${option}: a file whose name starts with "-" is written ./${option} (or after a lone --)`;
  }
  return `cannot read the command line: ${err.message ?? String(e)}`;
}

/** Says what is wrong with the command line, then the usage; exit code 2. */
export function usageError(usage: string, message: string): never {
  process.stderr.write(`${message}\n${usage}\n`);
  process.exit(2);
}

type Options = NonNullable<ParseArgsConfig['options']>;
type Config<O extends Options> = { options: O; allowPositionals?: boolean; args?: string[] };
type WithHelp<O extends Options> = O & { help: { type: 'boolean'; short: 'h' } };

/** The script's arguments (process.argv by default) read against `config`, with --help added. */
export function readCommandLine<O extends Options>(usage: string, config: Config<O>) {
  const options = { ...config.options, help: { type: 'boolean', short: 'h' } } as WithHelp<O>;
  let parsed;
  try {
    parsed = parseArgs({ args: config.args ?? process.argv.slice(2), options, allowPositionals: config.allowPositionals ?? false, strict: true });
  } catch (e) {
    usageError(usage, argumentsError(e));
  }
  if ((parsed.values as { help?: boolean }).help) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  return parsed;
}

/** An option's value as a number (integer unless `fraction`), at least `min`; else the usage. */
export function numberOption(usage: string, name: string, value: string | undefined, { min = 0, fraction = false } = {}): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || (!fraction && !Number.isInteger(n)) || n < min) {
    usageError(usage, `--${name} ${JSON.stringify(value)}: expected ${fraction ? 'a number' : 'a whole number'} of at least ${min}`);
  }
  return n;
}
