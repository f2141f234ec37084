import type { Store } from '../../app/store';
import { builtInDefault, startsFromZero, zeroValue, type DefaultOptions } from '../../kapacitor/defaults';
import type { SectionDef } from '../../kapacitor/types';
import { addArrayEntry, moveArrayEntry, removeArrayEntry, setValue } from '../../toml/edit';
import type { TomlDocument } from '../../toml/document';
import { deepEqual } from '../../toml/equal';
import type { KeyPath, TomlTable, TomlValue } from '../../toml/types';
import { commitValue, type Commit } from './commit';
import { isTable } from './convert';

function entries(doc: TomlDocument, name: string): TomlTable[] {
  const v = doc.get([name]);
  return Array.isArray(v) ? (v.filter(isTable) as TomlTable[]) : [];
}

function uniqueIdentity(section: SectionDef, doc: TomlDocument, base: string): string {
  const key = section.identityKey;
  if (!key) return base;
  const used = new Set(entries(doc, section.name).map((e) => String(e[key] ?? '')));
  if (!used.has(base)) return base;
  for (let i = 2; ; i++) if (!used.has(`${base}-${i}`)) return `${base}-${i}`;
}

/** A new entry states what Kapacitor needs to use it: its identity, enabled, and the default URLs. */
export function newEntry(section: SectionDef, doc: TomlDocument): TomlTable {
  const entry: TomlTable = {};
  const count = entries(doc, section.name).length;
  if (section.identityKey) entry[section.identityKey] = uniqueIdentity(section, doc, count === 0 && section.defaultElement ? 'default' : section.name);
  for (const f of section.fields) {
    if (f.key === 'enabled') entry.enabled = true;
    if (f.key === 'urls' && Array.isArray(f.default)) entry.urls = f.default;
  }
  return entry;
}

/** Keys of the built-in entry that a written first entry would lose, with their built-in values: [slack] and
 *  [discord] decode into fresh zero values once the file has them (reference §1.5); [[kafka]], [[influxdb]] and
 *  the other NewConfig arrays keep the built-in values in a lone entry, so nothing is carried for them. */
export function carriedDefaults(section: SectionDef, options: DefaultOptions = {}): TomlTable {
  const out: TomlTable = {};
  if (!section.defaultElement || !startsFromZero(section, 1)) return out;
  for (const f of section.fields) {
    const value = builtInDefault(f, options);
    if (value === undefined || f.notInFile || f.kind === 'table' || f.kind === 'tableMap') continue;
    if (!deepEqual(value, zeroValue(f) ?? {})) out[f.key] = value;
  }
  return out;
}

/** The document with the first [[name]] entry written, holding `value` at `path` ([name, 0, key, …]), and the
 *  carried defaults except the key being written. Throws (TomlEditError) when the document cannot take it. */
export function withFirstEntry(doc: TomlDocument, section: SectionDef, path: KeyPath, value: TomlValue, float = false, options: DefaultOptions = {}): TomlDocument {
  if (path[0] !== section.name || path[1] !== 0 || path.length < 3) throw new Error(`${path.join('.')} is not a key of the first [[${section.name}]] entry`);
  const entry = carriedDefaults(section, options);
  delete entry[String(path[2])];
  return setValue(addArrayEntry(doc, section.name, entry), path, value, { float });
}

/** A Commit for the fields of a section's built-in entry: the first value written adds the [[name]] entry (one
 *  undo step with the keystrokes after it, forms kept mounted); once the file has entries it is commitValue. */
export function firstEntryCommit(section: SectionDef, options: DefaultOptions = {}): Commit {
  return (store, path, value, float) => {
    const { doc } = store.get();
    const current = doc.get([section.name]);
    if ((Array.isArray(current) && current.length > 0) || isTable(current)) return commitValue(store, path, value, float);
    try {
      store.applyEdit(withFirstEntry(doc, section, path, value, float, options), false, path.join('\u0000'));
      return true;
    } catch (e) {
      store.set({ editError: `Could not write a [[${section.name}]] entry with ${path.slice(2).join('.')}: ${(e as Error).message}` });
      return false;
    }
  };
}

/** `moves`: the edit shifts entries, so inputs not written in them would come back in another entry: forget them */
function run(store: Store, edit: (doc: TomlDocument) => TomlDocument, what: string, moves?: SectionDef) {
  try {
    const next = edit(store.get().doc);
    if (moves) store.clearUnwritten([moves.name]);
    store.applyEdit(next, true);
  } catch (e) {
    store.set({ editError: `Could not ${what}: ${(e as Error).message}` });
  }
}

export const entryActions = {
  add(store: Store, section: SectionDef) {
    run(store, (doc) => addArrayEntry(doc, section.name, newEntry(section, doc)), `add a [[${section.name}]] entry`);
    // the form and the preview follow the new entry (on a long list, to the page that shows it)
    const added = entries(store.get().doc, section.name).length - 1;
    if (added >= 0) store.set({ activePath: [section.name, added] });
  },
  duplicate(store: Store, section: SectionDef, index: number) {
    run(store, (doc) => {
      const copy: TomlTable = { ...entries(doc, section.name)[index] };
      if (section.identityKey) copy[section.identityKey] = uniqueIdentity(section, doc, `${String(copy[section.identityKey] ?? section.name)}-copy`);
      const added = addArrayEntry(doc, section.name, copy);
      const last = entries(added, section.name).length - 1;
      return last === index + 1 ? added : moveArrayEntry(added, section.name, last, index + 1);
    }, `duplicate [[${section.name}]] #${index + 1}`, section);
  },
  remove(store: Store, section: SectionDef, index: number) {
    run(store, (doc) => removeArrayEntry(doc, section.name, index), `remove [[${section.name}]] #${index + 1}`, section);
  },
  move(store: Store, section: SectionDef, from: number, to: number) {
    run(store, (doc) => moveArrayEntry(doc, section.name, from, to), `move [[${section.name}]] #${from + 1}`, section);
  },
};
