/**
 * The corpus graph: every document the collection cites (or is), every citation resolved to one of
 * them — or marked ambiguous with its candidates — and the relations both ways: cites / cited by,
 * implements / implemented by, number → documents. Pure and deterministic: built once per build
 * from all entries' mentions (src/citations/mentions.ts), the same input giving the same output.
 *
 * Identity (vn-documents.md §5): a document = type + number + issuing body + date, or lacking the
 * date its term (Party) — numbers restart each term and each year, so one number may name
 * several documents (18-NQ/TW: 25/10/2017 and 16/6/2022). Within one number, claims are settled in
 * order of how much they say:
 *   1. directives in the collection are documents;
 *   2. dated mentions: a document per date ("stated"); a partial date joins the one document
 *      it fits, or is ambiguous when it fits several;
 *   3. a term without a date ("khóa XII") joins the document of that term ("context");
 *   4. a bare number joins the only document it can mean ("sole"), counting only documents not
 *      issued after the citing directive; several → "ambiguous", listing them, never picked.
 * A mention that its own text already tied to a fuller one ("in-text") shares that one's result.
 */
import type { Directive } from '../model/directive.ts';
import type { DocumentType } from '../model/document-type.ts';
import type { PartialDate } from '../model/partial-date.ts';
import { slugify } from '../text/fold.ts';
import { datesAgree, numberGroup, termOf, type DocumentFacts, type Mention } from '../citations/mentions.ts';
import { compareKeys } from '../text/compare.ts';

export interface GraphEntry {
  id: string;
  data: Pick<Directive, 'type' | 'number' | 'date' | 'issuer' | 'place' | 'title' | 'implements'>;
  mentions: Mention[];
}

export interface GraphDocument {
  /** "van-ban/<entry id>" for a directive of the collection, else "tai-lieu/<slug>". */
  id: string;
  /** The collection entry, when the document is one. */
  entry?: string;
  type?: DocumentType;
  number?: { printed: string; key: string };
  /** The number group (numberGroup) the document belongs to. */
  group?: string;
  date?: PartialDate;
  term?: string;
  issuer?: string;
  /** Name-only documents ("Nghị quyết Đại hội XIII"). */
  name?: string;
  /**
   * A cited document's subject (trích yếu) as the citing texts give it ("về tiếp tục đổi mới, …"),
   * verbatim; the one most texts give. What tells apart documents sharing a number. A directive of
   * the collection has its own title instead.
   */
  subject?: string;
  /** Every spelling of its number met in the texts, most frequent first. */
  spellings: string[];
}

export type ResolutionStatus = 'stated' | 'in-text' | 'context' | 'sole' | 'named' | 'ambiguous';

export interface Reference {
  /** The citing entry and the index of the mention among its mentions. */
  from: string;
  mention: number;
  line: number;
  raw: string;
  sentence: string;
  status: ResolutionStatus;
  /** The document meant (every status but ambiguous). */
  target?: string;
  /** Ambiguous: the documents it may mean (≥ 2), sorted by id. */
  candidates?: string[];
  /** The number group, for linking an ambiguous reference to its number's page. */
  group?: string;
}

export interface NumberEntry {
  group: string;
  /** Most frequent spelling, for display. */
  printed: string;
  documents: string[];
  ambiguous: Reference[];
}

export interface Graph {
  documents: Map<string, GraphDocument>;
  /** Per entry, one reference per mention (undefined for the entry's own number). */
  references: Map<string, (Reference | undefined)[]>;
  citedBy: Map<string, Reference[]>;
  /** Per entry, the documents it cites (first-mention order, no repeats). */
  cites: Map<string, string[]>;
  implements: Map<string, string[]>;
  implementedBy: Map<string, string[]>;
  numbers: Map<string, NumberEntry>;
  /** Document id of each entry. */
  entryDocument: Map<string, string>;
}

export const entryDocumentId = (entryId: string) => `van-ban/${entryId}`;

