/**
 * A directive cannot carry out itself, nor be part of a loop of "Thực hiện" (A implements B,
 * B implements A): such data is an error, reported with the files involved.
 */
import type { Graph } from './build.ts';
import { numberKey } from '../model/document-number.ts';

/** Every cycle of implements among the collection's directives, each as its entry ids in order (A → B → A: [A, B]). */
export function implementsCycles(graph: Graph): string[][] {
  const next = (entry: string) =>
    (graph.implements.get(entry) ?? []).map((doc) => graph.documents.get(doc)?.entry).filter((e): e is string => !!e);
  const cycles: string[][] = [];
  const seen = new Set<string>();
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (e: string) => {
    state.set(e, 'open');
    stack.push(e);
    for (const n of next(e)) {
      if (state.get(n) === 'open') {
        const cycle = stack.slice(stack.indexOf(n));
        const key = [...cycle].sort().join('|');
        if (!seen.has(key)) { seen.add(key); cycles.push(cycle); }
      } else if (!state.has(n)) visit(n);
    }
    stack.pop();
    state.set(e, 'done');
  };
  for (const e of [...graph.implements.keys()].sort()) if (!state.has(e)) visit(e);
  return cycles;
}

export interface ImplementsProblem {
  entry: string;
  message: string;
}

/**
 * The implements errors of a collection: a directive naming its own number in "Thực hiện", and
 * every loop of implements (reported once, on its first directive, naming the others).
 */
export function implementsProblems(entries: readonly { id: string; data: { number?: { key: string } | undefined; date?: string | undefined; implements: { number?: string | undefined; date?: string | undefined }[] } }[], graph: Graph): ImplementsProblem[] {
  const problems: ImplementsProblem[] = [];
  for (const e of entries) {
    const own = e.data.number?.key;
    for (const ref of e.data.implements) {
      if (own && ref.number && numberKey(ref.number) === numberKey(own) && (!ref.date || !e.data.date || ref.date.startsWith(e.data.date) || e.data.date.startsWith(ref.date))) {
        problems.push({ entry: e.id, message: `implements its own number ${ref.number}: a directive cannot carry out itself` });
      }
    }
  }
  for (const cycle of implementsCycles(graph)) {
    problems.push({ entry: cycle[0]!, message: `implements loop: ${[...cycle, cycle[0]].join(' → ')}` });
  }
  return problems;
}
