/** A deflate thread for writeZip (zip.ts). */
import { compressEntry, type CompressedEntry, type DeflateJob } from './zip.ts';

export default function deflate(job: DeflateJob): CompressedEntry {
  return compressEntry(job.path, job.bytes);
}
