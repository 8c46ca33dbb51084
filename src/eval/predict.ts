/**
 * Runs the importer and the citation finder on one file and turns what they say into a Prediction.
 * loadText is the one place that knows how a file becomes text: the format readers
 * (src/import/formats/: text, Word, PDF, web pages, OCR).
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { ImportError } from '../import/source-text.ts';
import { readSource } from '../import/formats/read-source.ts';
import { importText, sha256Hex } from '../import/import-text.ts';
import { findCitations } from '../citations/find.ts';
import { DOCUMENT_TYPES } from '../model/document-type.ts';
import { parseDocumentNumber } from '../model/document-number.ts';
import type { Directive } from '../model/directive.ts';
import type { PredictedCitation, Prediction } from './prediction.ts';

export interface LoadedText {
  text: string;
  sha256: string;
  /** A saved page's own web address. */
  url?: string;
}

/** A file → the text the tools read (readSource: whatever format it is in). */
export async function loadText(file: string): Promise<LoadedText> {
  const bytes = await readFile(file);
  const source = await readSource(bytes, basename(file));
  return { text: source.text, sha256: sha256Hex(bytes), ...(source.url ? { url: source.url } : {}) };
}

/** 1-based line of an offset (the finder's offsets are into the NFC text, which readSource returns). */
const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/** The finder's citations of other documents: its own-number header line is not one. */
export function predictedCitations(text: string): PredictedCitation[] {
  return findCitations(text)
    .filter((c) => !c.header)
    .map((c) => ({
      ...(c.number && c.number.printed ? { printed: c.number.printed } : {}),
      date: c.date ?? null,
      raw: c.raw,
      start: c.start,
      end: c.end,
      line: lineAt(text, c.start),
    }));
}

const EMPTY: Omit<Prediction, 'citations'> = { type: null, number: null, date: null, issuer: null, level: null, system: null, slogans: [], warnings: [] };

/** The importer's entry in gold's terms: 'khac' is no type, a number without its sequence is no number. */
export function fromEntry(data: Directive): Omit<Prediction, 'citations' | 'warnings'> {
  const printed = data.number?.printed ?? '';
  return {
    type: data.type === 'khac' ? null : DOCUMENT_TYPES[data.type].name,
    number: printed && parseDocumentNumber(printed).seq !== null ? printed : null,
    date: data.date ?? null,
    issuer: data.issuer?.name ?? null,
    level: data.issuer?.level ?? data.provenance.siteLevel ?? null,
    system: data.system ?? null,
    slogans: data.slogans,
  };
}

/** Importer and finder on one text. Never throws: a refusal or a crash is part of the prediction. */
export function predictText(text: string, fileName: string, sha256: string, imported = '2000-01-01', url?: string): Prediction {
  const citations = predictedCitations(text);
  try {
    const r = importText(text, { source: fileName, sha256, imported, ...(url ? { url } : {}) });
    return { ...fromEntry(r.data), citations, warnings: r.warnings.map((w) => `${w.field}:${w.line}: ${w.message}`) };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return e instanceof ImportError
      ? { ...EMPTY, refused: e.line ? `line ${e.line}: ${message}` : message, citations }
      : { ...EMPTY, crashed: message, citations };
  }
}

/** `url`: the text's web address when known; a saved page's own address wins over it. */
export async function predictFile(file: string, url?: string): Promise<{ text: string; prediction: Prediction }> {
  let loaded: LoadedText;
  try {
    loaded = await loadText(file);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    // An unreadable file is refused like any text the importer turns down.
    return { text: '', prediction: { ...EMPTY, ...(e instanceof ImportError ? { refused: message } : { crashed: message }), citations: [] } };
  }
  return { text: loaded.text, prediction: predictText(loaded.text, basename(file), loaded.sha256, undefined, loaded.url ?? url) };
}
