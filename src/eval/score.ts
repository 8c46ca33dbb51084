/**
 * Scoring one file's Prediction against its gold labels, exactly as ../shared/realworld/README.md
 * ("How to score") says; DEFINITIONS (table.ts) states the same rules for readers. Pure functions.
 */
import { compareDates, goldKey, NAME_THRESHOLD, nameSimilarity, normaliseSlogan, withoutContext, type DateAgreement } from './compare.ts';
import type { GoldCitation, GoldFile } from './gold.ts';
import type { PredictedCitation, Prediction } from './prediction.ts';

/**
 * One identity field. `counted` says whether the file enters the field's percentage; `right`
 * whether it is right there.
 */
export interface FieldScore {
  gold: string | null;
  predicted: string | null;
  counted: boolean;
  right: boolean;
}
export interface DateScore extends FieldScore { agreement: DateAgreement }
export interface IssuerScore extends FieldScore { similarity: number | null }

const fold = (s: string) => s.normalize('NFC').trim().toLowerCase();

/** Type: every file counts; case-insensitive equality of the Vietnamese name, null = null. */
export function scoreType(gold: string | null, predicted: string | null): FieldScore {
  return { gold, predicted, counted: true, right: (gold === null ? null : fold(gold)) === (predicted === null ? null : fold(predicted)) };
}

/** Own number: counts where gold or the prediction has one; right when the predicted key is in self.keys. */
export function scoreNumber(gold: GoldFile['self'], predicted: string | null): FieldScore {
  const counted = gold.number !== null || predicted !== null;
  const right = predicted === null ? gold.number === null : gold.keys.includes(goldKey(predicted));
  return { gold: gold.number, predicted, counted, right };
}

/** Own date: counts where gold or the prediction has one; right on an exact match, partial reported apart. */
export function scoreDate(gold: string | null, predicted: string | null): DateScore {
  const agreement = compareDates(gold, predicted);
  return { gold, predicted, counted: agreement !== 'none', right: agreement === 'exact', agreement };
}

/** Issuer: counts where gold or the prediction has one; right when nameSimilarity to gold without its "(context)" ≥ NAME_THRESHOLD. */
export function scoreIssuer(gold: string | null, predicted: string | null): IssuerScore {
  const similarity = gold !== null && predicted !== null ? nameSimilarity(withoutContext(gold), predicted) : null;
  return { gold, predicted, counted: gold !== null || predicted !== null, right: similarity !== null && similarity >= NAME_THRESHOLD, similarity };
}

/** Level and system: every file counts; gold's "ward" is chidao's "commune", "mass_org" is "mass". */
export function scoreEnum(gold: string, predicted: string | null): FieldScore {
  const mapped = gold === 'ward' ? 'commune' : gold === 'mass_org' ? 'mass' : gold;
  return { gold: mapped, predicted, counted: true, right: mapped === predicted };
}

export interface SloganScore {
  /** Gold slogans counted for recall (an excused truncated last one is not). */
  gold: number;
  predicted: number;
  truePositives: number;
  missed: string[];
  extra: string[];
  /** The last gold slogan, cut by the source's truncation, neither found nor counted. */
  excused?: string;
}

/**
 * Slogans compared after normaliseSlogan, each gold slogan matched at most once. In a
 * `slogans_last_truncated` file the last gold slogan also matches a prediction it is a prefix of
 * (or that is a prefix of it), and is excused (left out of recall) when nothing matches it.
 */
export function scoreSlogans(goldList: readonly string[], predictedList: readonly string[], lastTruncated = false): SloganScore {
  const gold = goldList.map(normaliseSlogan);
  const free = gold.map(() => true);
  const extra: string[] = [];
  const unmatched: string[] = [];
  let truePositives = 0;
  for (const p of predictedList.map(normaliseSlogan)) {
    const i = gold.findIndex((g, j) => free[j] && g === p);
    if (i >= 0) { free[i] = false; truePositives++; } else unmatched.push(p);
  }
  const last = gold.length - 1;
  let excused: string | undefined;
  if (lastTruncated && last >= 0 && free[last]) {
    const cut = gold[last]!;
    const k = unmatched.findIndex((p) => p.startsWith(cut) || cut.startsWith(p));
    if (k >= 0) { unmatched.splice(k, 1); free[last] = false; truePositives++; } else { excused = cut; free[last] = false; }
  }
  extra.push(...unmatched);
  return {
    gold: gold.length - (excused === undefined ? 0 : 1),
    predicted: predictedList.length,
    truePositives,
    missed: goldList.filter((_, j) => free[j]),
    extra,
    ...(excused === undefined ? {} : { excused }),
  };
}

