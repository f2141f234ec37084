// What applies when a key is missing. NewConfig's default, except where Kapacitor's decoder starts an entry
// from Go zero values (reference §1.5): with two or more [[influxdb]], [[kafka]], [[mqtt]] or [[httppost]]
// entries; in every entry of an array section without a NewConfig element; and in [slack], [discord] and
// [kubernetes] as soon as the file has them (listmap decodes into fresh values).
// Kapacitor Enterprise starts some tables from other values (reference §9): the one place that says so is here.
import type { TomlValue } from '../toml/types';
import type { CheckOptions, FieldDef, SectionDef } from './types';

/** influxdb keys that ApplyConditionalDefaults fills back even when the defaults were lost */
const influxdbConditional = new Set(['udp-buffer', 'startup-timeout', 'subscription-protocol', 'subscriptions-sync-interval', 'compression']);

/** Go zero values that are not the zero of the kind: influxdb's subscription-mode is an int enum whose 0 is "cluster" */
const namedZeros: Record<string, TomlValue> = { 'influxdb.subscription-mode': 'cluster' };

/** Which Kapacitor the defaults are those of; leaving it out means open-source Kapacitor. */
export type DefaultOptions = Partial<Pick<CheckOptions, 'enterprise'>>;

export function zeroValue(field: FieldDef): TomlValue | undefined {
  switch (field.kind) {
    case 'boolean': return false;
    case 'integer': case 'float': return 0;
    case 'duration': return '0s';
    case 'stringList': return [];
    case 'stringMap': case 'stringListMap': case 'table': case 'tableMap': return undefined;
    default: return '';
  }
}

/** true when the entries of `section` start from zero values, given how many entries the file has */
export function startsFromZero(section: SectionDef, entryCount: number): boolean {
  if (section.kind === 'tableOrArray') return entryCount >= 1;
  if (section.kind === 'array') return !section.defaultElement || entryCount >= 2;
  return false;
}

/** The built-in (NewConfig) default of a key: Enterprise's where it has its own. */
export function builtInDefault(field: FieldDef, options: DefaultOptions = {}): TomlValue | undefined {
  if (options.enterprise) {
    if (field.enterpriseDefault !== undefined) return field.enterpriseDefault;
  }
  return field.default;
}

export function effectiveDefault(section: SectionDef, field: FieldDef, entryCount: number, options: DefaultOptions = {}): TomlValue | undefined {
  if (!startsFromZero(section, entryCount)) return builtInDefault(field, options);
  if (section.name === 'influxdb' && influxdbConditional.has(field.key)) return builtInDefault(field, options);
  return namedZeros[`${section.name}.${field.key}`] ?? zeroValue(field);
}
