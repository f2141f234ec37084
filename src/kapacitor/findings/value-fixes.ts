// One-click repairs for values Kapacitor refuses, when the intended text is clear.
import type { TomlValue } from '../../toml/types';
import type { FieldDef, FindingFix } from '../types';
import { durationPattern } from '../fields';
import { show } from './context';

/** a duration written without quotes or unit (reference §1.7) */
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

/** a name with characters the pattern forbids: the same name with each run of them turned into "-" */
export function patternFix(field: FieldDef, value: TomlValue): FindingFix | undefined {
  if (!field.pattern || typeof value !== 'string' || value === '' || field.kind !== 'string') return undefined;
  const allowed = /^\^\[([^\]]+)\]\+\$$/.exec(field.pattern);
  if (!allowed) return undefined;
  const fixed = value.replace(new RegExp(`[^${allowed[1]}]+`, 'gu'), '-');
  return fixed !== value && new RegExp(field.pattern, 'u').test(fixed) ? { label: `Write ${show(fixed)}`, setValue: fixed } : undefined;
}
