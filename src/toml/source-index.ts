// Where every key, value and table sits in the text (built once per parse by index-builder.ts).
//
// All offsets live in one Int32Array and the records only point into it: after a value is replaced, the next
// document shares every record and, in chunks, the offsets (see offsets.ts), instead of copying tens of thousands
// of objects or shifting a million offsets.
import type { IndexBuilder } from './index-builder';
import { Offsets } from './offsets';
import type { KeyPath } from './types';

export type Range = readonly [start: number, end: number];

/** A `key = value` pair, or an array item (then key, value and pair are the item's range). */
export interface PairEntry {
  readonly path: KeyPath;
  readonly key: Range;
  /** each part of a dotted key; part i names path.slice(0, ownerDepth + i + 1) */
  readonly keySegments: readonly Range[];
  readonly ownerDepth: number;
  readonly value: Range;
  readonly pair: Range;
  /** 'float', 'integer', 'string', 'literal-string', 'array', 'inline-table', ... */
  readonly valueKind: string;
  /** written as a line of a table body, as a member of an inline table, or as an array item */
  readonly container: 'table' | 'inline' | 'array';
}

export interface TableEntry {
  readonly path: KeyPath;
  readonly name: string;
  readonly isArray: boolean;
  /** from the opening bracket to the closing one */
  readonly header: Range;
  readonly keySegments: readonly Range[];
  /** -1 when the table has no key/value pairs */
  readonly firstPairStart: number;
  /** [-1, -1] when the table has no key/value pairs */
  readonly lastPair: Range;
  /** end of the last line holding the header or a pair, before its line break */
  readonly bodyEnd: number;
}

/** How a table or array is written in the text. `mention` is where it first appears. */
export type Shape =
  | { readonly kind: 'root'; readonly lastPair: Range }
  | { readonly kind: 'header' }
  | { readonly kind: 'table-array'; readonly mention: number }
  | { readonly kind: 'inline'; readonly value: Range; readonly lastMemberEnd: number }
  | { readonly kind: 'array'; readonly value: Range; readonly lastItemEnd: number }
  | { readonly kind: 'dotted'; readonly owner: KeyPath; readonly mention: number }
  | { readonly kind: 'implicit'; readonly mention: number };

// Records: what never moves, plus `at`, the slot of their offsets.
// pair: key, value, pair, then 2 per key segment | table: header, firstPairStart, lastPair, bodyEnd, then segments
// root: lastPair | inline, array: value, last member end | table-array, dotted, implicit: mention
export interface PairRecord {
  readonly path: KeyPath;
  readonly ownerDepth: number;
  readonly valueKind: string;
  readonly container: PairEntry['container'];
  readonly segments: number;
  readonly at: number;
}
export interface TableRecord {
  readonly path: KeyPath;
  readonly name: string;
  readonly isArray: boolean;
  readonly segments: number;
  readonly at: number;
}
export type ShapeRecord = { readonly kind: Shape['kind']; readonly owner?: KeyPath; readonly at: number };

export interface Records {
  readonly pairs: Map<string, PairRecord>;
  readonly shapes: Map<string, ShapeRecord>;
  readonly tables: readonly TableRecord[];
  readonly tableByPath: Map<string, TableRecord>;
}

/** What a value replacement changed: records by key (null: gone), and key prefixes whose base records are gone. */
interface Overlay {
  readonly pairs: Map<string, PairRecord | null>;
  readonly shapes: Map<string, ShapeRecord | null>;
  readonly dropped: readonly string[];
}

const NO_OVERLAY: Overlay = { pairs: new Map(), shapes: new Map(), dropped: [] };

export class SourceIndex {
  private tableList?: readonly TableEntry[];

  constructor(
    private readonly offsets: Int32Array,
    private readonly base: Records,
    private readonly overlay: Overlay = NO_OVERLAY,
    /** the offsets after edits (then `offsets` are the parse's, no longer read) */
    private readonly moved?: Offsets,
  ) {}

  /** What a fresh index is made of (see transfer.ts); an index with edits overlaid has no such parts. */
  parts(): { offsets: Int32Array; records: Records } {
    if (this.overlay !== NO_OVERLAY) throw new Error('an edited index cannot be transferred; parse the text afresh');
    return { offsets: this.offsets, records: this.base };
  }

  pair(key: string): PairEntry | undefined {
    const record = this.lookup(this.base.pairs, this.overlay.pairs, key);
    return record && this.pairEntry(record);
  }

  shape(key: string): Shape | undefined {
    const record = this.lookup(this.base.shapes, this.overlay.shapes, key);
    return record && this.shapeOf(record);
  }

  table(key: string): TableEntry | undefined {
    const record = this.base.tableByPath.get(key);
    return record && this.tableEntry(record);
  }

  /** explicit [table] and [[array]] headers, in text order */
  get tables(): readonly TableEntry[] {
    this.tableList ??= this.base.tables.map((t) => this.tableEntry(t));
    return this.tableList;
  }

  /** The last explicit table whose header starts before `offset`, found without building every table's entry. */
  tableBefore(offset: number): TableEntry | undefined {
    const tables = this.base.tables;
    let lo = 0;
    let hi = tables.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.offset(tables[mid].at) < offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return found === -1 ? undefined : this.tableEntry(tables[found]);
  }

  *allPairs(): IterableIterator<PairEntry> {
    for (const [key, record] of this.base.pairs) {
      if (!this.overlay.pairs.has(key) && !this.isDropped(key)) yield this.pairEntry(record);
    }
    for (const record of this.overlay.pairs.values()) if (record) yield this.pairEntry(record);
  }

