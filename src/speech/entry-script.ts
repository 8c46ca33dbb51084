/**
 * The loudspeaker script of an entry, read from its file at page-build time (as render/entry-body.ts
 * reads the body for the directive page): the body parsed and checked against the MDX allowlist.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatProblem, splitEntry } from '../entry/entry-file.ts';
import { checkBody, parseBody } from '../entry/body.ts';
import { scriptOfBody, type ScriptBlock } from './script.ts';

/** `file` is relative to the project (CHIDAO_ROOT, set by astro.config.mjs) or absolute. */
export function scriptOfEntryFile(file: string): ScriptBlock[] {
  const split = splitEntry(readFileSync(resolve(process.env.CHIDAO_ROOT ?? '.', file), 'utf8'));
  if (!split) throw new Error(`cannot read ${file}: no frontmatter block`);
  const tree = parseBody(split.body);
  const problems = checkBody(tree);
  if (problems.length) throw new Error(`cannot read ${file}:\n${problems.map((p) => formatProblem({ file, line: split.bodyLine + p.line - 1, field: 'body', message: p.message })).join('\n')}`);
  return scriptOfBody(tree);
}
