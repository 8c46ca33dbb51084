/**
 * The directive entry: one zod schema, used by the Astro collection (src/content.config.ts),
 * the importer (src/import) and the content check (scripts/check-content.ts) alike.
 *
 * A field the importer could not find is absent (or an empty list), never guessed. A reviewer
 * who fills one in by hand lists it in `provenance.editedFields`, so a re-import can tell the
 * importer's knowledge from the reviewer's.
 */
import { z } from 'astro/zod';
import { DOCUMENT_TYPE_SLUGS } from './document-type.ts';
import { numberKey } from './document-number.ts';
import { parsePartialDate } from './partial-date.ts';

const text = z.string().trim().min(1, { error: 'must not be empty' });

/** Said when a date is not a string: YAML reads an unquoted year (date: 2024) as a number. */
const dateNotText = (input: unknown) => input === undefined ? undefined
  : `must be a date in quotes, written "YYYY", "YYYY-MM" or "YYYY-MM-DD"${typeof input === 'number' ? ` (YAML reads ${input} unquoted as a number)` : ''}`;

export const partialDate = z.string({ error: (issue) => dateNotText(issue.input) }).refine((s) => parsePartialDate(s) !== undefined, {
  error: 'must be a real date written YYYY, YYYY-MM or YYYY-MM-DD (unknown parts left out, never invented)',
});

export const SYSTEMS = ['party', 'state', 'mass'] as const;
export const LEVELS = ['central', 'province', 'district', 'commune'] as const;
export const AUTHORITY_MARKS = ['T/M', 'K/T', 'T/L', 'TM.', 'KT.', 'TL.', 'TUQ.', 'Q.'] as const;

export const documentNumber = z
  .object({
    /** As printed after "Số"/"Số:", e.g. "173-HD/BTGTW", "/TTCS-TTTQ" (blank sequence). */
    printed: z.string(),
    /** numberKey(printed); checked, so a hand edit cannot leave them out of step. */
    key: z.string(),
  })
  .strict()
  .refine((n) => n.key === numberKey(n.printed), {
    error: (iss) => `key must be "${numberKey((iss.input as { printed: string }).printed)}", the normalised form of printed`,
    path: ['key'],
  });

export const issuer = z
  .object({
    name: text,
    /** Abbreviation used in ký hiệu, e.g. "BTGTW", "TTCS". */
    code: text.optional(),
    level: z.enum(LEVELS).optional(),
    parent: text.optional(),
  })
  .strict();

export const signature = z
  .object({
    /** T/M, K/T, T/L (Party) or TM., KT., TL., TUQ., Q. (State). */
    authority: z.enum(AUTHORITY_MARKS).optional(),
    /** The collective body signed for, after the authority mark: "BAN THƯỜNG VỤ". */
    onBehalfOf: text.optional(),
    position: text.optional(),
    name: text.optional(),
  })
  .strict();

/** A reference to another document as written in this one ("Thực hiện Hướng dẫn số …"). */
export const documentRef = z
  .object({
    /** The words of the reference, verbatim from the text. */
    text,
    type: z.enum(DOCUMENT_TYPE_SLUGS).optional(),
    number: z.string().optional(),
    date: partialDate.optional(),
    issuer: text.optional(),
  })
  .strict();

export const commemoration = z
  .object({
    /** As written: "80 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2024)". */
    text,
    /** The occasion without the dates: "Ngày thành lập Quân đội nhân dân Việt Nam". */
    occasion: text,
    years: z.number().int().positive().optional(),
    from: partialDate,
    to: partialDate,
  })
  .strict();

export const deadline = z
  .object({
    /** The sentence fragment stating it: "hoàn thành trước ngày 31/12/2024". */
    text,
    date: partialDate,
  })
  .strict();

export const SOURCE_FORMATS = ['text', 'docx', 'pdf', 'html', 'ocr'] as const;
/** The places in a source text a metadata field can be read from. */
export const FIELD_ORIGINS = [
  'header', 'portal-table', 'news-lead', 'opening', 'title', 'signature', 'body', 'number-code', 'issuer-name', 'page-address', 'annex',
] as const;
export const fieldSource = z
  .object({ from: z.enum(FIELD_ORIGINS), line: z.number().int().positive() })
  .strict();

export const provenance = z
  .object({
    /** Source file name as imported. */
    source: text,
    /** SHA-256 (hex) of the source file's bytes. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/, { error: 'must be 64 lower-case hex digits' }),
    /** Day of import, YYYY-MM-DD. */
    imported: z.string().refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && parsePartialDate(s) !== undefined, {
      error: 'must be a real day written YYYY-MM-DD',
    }),
    /** 'truncated' when the text is known to be cut short (no ending, "Xem tiếp …"). */
    completeness: z.enum(['complete', 'truncated']),
    /** How the text was obtained from the file: as text, or extracted from Word, PDF, a web page, OCR. */
    format: z.enum(SOURCE_FORMATS).optional(),
    /** A conversion applied to reach Unicode text, named: "TCVN3 (ABC) → Unicode", "OCR (tesseract, vie)". */
    conversion: text.optional(),
    /** The web address the text was published at: a saved page's own (canonical) address, or given on import. */
    url: z.url({ protocol: /^https?$/ }).optional(),
    /**
     * Level of the body whose site published the page, read from `url` (src/import/issuer/site-level.ts),
     * kept when the text names no issuing body to carry it (a page of slogans under an office's banner).
     */
    siteLevel: z.enum(LEVELS).optional(),
    /**
     * Where the directive sits in the source text (1-based lines), when the file holds more than the
     * directive: a portal's navigation before it, related links after it. The lines outside are kept
     * in the entry (<PageBefore>, <PageAfter>), not shown as the directive's text.
     */
    bodyLines: z.object({ first: z.number().int().positive(), last: z.number().int().positive() }).strict().optional(),
    /** Where each metadata field was read: { number: { from: 'header', line: 12 }, … }. */
    fieldSources: z.record(z.string(), fieldSource).default({}),
    /** Metadata fields a person filled in or corrected after import, as dotted paths. */
    editedFields: z.array(z.string()).default([]),
  })
  .strict();

export const directiveSchema = z
  .object({
    system: z.enum(SYSTEMS).optional(),
    type: z.enum(DOCUMENT_TYPE_SLUGS),
    number: documentNumber.optional(),
    issuer: issuer.optional(),
    place: text.optional(),
    date: partialDate.optional(),
    /** Trích yếu: the subject line ("V/v …" for a công văn, the line under the type otherwise). */
    title: text.optional(),
    recipients: z.array(text).default([]),
    distribution: z.array(text).default([]),
    signature: signature.optional(),
    implements: z.array(documentRef).default([]),
    slogans: z.array(text).default([]),
    commemorations: z.array(commemoration).default([]),
    deadlines: z.array(deadline).default([]),
    topics: z.array(text).default([]),
    provenance,
  })
  .strict();

export type Directive = z.output<typeof directiveSchema>;
/** A directive as the site's lists take it; Astro's CollectionEntry<'directives'> is one. */
export interface Entry { id: string; data: Directive }
export type DirectiveInput = z.input<typeof directiveSchema>;
export type DocumentRef = z.output<typeof documentRef>;
export type Level = (typeof LEVELS)[number];
export type DocumentSystem = (typeof SYSTEMS)[number];
