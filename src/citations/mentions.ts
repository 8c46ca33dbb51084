/**
 * Step 2 of find → resolve → link: the citations of ONE text, each read as a mention of a document
 * and resolved as far as the text itself allows (the corpus decides the rest: src/graph).
 *
 *  - "self":       the directive's own number (its header "Số: 173-HD/BTGTW", a repost's intro);
 *  - "stated":     the mention states the date, which identifies the document;
 *  - "named":      a reference by name only ("Nghị quyết Đại hội XIII");
 *  - "antecedent": a short mention ("Nghị quyết số 18-NQ/TW", hyphen/slash variants included) that
 *                  the text's own fuller mention identifies — the earlier one when there is one,
 *                  else the text's only fuller one (a title may name the resolution before the
 *                  "Thực hiện …" sentence dates it). Context narrows the choice: "khóa XII" keeps
 *                  only the mention from that term;
 *  - "ambiguous":  several documents of this text fit (seed 004 dates 18-NQ/TW 2017 and 2022: a
 *                  bare "Nghị quyết 18-NQ/TW" there is ambiguous, never silently picked);
 *  - "open":       nothing in the text fixes it.
 */
import type { DocumentType } from '../model/document-type.ts';
import type { PartialDate } from '../model/partial-date.ts';
import { centralTermOf, normaliseTerm } from '../model/party-term.ts';
import type { Citation } from './find.ts';
import { subjectsOf } from './subject.ts';

/** What a mention says about the document it names (after its antecedent filled the gaps). */
export interface DocumentFacts {
  type?: DocumentType;
  number?: { printed: string; key: string; seq: number | null };
  date?: PartialDate;
  /** Party term, "XII". */
  term?: string;
  issuer?: string;
  /** Name-only references: the name as written, without its "của …" issuer. */
  name?: string;
  /** The subject (trích yếu) the text gives right after the citation, verbatim (subject.ts). */
  subject?: string;
}

export type InText =
  | { kind: 'self' }
  | { kind: 'stated' }
  | { kind: 'named' }
  | { kind: 'antecedent'; of: number }
  | { kind: 'ambiguous'; among: number[] }
  | { kind: 'open' };

export interface Mention {
  /** Offsets into the text (see findCitations). */
  start: number;
  end: number;
  /** Line of `start`, 1-based, in whatever the caller counts lines of (file or body). */
  line: number;
  raw: string;
  form: Citation['form'];
  facts: DocumentFacts;
  inText: InText;
  /** The sentence the citation stands in (for "cited by" lists), emphasis marks removed. */
  sentence: string;
}

/** The directive the text belongs to, to recognise its own number. */
export interface OwnIdentity {
  type?: DocumentType;
  number?: { key: string };
  date?: PartialDate;
}

/** Dates that can name the same day: equal, or one a prefix of the other ("2017" and "2017-10-25"). */
export const datesAgree = (a: PartialDate | undefined, b: PartialDate | undefined) =>
  !a || !b || a.startsWith(b) || b.startsWith(a);

/** Central Party numbers ("18-NQ/TW", "173-HD/BTGTW", "238-QĐ/TW") take their term from the date. */
export function isCentralPartyNumber(n: DocumentFacts['number']): boolean {
  const issuerCode = n?.printed.split(/[\s/\-‐‑‒–—]+/u).filter(Boolean).pop();
  return !!issuerCode && /TW$/i.test(issuerCode);
}

/** The term a mention names or its date implies. */
export function termOf(f: DocumentFacts): string | undefined {
  return f.term ?? (isCentralPartyNumber(f.number) ? centralTermOf(f.date) : undefined);
}

/**
 * Which mentions may be the same document: same number key — and for a bare sequence number
 * ("Công văn số 468", no ký hiệu) the same type as well, since the key is then just digits.
 */
export function numberGroup(f: DocumentFacts): string | undefined {
  if (!f.number?.key) return undefined;
  return /[a-z]/.test(f.number.key) ? f.number.key : `${f.type ?? '?'}:${f.number.key}`;
}

function factsOf(c: Citation): DocumentFacts {
  const f: DocumentFacts = {};
  if (c.type) f.type = c.type;
  if (c.number) f.number = { printed: c.number.printed, key: c.number.key, seq: c.number.seq };
  if (c.date) f.date = c.date;
  const term = normaliseTerm(c.term);
  if (term) f.term = term;
  if (c.issuer) f.issuer = c.issuer;
  if (!c.number) f.name = nameOf(c);
  return f;
}

/** "Nghị quyết Đại hội XIII của Đảng" → "Nghị quyết Đại hội XIII"; emphasis and line breaks folded. */
function nameOf(c: Citation): string {
  let name = c.raw.replace(/\*/g, '').replace(/\s+/gu, ' ').trim();
  if (c.issuer) {
    const i = name.lastIndexOf(' của ');
    if (i > 0) name = name.slice(0, i);
  }
  return name;
}

function isSelf(f: DocumentFacts, own: OwnIdentity): boolean {
  if (!f.number || !own.number?.key || f.number.key !== own.number.key) return false;
  if (f.type && own.type && f.type !== own.type) return false;
  return datesAgree(f.date, own.date);
}

/** Two mentions that may be one document: same group, agreeing dates and terms. */
function agree(a: DocumentFacts, b: DocumentFacts): boolean {
  if (!datesAgree(a.date, b.date)) return false;
  const ta = termOf(a), tb = termOf(b);
  return !ta || !tb || ta === tb;
}

