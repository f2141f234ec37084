// The value Kapacitor ends up with for a key of an entry: the file's, else what the decoder leaves there.
// Reference §1.5: a lone [[influxdb]]/[[kafka]]/[[mqtt]]/[[httppost]] keeps NewConfig's defaults; with two or
// more, and for every other array section and for slack/discord/kubernetes (listmap), entries start from zero values.
import type { TomlValue } from '../../toml/types';
import type { FieldDef } from '../types';
import { effectiveDefault, startsFromZero as startsFromZeroIn } from '../defaults';
import { fieldIn, keyIn, type SectionEntry } from './context';

export function startsFromZero(entry: SectionEntry): boolean {
  return startsFromZeroIn(entry.section, entry.count);
}

export function defaultFor(entry: SectionEntry, field: FieldDef): TomlValue | undefined {
  return effectiveDefault(entry.section, field, entry.count);
}

/** the value as written (matched like Kapacitor: exact key, then any case), else the default that applies */
export function effective(entry: SectionEntry, key: string): TomlValue | undefined {
  const written = keyIn(entry.table, key);
  if (written !== undefined) return entry.table[written];
  const found = fieldIn(entry.section.fields, key);
  return found ? defaultFor(entry, found.field) : undefined;
}

export function isWritten(entry: SectionEntry, key: string): boolean {
  return keyIn(entry.table, key) !== undefined;
}

export function truthy(v: TomlValue | undefined): boolean {
  return v === true;
}

export function str(v: TomlValue | undefined): string {
  return typeof v === 'string' ? v : '';
}

export function isBlank(v: TomlValue | undefined): boolean {
  if (v === undefined || v === '') return true;
  if (Array.isArray(v)) return v.length === 0;
  return false;
}