/** Lower and upper bounds of a partial date, comparable as strings. */
const lower = (d: PartialDate) => d.padEnd(10, d.length === 4 ? '-00-00' : '-00');
const upper = (d: PartialDate) => d.padEnd(10, d.length === 4 ? '-99-99' : '-99');
/** A document dated `doc` may be cited by one dated `citing` (unknown dates never exclude). */
export const mayCite = (citing: PartialDate | undefined, doc: PartialDate | undefined) =>
  !citing || !doc || lower(doc) <= upper(citing);

interface Claim {
  entry: string;
  mention: number;
  facts: DocumentFacts;
  citingDate?: PartialDate;
}

/** Mutable while building: claims gathered per document. */
interface DocBuild {
  doc: GraphDocument;
  claims: DocumentFacts[];
}

function mostFrequent(values: (string | undefined)[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || compareKeys(a[0], b[0]))[0]?.[0];
}

function spellingsOf(claims: DocumentFacts[]): string[] {
  const counts = new Map<string, number>();
  for (const c of claims) if (c.number) counts.set(c.number.printed, (counts.get(c.number.printed) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || compareKeys(a[0], b[0])).map(([s]) => s);
}

export function buildGraph(input: readonly GraphEntry[]): Graph {
  const entries = [...input].sort((a, b) => compareKeys(a.id, b.id));
  const byGroup = new Map<string, DocBuild[]>();
  const docsOf = (group: string) => byGroup.get(group) ?? (byGroup.set(group, []), byGroup.get(group)!);
  /** Per entry and mention: how it was settled and the document(s) meant. */
  const pending = new Map<string, ({ status: ResolutionStatus; docs: DocBuild[] } | undefined)[]>();
  const entryDocument = new Map<string, string>();
  const entryBuilds: DocBuild[] = [];
  /** Directives whose number is not known (not printed, or lost in a repost), by type and full date. */
  const unnumbered = new Map<string, DocBuild[]>();
  const issuerNames = new Map<DocBuild, string[]>();

  // 1. The collection's own directives (a blank number "Số: /TTCS-TTTQ" identifies nothing).
  for (const e of entries) {
    const id = entryDocumentId(e.id);
    entryDocument.set(e.id, id);
    const facts: DocumentFacts = { type: e.data.type };
    if (e.data.number && /^\d/.test(e.data.number.printed)) {
      facts.number = { printed: e.data.number.printed, key: e.data.number.key, seq: null }; // key = numberKey(printed), checked by the schema
    }
    if (e.data.date) facts.date = e.data.date;
    if (e.data.issuer) facts.issuer = e.data.issuer.name;
    const group = numberGroup(facts);
    const doc: GraphDocument = { id, entry: e.id, type: e.data.type, spellings: [] };
    if (facts.number) doc.number = { printed: facts.number.printed, key: facts.number.key };
    if (group) doc.group = group;
    if (facts.date) doc.date = facts.date;
    if (facts.issuer) doc.issuer = facts.issuer;
    const b = { doc, claims: [facts] };
    entryBuilds.push(b);
    if (group) docsOf(group).push(b);
    else if (facts.date?.length === 10 && facts.issuer) {
      // A bare "Tỉnh ủy" or "UBND huyện" is named by its place: "Tỉnh ủy" + "Lâm Đồng".
      issuerNames.set(b, e.data.place ? [facts.issuer, `${facts.issuer} ${e.data.place}`] : [facts.issuer]);
      const k = `${e.data.type}|${facts.date}`;
      (unnumbered.get(k) ?? (unnumbered.set(k, []), unnumbered.get(k)!)).push(b);
    }
  }

  // Claims in the order they are settled: dated (full dates first), term only, bare.
  const claims: Claim[] = [];
  const named: Claim[] = [];
  const later: Claim[] = []; // settled by their text: in-text antecedents and in-text ambiguity
  for (const e of entries) {
    pending.set(e.id, e.mentions.map(() => undefined));
    e.mentions.forEach((m, i) => {
      const claim: Claim = { entry: e.id, mention: i, facts: m.facts };
      if (e.data.date) claim.citingDate = e.data.date;
      if (m.inText.kind === 'self') return;
      if (m.inText.kind === 'named') named.push(claim);
      else if (m.inText.kind === 'antecedent' || m.inText.kind === 'ambiguous') later.push(claim);
      else claims.push(claim);
    });
  }
  const rank = (c: Claim) => (c.facts.date ? 3 - c.facts.date.length / 5 : termOf(c.facts) ? 3 : 4);
  claims.sort((a, b) => rank(a) - rank(b));

  const newDoc = (group: string, facts: DocumentFacts): DocBuild => {
    const doc: GraphDocument = { id: '', group, spellings: [] };
    if (facts.type) doc.type = facts.type;
    if (facts.date) doc.date = facts.date;
    else if (termOf(facts)) doc.term = termOf(facts)!;
    const b = { doc, claims: [] };
    docsOf(group).push(b);
    return b;
  };
  /** A document's term: stated, or implied by its date for a central Party number (its own, or its first claim's while unnamed). */
  const docTerm = (b: DocBuild) => {
    if (b.doc.term) return b.doc.term;
    const number = b.doc.number ? { ...b.doc.number, seq: null } : b.claims[0]?.number;
    return termOf({ ...(number ? { number } : {}), ...(b.doc.date ? { date: b.doc.date } : {}) });
  };

  /**
   * A dated citation no numbered document matches may name a directive of the collection whose
   * own number is unknown: same type, same full date, same issuing body. It then joins the number.
   */
  const unnumberedDirective = (group: string, f: DocumentFacts): DocBuild | undefined => {
    if (!f.type || f.date?.length !== 10 || !f.issuer) return undefined;
    const fits = (unnumbered.get(`${f.type}|${f.date}`) ?? []).filter((b) => sameIssuer(issuerNames.get(b) ?? [], f.issuer));
    if (fits.length !== 1) return undefined;
    docsOf(group).push(fits[0]!);
    return fits[0];
  };

  const settle = (c: Claim): { status: ResolutionStatus; docs: DocBuild[] } => {
    const group = numberGroup(c.facts)!;
    const docs = docsOf(group);
    const f = c.facts;
    if (f.date) {
      const exact = docs.filter((b) => b.doc.date === f.date);
      const fitting = exact.length ? exact : docs.filter((b) => b.doc.date && datesAgree(b.doc.date, f.date) && (!termOf(f) || !docTerm(b) || docTerm(b) === termOf(f)));
      if (fitting.length > 1) return { status: 'ambiguous', docs: fitting };
      return { status: 'stated', docs: [fitting[0] ?? unnumberedDirective(group, f) ?? newDoc(group, f)] };
    }
    const term = termOf(f);
    if (term) {
      const fitting = docs.filter((b) => docTerm(b) === term);
      if (fitting.length > 1) return { status: 'ambiguous', docs: fitting };
      return fitting.length ? { status: 'context', docs: fitting } : { status: 'context', docs: [newDoc(group, f)] };
    }
    const fitting = docs.filter((b) => mayCite(c.citingDate, b.doc.date));
    if (fitting.length > 1) return { status: 'ambiguous', docs: fitting };
    return { status: 'sole', docs: [fitting[0] ?? newDoc(group, f)] };
  };

  const entryById = new Map(entries.map((e) => [e.id, e]));
  const mentionOf = (c: Claim) => entryById.get(c.entry)!.mentions[c.mention]!;
  const record = (c: Claim, status: ResolutionStatus, docs: DocBuild[]) => {
    if (status !== 'ambiguous') docs[0]!.claims.push(c.facts);
    pending.get(c.entry)![c.mention] = { status, docs };
  };

  for (const c of claims) {
    const { status, docs } = settle(c);
    record(c, status, docs);
  }

  // Name-only references: one document per name.
  const byName = new Map<string, DocBuild>();
  for (const c of named) {
    const key = slugify(c.facts.name ?? '');
    let b = byName.get(key);
    if (!b) {
      const doc: GraphDocument = { id: '', name: c.facts.name!, spellings: [] };
      if (c.facts.type) doc.type = c.facts.type;
      if (c.facts.term) doc.term = c.facts.term;
      b = { doc, claims: [] };
      byName.set(key, b);
    }
    record(c, 'named', [b]);
  }

  // In-text: share the antecedent's result; in-text ambiguity lists what its candidates became.
  for (const c of later) {
    const m = mentionOf(c);
    const refs = pending.get(c.entry)!;
    const builds = (j: number) => refs[j]?.docs ?? [];
    if (m.inText.kind === 'antecedent') {
      const ante = refs[m.inText.of];
      if (ante && ante.status !== 'ambiguous') record(c, 'in-text', builds(m.inText.of));
      else if (ante) record(c, 'ambiguous', builds(m.inText.of));
      else { const { status, docs } = settle(c); record(c, status, docs); }
    } else if (m.inText.kind === 'ambiguous') {
      const docs = [...new Set(m.inText.among.flatMap(builds))];
      if (docs.length > 1) record(c, 'ambiguous', docs);
      else { const { status, docs: d } = settle(c); record(c, status, d); }
    }
  }

  // Name the documents: facts by majority of their claims; ids from type, number key and date.
  const documents = new Map<string, GraphDocument>();
  const allBuilds = [...new Set([...entryBuilds, ...[...byGroup.values()].flat(), ...byName.values()])];
  const usedIds = new Set<string>();
  for (const b of allBuilds) {
    const d = b.doc;
    d.spellings = spellingsOf(b.claims);
    if (!d.entry) {
      d.type ??= mostFrequent(b.claims.map((c) => c.type)) as DocumentType | undefined;
      const printed = d.spellings[0];
      if (printed) d.number = { printed, key: b.claims.find((c) => c.number)!.number!.key };
      const issuer = mostFrequent(b.claims.map((c) => c.issuer));
      if (issuer) d.issuer = issuer;
      const term = d.date && d.term ? undefined : mostFrequent(b.claims.map((c) => c.term));
      if (term) d.term = term;
      const subject = mostFrequent(b.claims.map((c) => c.subject));
      if (subject) d.subject = subject;
      const base = d.name
        ? `tai-lieu/${slugify(d.name)}`
        : `tai-lieu/${d.type ?? 'van-ban'}-${slugify(d.number?.printed ?? d.group ?? '')}-${d.date ?? (d.term ? `khoa-${d.term.toLowerCase()}` : 'khong-ngay')}`;
      let id = base;
      for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
      d.id = id;
    }
    usedIds.add(d.id);
    documents.set(d.id, d);
  }

  // Finish references (builds → ids) and derive the relations.
  const citedBy = new Map<string, Reference[]>();
  const cites = new Map<string, string[]>();
  const numbers = new Map<string, NumberEntry>();
  const references = new Map<string, (Reference | undefined)[]>();
  for (const e of entries) {
    const refs = pending.get(e.id)!.map((p, i): Reference | undefined => {
      if (!p) return undefined;
      const m = e.mentions[i]!;
      const r: Reference = { from: e.id, mention: i, line: m.line, raw: m.raw, sentence: m.sentence, status: p.status };
      // A short name ("Nghị quyết 18") ambiguous in its text takes the group of its candidates.
      const group = numberGroup(m.facts) ?? (m.inText.kind === 'ambiguous' ? numberGroup(e.mentions[m.inText.among[0]!]!.facts) : undefined);
      if (group) r.group = group;
      if (p.status === 'ambiguous') r.candidates = [...new Set(p.docs.map((b) => b.doc.id))].sort();
      else r.target = p.docs[0]!.doc.id;
      return r;
    });
    references.set(e.id, refs);
    const cited: string[] = [];
    for (const r of refs) {
      if (!r) continue;
      if (r.target) {
        if (!cited.includes(r.target)) cited.push(r.target);
        (citedBy.get(r.target) ?? (citedBy.set(r.target, []), citedBy.get(r.target)!)).push(r);
      } else if (r.group) {
        numberEntry(numbers, r.group).ambiguous.push(r);
      }
    }
    cites.set(e.id, cited.filter((t) => t !== entryDocument.get(e.id)));
  }
  for (const [group, builds] of [...byGroup].sort((a, b) => compareKeys(a[0], b[0]))) {
    const n = numberEntry(numbers, group);
    n.documents = builds.map((b) => b.doc.id).sort((a, b) => compareDocs(documents.get(a)!, documents.get(b)!));
    n.printed = mostFrequent(builds.flatMap((b) => b.doc.spellings.length ? b.doc.spellings : b.doc.number ? [b.doc.number.printed] : [])) ?? group;
  }

  // Implements: the "Thực hiện …" references of each entry, matched to its mentions.
  const implementsMap = new Map<string, string[]>();
  const implementedBy = new Map<string, string[]>();
  for (const e of entries) {
    const targets: string[] = [];
    for (const ref of e.data.implements) {
      const key = ref.number ? ref.number : undefined;
      const i = e.mentions.findIndex((m) => m.facts.number && key && m.facts.number.printed === key && datesAgree(m.facts.date, ref.date));
      const target = i >= 0 ? references.get(e.id)![i]?.target : undefined;
      if (target && !targets.includes(target) && target !== entryDocument.get(e.id)) targets.push(target);
    }
    implementsMap.set(e.id, targets);
    for (const t of targets) (implementedBy.get(t) ?? (implementedBy.set(t, []), implementedBy.get(t)!)).push(e.id);
  }
  for (const [, ids] of citedBy) ids.sort((a, b) => compareKeys(a.from, b.from) || a.mention - b.mention);

  return { documents, references, citedBy, cites, implements: implementsMap, implementedBy, numbers, entryDocument };
}

const ISSUER_ABBREVIATIONS: [RegExp, string][] = [
  [/\bUBND\b/gu, 'Ủy ban nhân dân'], [/\bHĐND\b/gu, 'Hội đồng nhân dân'], [/\bMTTQ\b/gu, 'Mặt trận Tổ quốc'],
  [/\bBTG\b/gu, 'Ban Tuyên giáo'], [/\bTW\b/gu, 'Trung ương'], [/\bBCH\b/gu, 'Ban Chấp hành'],
];
/** "tỉnh", "thành phố", "huyện"… before a place name ("thành phố Huế" = "Huế"); not in "Tỉnh ủy", "Huyện ủy". */
const ADMIN_UNIT = /(?<![\p{L}])(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)(?![\p{L}])(?![ \u00a0]+ủy)/giu;
const issuerKey = (s: string) => slugify(ISSUER_ABBREVIATIONS.reduce((x, [re, full]) => x.replace(re, full), s).replace(ADMIN_UNIT, ' '));

/**
 * Issuing bodies written alike: equal once abbreviations are spelled out and accents folded, or
 * one the other's tail ("Tỉnh ủy Lâm Đồng" / "Ban Thường vụ Tỉnh ủy Lâm Đồng").
 */
function sameIssuer(a: readonly string[], b: string | undefined): boolean {
  if (!b) return false;
  const fb = issuerKey(b);
  return a.some((x) => {
    const fa = issuerKey(x);
    return fa === fb || fa.endsWith(`-${fb}`) || fb.endsWith(`-${fa}`);
  });
}

function numberEntry(numbers: Map<string, NumberEntry>, group: string): NumberEntry {
  let n = numbers.get(group);
  if (!n) numbers.set(group, (n = { group, printed: group, documents: [], ambiguous: [] }));
  return n;
}

/** Oldest first; undated after dated. */
export function compareDocs(a: GraphDocument, b: GraphDocument): number {
  const da = a.date ?? '', db = b.date ?? '';
  if (da !== db) return da === '' ? 1 : db === '' ? -1 : compareKeys(da, db);
  return compareKeys(a.id, b.id);
}
