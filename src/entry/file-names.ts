/**
 * Entry file names that work on every system the collection travels to. The name (without .mdx)
 * is the entry's id, its page's address (/van-ban/<id>/) and a file of the offline copy, so a name
 * that two systems read differently, that Windows or FAT32 refuse, or that a tool takes for an
 * option is refused when the content is read — not at the end, by `npm run package`.
 */
export interface NameProblem {
  file: string;
  message: string;
}

/** Characters Windows and FAT32 refuse in a name ("\" is their folder separator: "..\x" escapes). */
const BAD_CHARS = /[<>:"\\|?*\u0000-\u001f\u007f]/;
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;
/** UTF-8 bytes of a name most file systems allow (255), with room for ".html" and the like. */
const MAX_NAME_BYTES = 200;

/** What is wrong with one entry file name (the last part of its path). */
export function nameProblem(name: string): string | undefined {
  const bad = BAD_CHARS.exec(name)?.[0];
  if (bad) return `the name holds ${JSON.stringify(bad)}, which Windows and FAT32 refuse${bad === '\\' ? ' (their folder separator)' : ''}: rename the file`;
  if (name.startsWith('-')) return 'the name starts with "-", which command-line tools read as an option: rename the file';
  if (/[. ]\.mdx$/.test(name) || /^\s|\s\.mdx$/.test(name)) return 'the name starts or ends with a space or dot before ".mdx", which Windows drops: rename the file';
  if (RESERVED.test(name)) return 'the name is a device name on Windows (con, nul, com1…): rename the file';
  if (name.normalize('NFC') !== name) return `the name is not in composed Unicode (NFC), so it is another file on macOS and Linux: rename it to ${JSON.stringify(name.normalize('NFC'))}`;
  if (Buffer.byteLength(name) > MAX_NAME_BYTES) return `the name is ${Buffer.byteLength(name)} bytes long (at most ${MAX_NAME_BYTES}): rename the file`;
  return undefined;
}

/** Problems of a folder's entry files (paths): each bad name, and names equal but for case or Unicode form. */
export function fileNameProblems(files: readonly string[]): NameProblem[] {
  const problems: NameProblem[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    const name = file.split('/').at(-1)!; // on Linux "\\" is part of a name, not a separator
    const wrong = nameProblem(name);
    if (wrong) problems.push({ file, message: wrong });
    const key = name.normalize('NFC').toLowerCase();
    const other = seen.get(key);
    if (other) problems.push({ file, message: `the same name as ${other} on a disk that ignores case or Unicode form (Windows, macOS, FAT32): rename one` });
    else seen.set(key, file);
  }
  return problems;
}
