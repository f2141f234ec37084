import { zodForField } from '../../kapacitor/zod';
import type { FieldDef } from '../../kapacitor/types';
import { fromInput, type FieldInput } from './convert';

const cache = new WeakMap<FieldDef, ReturnType<typeof zodForField>>();

/** The first problem with an input, in words; undefined when Kapacitor would accept it. */
export function validateInput(field: FieldDef, input: FieldInput): string | undefined {
  const converted = fromInput(field, input);
  if (!converted.ok) return converted.message;
  let schema = cache.get(field);
  if (!schema) {
    schema = zodForField(field);
    cache.set(field, schema);
  }
  const result = schema.safeParse(converted.value);
  return result.success ? undefined : result.error.issues[0]?.message ?? 'Invalid value';
}
