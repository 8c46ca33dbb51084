/**
 * Temporary folders for tests, removed when the test file is done: `tempDir('args')` makes an
 * empty folder `chidao-args-XXXXXX` under the system temp folder (TMPDIR), and an afterAll this
 * module registers removes every folder made in the file. Importing the module (directly, or
 * through a helper that does) is what registers the hook: vitest evaluates it once per test file
 * and attaches a top-level hook to that file.
 *
 * Test runs used to leave their folders behind (hundreds per full run); the common `chidao-`
 * prefix makes any that still appear easy to find and count.
 */
import { afterAll } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];

/** A new empty folder `<tmpdir>/chidao-<name>-XXXXXX`, removed after the test file's tests. */
export function tempDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `chidao-${name}-`));
  made.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});
