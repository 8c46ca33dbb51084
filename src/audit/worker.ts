/**
 * A helper process of the "nothing lost" audit (run.ts): runs the steps of part.ts it is sent
 * over IPC. Replies are small: problems, slogans and paragraph fingerprints. It ends with the
 * process that started it.
 */
import { checkPages, readEntries, type ReadEntry } from './part.ts';
import type { EntryFile } from './read-site.ts';

export type AuditJob = { kind: 'read'; files: EntryFile[] } | { kind: 'check'; dist: string; entries: ReadEntry[] };
export type AuditReply = { ok: unknown } | { error: string };

if (process.send) {
  process.on('disconnect', () => process.exit(0));
  process.on('message', (job: AuditJob) => {
    let reply: AuditReply;
    try {
      reply = { ok: job.kind === 'read' ? readEntries(job.files) : checkPages(job.dist, job.entries) };
    } catch (e) {
      reply = { error: (e as Error).stack ?? String(e) };
    }
    process.send!(reply);
  });
}