export interface CitationHit { key: string; gold: GoldCitation; predicted: PredictedCitation; date: DateAgreement }
export interface FalsePositive {
  key: string;
  predicted: PredictedCitation;
  /** The `why` of the not_citations entry it fell into (an expected trap). */
  trap?: string;
  /** A second spelling of a gold citation already hit (its as_written): still a false positive by the rule. */
  duplicateOf?: string;
  /** A gold citation left unhit whose key starts with this one or is its start (its as_written): the number was read cut short or run on. */
  partOf?: string;
}
/** Below this a name-only prediction is too far from a missed gold entry to be worth naming. */
const NEAR_NAME = 0.3;

/** A gold name-only citation not found, with the closest name-only prediction when one is near (similarity ≥ NEAR_NAME). */
export interface NameOnlyMiss { gold: GoldCitation; closest?: { raw: string; similarity: number } }

export interface CitationScore {
  /** Gold numbered citations. */
  gold: number;
  /** Predictions scored: numbered, not the own number, one per key. */
  predicted: number;
  truePositives: number;
  /** Predictions whose key is the document's own (in self.keys): neither hit nor miss. */
  selfDropped: number;
  hits: CitationHit[];
  missed: GoldCitation[];
  falsePositives: FalsePositive[];
  /** Date agreement over the hits. */
  dates: Record<DateAgreement, number>;
  nameOnly: { gold: number; found: number; missed: NameOnlyMiss[] };
}

/** Does the prediction's span fall into one of the not_citations texts (or, with no span, share its key)? */
function trapOf(key: string, p: PredictedCitation, traps: GoldFile['not_citations'], text: string | undefined): string | undefined {
  for (const t of traps) {
    if (text !== undefined && p.start !== undefined && p.end !== undefined) {
      for (let at = text.indexOf(t.text); at >= 0; at = text.indexOf(t.text, at + 1)) {
        if (at < p.end && p.start < at + t.text.length) return t.why;
      }
    }
    if (goldKey(t.text) === key) return t.why;
  }
  return undefined;
}

/** One prediction per key, in text order; its date is the first date any mention with that key gives. */
function dedupeByKey(preds: readonly { key: string; p: PredictedCitation }[]): { key: string; p: PredictedCitation }[] {
  const byKey = new Map<string, { key: string; p: PredictedCitation }>();
  for (const x of preds) {
    const seen = byKey.get(x.key);
    if (!seen) byKey.set(x.key, { key: x.key, p: { ...x.p } });
    // A later mention with a date, or with a fuller date the first one's part of ("năm 2012" then "ngày 05 tháng 11 năm 2012").
    else if (x.p.date !== null && (seen.p.date === null || (x.p.date.length > seen.p.date.length && x.p.date.startsWith(seen.p.date)))) seen.p.date = x.p.date;
  }
  return [...byKey.values()];
}

const similarityTo = (gc: GoldCitation, pc: PredictedCitation) =>
  Math.max(...[gc.as_written, ...(gc.also_written ?? [])].map((w) => nameSimilarity(w, pc.raw)));

/**
 * Name-only recall: gold name-only entries matched one-to-one to name-only predictions, best
 * similarity first (as_written or any also_written against the prediction's raw span), from NAME_THRESHOLD up.
 */
function scoreNameOnly(gold: readonly GoldCitation[], preds: readonly PredictedCitation[]): CitationScore['nameOnly'] {
  const pairs: { g: number; p: number; s: number }[] = [];
  gold.forEach((gc, g) => preds.forEach((pc, p) => {
    const s = similarityTo(gc, pc);
    if (s >= NAME_THRESHOLD) pairs.push({ g, p, s });
  }));
  pairs.sort((a, b) => b.s - a.s);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  for (const { g, p } of pairs) if (!usedG.has(g) && !usedP.has(p)) { usedG.add(g); usedP.add(p); }
  const missed = gold.filter((_, g) => !usedG.has(g)).map((gc): NameOnlyMiss => {
    const ranked = preds.map((pc) => ({ raw: pc.raw, similarity: similarityTo(gc, pc) })).sort((a, b) => b.similarity - a.similarity);
    return ranked[0] && ranked[0].similarity >= NEAR_NAME ? { gold: gc, closest: ranked[0] } : { gold: gc };
  });
  return { gold: gold.length, found: usedG.size, missed };
}

