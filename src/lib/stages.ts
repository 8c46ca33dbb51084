/**
 * Stage marks for `npm run bench`: with CHIDAO_STAGE_MARKS=1 a build writes `::stage <name>
 * start|end` lines on stderr, which scripts/lib/measure.ts reads to time each stage and find its
 * own peak memory. Without the variable nothing is written.
 */
export function stageMark(name: string, edge: 'start' | 'end'): void {
  if (process.env.CHIDAO_STAGE_MARKS) process.stderr.write(`::stage ${name} ${edge}\n`);
}

export async function inStage<T>(name: string, work: () => T | Promise<T>): Promise<T> {
  stageMark(name, 'start');
  try {
    return await work();
  } finally {
    stageMark(name, 'end');
  }
}
