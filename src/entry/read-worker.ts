/** A thread reading entry files (see read-pool.ts): the same readEntry as loadEntries, elsewhere. */
import { parentPort } from 'node:worker_threads';
import { readEntry, type EntryReading } from './load-entries.ts';

export interface ReadBatch { id: number; sources: Array<{ file: string; text: string }> }
export interface ReadReply { id: number; readings?: EntryReading[]; error?: string }

/** One file's reading; whatever goes wrong is that file's problem, never the whole batch's. */
function readOne(file: string, text: string): EntryReading {
  try {
    return readEntry(file, text);
  } catch (e) {
    return { problems: [{ file, line: 1, field: '(file)', message: `cannot be read: ${(e as Error).message}` }] };
  }
}

parentPort!.on('message', (batch: ReadBatch) => {
  let reply: ReadReply;
  try {
    reply = { id: batch.id, readings: batch.sources.map((s) => readOne(s.file, s.text)) };
  } catch (e) {
    reply = { id: batch.id, error: (e as Error).stack ?? String(e) };
  }
  parentPort!.postMessage(reply);
});
