/** A deflate thread for writeZip (zip.ts): compresses the entries it is sent, in the order sent. */
import { parentPort } from 'node:worker_threads';
import { compressEntry } from './zip.ts';

parentPort!.on('message', (m: { id: number; path: string; bytes: Uint8Array }) => {
  const c = compressEntry(m.path, m.bytes);
  parentPort!.postMessage({ id: m.id, ...c }, [c.data.buffer as ArrayBuffer]);
});
