/**
 * The index pages of the graph: every number (so-hieu/) and every cited document not in the
 * collection (tai-lieu/), grouped by document type, in reading order (a Vietnamese collator with
 * numbers compared as numbers: 2-NQ/TW before 18-NQ/TW). Pure.
 */
import { DOCUMENT_TYPES, type DocumentType } from '../model/document-type.ts';
import { compareKeys } from '../text/compare.ts';
import { compareDocs, type Graph, type GraphDocument, type NumberEntry } from './build.ts';

export interface TypeGroup<T> {
  /** Undefined: the texts do not say the type. */
  type?: DocumentType;
  label: string;
  items: T[];
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
export const UNKNOWN_TYPE_LABEL = 'Chưa rõ loại văn bản';

function byType<T>(items: readonly T[], typeOf: (item: T) => DocumentType | undefined, compare: (a: T, b: T) => number): TypeGroup<T>[] {
  const groups = new Map<string, TypeGroup<T>>();
  for (const item of items) {
    const type = typeOf(item);
    const key = type ?? '';
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { ...(type ? { type } : {}), label: type ? DOCUMENT_TYPES[type].name : UNKNOWN_TYPE_LABEL, items: [] }));
    g.items.push(item);
  }
  for (const g of groups.values()) g.items.sort(compare);
  // By type name; the unknown type last.
  return [...groups.values()].sort((a, b) => (a.type ? 0 : 1) - (b.type ? 0 : 1) || collator.compare(a.label, b.label));
}

/** A number's type: that of its documents (the oldest one's when they differ: "cong-van:468"). */
function numberType(graph: Graph, n: NumberEntry): DocumentType | undefined {
  return n.documents.map((id) => graph.documents.get(id)?.type).find((t) => t !== undefined);
}

export function numbersByType(graph: Graph): TypeGroup<NumberEntry>[] {
  return byType([...graph.numbers.values()].filter((n) => n.documents.length > 0), (n) => numberType(graph, n),
    (a, b) => collator.compare(a.printed, b.printed) || compareKeys(a.group, b.group));
}

/** Cited documents not in the collection: by number (as numbers), then date; named ones by name. */
export function citedDocumentsByType(graph: Graph): TypeGroup<GraphDocument>[] {
  const docs = [...graph.documents.values()].filter((d) => !d.entry);
  const title = (d: GraphDocument) => d.number?.printed ?? d.name ?? '';
  return byType(docs, (d) => d.type, (a, b) => (a.number ? 0 : 1) - (b.number ? 0 : 1) || collator.compare(title(a), title(b)) || compareDocs(a, b));
}
