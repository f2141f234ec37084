// Shared by the outputs: the document's values cut into section entries the way Kapacitor reads them
// (root keys, [tables], [[array]] entries), the value Kapacitor uses when a key is missing (reference §1.5),
// secret detection, and a small semantic comparison of values.
import type { KeyPath, TomlTable, TomlValue } from '../../toml/types';
import { isTable, isTableArray } from '../../toml/values';
import type { FieldDef, SectionDef } from '../types';
import { sectionByName, sections } from '../schema';
import { effectiveDefault, startsFromZero as sectionStartsFromZero, zeroValue } from '../defaults';
import { parseGoDuration } from '../fields';

/** one table of a section as written: the root keys, `[smtp]`, one `[[influxdb]]` entry */
export interface Entry {
  section: SectionDef;
  /** the top-level key as written ('' for the root keys) */
  key: string;
  /** [] for the root, ['smtp'], ['influxdb', 1]; a table-form `[slack]` is ['slack'] */
  path: KeyPath;
  table: TomlTable;
  index: number;
  count: number;
  /** written as [[x]] entries (false for `[x]` and the root) */
  fromArray: boolean;
}

/** what the document holds that belongs to no known section, or sits in a shape Kapacitor cannot decode */
export interface Stray {
  key: string;
  value: TomlValue;
  reason: string;
}

export interface Entries {
  entries: Entry[];
  strays: Stray[];
}

/** the section a top-level key names: exact, else ignoring case as Kapacitor does */
export function sectionFor(key: string): SectionDef | undefined {
  if (key === '') return undefined;
  const exact = sectionByName(key);
  if (exact) return exact;
  const lower = key.toLowerCase();
  return sections.find((s) => s.name !== '' && s.name.toLowerCase() === lower);
}

/** a field by key: exact, else ignoring case (Kapacitor's fallback, reference §1.3) */
export function fieldFor(fields: readonly FieldDef[] | undefined, key: string): FieldDef | undefined {
  if (!fields) return undefined;
  return fields.find((f) => f.key === key) ?? fields.find((f) => f.key.toLowerCase() === key.toLowerCase());
}

export function documentEntries(values: TomlTable): Entries {
  const root = sectionByName('')!;
  const rootTable: TomlTable = Object.create(null);
  const entries: Entry[] = [];
  const strays: Stray[] = [];
  for (const [key, value] of Object.entries(values)) {
    if (fieldFor(root.fields, key)) {
      rootTable[key] = value;
      continue;
    }
    const section = sectionFor(key);
    if (!section) {
      if (isTable(value) || isTableArray(value)) strays.push({ key, value, reason: `[${key}] is not a Kapacitor section; Kapacitor ignores it` });
      else rootTable[key] = value;
      continue;
    }
    const isArraySection = section.kind === 'array' || section.kind === 'tableOrArray';
    if (isTable(value)) {
      // A plain-slice section written as [x] is a type error in Kapacitor; it is still read here as its one entry.
      entries.push({ section, key, path: [key], table: value, index: 0, count: 1, fromArray: false });
    } else if (isTableArray(value) && isArraySection) {
      value.forEach((table, index) => entries.push({ section, key, path: [key, index], table, index, count: value.length, fromArray: true }));
    } else if (Array.isArray(value) && value.length === 0 && isArraySection) {
      // `influxdb = []`: no entries at all
      continue;
    } else {
      strays.push({ key, value, reason: `${key} is not written the way Kapacitor reads [${section.name}]` });
    }
  }
  entries.unshift({ section: root, key: '', path: [], table: rootTable, index: 0, count: 1, fromArray: false });
  return { entries, strays };
}

/** Entries of this section start from Go zero values instead of NewConfig's defaults (reference §1.5). */
export function startsFromZero(entry: Pick<Entry, 'section' | 'count'>): boolean {
  return sectionStartsFromZero(entry.section, Math.max(entry.count, 1));
}

/** Kapacitor Enterprise [auth] defaults (reference §9); everything else is shared with open source */
const ENTERPRISE_DEFAULTS: Record<string, TomlValue> = { 'auth.cache-expiration': '10m', 'auth.bcrypt-cost': 10 };

