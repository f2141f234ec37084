// The one-click repair for a duration Kapacitor refuses, when the intended text is clear (reference §1.7).
import type { TomlValue } from '../../toml/types';
import type { FieldDef, FindingFix } from '../types';
import { durationPattern } from '../fields';

export function durationFix(field: FieldDef, value: TomlValue): FindingFix | undefined {
  const quote = (text: string): FindingFix => ({ label: `Write "${text}"`, setValue: text });
  if (typeof value === 'number' || typeof value === 'bigint') {
    if (field.plainDuration || Number(value) === 0) return undefined;
    return quote(`${value}s`);
  }
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (/^[-+]?(\d+\.?\d*|\.\d+)$/.test(trimmed)) return quote(`${trimmed}s`);
  const days = /^(\d+)\s*([dw])$/.exec(trimmed);
  if (days) return quote(`${Number(days[1]) * (days[2] === 'd' ? 24 : 168)}h`);
  const squeezed = value.replace(/\s+/g, '');
  if (squeezed !== value && durationPattern.test(squeezed)) return quote(squeezed);
  return undefined;
}
