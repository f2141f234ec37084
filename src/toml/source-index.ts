// Where every key, value and table sits in the text, built once per parse from the toml-eslint-parser AST.
// Plain offsets only (no AST nodes kept), so an index can be shifted after a splice without reparsing.
import type { AST } from 'toml-eslint-parser';
import { lineEnd } from './text';
import { pathKey } from './values';
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
  /** 'float', 'integer', 'literal-string', 'array', 'inline-table', ... */
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

export interface SourceIndex {
  readonly pairs: Map<string, PairEntry>;
  /** explicit [table] and [[array]] headers, in text order */
  readonly tables: readonly TableEntry[];
  readonly tableByPath: Map<string, TableEntry>;
  readonly shapes: Map<string, Shape>;
}

export function buildIndex(ast: AST.TOMLProgram, text: string): SourceIndex {
  const builder = new IndexBuilder(text, 0);
  const top = ast.body[0];
  let lastPair: Range = [-1, -1];
  for (const node of top.body) {
    if (node.type === 'TOMLKeyValue') {
      lastPair = node.range;
      builder.keyValue(node, [], 'table');
    } else builder.table(node);
  }
  builder.shapes.set(pathKey([]), { kind: 'root', lastPair });
  return builder.result();
}

export class IndexBuilder {
  readonly pairs = new Map<string, PairEntry>();
  readonly shapes = new Map<string, Shape>();
  readonly tables: TableEntry[] = [];

  /** `shift` is added to every AST offset: non-zero when indexing a fragment parsed on its own. */
  constructor(
    private readonly text: string,
    private readonly shift: number,
  ) {}

  result(): SourceIndex {
    return { pairs: this.pairs, tables: this.tables, tableByPath: tablesByPath(this.tables), shapes: this.shapes };
  }

  private range(node: AST.HasLocs): Range {
    return [node.range[0] + this.shift, node.range[1] + this.shift];
  }

  table(node: AST.TOMLTable): void {
    const path = node.resolvedKey;
    const isArray = node.kind === 'array';
    let close = node.key.range[1];
    while (this.text[close] !== ']') close++;
    const header: Range = [node.range[0], close + (isArray ? 2 : 1)];
    const pairs = node.body;
    const lastPair: Range = pairs.length ? pairs[pairs.length - 1].range : [-1, -1];
    const entry: TableEntry = {
      path,
      name: node.key.keys.map(keyName).join('.'),
      isArray,
      header,
      keySegments: node.key.keys.map((k) => this.range(k)),
      firstPairStart: pairs.length ? pairs[0].range[0] : -1,
      lastPair,
      bodyEnd: lineEnd(this.text, pairs.length ? lastPair[1] : header[1]),
    };
    this.tables.push(entry);
    for (let i = 1; i < path.length; i++) {
      const prefix = pathKey(path.slice(0, i));
      if (typeof path[i] === 'number') {
        if (!this.shapes.has(prefix)) this.shapes.set(prefix, { kind: 'table-array', mention: header[0] });
      } else if (!this.shapes.has(prefix)) this.shapes.set(prefix, { kind: 'implicit', mention: header[0] });
    }
    this.shapes.set(pathKey(path), { kind: 'header' });
    for (const pair of pairs) this.keyValue(pair, path, 'table');
  }

  keyValue(node: AST.TOMLKeyValue, ownerPath: KeyPath, container: 'table' | 'inline'): void {
    const names = node.key.keys.map(keyName);
    const path = [...ownerPath, ...names];
    for (let i = 1; i < names.length; i++) {
      const prefix = pathKey(path.slice(0, ownerPath.length + i));
      if (!this.shapes.has(prefix)) {
        this.shapes.set(prefix, { kind: 'dotted', owner: ownerPath, mention: node.key.keys[i - 1].range[0] + this.shift });
      }
    }
    this.pairs.set(pathKey(path), {
      path,
      key: this.range(node.key),
      keySegments: node.key.keys.map((k) => this.range(k)),
      ownerDepth: ownerPath.length,
      value: this.range(node.value),
      pair: this.range(node),
      valueKind: valueKind(node.value),
      container,
    });
    this.value(node.value, path);
  }

  /** Indexes what sits inside a value: inline-table members and array items. */
  value(node: AST.TOMLContentNode, path: KeyPath): void {
    if (node.type === 'TOMLInlineTable') {
      const members = node.body;
      const lastMemberEnd = members.length ? members[members.length - 1].range[1] + this.shift : -1;
      this.shapes.set(pathKey(path), { kind: 'inline', value: this.range(node), lastMemberEnd });
      for (const member of members) this.keyValue(member, path, 'inline');
    } else if (node.type === 'TOMLArray') {
      const items = node.elements;
      const lastItemEnd = items.length ? items[items.length - 1].range[1] + this.shift : -1;
      this.shapes.set(pathKey(path), { kind: 'array', value: this.range(node), lastItemEnd });
      items.forEach((item, i) => {
        const itemPath = [...path, i];
        const range = this.range(item);
        this.pairs.set(pathKey(itemPath), {
          path: itemPath,
          key: range,
          keySegments: [],
          ownerDepth: path.length,
          value: range,
          pair: range,
          valueKind: valueKind(item),
          container: 'array',
        });
        this.value(item, itemPath);
      });
    }
  }
}

export function tablesByPath(tables: readonly TableEntry[]): Map<string, TableEntry> {
  return new Map(tables.map((t) => [pathKey(t.path), t]));
}

function keyName(node: AST.TOMLBare | AST.TOMLQuoted): string {
  return node.type === 'TOMLBare' ? node.name : node.value;
}

export function valueKind(node: AST.TOMLContentNode): string {
  if (node.type === 'TOMLArray') return 'array';
  if (node.type === 'TOMLInlineTable') return 'inline-table';
  if (node.kind === 'string') return `${node.multiline ? 'multiline-' : ''}${node.style === 'literal' ? 'literal-' : ''}string`;
  return node.kind;
}

/** A copy of the index with every offset moved by `move`, leaving out the paths `keep` rejects. */
export function shiftIndex(index: SourceIndex, move: (offset: number) => number, keep: (key: string) => boolean): SourceIndex {
  const range = (r: Range): Range => [move(r[0]), move(r[1])];
  const pairs = new Map<string, PairEntry>();
  for (const [key, e] of index.pairs) {
    if (!keep(key)) continue;
    pairs.set(key, { ...e, key: range(e.key), keySegments: e.keySegments.map(range), value: range(e.value), pair: range(e.pair) });
  }
  const shapes = new Map<string, Shape>();
  for (const [key, s] of index.shapes) {
    if (keep(key)) shapes.set(key, shiftShape(s, move, range));
  }
  const tables = index.tables.map((t) => ({
    ...t,
    header: range(t.header),
    keySegments: t.keySegments.map(range),
    firstPairStart: move(t.firstPairStart),
    lastPair: range(t.lastPair),
    bodyEnd: move(t.bodyEnd),
  }));
  return { pairs, tables, tableByPath: tablesByPath(tables), shapes };
}

function shiftShape(s: Shape, move: (offset: number) => number, range: (r: Range) => Range): Shape {
  switch (s.kind) {
    case 'root':
      return { ...s, lastPair: range(s.lastPair) };
    case 'header':
      return s;
    case 'inline':
      return { ...s, value: range(s.value), lastMemberEnd: move(s.lastMemberEnd) };
    case 'array':
      return { ...s, value: range(s.value), lastItemEnd: move(s.lastItemEnd) };
    default:
      return { ...s, mention: move(s.mention) };
  }
}