/** The value Kapacitor uses for a top-level field of an entry when the file leaves it out. */
export function baseline(entry: Pick<Entry, 'section' | 'count'>, field: FieldDef, opts: { enterprise?: boolean } = {}): TomlValue | undefined {
  const s = entry.section;
  if (!startsFromZero(entry)) {
    if (opts.enterprise) {
      const ent = ENTERPRISE_DEFAULTS[`${s.name}.${field.key}`];
      if (ent !== undefined) return ent;
    }
    return field.default;
  }
  const value = effectiveDefault(s, field, Math.max(entry.count, 1));
  if (value !== undefined) return value;
  if (field.kind === 'stringMap' || field.kind === 'stringListMap' || field.kind === 'tableMap') return Object.create(null) as TomlTable;
  if (field.kind === 'table') {
    const out: TomlTable = Object.create(null);
    for (const f of field.fields ?? []) {
      const z = zeroValue(f);
      if (z !== undefined) out[f.key] = z;
    }
    return out;
  }
  return zeroValue(field);
}

/** The identity of an array entry as Kapacitor sees it: written, else the default that applies. */
export function identityOf(entry: Entry): string | undefined {
  const idKey = entry.section.identityKey;
  if (!idKey) return undefined;
  const written = Object.keys(entry.table).find((k) => k === idKey) ?? Object.keys(entry.table).find((k) => k.toLowerCase() === idKey);
  if (written !== undefined) {
    const v = entry.table[written];
    return typeof v === 'string' ? v : String(v);
  }
  const field = fieldFor(entry.section.fields, idKey);
  const b = field ? baseline(entry, field) : undefined;
  return typeof b === 'string' ? b : '';
}

// ---- secrets ----

/** Keys unknown to the schema, and map keys, whose name says they hold a credential. */
const SECRET_LIKE = /passw(or)?d|passphrase|secret|token|api[-_]?key|credential|authorization|bearer/i;

/** Is the value at `path` a secret? Schema FieldDef.secret anywhere along the path (httppost basic-auth is secret as
 *  a whole), matched ignoring case as Kapacitor matches keys. Beyond the schema: fluxtask `secrets` values, map
 *  entries (headers, udf env, ...) and unknown keys whose name looks like a credential. */
export function isSecretPath(path: KeyPath): boolean {
  const p = path[0] === '' ? path.slice(1) : path;
  if (p.length === 0) return false;
  const root = sectionByName('')!;
  let i = 0;
  let fields: readonly FieldDef[] | undefined;
  const first = p[0];
  if (typeof first === 'string' && fieldFor(root.fields, first)) {
    fields = root.fields;
  } else {
    const s = typeof first === 'string' ? sectionFor(first) : undefined;
    if (!s) return p.some((seg) => typeof seg === 'string' && SECRET_LIKE.test(seg));
    fields = s.fields;
    i = 1;
    if (typeof p[1] === 'number') i = 2;
  }
  for (; i < p.length; i++) {
    const seg = p[i];
    if (typeof seg === 'number') continue;
    const f = fieldFor(fields, seg);
    if (!f) {
      // an unknown key, or a map key below a map field
      return SECRET_LIKE.test(seg);
    }
    if (f.secret) return true;
    if (f.kind === 'stringMap' && f.key === 'secrets') return true;
    if (f.kind === 'table') {
      fields = f.fields;
    } else if (f.kind === 'tableMap') {
      i++; // the entry name (udf function name)
      fields = f.fields;
    } else {
      fields = undefined;
      // below a map: the map key decides
      const below = p.slice(i + 1).find((x) => typeof x === 'string');
      return typeof below === 'string' && (f.kind === 'stringMap' || f.kind === 'stringListMap') && SECRET_LIKE.test(below);
    }
  }
  return false;
}

/** "<slack.url>": the placeholder that stands for a secret, named by its keys without indices */
export function secretPlaceholder(path: KeyPath): string {
  const names = path.filter((s): s is string => typeof s === 'string' && s !== '');
  return `<${names.join('.')}>`;
}

/** A copy of `values` with every non-empty secret (isSecretPath) replaced by its "<section.key>" placeholder, and how
 *  many were replaced: what the outputs write when the user has not asked for secrets. */
