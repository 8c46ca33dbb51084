/** A thread reading entry files (see read-pool.ts): the same readEntry as loadEntries, elsewhere. */
import { parentPort } from 'node:worker_threads';
import { readEntry, type EntryReading } from './load-entries.ts';

export interface ReadBatch { id: number; sources: Array<{ file: string; text: string }> }
export interface ReadReply { id: number; readings?: EntryReading[]; error?: string }

parentPort!.on('message', (batch: ReadBatch) => {
  let reply: ReadReply;
  try {
    reply = { id: batch.id, readings: batch.sources.map((s) => readEntry(s.file, s.text)) };
  } catch (e) {
    reply = { id: batch.id, error: (e as Error).stack ?? String(e) };
  }
  parentPort!.postMessage(reply);
});
