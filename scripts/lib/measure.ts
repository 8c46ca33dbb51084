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
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface Sample { t: number; rss: number }
/** One process of the tree: its command (shortened) and RSS in bytes. */
export interface ProcessRss { pid: number; command: string; rss: number }
export interface StageSpan { name: string; start: number; end: number }

export interface Measured {
  code: number;
  wallS: number;
  /** user + system CPU seconds of the child and its waited-for descendants. */
  cpuS: number;
  peakRss: number;
  /** The tree's processes at the sample of its peak, largest first: which process held what. */
  atPeak: ProcessRss[];
  /** Each process's own peak over the run (not at the same moment), largest first. */
  processPeaks: ProcessRss[];
  samples: Sample[];
  stages: StageSpan[];
  stdout: string;
  stderr: string;
}

const PAGE = 4096;

/** RSS in bytes of pid and all its descendants. */
export function treeRss(root: number): number {
  return treeProcesses(root).reduce((n, p) => n + p.rss, 0);
}

const commands = new Map<number, string>();
/** A process's command line, shortened to what tells the build's processes apart. */
function commandOf(pid: number): string {
  let c = commands.get(pid);
  if (c === undefined) {
    try {
      const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
      c = argv.map((a) => a.replace(/^.*\/(node_modules\/)?/, '')).slice(0, 3).join(' ').slice(0, 80);
    } catch { c = '?'; }
    commands.set(pid, c);
  }
  return c;
}

/** RSS in bytes of pid and each of its descendants. */
export function treeProcesses(root: number): ProcessRss[] {
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
  const out: ProcessRss[] = [];
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    if (rss.has(pid)) out.push({ pid, command: commandOf(pid), rss: rss.get(pid)! });
    stack.push(...(children.get(pid) ?? []));
  }
  return out;
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
    let atPeak: ProcessRss[] = [];
    let peak = 0;
    const peaks = new Map<number, ProcessRss>();
    const sample = () => {
      if (!child.pid) return;
      const procs = treeProcesses(child.pid);
      const rss = procs.reduce((n, p) => n + p.rss, 0);
      samples.push({ t: now(), rss });
      if (rss > peak) { peak = rss; atPeak = procs; }
      for (const p of procs) if (p.rss > (peaks.get(p.pid)?.rss ?? 0)) peaks.set(p.pid, p);
    };
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
        peakRss: Math.max(0, ...samples.map((s) => s.rss)), samples,
        atPeak: [...atPeak].sort((a, b) => b.rss - a.rss), processPeaks: [...peaks.values()].sort((a, b) => b.rss - a.rss), stages, stdout, stderr: stderr + partial,
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

/** Files and bytes under a folder (0 and 0 when it does not exist): a build's output, a corpus. */
export function diskUsage(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else { files++; bytes += statSync(p).size; }
    }
  };
  if (existsSync(dir)) walk(dir);
  return { files, bytes };
}
