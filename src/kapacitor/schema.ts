// The one schema: every Kapacitor key, in the order of the 1.8.3 sample file.
// Forms, validation, help and environment-variable names all derive from these SectionDefs.
import type { FieldDef, SectionDef } from './types';
import type { KeyPath } from '../toml/types';
import * as core from './sections/core';

export const sections: readonly SectionDef[] = [
  core.root,
  core.http,
  core.tls,
  core.configOverride,
  core.logging,
  core.load,
  core.replay,
  core.task,
  core.storage,
  core.alert,
  core.deadman,
  core.fluxtask,
  core.reporting,
  core.stats,
];

const byName = new Map(sections.map((s) => [s.name, s]));

/** the section named `name` ('' = the top-level keys) */
export function sectionByName(name: string): SectionDef | undefined {
  return byName.get(name);
}

/** a key of a section; `key` may be dotted through 'table' fields ('basic-auth.username') */
export function fieldOf(section: string, key: string): FieldDef | undefined {
  const s = byName.get(section);
  if (!s) return undefined;
  const parts = key.split('.');
  let fields: FieldDef[] | undefined = s.fields;
  let found: FieldDef | undefined;
  for (const p of parts) {
    found = fields?.find((f) => f.key === p);
    if (!found) return undefined;
    fields = found.fields;
  }
  return found;
}

/** the field a document key path points at, e.g. ['influxdb', 0, 'urls'] or ['hostname'] */
export function fieldPath(path: KeyPath): FieldDef | undefined {
  const [first, ...rest] = path;
  if (typeof first !== 'string') return undefined;
  const s = byName.get(first);
  if (!s || first === '') return fieldOf('', first);
  const keys = rest.filter((p): p is string => typeof p === 'string');
  return keys.length ? fieldOf(s.name, keys.join('.')) : undefined;
}
