/** One measured step of a benchmark run (see scripts/lib/measure.ts for how it is measured). */
export interface StepResult {
  name: string;
  wallS: number;
  /** user + system CPU seconds. */
  cpuS: number;
  /** Peak RSS in bytes of the step's whole process tree. */
  peakRss: number;
  /** Output of the step, where it writes files. */
  files?: number;
  bytes?: number;
  /** Pages the step produced (for pages per second). */
  pages?: number;
  note?: string;
}
