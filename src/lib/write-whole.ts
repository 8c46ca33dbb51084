/** Writing a file whole or not at all. */
import { renameSync, rmSync, writeFileSync } from 'node:fs';

/**
 * The file whole or not at all: written beside it, then renamed over it. A full disk or a
 * cut-off write leaves the earlier file (or none), never a truncated text that still parses.
 */
export function writeWhole(path: string, content: string): void {
  const temporary = `${path}.${process.pid}.part`;
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, path);
  } catch (e) {
    rmSync(temporary, { force: true });
    throw e;
  }
}
