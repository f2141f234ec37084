// A parsed document as plain data that postMessage can carry (a Worker parses, the page receives), and back.
// Structured cloning keeps Maps, arrays and typed arrays, but not classes: TomlDate becomes a tagged string,
// and tables, which smol-toml makes without a prototype, get theirs removed again on arrival.
import { TomlDate } from 'smol-toml';
import { Document, type TomlDocument } from './document';
import { SourceIndex, type Records } from './source-index';
import type { Newline, TomlTable, TomlValue } from './types';

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