/** Citations per the README: rules 1 (numbered), 2 (dates over hits), 3 (name-only recall). `text` locates the traps. */
export function scoreCitations(gold: GoldFile, predicted: readonly PredictedCitation[], text?: string): CitationScore {
  const numberedGold = gold.citations.filter((c) => !c.name_only);
  const keyed = predicted.filter((p) => p.printed !== undefined).map((p) => ({ key: goldKey(p.printed!), p })).filter((x) => x.key !== '');
  const own = keyed.filter((x) => gold.self.keys.includes(x.key));
  const scored = dedupeByKey(keyed.filter((x) => !gold.self.keys.includes(x.key)));
  const hitBy = new Map<number, string>();
  const hits: CitationHit[] = [];
  const falsePositives: FalsePositive[] = [];
  const dates: Record<DateAgreement, number> = { exact: 0, partial: 0, wrong: 0, missing: 0, invented: 0, none: 0 };
  for (const { key, p } of scored) {
    const matches = (c: GoldCitation) => c.keys.includes(key) || (c.bare_keys ?? []).includes(key);
    const i = numberedGold.findIndex((c, j) => !hitBy.has(j) && matches(c));
    if (i >= 0) {
      hitBy.set(i, key);
      const date = compareDates(numberedGold[i]!.date, p.date);
      dates[date]++;
      hits.push({ key, gold: numberedGold[i]!, predicted: p, date });
      continue;
    }
    const trap = trapOf(key, p, gold.not_citations, text);
    const already = numberedGold.find(matches);
    falsePositives.push({ key, predicted: p, ...(trap ? { trap } : {}), ...(already ? { duplicateOf: already.as_written } : {}) });
  }
  // Known only once every hit is: a near-miss is a number that overlaps a gold citation nobody hit.
  for (const f of falsePositives) {
    if (f.duplicateOf !== undefined || f.key.length < 4) continue;
    const near = numberedGold.find((c, j) => !hitBy.has(j) && c.keys.some((k) => k.startsWith(f.key) || f.key.startsWith(k)));
    if (near) f.partOf = near.as_written;
  }
  return {
    gold: numberedGold.length,
    predicted: scored.length,
    truePositives: hits.length,
    selfDropped: own.length,
    hits,
    missed: numberedGold.filter((_, j) => !hitBy.has(j)),
    falsePositives,
    dates,
    nameOnly: scoreNameOnly(gold.citations.filter((c) => c.name_only), predicted.filter((p) => p.printed === undefined)),
  };
}

export interface FileScore {
  id: string;
  file: string;
  /**
   * The gold names no type, number or date of the text's own and lists no slogans: a page about
   * something else (a meeting report, a news item) kept as a control. Refusing it is right.
   */
  notDirective: boolean;
  refused?: string;
  crashed?: string;
  type: FieldScore;
  number: FieldScore;
  date: DateScore;
  issuer: IssuerScore;
  level: FieldScore;
  system: FieldScore;
  slogans: SloganScore;
  citations: CitationScore;
  warnings: string[];
}

export const isNotDirective = (gold: GoldFile): boolean =>
  gold.self.type === null && gold.self.number === null && gold.self.date === null && gold.slogans.length === 0;

export function scoreFile(gold: GoldFile, prediction: Prediction, text?: string): FileScore {
  return {
    id: gold.id,
    file: gold.file,
    notDirective: isNotDirective(gold),
    ...(prediction.refused !== undefined ? { refused: prediction.refused } : {}),
    ...(prediction.crashed !== undefined ? { crashed: prediction.crashed } : {}),
    type: scoreType(gold.self.type, prediction.type),
    number: scoreNumber(gold.self, prediction.number),
    date: scoreDate(gold.self.date, prediction.date),
    issuer: scoreIssuer(gold.self.issuer, prediction.issuer),
    level: scoreEnum(gold.level, prediction.level),
    system: scoreEnum(gold.system, prediction.system),
    slogans: scoreSlogans(gold.slogans, prediction.slogans, gold.slogans_last_truncated ?? false),
    citations: scoreCitations(gold, prediction.citations, text),
    warnings: prediction.warnings,
  };
}
