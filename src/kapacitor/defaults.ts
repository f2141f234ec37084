// What applies when a key is missing: NewConfig's default, except in arrays of tables where Kapacitor
// starts every entry from zero values (reference §1.5: two or more [[influxdb]], [[kafka]], [[mqtt]] or
// [[httppost]] entries; every entry of a section without a NewConfig element).
import type { TomlValue } from '../toml/types';
import type { FieldDef, SectionDef } from './types';

/** influxdb keys that ApplyConditionalDefaults fills back even when the defaults were lost */
const influxdbConditional = new Set(['udp-buffer', 'startup-timeout', 'subscription-protocol', 'subscriptions-sync-interval', 'compression']);

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

export function effectiveDefault(section: SectionDef, field: FieldDef, entryCount: number): TomlValue | undefined {
  if (section.kind === 'array' && section.defaultElement && entryCount >= 2) {
    if (section.name === 'influxdb' && influxdbConditional.has(field.key)) return field.default;
    return zeroValue(field);
  }
  return field.default;
}
