/**
 * A small JSON Schema (2020-12) checker for the keywords schemas/do-thi.schema.json uses, so a test
 * can check a built do-thi.json against the published file itself, not only against the zod
 * schema it is generated from. A keyword it does not know is an error, never passed over: if the
 * schema grows one, this must learn it (or the project take a full validator such as ajv).
 */
type Schema = Record<string, unknown>;
const KNOWN = new Set(['$id', '$schema', 'title', 'description', 'type', 'properties', 'required', 'additionalProperties', 'propertyNames',
  'items', 'const', 'enum', 'pattern', 'minLength', 'minimum', 'maximum', 'exclusiveMinimum']);

const typeOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v);

/** Every place `value` breaks `schema`, as "path: what". */
export function schemaErrors(schema: Schema, value: unknown, path = '$'): string[] {
  const unknown = Object.keys(schema).filter((k) => !KNOWN.has(k));
  if (unknown.length) return [`${path}: the checker does not know ${unknown.join(', ')}`];
  const errors: string[] = [];
  const t = typeOf(value);
  if (schema.type !== undefined && !(schema.type === t || (schema.type === 'number' && t === 'integer'))) return [`${path}: ${t}, not ${String(schema.type)}`];
  if ('const' in schema && value !== schema.const) errors.push(`${path}: not ${JSON.stringify(schema.const)}`);
  if (schema.enum && !(schema.enum as unknown[]).includes(value)) errors.push(`${path}: not one of ${JSON.stringify(schema.enum)}`);
  if (typeof value === 'string') {
    if (schema.minLength !== undefined && value.length < (schema.minLength as number)) errors.push(`${path}: shorter than ${String(schema.minLength)}`);
    if (schema.pattern !== undefined && !new RegExp(schema.pattern as string, 'u').test(value)) errors.push(`${path}: does not match ${String(schema.pattern)}`);
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < (schema.minimum as number)) errors.push(`${path}: below ${String(schema.minimum)}`);
    if (schema.maximum !== undefined && value > (schema.maximum as number)) errors.push(`${path}: above ${String(schema.maximum)}`);
    if (schema.exclusiveMinimum !== undefined && value <= (schema.exclusiveMinimum as number)) errors.push(`${path}: not above ${String(schema.exclusiveMinimum)}`);
  }
  if (Array.isArray(value) && schema.items) value.forEach((v, i) => errors.push(...schemaErrors(schema.items as Schema, v, `${path}[${i}]`)));
  if (t === 'object') {
    const obj = value as Record<string, unknown>;
    const props = (schema.properties ?? {}) as Record<string, Schema>;
    for (const r of (schema.required ?? []) as string[]) if (!(r in obj)) errors.push(`${path}: ${r} is missing`);
    for (const [k, v] of Object.entries(obj)) {
      if (schema.propertyNames) errors.push(...schemaErrors(schema.propertyNames as Schema, k, `${path}.${k} (name)`));
      if (props[k]) errors.push(...schemaErrors(props[k], v, `${path}.${k}`));
      else if (schema.additionalProperties === false) errors.push(`${path}: ${k} is not allowed`);
      else if (typeof schema.additionalProperties === 'object') errors.push(...schemaErrors(schema.additionalProperties as Schema, v, `${path}.${k}`));
    }
  }
  return errors;
}
