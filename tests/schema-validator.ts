/**
 * The published JSON Schemas (schema/*.schema.json), compiled once per test file with ajv's
 * JSON Schema 2020-12 build. `expectValid(kind, value)` fails with ajv's errors, so a test shows
 * which field broke the contract.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { expect } from 'vitest';
import { ROOT } from './helpers.js';

export const SCHEMA_FILES = {
  analysis: 'analysis.schema.json',
  'analysis-line': 'analysis-line.schema.json',
  'pairs-line': 'pairs-line.schema.json',
  exercise: 'exercise.schema.json',
} as const;
export type SchemaKind = keyof typeof SCHEMA_FILES;

let validators: Record<SchemaKind, ValidateFunction> | undefined;

function compiled(): Record<SchemaKind, ValidateFunction> {
  if (!validators) {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    const schemas = Object.fromEntries(
      Object.entries(SCHEMA_FILES).map(([kind, file]) => [kind, JSON.parse(readFileSync(path.join(ROOT, 'schema', file), 'utf8')) as { $id: string }]),
    ) as Record<SchemaKind, { $id: string }>;
    for (const s of Object.values(schemas)) ajv.addSchema(s);
    validators = Object.fromEntries(Object.entries(schemas).map(([kind, s]) => [kind, ajv.getSchema(s.$id)!])) as Record<SchemaKind, ValidateFunction>;
  }
  return validators;
}

/** The errors ajv finds in `value` against the schema of `kind` (none when it is valid). */
export function schemaErrors(kind: SchemaKind, value: unknown): string[] {
  const validate = compiled()[kind];
  // Validate what a reader of the JSON gets, not the in-memory object (undefined fields, -0).
  const json: unknown = JSON.parse(JSON.stringify(value));
  return validate(json) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

export function expectValid(kind: SchemaKind, value: unknown): void {
  expect(schemaErrors(kind, value)).toEqual([]);
}
