/**
 * node scripts/contract-schema.ts [--check]
 *
 * Writes schemas/do-thi.schema.json, the JSON Schema of a site's public graph (do-thi.json), from
 * the zod schema the build and peer reading use (src/federation/contract.ts). --check: exit 1 when
 * the committed file differs (tests/unit/federation-contract.test.ts checks the same).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { contractJsonSchema } from '../src/federation/contract.ts';
import { readCommandLine } from './lib/arguments.ts';

export const SCHEMA_FILE = fileURLToPath(new URL('../schemas/do-thi.schema.json', import.meta.url));
export const schemaText = () => `${JSON.stringify(contractJsonSchema(), null, 2)}\n`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = readCommandLine('usage: node scripts/contract-schema.ts [--check]', { options: { check: { type: 'boolean', default: false } } });
  if (values.check) {
    const same = readFileSync(SCHEMA_FILE, 'utf8') === schemaText();
    console.log(same ? 'schemas/do-thi.schema.json is up to date' : 'schemas/do-thi.schema.json differs from src/federation/contract.ts: run node scripts/contract-schema.ts');
    process.exit(same ? 0 : 1);
  }
  writeFileSync(SCHEMA_FILE, schemaText());
  console.log(`wrote ${SCHEMA_FILE}`);
}
