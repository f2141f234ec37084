import type { Store } from '../../app/store';
import { builtInDefault, startsFromZero, zeroValue, type DefaultOptions } from '../../kapacitor/defaults';
import type { SectionDef } from '../../kapacitor/types';
import { sectionByName } from '../../kapacitor/schema';
import { addArrayEntry, moveArrayEntry, removeArrayEntry, setValue } from '../../toml/edit';
import type { TomlDocument } from '../../toml/document';
import { deepEqual } from '../../toml/equal';
import type { KeyPath, TomlTable, TomlValue } from '../../toml/types';
import { commitValue, type Commit } from './commit';
import type { EntryFocus } from './entryFocus';
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

/** An entry action, as data: it can be run here or, on a large document, by the parse Worker. */
export type EntryOp =
  | { op: 'add'; section: string }
  | { op: 'duplicate'; section: string; index: number }
  | { op: 'remove'; section: string; index: number }
  | { op: 'move'; section: string; from: number; to: number };

/** What the op does to a document (throws TomlEditError when the document cannot take it). */
export function applyEntryOp(doc: TomlDocument, op: EntryOp): TomlDocument {
  const section = sectionByName(op.section);
  if (!section) throw new Error(`unknown section ${op.section}`);
  switch (op.op) {
    case 'add':
      return addArrayEntry(doc, section.name, newEntry(section, doc));
    case 'duplicate': {
      const copy: TomlTable = { ...entries(doc, section.name)[op.index] };
      if (section.identityKey) copy[section.identityKey] = uniqueIdentity(section, doc, `${String(copy[section.identityKey] ?? section.name)}-copy`);
      const added = addArrayEntry(doc, section.name, copy);
      const last = entries(added, section.name).length - 1;
      return last === op.index + 1 ? added : moveArrayEntry(added, section.name, last, op.index + 1);
    }
    case 'remove':
      return removeArrayEntry(doc, section.name, op.index);
    case 'move':
      return moveArrayEntry(doc, section.name, op.from, op.to);
  }
}

export function describeEntryOp(op: EntryOp): string {
  const n = (i: number) => `[[${op.section}]] #${i + 1}`;
  switch (op.op) {
    case 'add': return `add a [[${op.section}]] entry`;
    case 'duplicate': return `duplicate ${n(op.index)}`;
    case 'remove': return `remove ${n(op.index)}`;
    case 'move': return `move ${n(op.from)}`;
  }
}

/** Runs an entry action: on the page for most files, in the parse Worker for a large one (an add, move or remove
 *  parses the whole text again: half a second at 1 MB). Forms are remounted on the result. */
export type EntryRunner = (store: Store, op: EntryOp) => void;

export function runEntryOpHere(store: Store, op: EntryOp, focus?: EntryFocus): void {
  try {
    const next = applyEntryOp(store.get().doc, op);
    applyEntryResult(store, op, next, focus);
  } catch (e) {
    store.set({ editError: `Could not ${describeEntryOp(op)}: ${(e as Error).message}` });
  }
}

/** Where entry `i` is after the op (undefined: it was removed). Open entries and focus follow their entry. */
export function entryIndexAfter(op: EntryOp, i: number): number | undefined {
  switch (op.op) {
    case 'add': return i;
    case 'duplicate': return i <= op.index ? i : i + 1;
    case 'remove': return i === op.index ? undefined : i > op.index ? i - 1 : i;
    case 'move': {
      if (i === op.from) return op.to;
      if (op.from < op.to && i > op.from && i <= op.to) return i - 1;
      if (op.from > op.to && i >= op.to && i < op.from) return i + 1;
      return i;
    }
  }
}

/** Puts the result of an op in the store: inputs not written in shifted entries would come back in another
 *  entry, so they are forgotten. The form and the preview follow the entry acted on (the one added, the copy,
 *  the one moved), unless the user is typing in a field: then they stay with that field's entry. */
export function applyEntryResult(store: Store, op: EntryOp, next: TomlDocument, focus?: EntryFocus): void {
  const typingIn = focus?.kind === 'field' ? focus.path : undefined;
  if (op.op !== 'add') store.clearUnwritten([op.section]);
  store.applyEdit(next, true);
  store.set({ lastEntryOp: { op, generation: store.get().generation, focus } });
  if (typingIn && typingIn[0] === op.section && typeof typingIn[1] === 'number') {
    const moved = entryIndexAfter(op, typingIn[1]);
    if (moved !== undefined) {
      store.set({ activePath: [op.section, moved, ...typingIn.slice(2)] });
      return;
    }
  }
  const followed = op.op === 'add' ? entries(next, op.section).length - 1 : op.op === 'duplicate' ? op.index + 1 : op.op === 'move' ? op.to : undefined;
  if (followed !== undefined && followed >= 0) store.set({ activePath: [op.section, followed] });
}
