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

/** `only`: gold keys ("15") to keep; all files when empty. */
export async function evaluateFolder(folder: string, only: readonly string[] = []): Promise<FolderResult> {
  const gold = readGold(folder).filter((g) => !only.length || only.includes(g.id));
  const files: FileScore[] = [];
  for (const g of gold) {
    const { text, prediction } = await predictFile(join(folder, g.file));
    files.push(scoreFile(g, prediction, text));
  }
  return { folder, files, totals: totalsOf(files) };
}
