/** A thread reading entry files (see read-pool.ts): the same readEntry as loadEntries, elsewhere. */
import { readEntry, type EntryReading } from './load-entries.ts';

export type ReadBatch = Array<{ file: string; text: string }>;

/** One file's reading; whatever goes wrong is that file's problem, never the whole batch's. */
function readOne(file: string, text: string): EntryReading {
  try {
    return readEntry(file, text);
  } catch (e) {
    return { problems: [{ file, line: 1, field: '(file)', message: `cannot be read: ${(e as Error).message}` }] };
  }
}

export default function readBatch(sources: ReadBatch): EntryReading[] {
  return sources.map((s) => readOne(s.file, s.text));
}
