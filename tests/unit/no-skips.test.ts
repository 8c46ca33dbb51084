/**
 * Tests run on any clone, and never skip (issue 22): no absolute path to this machine's folders,
 * no skip, skipIf, todo or only. ../shared sits beside the repo wherever the tests run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/seeds.ts';

const testFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? (d.name === 'fixtures' ? [] : testFiles(join(dir, d.name))) : /\.ts$/.test(d.name) ? [join(dir, d.name)] : []);

describe('the test suite', () => {
  const files = testFiles(join(ROOT, 'tests'));
  it('finds the test files', () => expect(files.length).toBeGreaterThan(40));
  it.each(files.map((f) => relative(ROOT, f)))('%s: no skip, no absolute path to a machine folder', (file) => {
    const text = readFileSync(join(ROOT, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    expect(text).not.toMatch(/\b(?:describe|it|test)\.(?:skip|skipIf|todo|only|runIf)\b/);
    expect(text).not.toMatch(/['"`]\/work\//);
  });
});
