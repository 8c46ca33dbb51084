/**
 * The two steps of the "nothing lost" audit for a share of the entries, stateless so any process
 * can run either (worker.ts, run.ts). `readEntries` reads and parses entry files (no build needed
 * yet: the build integration runs it while the pages are being built) and keeps of each paragraph
 * only a fingerprint (nothing-lost.ts printOf): 10,000 entries' texts would weigh hundreds of MB,
 * their fingerprints a few. `checkPages` reads their pages and compares; an entry whose page fails
 * the fingerprints is read again and audited text against text (auditDirectivePage) for the
 * messages.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
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
  /** Each entry's reading key (auditReadingKey), or null for one read with a problem: not kept. */
  keys: (string | null)[];
}

/** What the audit keeps of an entry between builds (run.ts), by auditReadingKey. */
export type AuditReadings = Record<string, Pick<ReadEntry, 'slogans' | 'prints'>>;

/**
 * The key of an entry's reading: its file name and exact text. The readings are kept in a file
 * named by the version of the code (entry-cache.ts codeVersion), so a change to the code reading
 * them starts afresh; only readings without problems are kept, so a problem's message always
 * comes from the current code.
 */
export const auditReadingKey = (file: string, text: string): string =>
  createHash('sha1').update(file).update('\u0000').update(text).digest('base64');

/** The readings kept by an earlier build, or none. */
export function loadAuditReadings(file: string | undefined): AuditReadings {
  if (!file) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as AuditReadings;
  } catch {
    return {}; // none yet, or unreadable: read everything
  }
}

/** Entries parsed between two turns of the event loop (readEntries). */
const PARSES_PER_TURN = 20;

/**
 * `kept`: the file of readings an earlier build kept (an entry whose file and text are unchanged
 * is not parsed again). The event loop turns every few parses: the MDX parser's (satteri 0.10)
 * native buffers are freed only by finalizers that run when it does, so a loop over 10,000
 * entries without a turn kept ~65 KB a parse (measured: 2,000 parses without a turn left 126 MB;
 * 6,000 with a turn every 50, 32 MB).
 */
export async function readEntries(files: readonly EntryFile[], kept?: string): Promise<ReadResult> {
  const known = loadAuditReadings(kept);
  const result: ReadResult = { problems: [], entries: [], keys: [] };
  let parsed = 0;
  for (const f of files) {
    if (parsed >= PARSES_PER_TURN) {
      parsed = 0;
      await new Promise((turned) => setImmediate(turned));
    }
    const text = readText(f.path);
    const key = auditReadingKey(f.file, text);
    const hit = Object.hasOwn(known, key) ? known[key] : undefined;
    if (hit) {
      result.entries.push({ ...f, slogans: hit.slogans, prints: hit.prints, readable: true });
      result.keys.push(key);
      continue;
    }
    const r = readAuditEntry(f.file, f.id, text);
    parsed++;
    if ('problem' in r) {
      result.problems.push(r.problem);
      result.entries.push({ ...f, slogans: [], prints: [], readable: false });
      result.keys.push(null);
    } else {
      result.entries.push({ ...f, slogans: r.entry.slogans, prints: paragraphPrints(r.entry.paragraphs, false), readable: true });
      result.keys.push(key);
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
