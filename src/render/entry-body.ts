/** Render an entry's body from its file at page-build time (the data store holds metadata only). */
import { readFileSync } from 'node:fs';
import { readEntryFile, formatProblem } from '../entry/entry-file.ts';
import { renderBody, type LinkSpan, type RenderedBody } from './body-html.ts';

export function renderEntryFile(file: string, links: readonly LinkSpan[] = []): RenderedBody {
  const entry = readEntryFile(file, readFileSync(file, 'utf8'));
  if (entry.problems.length || !entry.tree) {
    throw new Error(`cannot render ${file}:\n${entry.problems.map(formatProblem).join('\n')}`);
  }
  return renderBody(entry.tree, links);
}
