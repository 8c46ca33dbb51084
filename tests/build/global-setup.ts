/**
 * Builds the real site once for all build-output and browser tests; they read it with
 * `inject('dist')`. CHIDAO_TEST_DIST=<folder> reuses an existing build instead (faster when
 * iterating on tests). Vitest runs this setup once per project (build, browser), one after the
 * other in one process: the first build is handed to the next through CHIDAO_TEST_DIST.
 */
import type { TestProject } from 'vitest/node';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { astroBuild } from '../helpers/build.ts';

declare module 'vitest' {
  export interface ProvidedContext { dist: string }
}

export default function setup(project: TestProject) {
  let dist = process.env.CHIDAO_TEST_DIST;
  if (!dist) {
    dist = mkdtempSync(join(tmpdir(), 'chidao-dist-'));
    const r = astroBuild(dist);
    if (r.status !== 0) throw new Error(`astro build failed:\n${r.stdout}\n${r.stderr}`);
    process.env.CHIDAO_TEST_DIST = dist;
  }
  project.provide('dist', dist);
}