/** The sentence around [start, end): its paragraph, cut at sentence ends when long. */
export function sentenceAround(text: string, start: number, end: number, max = 280): string {
  let from = text.lastIndexOf('\n\n', start);
  from = from < 0 ? 0 : from + 2;
  let to = text.indexOf('\n\n', end);
  if (to < 0) to = text.length;
  let prefix = '', suffix = '';
  if (to - from > max) {
    const before = text.slice(Math.max(from, start - max / 2), start);
    const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('; '));
    const newFrom = cut >= 0 ? start - before.length + cut + 2 : Math.max(from, start - max / 2);
    if (newFrom > from) { from = newFrom; prefix = cut >= 0 ? '' : '…'; }
    const after = text.slice(end, Math.min(to, end + max / 2));
    const stop = after.search(/[.;](?:\s|$)/u);
    const newTo = stop >= 0 ? end + stop + 1 : Math.min(to, end + max / 2);
    if (newTo < to) { to = newTo; suffix = stop >= 0 ? '' : '…'; }
  }
  return prefix + text.slice(from, to).replace(/\*/g, '').replace(/\s+/gu, ' ').trim() + suffix;
}

/**
 * Resolve the citations of one text as far as the text allows. `citations` are findCitations(text)
 * (sorted, non-overlapping); `lineAt` maps an offset to a line.
 */
export function resolveMentions(text: string, citations: Citation[], own: OwnIdentity, lineAt: (offset: number) => number): Mention[] {
  const subjects = subjectsOf(text, citations);
  const mentions: Mention[] = citations.map((c, i) => {
    const facts = factsOf(c);
    const subject = subjects[i];
    if (subject) facts.subject = subject;
    return { start: c.start, end: c.end, line: lineAt(c.start), raw: c.raw, form: c.form, facts, inText: { kind: 'open' }, sentence: sentenceAround(text, c.start, c.end) };
  });
  // Pass 1: what each mention settles by itself.
  mentions.forEach((m, i) => {
    const c = citations[i]!;
    if (c.header) m.inText = { kind: 'self' }; // the text's own "Số:" line
    else if (!m.facts.number) m.inText = c.aliasOf !== undefined || c.seq !== undefined ? { kind: 'open' } : { kind: 'named' };
    else if (isSelf(m.facts, own)) m.inText = { kind: 'self' };
    else if (m.facts.date) m.inText = { kind: 'stated' };
  });
  // Pass 1b: short names — an alias ("sau đây gọi tắt là Nghị quyết 18") is the document it
  // names; "Nghị quyết 18" without one is the text's numbered mention of that type and sequence.
  mentions.forEach((m, i) => {
    const c = citations[i]!;
    if (m.facts.number || m.inText.kind !== 'open') return;
    let pool: number[] = [];
    const named = c.aliasOf !== undefined ? mentions.findIndex((o) => o.start === c.aliasOf) : -1;
    if (named >= 0 && named !== i) pool = [named];
    else if (c.seq !== undefined) {
      mentions.forEach((o, j) => {
        if (j === i || !o.facts.number || o.inText.kind === 'self' || o.facts.number.seq !== c.seq || (c.type && o.facts.type !== c.type)) return;
        if (!pool.some((d) => sameDocument(mentions[d]!.facts, o.facts) && numberGroup(mentions[d]!.facts) === numberGroup(o.facts))) pool.push(j);
      });
      const earlier = pool.filter((j) => j < i);
      if (earlier.length) pool = earlier;
    }
    if (pool.length === 1) {
      const of = pool[0]!;
      m.inText = { kind: 'antecedent', of };
      const { name: _name, ...own } = definedOnly(m.facts);
      m.facts = { ...mentions[of]!.facts, ...own };
    } else if (pool.length > 1) m.inText = { kind: 'ambiguous', among: pool };
    else m.inText = { kind: 'named' };
  });
  // Pass 2: short mentions take the document of a fuller mention of the same number.
  mentions.forEach((m, i) => {
    if (m.inText.kind !== 'open') return;
    const group = numberGroup(m.facts);
    /** Distinct documents of this text that could be meant: first mention index of each. */
    const docs: number[] = [];
    mentions.forEach((o, j) => {
      if (j === i || o.inText.kind === 'self' || o.inText.kind === 'named' || numberGroup(o.facts) !== group) return;
      if (!o.facts.date && !termOf(o.facts)) return; // no fuller than this one
      if (!agree(m.facts, o.facts)) return;
      if (docs.some((d) => sameDocument(mentions[d]!.facts, o.facts))) return;
      docs.push(j);
    });
    const earlier = docs.filter((j) => j < i);
    const pool = earlier.length ? earlier : docs;
    if (pool.length === 1) {
      const of = pool[0]!;
      m.inText = { kind: 'antecedent', of };
      m.facts = { ...mentions[of]!.facts, ...definedOnly(m.facts) };
    } else if (pool.length > 1) {
      m.inText = { kind: 'ambiguous', among: pool };
    }
  });
  return mentions;
}

/** Two fuller mentions of one number name the same document when dates (or terms) coincide. */
function sameDocument(a: DocumentFacts, b: DocumentFacts): boolean {
  if (a.date && b.date) return datesAgree(a.date, b.date);
  return agree(a, b);
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
