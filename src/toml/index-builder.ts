// Builds the source index from a syntax tree (light-ast.ts, or toml-eslint-parser's, which has the same shape):
// one walk per parse, or per fragment on the fast path.
import type { BareKey, ContentNode, KeyValue, Program, QuotedKey, Table } from './light-ast';
import { SourceIndex, type PairRecord, type Range, type ShapeRecord, type TableRecord } from './source-index';
import { lineEnd } from './text';
import { pathKey } from './values';
import type { KeyPath } from './types';

/** What the index needs of a syntax tree; toml-eslint-parser's AST has this shape too. */
export type IndexableProgram = Program;

export function buildIndex(ast: IndexableProgram, text: string): SourceIndex {
  const builder = new IndexBuilder(text, 0);
  let lastPair: Range = [-1, -1];
  for (const node of ast.body[0].body) {
    if (node.type === 'TOMLKeyValue') {
      lastPair = node.range;
      builder.keyValue(node, [], ROOT_KEY, 'table');
    } else builder.table(node);
  }
  builder.shapes.set(ROOT_KEY, { kind: 'root', at: builder.slot(lastPair[0], lastPair[1]) });
  const tableByPath = new Map(builder.tables.map((t) => [pathKey(t.path), t]));
  const records = { pairs: builder.pairs, shapes: builder.shapes, tables: builder.tables, tableByPath };
  return new SourceIndex(Int32Array.from(builder.offsets), records);
}

export class IndexBuilder {
  readonly pairs = new Map<string, PairRecord>();
  readonly shapes = new Map<string, ShapeRecord>();
  readonly tables: TableRecord[] = [];
  readonly offsets: number[] = [];

  /** `shift` is added to every AST offset: non-zero when indexing a fragment parsed on its own. */
  constructor(
    private readonly text: string,
    private readonly shift: number,
  ) {}

  slot(...offsets: number[]): number {
    const at = this.offsets.length;
    for (const offset of offsets) this.offsets.push(offset === -1 ? -1 : offset + this.shift);
    return at;
  }

  table(node: Table): void {
    const path = node.resolvedKey;
    const isArray = node.kind === 'array';
    let close = node.key.range[1];
    while (this.text[close] !== ']') close++;
    const headerEnd = close + (isArray ? 2 : 1);
    const pairs = node.body;
    const lastPair = pairs.length ? pairs[pairs.length - 1].range : [-1, -1];
    const bodyEnd = lineEnd(this.text, pairs.length ? lastPair[1] : headerEnd);
    const at = this.slot(node.range[0], headerEnd, pairs.length ? pairs[0].range[0] : -1, lastPair[0], lastPair[1], bodyEnd);
    for (const part of node.key.keys) this.slot(part.range[0], part.range[1]);
    const name = node.key.keys.map(keyName).join('.');
    this.tables.push({ path, name, isArray, segments: node.key.keys.length, at });
    let key = ROOT_KEY;
    for (let i = 0; i < path.length; i++) {
      key = childKey(key, path[i]);
      if (i === path.length - 1) this.shapes.set(key, { kind: 'header', at: -1 });
      else if (!this.shapes.has(key)) {
        const kind = typeof path[i + 1] === 'number' ? 'table-array' : 'implicit';
        this.shapes.set(key, { kind, at: this.slot(node.range[0]) });
      }
    }
    for (const pair of pairs) this.keyValue(pair, path, key, 'table');
  }

  keyValue(node: KeyValue, ownerPath: KeyPath, ownerKey: string, container: 'table' | 'inline'): void {
    const parts = node.key.keys;
    const path = ownerPath.slice();
    let key = ownerKey;
    parts.forEach((part, i) => {
      path.push(keyName(part));
      key = childKey(key, path[path.length - 1]);
      if (i < parts.length - 1 && !this.shapes.has(key)) {
        this.shapes.set(key, { kind: 'dotted', owner: ownerPath, at: this.slot(part.range[0]) });
      }
    });
    const at = this.slot(node.key.range[0], node.key.range[1], node.value.range[0], node.value.range[1], node.range[0], node.range[1]);
    for (const part of parts) this.slot(part.range[0], part.range[1]);
    this.pairs.set(key, { path, ownerDepth: ownerPath.length, valueKind: valueKind(node.value), container, segments: parts.length, at });
    this.value(node.value, path, key);
  }

  /** Indexes what sits inside a value: inline-table members and array items. */
  value(node: ContentNode, path: KeyPath, key = pathKey(path)): void {
    if (node.type === 'TOMLInlineTable') {
      const last = node.body.length ? node.body[node.body.length - 1].range[1] : -1;
      this.shapes.set(key, { kind: 'inline', at: this.slot(node.range[0], node.range[1], last) });
      for (const member of node.body) this.keyValue(member, path, key, 'inline');
    } else if (node.type === 'TOMLArray') {
      const last = node.elements.length ? node.elements[node.elements.length - 1].range[1] : -1;
      this.shapes.set(key, { kind: 'array', at: this.slot(node.range[0], node.range[1], last) });
      node.elements.forEach((item, i) => {
        const [start, end] = item.range;
        const itemPath = [...path, i];
        const itemKey = childKey(key, i);
        const at = this.slot(start, end, start, end, start, end);
        this.pairs.set(itemKey, { path: itemPath, ownerDepth: path.length, valueKind: valueKind(item), container: 'array', segments: 0, at });
        this.value(item, itemPath, itemKey);
      });
    }
  }
}

const ROOT_KEY = pathKey([]);

/** pathKey([...path, segment]) from pathKey(path), without serializing the whole path again. */
function childKey(parentKey: string, segment: string | number): string {
  const part = JSON.stringify(segment);
  return parentKey === ROOT_KEY ? `[${part}]` : `${parentKey.slice(0, -1)},${part}]`;
}

function keyName(node: BareKey | QuotedKey): string {
  return node.type === 'TOMLBare' ? node.name : node.value;
}

export function valueKind(node: ContentNode): string {
  if (node.type === 'TOMLArray') return 'array';
  if (node.type === 'TOMLInlineTable') return 'inline-table';
  if (node.kind === 'string') return `${node.multiline ? 'multiline-' : ''}${node.style === 'literal' ? 'literal-' : ''}string`;
  return node.kind;
}
