// Where new text goes and how it looks: a key line next to its siblings, a member of an inline table or array,
// a new [table] or [[entry]] block after the last table of its family, in the file's indentation and newline style.
import { formatKey, formatValue, type FormatOptions } from './format';
import { attachedStart, segmentContentEnd, splice, tablesUnder } from './edit-text';
import type { Document } from './document';
import type { Range, Shape, TableEntry } from './source-index';
import { indentAt, lastContentEnd } from './text';
import { isTable, isTableArray, pathKey } from './values';
import type { KeyPath, TomlTable } from './types';

/** Where a new line of a table goes: at `at`, written as before + line + after. */
export interface LinePlace {
  at: number;
  before: string;
  after: string;
  /** right after a line of the table itself (a pair, or the header of a table without pairs) */
  afterSibling: boolean;
}

/** A new `key = value` line of the root or of a [table]: after its last pair, in that pair's indentation. */
export function keyLinePlace(doc: Document, tablePath: KeyPath): LinePlace {
  const { text, newline, index } = doc;
  // read through lines: `text` of an edited 10 MB document is copied whole when first read
  const lineAfter = ([start, end]: Range): LinePlace => {
    const last = doc.lineAround(end);
    return { at: last.start + last.text.length, before: newline + /^[ \t]*/.exec(doc.lineAround(start).text)![0], after: '', afterSibling: true };
  };
  if (tablePath.length > 0) {
    const table = index.table(pathKey(tablePath))!;
    return lineAfter(table.lastPair[0] === -1 ? table.header : table.lastPair);
  }
  const root = index.shape(pathKey([])) as Extract<Shape, { kind: 'root' }>;
  if (root.lastPair[0] !== -1) return lineAfter(root.lastPair);
  if (index.tables.length > 0) {
    // Root keys must come before the first header (and before the comments that belong to it).
    return { at: attachedStart(text, index.tables[0].header[0]), before: '', after: newline + newline, afterSibling: false };
  }
  const end = lastContentEnd(text);
  if (end === 0) return { at: 0, before: '', after: newline, afterSibling: false };
  return { at: end, before: newline, after: '', afterSibling: false };
}

export function insertKeyLine(doc: Document, tablePath: KeyPath, keyText: string, valueText: string): string {
  const place = keyLinePlace(doc, tablePath);
  return splice(doc.text, place.at, place.at, `${place.before}${keyText} = ${valueText}${place.after}`);
}

export function insertInlineMember(text: string, shape: Extract<Shape, { kind: 'inline' }>, keyText: string, valueText: string): string {
  const member = `${keyText} = ${valueText}`;
  if (shape.lastMemberEnd !== -1) return splice(text, shape.lastMemberEnd, shape.lastMemberEnd, `, ${member}`);
  return splice(text, shape.value[0] + 1, shape.value[1] - 1, ` ${member} `);
}

export function insertArrayItem(text: string, shape: Extract<Shape, { kind: 'array' }>, valueText: string): string {
  if (shape.lastItemEnd !== -1) return splice(text, shape.lastItemEnd, shape.lastItemEnd, `, ${valueText}`);
  return splice(text, shape.value[0] + 1, shape.value[0] + 1, valueText);
}

/** A new [path] (or [[path]] entry) block holding `table`, after the last table of its family or at the end. */
export function insertTableBlock(doc: Document, path: KeyPath, table: TomlTable, isArray: boolean, opts: FormatOptions): string {
  const { text, newline, index } = doc;
  const family = familyPrefix(isArray ? path.slice(0, -1) : path);
  // A new entry goes after the entries already there; a sub-table stays inside its array entry.
  const anchors = isArray ? [path.slice(0, -1), family] : [family];
  const after = anchors.map((prefix) => tablesUnder(index, prefix)).find((tables) => tables.length > 0);
  const style = blockStyle(doc, path, tablesUnder(index, anchors[0]));
  const block = tableBlock(path, table, isArray, style, opts).join(newline);
  if (after) {
    const at = segmentContentEnd(text, index, after[after.length - 1]);
    return splice(text, at, at, newline + newline + block);
  }
  const end = lastContentEnd(text);
  return end === 0 ? splice(text, 0, 0, block + newline) : splice(text, end, end, newline + newline + block);
}

/** The prefix a table's family shares: up to its last array index (its entry), else its first name. */
function familyPrefix(path: KeyPath): KeyPath {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'number') return path.slice(0, i + 1);
  return path.slice(0, 1);
}

interface BlockStyle {
  header: string;
  key: string;
}

/** Indentation copied from a table at the same depth in the family, else derived from the parent table. */
function blockStyle(doc: Document, path: KeyPath, familyTables: TableEntry[]): BlockStyle {
  const depth = names(path).length;
  const sameDepth = (t: TableEntry) => names(t.path).length === depth;
  const family = familyTables.filter(sameDepth);
  if (family.length > 0) return styleOf(doc.text, family[family.length - 1]);
  for (let i = path.length - 1; i > 0; i--) {
    const parent = doc.index.table(pathKey(path.slice(0, i)));
    if (parent) return childStyle(styleOf(doc.text, parent));
  }
  const anyTable = doc.index.tables.filter(sameDepth).pop();
  return anyTable ? styleOf(doc.text, anyTable) : { header: '', key: '' };
}

function styleOf(text: string, table: TableEntry): BlockStyle {
  const header = indentAt(text, table.header[0]);
  return { header, key: table.firstPairStart === -1 ? header : indentAt(text, table.firstPairStart) };
}

function childStyle(style: BlockStyle): BlockStyle {
  const step = style.key.startsWith(style.header) ? style.key.slice(style.header.length) : '';
  return { header: style.key, key: style.key + step };
}

function names(path: KeyPath): string[] {
  return path.filter((segment): segment is string => typeof segment === 'string');
}

/** Lines of a table: header, plain keys, then sub-tables and entries. A table holding only
 *  sub-tables gets no header of its own (TOML creates it implicitly); an array entry always does. */
function tableBlock(path: KeyPath, table: TomlTable, isArray: boolean, style: BlockStyle, opts: FormatOptions): string[] {
  const keys = Object.keys(table);
  const plain = keys.filter((k) => !isTable(table[k]) && !isTableArray(table[k]));
  const implicit = !isArray && plain.length === 0 && keys.length > 0;
  const name = names(path).map(formatKey).join('.');
  const lines = implicit ? [] : [style.header + (isArray ? `[[${name}]]` : `[${name}]`)];
  for (const k of plain) lines.push(`${style.key}${formatKey(k)} = ${formatValue(table[k], opts)}`);
  const inner = implicit ? style : childStyle(style);
  for (const k of keys) {
    const value = table[k];
    if (isTable(value)) lines.push(...tableBlock([...path, k], value, false, inner, opts));
    else if (isTableArray(value)) value.forEach((entry, i) => lines.push(...tableBlock([...path, k, i], entry, true, inner, opts)));
  }
  return lines;
}
