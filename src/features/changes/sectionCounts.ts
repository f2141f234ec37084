import type { Finding } from '../../kapacitor/types';
import { sections } from '../../kapacitor/schema';
import { deepEqual } from '../../toml/equal';
import { originalPathOf } from './originalPath';
import type { TomlTable, TomlValue } from '../../toml/types';

const rootKeys = new Set(sections.find((s) => s.kind === 'root')?.fields.map((f) => f.key) ?? []);

/** the section a top-level document key belongs to ('' for the keys before the first table) */
function sectionOf(key: string | number | undefined, values?: TomlTable): string {
  if (typeof key !== 'string') return '';
  if (rootKeys.has(key)) return '';
  const v = values?.[key];
  if (values && v !== undefined && (typeof v !== 'object' || v instanceof Date)) return '';
  return key;
}

/** How many leaf values differ from the imported file, per section. */
export function editCounts(current: TomlTable, original: TomlTable): Map<string, number> {
  const counts = new Map<string, number>();
  const bump = (section: string, n: number) => { if (n > 0) counts.set(section, (counts.get(section) ?? 0) + n); };
  const keys = new Set([...Object.keys(current), ...Object.keys(original)]);
  for (const key of keys) {
    const a = current[key];
    const b = original[key];
    if (deepEqual(a, b)) continue;
    bump(sectionOf(key, a !== undefined ? current : original), entriesDiff(key, current, original) ?? leafDiff(a, b));
  }
  return counts;
}

/** For an array of tables: entries compared with their imported selves (matched by name, as the fields are, so a
 *  move counts no edit), plus one per imported entry no longer there. Undefined for anything else. */
function entriesDiff(key: string, current: TomlTable, original: TomlTable): number | undefined {
  const now = current[key];
  const then = original[key];
  if (!Array.isArray(now) || !Array.isArray(then) || !now.concat(then).every((e) => isObject(e) && !Array.isArray(e))) return undefined;
  const matched = new Set<number>();
  let n = 0;
  now.forEach((entry, i) => {
    const at = originalPathOf(original, current, [key, i]);
    const index = at?.[1];
    if (typeof index === 'number' && !matched.has(index)) matched.add(index);
    n += leafDiff(entry, typeof index === 'number' ? then[index] : undefined);
  });
  return n + then.filter((_, i) => !matched.has(i)).length;
}

function isObject(v: unknown): v is Record<string, TomlValue> {
  return typeof v === 'object' && v !== null && !(v instanceof Date);
}

function leafDiff(a: TomlValue | undefined, b: TomlValue | undefined): number {
  if (deepEqual(a, b)) return 0;
  if (isObject(a) && isObject(b) && Array.isArray(a) === Array.isArray(b) && !(Array.isArray(a) && typeof a[0] !== 'object')) {
    let n = 0;
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) n += leafDiff(a[k], b[k]);
    return n;
  }
  return 1;
}

export function problemCounts(findings: readonly Finding[], values: TomlTable): Map<string, { error: number; warning: number }> {
  const counts = new Map<string, { error: number; warning: number }>();
  for (const f of findings) {
    if (f.severity === 'info') continue;
    const section = sectionOf(f.path[0], values);
    const c = counts.get(section) ?? { error: 0, warning: 0 };
    c[f.severity]++;
    counts.set(section, c);
  }
  return counts;
}
