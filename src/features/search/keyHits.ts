// What Ctrl+K searches: every key the document holds (every [[array]] entry, udf functions, unknown keys), with the
// schema's description where the key is known, plus every schema key the document leaves out, with its default.
import { baseline, documentEntries, fieldFor, isSecretPath, leaves, type Entry } from '../../kapacitor/outputs/entries';
import { sections } from '../../kapacitor/schema';
import type { FieldDef, SectionDef } from '../../kapacitor/types';
import type { TomlDocument } from '../../toml/document';
import { formatValue } from '../../toml/format';
import type { KeyPath } from '../../toml/types';
import { isTable } from '../../toml/values';
import { sectionHeader } from '../section-form/sectionHeader';

export interface KeyHit {
  id: string;
  /** where the hit jumps to (focusPath) */
  path: KeyPath;
  label: string;
  description: string;
  keywords: string[];
}

const SHOWN = 60;

/** The field a path below an entry names: through 'table' fields and udf function names; a map key belongs to its map.
 *  undefined = a key the schema does not know. */
function fieldBelow(fields: readonly FieldDef[], parts: readonly (string | number)[]): FieldDef | undefined {
  let current: readonly FieldDef[] | undefined = fields;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (typeof part !== 'string') return undefined;
    const f = fieldFor(current, part);
    if (!f) return undefined;
    if (i === parts.length - 1) return f;
    if (f.kind === 'table') current = f.fields;
    else if (f.kind === 'tableMap') {
      i++; // the entry name (udf function name)
      if (i === parts.length - 1) return f;
      current = f.fields;
    } else return f; // map keys and list items belong to the field
  }
  return undefined;
}

/** "[[influxdb]] #2", "[http]", "" for the top-level keys */
function entryLabel(entry: Pick<Entry, 'section' | 'fromArray' | 'index' | 'key'>, doc: TomlDocument): string {
  if (entry.section.kind === 'root') return '';
  if (entry.section.name !== entry.key) return entry.fromArray ? `[[${entry.key}]] #${entry.index + 1}` : `[${entry.key}]`;
  const header = sectionHeader(entry.section, doc);
  return entry.fromArray ? `${header} #${entry.index + 1}` : header;
}

function keyText(parts: readonly (string | number)[]): string {
  return parts.map(String).join('.');
}

function hit(path: KeyPath, where: string, keys: readonly (string | number)[], about: string, value: string, extra: string[]): KeyHit {
  const name = keyText(keys);
  const short = value.length > SHOWN ? `${value.slice(0, SHOWN)}…` : value;
  return {
    id: JSON.stringify(path),
    path,
    label: where ? `${where} ${name}` : name,
    description: value ? `${about} — ${short}` : about,
    keywords: [name, where, value, ...extra].filter(Boolean),
  };
}

/** Every key of the document and of the schema, with its value: what search runs over. Secret values are neither
 *  shown nor searched. */
export function keyHits(doc: TomlDocument): KeyHit[] {
  const hits: KeyHit[] = [];
  const { entries, strays } = documentEntries(doc.values);
  const present = new Set<string>();

  for (const entry of entries) {
    const where = entryLabel(entry, doc);
    present.add(entry.section.name);
    // what the file holds
    for (const leaf of leaves(entry.table, entry.path)) {
      const keys = leaf.path.slice(entry.path.length);
      const field = fieldBelow(entry.section.fields, keys);
      const secret = field?.secret || isSecretPath(leaf.path);
      const value = secret ? '' : formatValue(leaf.value);
      const about = field ? field.description : 'Not a key Kapacitor knows';
      hits.push(hit(leaf.path, where, keys, about, value, [entry.section.name, field?.help ?? '']));
    }
    // what the schema has that the file leaves out
    missing(entry, where, entry.section.fields, entry.path, [], true);
  }

  // sections the file does not have: their keys with Kapacitor's defaults
  for (const section of sections) {
    if (present.has(section.name)) continue;
    const where = sectionHeader(section, doc);
    const base: KeyPath = isArrayKind(section) && where.startsWith('[[') ? [section.name, 0] : [section.name];
    absent(section, section.fields, base, [], where);
  }

  // tables Kapacitor does not read: still searchable, and a hit shows their line in the preview
  for (const stray of strays) {
    for (const leaf of leaves(stray.value, [stray.key])) {
      const secret = isSecretPath(leaf.path);
      hits.push(hit(leaf.path, '', leaf.path, stray.reason, secret ? '' : formatValue(leaf.value), []));
    }
  }
  const seen = new Set<string>();
  return hits.filter((h) => !seen.has(h.id) && (seen.add(h.id), true));

  function missing(entry: Entry, where: string, fields: readonly FieldDef[], base: KeyPath, prefix: string[], top: boolean) {
    const table = doc.get(base);
    const written = isTable(table) ? Object.keys(table) : [];
    for (const f of fields) {
      if (f.notInFile) continue;
      const key = written.find((k) => k === f.key) ?? written.find((k) => k.toLowerCase() === f.key.toLowerCase());
      const has = key !== undefined;
      const keys = [...prefix, key ?? f.key];
      const path = [...base, key ?? f.key];
      if (f.kind === 'table' || f.kind === 'tableMap') {
        hits.push(hit(path, where, keys, f.description, '', [entry.section.name, f.help ?? '']));
        const sub = has ? doc.get(path) : undefined;
        if (f.kind === 'table') missing(entry, where, f.fields ?? [], path, keys, false);
        else if (isTable(sub)) for (const name of Object.keys(sub)) missing(entry, where, f.fields ?? [], [...path, name], [...keys, name], false);
        continue;
      }
      if (has) {
        // an empty map holds no leaf: still a key to find
        const v = doc.get(path);
        if (isTable(v) && Object.keys(v).length === 0) hits.push(hit(path, where, keys, f.description, '{}', [entry.section.name, f.help ?? '']));
        continue;
      }
      const d = top ? baseline(entry, f) : f.default;
      const value = f.secret || d === undefined ? '' : `default ${formatValue(d)}`;
      hits.push(hit(path, where, keys, f.description, value, [entry.section.name, f.help ?? '', 'default']));
    }
  }

  function absent(section: SectionDef, fields: readonly FieldDef[], base: KeyPath, prefix: string[], where: string) {
    for (const f of fields) {
      if (f.notInFile) continue;
      const keys = [...prefix, f.key];
      const path = [...base, f.key];
      if (f.kind === 'table') {
        hits.push(hit(path, where, keys, f.description, '', [section.name, f.help ?? '']));
        absent(section, f.fields ?? [], path, keys, where);
        continue;
      }
      if (f.kind === 'tableMap') {
        hits.push(hit(path, where, keys, f.description, '', [section.name, f.help ?? '']));
        continue;
      }
      const value = f.secret || f.default === undefined ? '' : `default ${formatValue(f.default)}`;
      hits.push(hit(path, where, keys, f.description, value, [section.name, f.help ?? '', 'default']));
    }
  }
}

function isArrayKind(s: SectionDef): boolean {
  return s.kind === 'array' || s.kind === 'tableOrArray';
}
