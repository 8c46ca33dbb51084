/**
 * The two steps of the "nothing lost" audit for a share of the entries, stateless so any process
 * can run either (worker.ts, run.ts). `readEntries` reads and parses entry files (no build needed
 * yet: the build integration runs it while the pages are being built) and keeps of each paragraph
 * only a fingerprint (nothing-lost.ts printOf): 10,000 entries' texts would weigh hundreds of MB,
 * their fingerprints a few. `checkPages` reads their pages and compares; an entry whose page fails
 * the fingerprints is read again and audited text against text (auditDirectivePage) for the
 * messages.
 */
import { auditDirectivePage, pageKeepsPrints, paragraphPrints, type AuditEntry, type AuditProblem } from './nothing-lost.ts';
import { readAuditEntry, readDirectivePage, readText, type EntryFile } from './read-site.ts';

/** An entry as read: its file, its paragraphs' fingerprints and its slogans. */
export interface ReadEntry extends Pick<AuditEntry, 'id' | 'file' | 'slogans'> {
  path: string;
  prints: number[];
  /** False when the file could not be read (reported): only its page's existence is checked. */
  readable: boolean;
}

export interface ReadResult {
  problems: AuditProblem[];
  entries: ReadEntry[];
}

export function readEntries(files: readonly EntryFile[]): ReadResult {
  const result: ReadResult = { problems: [], entries: [] };
  for (const f of files) {
    const r = readAuditEntry(f.file, f.id, readText(f.path));
    if ('problem' in r) {
      result.problems.push(r.problem);
      result.entries.push({ ...f, slogans: [], prints: [], readable: false });
    } else {
      result.entries.push({ ...f, slogans: r.entry.slogans, prints: paragraphPrints(r.entry.paragraphs, false), readable: true });
    }
  }
  return result;
}

export function checkPages(dist: string, entries: readonly ReadEntry[]): AuditProblem[] {
  const problems: AuditProblem[] = [];
  for (const e of entries) {
    const page = readDirectivePage(dist, e.id);
    if (e.readable ? pageKeepsPrints(e.prints, page) : page !== undefined) continue;
    const html = page?.toString('utf8');
    const r = e.readable ? readAuditEntry(e.file, e.id, readText(e.path)) : undefined;
    const entry: AuditEntry = r && 'entry' in r ? r.entry : { id: e.id, file: e.file, paragraphs: [], slogans: [] };
    // The text comparison decides (the fingerprints only spare it on pages that pass).
    problems.push(...auditDirectivePage(entry, html));
  }
  return problems;
}
