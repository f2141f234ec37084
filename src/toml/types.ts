// The document model's public types. This layer knows TOML only: nothing of Kapacitor or React.

/** A parsed TOML value, as smol-toml returns it. */
export type TomlPrimitive = string | number | bigint | boolean | Date | TomlDateLike;
export interface TomlDateLike { toISOString(): string }
export type TomlValue = TomlPrimitive | TomlValue[] | TomlTable;
export interface TomlTable { [key: string]: TomlValue }

/** A key path into the document: table names and keys as strings, array-of-tables indices as numbers.
 *  ['hostname'], ['http', 'bind-address'], ['influxdb', 0, 'urls'], ['influxdb', 0, 'subscriptions', 'telegraf'] */
export type KeyPath = readonly (string | number)[];

export type Newline = '\n' | '\r\n';
export type SourceEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** Where a key/value or table header sits in the text. Offsets index `TomlDocument.text`; lines and columns are 1-based. */
export interface SourceSpan {
  start: number;
  end: number;
  line: number;
  column: number;
}

/** Text and value positions of a `key = value` pair. */
export interface KeyValueLocation {
  key: SourceSpan;
  value: SourceSpan;
  /** the whole `key = value` */
  pair: SourceSpan;
}

/** A `[table]` or `[[array]]` header, or an implicit table (path only). */
export interface TableHeader {
  path: KeyPath;           // for [[influxdb]] #2: ['influxdb', 1]; for [influxdb.subscriptions] under it: ['influxdb', 1, 'subscriptions']
  name: string;            // dotted TOML name as written semantically, e.g. 'influxdb.subscriptions'
  isArray: boolean;
  header: SourceSpan;      // the header line's text
  /** end offset of the table's body (before the next header, trailing comments/blank lines excluded) */
  bodyEnd: number;
}

/** A problem with the input that stops it from being read: always has a 1-based line and column. */
export class TomlInputError extends Error {
  readonly line: number;
  readonly column: number;
  constructor(message: string, line: number, column: number) {
    super(message);
    this.name = 'TomlInputError';
    this.line = line;
    this.column = column;
  }
}

/** An edit that cannot be made, or whose result would not say what was asked. */
export class TomlEditError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TomlEditError';
  }
}
