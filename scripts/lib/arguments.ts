/** A command line the script cannot read, said in one line (no stack trace). */
export function argumentsError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  const option = /'(-[^']*)'/.exec(err.message ?? '')?.[1];
  if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) {
    return `unknown option ${option}: a file whose name starts with "-" is written ./${option} (or after a lone --)`;
  }
  return `cannot read the command line: ${err.message ?? String(e)}`;
}
