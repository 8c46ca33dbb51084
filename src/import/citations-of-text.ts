/**
 * Citations of a raw directive text (a .txt as received), for `npm run citations`: found, resolved
 * within the text, reported with their line in the file — extraction checked without a build.
 */
import { importText } from './import-text.ts';
import { nfc } from '../text/fold.ts';
import { findCitations } from '../citations/find.ts';
import { resolveMentions, type Mention } from '../citations/mentions.ts';

export interface CitationReport {
  line: number;
  raw: string;
  printed?: string;
  key?: string;
  type?: string;
  issuer?: string;
  date?: string;
  term?: string;
  name?: string;
  /** The subject the text gives right after the citation (subject.ts). */
  subject?: string;
  form: Mention['form'];
  /** How the text alone settles it: self | stated | antecedent | ambiguous | open | named. */
  status: Mention['inText']['kind'];
  /** antecedent: the line of the fuller mention it takes its date from; ambiguous: the candidates' lines. */
  see?: number[];
}

export function citationsOfText(input: string): CitationReport[] {
  const text = nfc(input);
  // The directive's own number and date, to tell its header "Số: …" from citations.
  let own = {};
  try {
    const { data } = importText(text, { source: 'stdin', sha256: '0'.repeat(64), imported: '2000-01-01' });
    own = { type: data.type, ...(data.number ? { number: data.number } : {}), ...(data.date ? { date: data.date } : {}) };
  } catch { /* not importable as a directive: every number is a citation */ }
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const lineAt = (o: number) => {
    let lo = 0, hi = starts.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (starts[mid]! <= o) lo = mid; else hi = mid - 1; }
    return lo + 1;
  };
  const mentions = resolveMentions(text, findCitations(text), own, lineAt);
  return mentions.map((m) => {
    const f = m.facts;
    const r: CitationReport = { line: m.line, raw: m.raw, form: m.form, status: m.inText.kind };
    if (f.number) { r.printed = f.number.printed; r.key = f.number.key; }
    if (f.type) r.type = f.type;
    if (f.issuer) r.issuer = f.issuer;
    if (f.date) r.date = f.date;
    if (f.term) r.term = f.term;
    if (f.name) r.name = f.name;
    if (f.subject) r.subject = f.subject;
    if (m.inText.kind === 'antecedent') r.see = [mentions[m.inText.of]!.line];
    if (m.inText.kind === 'ambiguous') r.see = m.inText.among.map((j) => mentions[j]!.line);
    return r;
  });
}
