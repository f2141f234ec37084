import type { Store } from '../../app/store';
import type { SectionDef } from '../../kapacitor/types';
import { addArrayEntry, moveArrayEntry, removeArrayEntry } from '../../toml/edit';
import type { TomlDocument } from '../../toml/document';
import type { TomlTable } from '../../toml/types';
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

function run(store: Store, edit: (doc: TomlDocument) => TomlDocument, what: string) {
  try {
    store.applyEdit(edit(store.get().doc), true);
  } catch (e) {
    store.set({ editError: `Could not ${what}: ${(e as Error).message}` });
  }
}

export const entryActions = {
  add(store: Store, section: SectionDef) {
    run(store, (doc) => addArrayEntry(doc, section.name, newEntry(section, doc)), `add a [[${section.name}]] entry`);
  },
  duplicate(store: Store, section: SectionDef, index: number) {
    run(store, (doc) => {
      const copy: TomlTable = { ...entries(doc, section.name)[index] };
      if (section.identityKey) copy[section.identityKey] = uniqueIdentity(section, doc, `${String(copy[section.identityKey] ?? section.name)}-copy`);
      const added = addArrayEntry(doc, section.name, copy);
      const last = entries(added, section.name).length - 1;
      return last === index + 1 ? added : moveArrayEntry(added, section.name, last, index + 1);
    }, `duplicate [[${section.name}]] #${index + 1}`);
  },
  remove(store: Store, section: SectionDef, index: number) {
    run(store, (doc) => removeArrayEntry(doc, section.name, index), `remove [[${section.name}]] #${index + 1}`);
  },
  move(store: Store, section: SectionDef, from: number, to: number) {
    run(store, (doc) => moveArrayEntry(doc, section.name, from, to), `move [[${section.name}]] #${from + 1}`);
  },
};
