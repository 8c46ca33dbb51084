/**
 * Builds the real site once for all build-output tests; they read it with `inject('dist')`.
 * CHIDAO_TEST_DIST=<folder> reuses an existing build instead (faster when iterating on tests).
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
  }
  project.provide('dist', dist);
}
