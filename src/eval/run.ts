/**
 * One scored folder: its gold.json read and validated, every labelled file run through the tools
 * (predict.ts) and scored (score.ts), with the folder's totals.
 */
import { join } from 'node:path';
import { readGold } from './gold.ts';
import { predictFile } from './predict.ts';
import { scoreFile, type FileScore } from './score.ts';
import { totalsOf, type Totals } from './totals.ts';

export interface FolderResult {
  folder: string;
  files: FileScore[];
  totals: Totals;
}

/** A gold `source` that is a web address: where the text was published, as an office importing it knows. */
export const webAddressOf = (source: string) => (/^https?:\/\//i.test(source) ? source : undefined);

/**
 * `only`: gold keys ("15") to keep; all files when empty. `withAddress` (default): the importer is
 * told each text's web address (gold `source`), as `npm run import -- --url` or a saved page tells it.
 */
export async function evaluateFolder(folder: string, only: readonly string[] = [], withAddress = true): Promise<FolderResult> {
  const gold = readGold(folder).filter((g) => !only.length || only.includes(g.id));
  const files: FileScore[] = [];
  for (const g of gold) {
    const url = withAddress ? webAddressOf(g.source) : undefined;
    const { text, prediction } = await predictFile(join(folder, g.file), url);
    files.push(scoreFile(g, prediction, text));
  }
  return { folder, files, totals: totalsOf(files) };
}
