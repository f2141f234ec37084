// Equality of TOML values, used to verify every edit and by callers to skip edits that change nothing.
import { isTable, ownKey } from './values';
import type { TomlValue } from './types';

/** Deep equality as TOML sees it: numbers by value (NaN equals NaN), dates by their TOML text, tables by keys. */
export function deepEqual(a: TomlValue | undefined, b: TomlValue | undefined): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === undefined || b === undefined) return false;
  if (typeof a === 'number') return Object.is(a, b);
  if (typeof a !== 'object') return false;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  if (isTable(a)) {
    if (!isTable(b)) return false;
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => ownKey(b, k) && deepEqual(a[k], b[k]));
  }
  if (isTable(b) || Array.isArray(b)) return false;
  return (a as { toISOString(): string }).toISOString() === (b as { toISOString(): string }).toISOString();
}
