/**
 * Running a benchmark step as a child process and measuring it: wall time, CPU seconds, and peak
 * memory of the whole process tree (the child and everything it starts — Astro's Pagefind
 * service, sharp's threads, a worker pool — summed, sampled from /proc every 100 ms), plus when
 * each stage of the step began and ended (steps may print `::stage <name> start|end` lines on
 * stderr: see src/lib/stages.ts), so a stage's own peak can be read off the same samples.
 *
 * `time -v` reports only the largest single process it waited for (it missed Pagefind's 7 GB in
 * the peer benchmarks): sampling the tree sees both. Linux only (/proc).
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface Sample { t: number; rss: number }
export interface StageSpan { name: string; start: number; end: number }

export interface Measured {
  code: number;
  wallS: number;
  /** user + system CPU seconds of the child and its waited-for descendants. */
  cpuS: number;
  peakRss: number;
  samples: Sample[];
  stages: StageSpan[];
  stdout: string;
  stderr: string;
}

const PAGE = 4096;

/** RSS in bytes of pid and all its descendants. */
export function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command (which may contain spaces) — ppid is the 2nd, rss the 22nd.
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(name);
      const ppid = Number(rest[1]);
      rss.set(pid, Number(rest[21]) * PAGE);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid)!.push(pid);
    } catch { /* exited meanwhile */ }
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** user + system CPU seconds of this process's waited-for children so far (cutime + cstime). */
function childCpuSeconds(): number {
  const s = readFileSync('/proc/self/stat', 'utf8');
  const rest = s.slice(s.lastIndexOf(')') + 2).split(' ');
  return (Number(rest[13]) + Number(rest[14])) / 100;
}

/** Written by a measured step on stderr (src/lib/stages.ts): `::stage <name> start|end`. */
const STAGE_LINE = /^::stage (\S+) (start|end)$/;

export function runMeasured(cmd: string, args: string[], opts: { env?: NodeJS.ProcessEnv; cwd?: string; echo?: boolean } = {}): Promise<Measured> {
  const cpuBefore = childCpuSeconds();
  return new Promise((resolvePromise, reject) => {
    const t0 = performance.now();
    const now = () => (performance.now() - t0) / 1000;
    const child = spawn(cmd, args, { env: opts.env ?? process.env, cwd: opts.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const samples: Sample[] = [];
    const open = new Map<string, number>();
    const stages: StageSpan[] = [];
    let stdout = '';
    let stderr = '';
    let partial = '';
    const sample = () => { if (child.pid) samples.push({ t: now(), rss: treeRss(child.pid) }); };
    const timer = setInterval(sample, 100);
    child.stdout.on('data', (b: Buffer) => { stdout += b; if (opts.echo) process.stdout.write(b); });
    child.stderr.on('data', (b: Buffer) => {
      const text = partial + b.toString();
      const lines = text.split('\n');
      partial = lines.pop()!;
      for (const line of lines) {
        const m = STAGE_LINE.exec(line);
        if (!m) { stderr += `${line}\n`; if (opts.echo) process.stderr.write(`${line}\n`); continue; }
        if (m[2] === 'start') open.set(m[1]!, now());
        else stages.push({ name: m[1]!, start: open.get(m[1]!) ?? 0, end: now() });
      }
    });
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      resolvePromise({
        code: code ?? 1, wallS: now(), cpuS: childCpuSeconds() - cpuBefore,
        peakRss: Math.max(0, ...samples.map((s) => s.rss)), samples, stages, stdout, stderr: stderr + partial,
      });
    });
  });
}

/** The peak of the samples within [start, end] (a stage's own peak). */
export function peakBetween(samples: Sample[], start: number, end: number): number {
  let peak = 0;
  for (const s of samples) if (s.t >= start - 0.1 && s.t <= end + 0.1 && s.rss > peak) peak = s.rss;
  return peak;
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
