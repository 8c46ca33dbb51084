/**
 * Builds the real site once for all build-output and browser tests; they read it with
 * `inject('dist')`. CHIDAO_TEST_DIST=<folder> reuses an existing build instead (faster when
 * iterating on tests). Vitest runs this setup once per project (build, browser), one after the
 * other in one process: the first build is handed to the next through CHIDAO_TEST_DIST.
 */
import type { TestProject } from 'vitest/node';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { astroBuild } from '../helpers/build.ts';

declare module 'vitest' {
  export interface ProvidedContext { dist: string }
}

export default function setup(project: TestProject) {
  let dist = process.env.CHIDAO_TEST_DIST;
  let made: string | undefined;
  if (!dist) {
    dist = made = mkdtempSync(join(tmpdir(), 'chidao-dist-'));
    const r = astroBuild(dist);
    if (r.status !== 0) {
      rmSync(made, { recursive: true, force: true });
      throw new Error(`astro build failed:\n${r.stdout}\n${r.stderr}`);
    }
    process.env.CHIDAO_TEST_DIST = dist;
  }
  project.provide('dist', dist);
  // The build this setup made goes when the run ends (vitest calls the teardowns after every
  // project's tests); one given in CHIDAO_TEST_DIST by the caller is left alone.
  return () => {
    if (made) rmSync(made, { recursive: true, force: true });
  };
}
