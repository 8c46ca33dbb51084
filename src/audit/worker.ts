/**
 * A helper process of the "nothing lost" audit (run.ts, on src/lib/process-pool.ts): runs the
 * step of part.ts it is sent. Replies are small: problems, slogans and paragraph fingerprints.
 */
import { checkPages, readEntries, type ReadEntry, type ReadResult } from './part.ts';
import type { EntryFile } from './read-site.ts';
import type { AuditProblem } from './nothing-lost.ts';

export type AuditJob = { kind: 'read'; files: EntryFile[]; kept?: string } | { kind: 'check'; dist: string; entries: ReadEntry[] };

export default function auditStep(job: AuditJob): Promise<ReadResult> | AuditProblem[] {
  return job.kind === 'read' ? readEntries(job.files, job.kept) : checkPages(job.dist, job.entries);
}
