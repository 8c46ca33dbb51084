/**
 * Worker threads for pure-JavaScript work that would hold one core (drawing posters, rewriting
 * pages, deflating zip entries): `workerPool` on the calling side, `answerJobs` in the worker
 * module. Each job goes to the least busy thread; replies match their job by id, so jobs may finish
 * in any order. An error in a job rejects that job only, with the worker's message and stack.
 */
import { availableParallelism } from 'node:os';
import { parentPort, Worker, type Transferable } from 'node:worker_threads';

type Reply<R> = { id: number; ok: R } | { id: number; error: string };

export interface WorkerPool<J, R> {
  size: number;
  run(job: J, transfer?: Transferable[]): Promise<R>;
  close(): Promise<void>;
}

/** `size` threads running the worker module at `url` (which calls answerJobs); 0 threads is allowed, `run` then fails. */
export function workerPool<J, R>(url: URL, size = availableParallelism(), workerData?: unknown): WorkerPool<J, R> {
  const workers = Array.from({ length: size }, () => new Worker(url, { workerData }));
  const pending = new Map<number, { resolve: (r: R) => void; reject: (e: Error) => void }>();
  const load = new Map<Worker, number>(workers.map((w) => [w, 0]));
  let next = 0;
  for (const w of workers) {
    w.on('message', (reply: Reply<R>) => {
      load.set(w, load.get(w)! - 1);
      const p = pending.get(reply.id)!;
      pending.delete(reply.id);
      if ('error' in reply) p.reject(new Error(`worker thread (${url.pathname.split('/').pop()}): ${reply.error}`));
      else p.resolve(reply.ok);
    });
    w.on('error', (e) => { for (const p of pending.values()) p.reject(e); pending.clear(); });
  }
  return {
    size,
    run(job, transfer = []) {
      if (!workers.length) return Promise.reject(new Error('worker pool of size 0'));
      const id = next++;
      const w = workers.reduce((a, b) => (load.get(b)! < load.get(a)! ? b : a));
      load.set(w, load.get(w)! + 1);
      return new Promise<R>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        w.postMessage({ id, job }, transfer);
      });
    },
    async close() { await Promise.all(workers.map((w) => w.terminate())); },
  };
}

/** In a worker module: answer each job with `handle`'s result (its `transfer` buffers moved, not copied). */
export function answerJobs<J, R>(handle: (job: J) => R | Promise<R>, transfer: (r: R) => Transferable[] = () => []): void {
  parentPort!.on('message', async ({ id, job }: { id: number; job: J }) => {
    let reply: Reply<R>;
    let moved: Transferable[] = [];
    try {
      const ok = await handle(job);
      reply = { id, ok };
      moved = transfer(ok);
    } catch (e) {
      reply = { id, error: (e as Error).stack ?? String(e) };
    }
    parentPort!.postMessage(reply, moved);
  });
}
