/**
 * The offline copy of the shared test build (`inject('dist')`), packaged once per test file into a
 * temporary folder with the same code as `npm run package` (src/offline/package.ts).
 */
import { join } from 'node:path';
import { packageOffline, writeOffline, type PackageResult } from '../../src/offline/package.ts';
import { tempDir } from './temp.ts';

export interface OfflineCopy { dir: string; zip: string; result: PackageResult; seconds: number; zipBytes: number }

export async function makeOfflineCopy(dist: string): Promise<OfflineCopy> {
  const t0 = performance.now();
  const result = await packageOffline(dist);
  if (result.problems.length) throw new Error(`offline copy refused:\n${result.problems.slice(0, 20).join('\n')}`);
  const tmp = tempDir('offline');
  const dir = join(tmp, 'ban sao USB'); // a space in the path, as on real sticks ("USB DISK")
  const zip = join(tmp, 'chidao-offline.zip');
  const { zipBytes } = await writeOffline(result.files, dir, zip);
  return { dir, zip, result, seconds: (performance.now() - t0) / 1000, zipBytes };
}
