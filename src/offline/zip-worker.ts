/** A deflate thread for writeZip (zip.ts). */
import { answerJobs } from '../lib/worker-pool.ts';
import { compressEntry, type CompressedEntry, type DeflateJob } from './zip.ts';

answerJobs<DeflateJob, CompressedEntry>((job) => compressEntry(job.path, job.bytes), (c) => [c.data.buffer as ArrayBuffer]);
