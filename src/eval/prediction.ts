/**
 * What the tools said about one file, in the terms gold.json uses: the shape the scoring reads.
 * Built from the importer and the citation finder by predict.ts; hand-made in tests.
 */

/** A citation the finder reported. */
export interface PredictedCitation {
  /** The number as printed ("46 - CT/TW"); absent for a name-only reference. */
  printed?: string;
  /** ISO date the finder attached, or null. */
  date: string | null;
  /** The span as written ("Luật Bầu cử … ngày 25/6/2015"): what a name-only reference is compared by. */
  raw: string;
  /** UTF-16 offsets of `raw` in the source text, when known (to tell which not_citations trap it fell into, and its line). */
  start?: number;
  end?: number;
  /** 1-based line of `start`, for reports. */
  line?: number;
}

export interface Prediction {
  /** The importer refused the text (ImportError): its message. */
  refused?: string;
  /** The importer threw anything else: its message. */
  crashed?: string;
  /** Vietnamese type name ("Kế hoạch"); null for none or "khác". */
  type: string | null;
  /** Own number as printed; null when none was found or it has no sequence ("/KH-UBND"). */
  number: string | null;
  date: string | null;
  issuer: string | null;
  /** central | province | district | commune */
  level: string | null;
  /** party | state | mass */
  system: string | null;
  slogans: string[];
  citations: PredictedCitation[];
  /** The importer's warnings, "field:line: message", shown with mismatches. */
  warnings: string[];
}
