// A parsed document as plain data that postMessage can carry (a Worker parses, the page receives), and back.
// Structured cloning keeps Maps, arrays and typed arrays, but not classes: TomlDate becomes a tagged string,
// and tables, which smol-toml makes without a prototype, get theirs removed again on arrival.
import { TomlDate } from 'smol-toml';
import { Document, type TomlDocument } from './document';
import { SourceIndex, type Records } from './source-index';
import type { Newline, TomlTable, TomlValue } from './types';
import { pathKey } from './values';

export interface PackedDocument {
  text: string;
  values: unknown;
  newline: Newline;
  offsets: Int32Array;
  records: Records;
}

const DATE = '\u0000toml-date';

export function packDocument(doc: TomlDocument): PackedDocument {
  const { text, values, newline, index } = doc as Document;
  const { offsets, records } = index.parts();
  return { text, values: packValue(values), newline, offsets, records };
}

export function unpackDocument(packed: PackedDocument): Document {
  const values = unpackValue(packed.values) as TomlTable;
  return new Document(packed.text, values, packed.newline, new SourceIndex(packed.offsets, packed.records));
}

/** The buffers worth transferring rather than copying. */
export function transferables(packed: PackedDocument): Transferable[] {
  return [packed.offsets.buffer];
}

function packValue(value: TomlValue): unknown {
  if (value instanceof TomlDate) return { [DATE]: value.toISOString() };
  if (Array.isArray(value)) return value.map(packValue);
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) Object.defineProperty(out, key, { value: packValue((value as TomlTable)[key]), enumerable: true, writable: true, configurable: true });
    return out;
  }
  return value;
}

function unpackValue(value: unknown): TomlValue {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = unpackValue(value[i]);
    return value as TomlValue;
  }
  if (typeof value === 'object' && value !== null) {
    const table = value as Record<string, unknown>;
    if (Object.prototype.hasOwnProperty.call(table, DATE)) return new TomlDate(table[DATE] as string);
    // prototype first: then a key named __proto__ is a plain key when it is written back
    Object.setPrototypeOf(table, null);
    for (const key of Object.keys(table)) table[key] = unpackValue(table[key]);
    return table as TomlTable;
  }
  return value as TomlValue;
}

// ---- in slices ----
// One message of a 10 MB document takes the page most of a second to receive (structured clone, then the walk
// above): in slices of a few thousand items, each arrives in a task of its own and the page stays responsive.

export type DocumentSlice =
  | { kind: 'value'; key: string; value: unknown }
  | { kind: 'items'; key: string; items: unknown[] }
  | { kind: 'pairs'; entries: [string, Records['pairs'] extends Map<string, infer V> ? V : never][] }
  | { kind: 'shapes'; entries: [string, Records['shapes'] extends Map<string, infer V> ? V : never][] }
  | { kind: 'end'; text: string; newline: Newline; offsets: Int32Array; tables: Records['tables']; keys: string[] };

/** The document as slices of at most `size` index records or `entries` array items each (an [[influxdb]] entry
 *  weighs far more than a record: 2,000 of them took the page 100-190 ms to receive); the last slice (kind 'end')
 *  carries the offsets. */
export function* documentSlices(doc: TomlDocument, size = 2000, entries = Math.min(size, 500)): Generator<DocumentSlice> {
  const { text, values, newline, index } = doc as Document;
  const { offsets, records } = index.parts();
  const keys = Object.keys(values);
  for (const key of keys) {
    const value = values[key];
    if (Array.isArray(value) && value.length > entries) {
      for (let i = 0; i < value.length; i += entries) yield { kind: 'items', key, items: value.slice(i, i + entries).map(packValue) };
    } else {
      yield { kind: 'value', key, value: packValue(value) };
    }
  }
  yield* mapSlices('pairs', records.pairs, size);
  yield* mapSlices('shapes', records.shapes, size);
  yield { kind: 'end', text, newline, offsets, tables: records.tables, keys };
}

function* mapSlices<K extends 'pairs' | 'shapes'>(kind: K, map: Map<string, unknown>, size: number): Generator<DocumentSlice> {
  let entries: [string, unknown][] = [];
  for (const entry of map) {
    entries.push(entry);
    if (entries.length === size) {
      yield { kind, entries } as DocumentSlice;
      entries = [];
    }
  }
  if (entries.length) yield { kind, entries } as DocumentSlice;
}

/** Puts the slices back together, one at a time, in the order documentSlices gave them. */
export class DocumentAssembler {
  private readonly values = new Map<string, TomlValue | TomlValue[]>();
  private readonly pairs: Records['pairs'] = new Map();
  private readonly shapes: Records['shapes'] = new Map();

  add(slice: DocumentSlice): Document | undefined {
    switch (slice.kind) {
      case 'value':
        this.values.set(slice.key, unpackValue(slice.value));
        return undefined;
      case 'items': {
        const items = (this.values.get(slice.key) as TomlValue[] | undefined) ?? [];
        for (const item of slice.items) items.push(unpackValue(item));
        this.values.set(slice.key, items);
        return undefined;
      }
      case 'pairs':
        for (const [k, v] of slice.entries) this.pairs.set(k, v);
        return undefined;
      case 'shapes':
        for (const [k, v] of slice.entries) this.shapes.set(k, v);
        return undefined;
      case 'end': {
        const values = Object.create(null) as TomlTable;
        for (const key of slice.keys) values[key] = this.values.get(key) as TomlValue;
        const tableByPath = new Map(slice.tables.map((t) => [pathKey(t.path), t]));
        const records: Records = { pairs: this.pairs, shapes: this.shapes, tables: slice.tables, tableByPath };
        return new Document(slice.text, values, slice.newline, new SourceIndex(slice.offsets, records));
      }
    }
  }
}

export function sliceTransferables(slice: DocumentSlice): Transferable[] {
  return slice.kind === 'end' ? [slice.offsets.buffer] : [];
}
