// Test helpers: what Kapacitor ends up with for a file (NewConfig, then the file decoded on top, reference §1.5/§1.6),
// and what it ends up with after KAPACITOR_* variables are applied the way server/config.go applies them
// (only existing slice elements, an empty value skipped, map keys created).
import type { KeyPath, TomlTable, TomlValue } from '../../toml/types';
import { isTable } from '../../toml/values';
import type { FieldDef, SectionDef } from '../types';
import { sections } from '../schema';
import { baseline, documentEntries, fieldFor, sameValue, startsFromZero, type Entry } from './entries';
import type { EnvVar } from './env-export';

/** section|entry|field → the value Kapacitor uses, for every field of every section that has an entry */
export function effectiveConfig(values: TomlTable): Map<string, { field: FieldDef; value: TomlValue | undefined }> {
  const { entries } = documentEntries(values);
  const out = new Map<string, { field: FieldDef; value: TomlValue | undefined }>();
  for (const s of sections) {
    let list: Entry[] = entries.filter((e) => e.section === s);
    if (list.length === 0) {
      if (s.kind === 'root' || s.kind === 'table' || s.defaultElement) {
        // NewConfig's own table or element, untouched by the file
        list = [{ section: s, key: s.name, path: [s.name], table: {}, index: 0, count: 1, fromArray: false }];
        if (s.kind === 'tableOrArray') list = list.map((e) => ({ ...e, section: { ...s, kind: 'table' } as SectionDef }));
      }
    }
    for (const e of list) {
      for (const f of s.fields) {
        const key = `${s.name}|${e.index}|${f.key}`;
        out.set(key, { field: f, value: effectiveField(e, f) });
      }
    }
  }
  return out;
}

function written(table: TomlTable, key: string): TomlValue | undefined {
  const k = Object.keys(table).find((x) => x === key) ?? Object.keys(table).find((x) => x.toLowerCase() === key.toLowerCase());
  return k === undefined ? undefined : table[k];
}

function effectiveField(e: Entry, f: FieldDef): TomlValue | undefined {
  const w = written(e.table, f.key);
  const b = baseline(e, f);
  if ((f.kind === 'stringMap' || f.kind === 'stringListMap' || f.kind === 'table' || f.kind === 'tableMap') && isTable(w)) {
    return { ...(isTable(b) ? b : {}), ...w }; // maps and structs merge into what is there
  }
  if (w === undefined) return b;
  if (f.kind === 'duration' && w === '' && !f.plainDuration) return b; // "" keeps the default
  return w;
}

/** Compares two effective configurations; returns the keys that differ (with both values) */
export function differences(a: ReturnType<typeof effectiveConfig>, b: ReturnType<typeof effectiveConfig>): string[] {
  const out: string[] = [];
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(key);
    const y = b.get(key);
    if (!x || !y) {
      out.push(`${key}: only in ${x ? 'first' : 'second'}`);
      continue;
    }
    if (!sameValue(x.field, x.value, y.value)) out.push(`${key}: ${JSON.stringify(x.value, bigints)} ≠ ${JSON.stringify(y.value, bigints)}`);
  }
  return out;
}

const bigints = (_: string, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v);

/** The file's values with the variables applied like Kapacitor: throws when a variable names an element or list item
 *  the file (or NewConfig) does not have, since Kapacitor would silently ignore it. */
export function applyEnv(fileValues: TomlTable, vars: readonly EnvVar[]): TomlTable {
  const values = structuredClone(fileValues) as TomlTable;
  for (const v of vars) {
    if (v.value === '') continue;
    const [first, ...rest] = v.path;
    const entries = documentEntries(values).entries;
    const root = entries[0];
    if (typeof first === 'string' && fieldFor(root.section.fields, first)) {
      setPath(values, root.section, root, [first], rest, v);
      continue;
    }
    const s = sections.find((x) => x.name === first || x.name.toLowerCase() === String(first).toLowerCase())!;
    let index = typeof rest[0] === 'number' ? (rest.shift() as number) : 0;
    let container = values[first as string];
    if (container === undefined) {
      if (s.kind === 'table') container = values[first as string] = {};
      else if (s.defaultElement && index === 0) {
        // NewConfig's element: materialise it with its defaults
        container = values[first as string] = [{}];
      } else {
        throw new Error(`${v.name}: [${s.name}] has no element ${index} in the file`);
      }
    }
    let table: TomlTable;
    let entryPath: KeyPath;
    if (Array.isArray(container)) {
      if (index >= container.length) throw new Error(`${v.name}: [${s.name}] has no element ${index}`);
      table = container[index] as TomlTable;
      entryPath = [s.name, index];
    } else {
      if (index !== 0) throw new Error(`${v.name}: [${s.name}] has one element`);
      table = container as TomlTable;
      entryPath = [s.name];
      index = 0;
    }
    const count = Array.isArray(container) ? container.length : 1;
    const entry: Entry = { section: s, key: s.name, path: entryPath, table, index, count, fromArray: Array.isArray(container) };
    setPath(values, s, entry, [], rest, v);
  }
  return values;
}

function setPath(values: TomlTable, s: SectionDef, entry: Entry, prefix: KeyPath, rest: KeyPath, v: EnvVar): void {
  let table = entry.path.length === 0 ? values : entry.table;
  const keys = [...prefix, ...rest];
  let fields: readonly FieldDef[] | undefined = s.fields;
  let field: FieldDef | undefined;
  for (let i = 0; i < keys.length; i++) {
    const seg = keys[i];
    const last = i === keys.length - 1;
    if (typeof seg === 'number') throw new Error(`${v.name}: unexpected index`);
    const f = fieldFor(fields, seg);
    if (f && f.kind === 'stringList') {
      const idx = keys[i + 1] as number;
      const existingKey = Object.keys(table).find((k) => k.toLowerCase() === f.key.toLowerCase());
      const list = (existingKey !== undefined ? table[existingKey] : structuredClone(startsFromZero(entry) && i === 0 ? [] : f.default ?? [])) as TomlValue[];
      if (idx >= list.length) throw new Error(`${v.name}: the list has ${list.length} item(s)`);
      list[idx] = v.value;
      table[existingKey ?? f.key] = list;
      return;
    }
    if (last) {
      table[f ? (Object.keys(table).find((k) => k.toLowerCase() === f.key.toLowerCase()) ?? f.key) : seg] = parse(f ?? field, v.value, !f);
      return;
    }
    const key = f ? (Object.keys(table).find((k) => k.toLowerCase() === f.key.toLowerCase()) ?? f.key) : seg;
    if (!isTable(table[key])) table[key] = {};
    table = table[key] as TomlTable;
    field = f;
    fields = f?.fields;
  }
}

function parse(field: FieldDef | undefined, text: string, mapValue: boolean): TomlValue {
  if (mapValue || !field) return text;
  switch (field.kind) {
    case 'boolean':
      if (!/^(1|t|T|TRUE|true|True|0|f|F|FALSE|false|False)$/.test(text)) throw new Error(`ParseBool(${text})`);
      return /^(1|t|T|TRUE|true|True)$/.test(text);
    case 'integer': {
      const n = BigInt(text);
      return Number.isSafeInteger(Number(n)) ? Number(n) : n;
    }
    case 'float':
      return Number(text.replace(/^\+?Inf$/, 'Infinity').replace(/^-Inf$/, '-Infinity'));
    case 'duration':
      return field.plainDuration ? Number(text) : text;
    default:
      return text;
  }
}
