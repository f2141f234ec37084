// The schema as zod: one validator per key (and per section), generated from the FieldDefs' value checks.
// Kept apart from fields.ts so the code that only needs durations or host:port parsing does not load zod.
import { z } from 'zod';
import { fieldProblems } from './fields';
import type { FieldDef, SectionDef } from './types';

/** A zod schema for the TOML value of one key. Nested problems (list items, map entries, table keys)
 *  carry their path below the key. */
export function zodForField(field: FieldDef): z.ZodType {
  let schema = zodByField.get(field);
  if (!schema) {
    schema = z.unknown().superRefine((value, ctx) => {
      for (const p of fieldProblems(field, value)) ctx.addIssue({ code: 'custom', message: p.message, path: p.path ?? [] });
    });
    zodByField.set(field, schema);
  }
  return schema;
}

// Building a zod schema costs far more than running it, and the checker asks for one per value on every edit.
const zodByField = new WeakMap<FieldDef, z.ZodType>();

/** A zod object for one section table (or one element of an array section): every key optional,
 *  unknown keys kept (passthrough) so nothing is lost. For the root section only the root keys are checked. */
export function zodForSection(section: SectionDef): z.ZodObject {
  const shape: Record<string, z.ZodType> = {};
  for (const f of section.fields) shape[f.key] = zodForField(f).optional();
  return z.looseObject(shape);
}

/** Builds every field's schema ahead of need, a few at a time while the page is idle: the first check of a file
 *  otherwise builds them all in one go (about 30 ms of an import of the sample). */
export function prewarmZod(fields: readonly FieldDef[], idle: (work: () => void) => void): void {
  let next = 0;
  const step = () => {
    const until = performance.now() + 8;
    while (next < fields.length && performance.now() < until) zodForField(fields[next++]);
    if (next < fields.length) idle(step);
  };
  idle(step);
}

/** whether the field's schema has been built (for tests of prewarmZod) */
export const hasZodFor = (field: FieldDef): boolean => zodByField.has(field);