/** user:password@ in a URL (scheme://user:password@host): the password part. The match starts at "://" (with a
 *  scheme character before it): starting at every letter, as a scheme-first pattern does, took seconds on one
 *  long string value (quadratic). */
export const URL_PASSWORD = /(?<=[A-Za-z0-9+.-]):\/\/([^\s/:@"'[\]{}]*):([^\s/@"'[\]{}]+)@/g;

/** The string with the password of every URL with credentials replaced by `password` (scheme://user:password@):
 *  a URL's password is as secret as a password key, wherever the URL is written. */
export function urlPasswordsReplaced(text: string, password: string): string {
  if (!text.includes('://')) return text;
  return text.replace(URL_PASSWORD, (_, user: string) => (password === '' ? `://${user}@` : `://${user}:${password}@`));
}

/** How many URLs with a password the text has. */
export function urlPasswordCount(text: string): number {
  return text.includes('://') ? (text.match(URL_PASSWORD)?.length ?? 0) : 0;
}

/** The placeholder written for the password of a URL handed out without its secrets. */
export const URL_PASSWORD_PLACEHOLDER = '<password>';

export function secretsMasked(values: TomlTable): { values: TomlTable; count: number } {
  let count = 0;
  const walk = (v: TomlValue, path: KeyPath): TomlValue => {
    if (isTable(v)) {
      const out: TomlTable = Object.create(null);
      for (const [k, x] of Object.entries(v)) out[k] = walk(x, [...path, k]);
      return out;
    }
    if (Array.isArray(v)) return v.map((x, i) => walk(x, [...path, i]));
    if (v === '') return v;
    if (!isSecretPath(path)) {
      if (typeof v !== 'string') return v;
      const masked = urlPasswordsReplaced(v, URL_PASSWORD_PLACEHOLDER);
      if (masked !== v) count++;
      return masked;
    }
    count++;
    return secretPlaceholder(path);
  };
  const out: TomlTable = Object.create(null);
  for (const [k, v] of Object.entries(values)) out[k] = walk(v, [k]);
  return { values: out, count };
}

// ---- values ----

/** every leaf below `value` (scalars, and arrays that are not arrays of tables), with its path */
export function* leaves(value: TomlValue, path: KeyPath = []): Generator<{ path: KeyPath; value: TomlValue }> {
  if (isTable(value)) {
    for (const [k, v] of Object.entries(value)) yield* leaves(v, [...path, k]);
  } else if (isTableArray(value)) {
    for (let i = 0; i < value.length; i++) yield* leaves(value[i], [...path, i]);
  } else {
    yield { path, value };
  }
}

/** The same value as Kapacitor reads it: durations by length ("1m0s" = "1m", 0 = "0s"), numbers across int/float/bigint,
 *  case-insensitive enums, maps and lists item by item. */
export function sameValue(field: FieldDef | undefined, a: TomlValue | undefined, b: TomlValue | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (field?.kind === 'duration' && (typeof a === 'string' || typeof a === 'number' || typeof a === 'bigint')) {
    const na = durationNs(a);
    const nb = durationNs(b);
    if (na !== undefined && nb !== undefined) return na === nb;
  }
  if ((typeof a === 'number' || typeof a === 'bigint') && (typeof b === 'number' || typeof b === 'bigint')) {
    return a == b; // 1 == 1n across number and bigint
  }
  if (field?.caseInsensitive && typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase();
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(undefined, x, b[i]));
  if (isTable(a) && isTable(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && sameValue(fieldFor(field?.fields, k), a[k], b[k]));
  }
  if (a instanceof Date || b instanceof Date || (typeof a === 'object' && typeof b === 'object')) {
    const sa = (a as { toISOString?: () => string }).toISOString?.();
    const sb = (b as { toISOString?: () => string }).toISOString?.();
    return sa !== undefined && sa === sb;
  }
  return a === b;
}

function durationNs(v: TomlValue): number | undefined {
  if (typeof v === 'number' || typeof v === 'bigint') return Number(v);
  if (typeof v !== 'string') return undefined;
  return parseGoDuration(v);
}