  /** How many records a value replacement has added on top of the parse (to know when to parse afresh). */
  get overlaySize(): number {
    return this.overlay.pairs.size + this.overlay.shapes.size + this.overlay.dropped.length;
  }

  /**
   * The index after the value at `key` (a pair) spanning [start, end) became `length` characters long,
   * with `fragment` holding the records of what is inside the new value.
   */
  replacingValue(key: string, [start, end]: Range, length: number, valueKind: string, fragment: IndexBuilder): SourceIndex {
    const moved = this.withOffsets(end, length - (end - start), fragment);
    const inside = key.slice(0, -1) + ',';
    const keep = <T>(map: Map<string, T>) => new Map([...map].filter(([k]) => !k.startsWith(inside)));
    // The value's own shape (inline table, array) is the fragment's now, or none.
    const shapes = keep(this.overlay.shapes);
    shapes.set(key, null);
    const overlay = this.withFragment(keep(this.overlay.pairs), shapes, fragment);
    overlay.pairs.set(key, { ...this.lookup(this.base.pairs, this.overlay.pairs, key)!, valueKind });
    const dropped = this.overlay.dropped.includes(inside) ? this.overlay.dropped : [...this.overlay.dropped, inside];
    return new SourceIndex(this.offsets, this.base, { ...overlay, dropped }, moved);
  }

  /** The index after `delta` characters holding the pair `pairKey` were inserted at `at`, as the last line of `tableKey`. */
  insertingPair(tableKey: string, at: number, delta: number, pairKey: string, fragment: IndexBuilder): SourceIndex {
    // What ends at `at` (the previous line's pair, value, ...) stays; only the table's body grows.
    let moved = this.withOffsets(at + 1, delta, fragment);
    const overlay = this.withFragment(new Map(this.overlay.pairs), new Map(this.overlay.shapes), fragment);
    const pair = fragment.pairs.get(pairKey)!;
    const [start, end] = [fragment.offsets[pair.at + 4], fragment.offsets[pair.at + 5]];
    const table = this.base.tableByPath.get(tableKey);
    if (table) {
      if (this.offset(table.at + 2) === -1) moved = moved.written(table.at + 2, [start]);
      moved = moved.written(table.at + 3, [start, end, at + delta]);
    } else {
      moved = moved.written(this.lookup(this.base.shapes, this.overlay.shapes, tableKey)!.at, [start, end]);
    }
    return new SourceIndex(this.offsets, this.base, { ...overlay, dropped: this.overlay.dropped }, moved);
  }

  /** The offsets from `from` on moved by `delta`, then the fragment's (in the new text already) appended. */
  private withOffsets(from: number, delta: number, fragment: IndexBuilder): Offsets {
    const moved = (this.moved ?? Offsets.of(this.offsets)).shifted(from, delta);
    return fragment.offsets.length ? moved.written(moved.length, fragment.offsets) : moved;
  }

  private offset(slot: number): number {
    return this.moved ? this.moved.get(slot) : this.offsets[slot];
  }

  private withFragment(pairs: Map<string, PairRecord | null>, shapes: Map<string, ShapeRecord | null>, fragment: IndexBuilder) {
    const relocate = this.moved?.length ?? this.offsets.length;
    for (const [k, record] of fragment.pairs) pairs.set(k, { ...record, at: record.at + relocate });
    for (const [k, record] of fragment.shapes) shapes.set(k, { ...record, at: record.at + relocate });
    return { pairs, shapes };
  }

  private lookup<T>(base: Map<string, T>, overlay: Map<string, T | null>, key: string): T | undefined {
    const over = overlay.get(key);
    if (over !== undefined) return over ?? undefined;
    return this.isDropped(key) ? undefined : base.get(key);
  }

  private isDropped(key: string): boolean {
    return this.overlay.dropped.some((prefix) => key.startsWith(prefix));
  }

  private range(at: number): Range {
    return [this.offset(at), this.offset(at + 1)];
  }

  private segments(at: number, count: number): Range[] {
    const ranges: Range[] = [];
    for (let i = 0; i < count; i++) ranges.push(this.range(at + 2 * i));
    return ranges;
  }

  private pairEntry(r: PairRecord): PairEntry {
    return {
      path: r.path,
      key: this.range(r.at),
      value: this.range(r.at + 2),
      pair: this.range(r.at + 4),
      keySegments: this.segments(r.at + 6, r.segments),
      ownerDepth: r.ownerDepth,
      valueKind: r.valueKind,
      container: r.container,
    };
  }

  private tableEntry(r: TableRecord): TableEntry {
    return {
      path: r.path,
      name: r.name,
      isArray: r.isArray,
      header: this.range(r.at),
      firstPairStart: this.offset(r.at + 2),
      lastPair: this.range(r.at + 3),
      bodyEnd: this.offset(r.at + 5),
      keySegments: this.segments(r.at + 6, r.segments),
    };
  }

  private shapeOf(r: ShapeRecord): Shape {
    const o = (slot: number) => this.offset(slot);
    switch (r.kind) {
      case 'root':
        return { kind: 'root', lastPair: this.range(r.at) };
      case 'header':
        return { kind: 'header' };
      case 'inline':
        return { kind: 'inline', value: this.range(r.at), lastMemberEnd: o(r.at + 2) };
      case 'array':
        return { kind: 'array', value: this.range(r.at), lastItemEnd: o(r.at + 2) };
      case 'dotted':
        return { kind: 'dotted', owner: r.owner!, mention: o(r.at) };
      default:
        return { kind: r.kind, mention: o(r.at) };
    }
  }
}
