/**
 * The public interface of a chidao site (issue 21): its citation graph as published at
 * `do-thi.json`, relative to the site's base. Other chidao sites (peers) read it at build time to
 * link citations across sites; schemas/do-thi.schema.json is generated from this schema
 * (`node scripts/contract-schema.ts`) and a test keeps the two equal.
 *
 * Versioning: `version` is a whole number, raised on any change a reader of the previous version
 * would misread (a field renamed, removed or given another meaning). Adding an optional field does
 * not raise it; readers ignore fields they do not know. A reader accepts only its own version.
 *
 * Pure; no Astro imports.
 */
import { z } from 'astro/zod';

export const CONTRACT_FORMAT = 'chidao-graph';
export const CONTRACT_VERSION = 2;

const partialDate = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD');
/** A page path relative to the site base: no scheme, no leading slash, no "..". */
const sitePath = z.string().regex(/^(?![A-Za-z][A-Za-z0-9+.-]*:)(?!\/)(?!.*(?:^|\/)\.\.(?:\/|$)).*$/, 'a path relative to the site base');

export const contractDocumentSchema = z.looseObject({
  /** "van-ban/<entry>" for a directive the site publishes, else "tai-lieu/<slug>" (a document it cites). */
  id: z.string().min(1).describe('"van-ban/<entry>" for a directive the site publishes, else "tai-lieu/<slug>" (a document it cites)'),
  /** Its page on the site, relative to the site base ("van-ban/<entry>/"). */
  url: sitePath.describe('its page on the site, relative to the site base ("van-ban/<entry>/")'),
  /** Set when the site publishes the document's text (a directive of its collection). */
  entry: z.string().min(1).optional().describe('set when the site publishes the document\'s text'),
  /** The directive's subject (trích yếu), for directives of the collection. */
  title: z.string().optional(),
  type: z.string().optional(),
  /** As printed, and the matching key (case, accents, punctuation folded: "18nqtw"). */
  number: z.object({ printed: z.string(), key: z.string() }).optional(),
  /** The number group: documents that may be one another (the key; "<type>:<digits>" for bare numbers). */
  group: z.string().optional().describe('number group: documents that may be one another'),
  date: partialDate.optional(),
  /** Party term ("XII"), when no date is known. */
  term: z.string().optional(),
  issuer: z.string().optional(),
  /** Documents cited by name only ("Nghị quyết Đại hội XIII"). */
  name: z.string().optional(),
  /** A cited document's subject as the citing texts give it. */
  subject: z.string().optional(),
  spellings: z.array(z.string()),
});

export const contractReferenceSchema = z.looseObject({
  /** The citing entry (a directive of the site) and the index of the citation in its text. */
  from: z.string().min(1),
  mention: z.number().int().nonnegative(),
  line: z.number().int(),
  raw: z.string(),
  sentence: z.string(),
  status: z.enum(['stated', 'in-text', 'context', 'sole', 'named', 'ambiguous']),
  /** The document meant (a documents[].id); absent when ambiguous. */
  target: z.string().optional().describe('the document meant (a documents[].id); absent when ambiguous'),
  /** Ambiguous: the documents it may mean. */
  candidates: z.array(z.string()).optional(),
  group: z.string().optional(),
});

export const contractSchema = z.looseObject({
  format: z.literal(CONTRACT_FORMAT),
  version: z.number().int().positive().describe('raised on any change a reader of the previous version would misread; readers accept only their own'),
  /** Who publishes the site (content/site.yaml). */
  site: z.looseObject({ id: z.string().min(1), office: z.string().min(1) }),
  documents: z.array(contractDocumentSchema),
  references: z.array(contractReferenceSchema),
  /** Per entry, the documents it carries out ("Thực hiện …"), as documents[].id. */
  implements: z.record(z.string(), z.array(z.string())),
  numbers: z.record(z.string(), z.looseObject({ printed: z.string(), documents: z.array(z.string()) })),
});

export type ContractGraph = z.infer<typeof contractSchema>;
export type ContractDocument = z.infer<typeof contractDocumentSchema>;
export type ContractReference = z.infer<typeof contractReferenceSchema>;

/**
 * Checks a parsed do-thi.json: the contract graph, or why it is not one (the version first, so an
 * older or newer site is named as such rather than as malformed).
 */
export function checkContract(json: unknown): { graph: ContractGraph } | { problem: string } {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { problem: 'not a JSON object' };
  const head = json as { format?: unknown; version?: unknown };
  if (head.format !== CONTRACT_FORMAT) return { problem: `format is ${JSON.stringify(head.format)}, not "${CONTRACT_FORMAT}"` };
  if (head.version !== CONTRACT_VERSION) return { problem: `version ${JSON.stringify(head.version)}; this build reads version ${CONTRACT_VERSION}` };
  const parsed = contractSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    return { problem: `does not match the contract (${first.join('; ')}${parsed.error.issues.length > 3 ? `; ${parsed.error.issues.length - 3} more` : ''})` };
  }
  const ids = new Set(parsed.data.documents.map((d) => d.id));
  const dangling = parsed.data.references.find((r) => r.target !== undefined && !ids.has(r.target));
  if (dangling) return { problem: `reference from ${dangling.from} to ${dangling.target}, which is not among its documents` };
  return { graph: parsed.data };
}

/** The contract as JSON Schema (draft 2020-12), for schemas/do-thi.schema.json. */
export function contractJsonSchema(): object {
  return {
    ...z.toJSONSchema(contractSchema, { target: 'draft-2020-12', io: 'input' }),
    $id: 'https://chidao.example/schemas/do-thi.schema.json',
    title: 'chidao site graph (do-thi.json)',
    description: `The public interface of a chidao site, version ${CONTRACT_VERSION}: the documents it publishes and cites, with page URLs relative to the site base.`,
  };
}
