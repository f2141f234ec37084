// Edits: each is a splice of the text, then the result is read again and must hold exactly the intended values.
import { deepEqual } from './equal';
import { Document, parseDocument, type TomlDocument } from './document';
import { insertArrayItem, insertInlineMember, insertKeyLine, insertTableBlock, keyLinePlace } from './edit-insert';
import { cut, entryBlocks, memberRange, pairLines, segment, splice, tablesUnder } from './edit-text';
import { formatKey, formatValue, type FormatOptions } from './format';
import { insertKeyLineText, replaceValueText } from './fast-path';
import type { Range, Shape } from './source-index';
import { deleteIn, getIn, isTable, isTableArray, newTable, ownKey, pathKey, renameIn, setIn, startsWithPath, wrap } from './values';
import { TomlEditError, TomlInputError, type KeyPath, type TomlTable, type TomlValue } from './types';

export function setValue(doc: TomlDocument, path: KeyPath, value: TomlValue, opts: FormatOptions = {}): TomlDocument {
  const d = ours(doc);
  checkPath(path);
  return verified(set(d, path, value, opts), setIn(d.values, path, value), `set ${describe(path)}`);
}

/** Removes a key (its whole lines), an array item, a table (header and body) or an array entry.
 *  Removing what is not there returns the document unchanged. */
export function removeValue(doc: TomlDocument, path: KeyPath): TomlDocument {
  const d = ours(doc);
  checkPath(path);
  if (d.get(path) === undefined) return d;
  return verified(reparse(removeText(d, path)), withoutPath(d, path), `remove ${describe(path)}`);
}

/** Adds an [[name]] entry after the last one. A root `name = []` (as old `kapacitord config` wrote empty sections)
 *  stays as written until then; the first entry replaces that line (and its comment) with the [[name]] table. */
export function addArrayEntry(doc: TomlDocument, name: string, entry: TomlTable): TomlDocument {
  const original = ours(doc);
  let d = original;
  const entries = d.get([name]);
  const shape = shapeOf(d, [name]);
  const pair = d.index.pair(pathKey([name]));
  if (Array.isArray(entries) && entries.length === 0 && shape?.kind === 'array' && pair?.container === 'table') {
    // The whole line goes, with its comment: `httppost = [] # none` is no longer true once there is an entry.
    d = reparse(cut(d.text, [pairLines(d.text, pair.pair)]));
  } else if (entries !== undefined && shape?.kind !== 'table-array') {
    const line = d.lineOf([name]);
    const inline = shape?.kind === 'array' || shape?.kind === 'inline';
    throw new TomlEditError(
      inline
        ? `${name} is written inline on line ${line} (${name} = ${shape?.kind === 'array' ? '[ … ]' : '{ … }'}), not as [[${name}]] entries, so no entry can be added to it here. ` +
            `Rewrite it as [[${name}]] tables in the file to add entries in the form.`
        : `${name} is not written as [[${name}]] entries, so no entry can be added to it.`,
    );
  }
  const current = d.get([name]);
  const count = Array.isArray(current) ? current.length : 0;
  return verified(reparse(insertTableBlock(d, [name, count], entry, true, {})), setIn(original.values, [name, count], entry), `add a [[${name}]] entry`);
}

export function removeArrayEntry(doc: TomlDocument, name: string, index: number): TomlDocument {
  entriesOf(ours(doc), name, [index]);
  return removeValue(doc, [name, index]);
}

/** Moves an entry, with its sub-tables and the comments right above it, to position `to`. */
export function moveArrayEntry(doc: TomlDocument, name: string, from: number, to: number): TomlDocument {
  const d = ours(doc);
  const entries = entriesOf(d, name, [from, to]);
  if (from === to) return d;
  // Work on text that ends with a line break, so the last entry moves like any other.
  const addBreak = !d.text.endsWith('\n');
  const text = addBreak ? d.text + d.newline : d.text;
  const lo = Math.min(from, to);
  const hi = Math.max(from, to);
  const blocks = entryBlocks(text, d.index, name, lo, hi);
  const contents = blocks.map(([start, end]) => text.slice(start, end));
  const [moving] = contents.splice(from - lo, 1);
  contents.splice(to - lo, 0, moving);
  // The text between entries (blank lines, other tables) stays where it was.
  let middle = contents[0];
  for (let k = 1; k < blocks.length; k++) middle += text.slice(blocks[k - 1][1], blocks[k][0]) + contents[k];
  let result = text.slice(0, blocks[0][0]) + middle + text.slice(blocks[blocks.length - 1][1]);
  if (addBreak) result = result.slice(0, -d.newline.length);
  const reordered = entries.slice();
  reordered.splice(to, 0, ...reordered.splice(from, 1));
  return verified(reparse(result), setIn(d.values, [name], reordered), `move [[${name}]] entry ${from + 1}`);
}

/** Renames a key or a table, changing only the key text (in every header or dotted key that names it). */
export function renameKey(doc: TomlDocument, path: KeyPath, newKey: string): TomlDocument {
  const d = ours(doc);
  checkPath(path);
  const oldKey = path[path.length - 1];
  const parent = d.get(path.slice(0, -1));
  if (typeof oldKey !== 'string' || d.get(path) === undefined || !isTable(parent)) {
    throw new TomlEditError(`There is no key ${describe(path)} to rename.`);
  }
  if (oldKey === newKey) return d;
  if (ownKey(parent, newKey)) throw new TomlEditError(`${describe([...path.slice(0, -1), newKey])} already exists.`);
  const ranges: Range[] = [];
  for (const pair of d.index.allPairs()) {
    const part = path.length - pair.ownerDepth - 1;
    if (part >= 0 && part < pair.keySegments.length && startsWithPath(pair.path, path)) ranges.push(pair.keySegments[part]);
  }
  for (const table of d.index.tables) {
    if (!startsWithPath(table.path, path)) continue;
    const part = path.filter((segment) => typeof segment === 'string').length - 1;
    ranges.push(table.keySegments[part]);
  }
  let text = d.text;
  for (const [start, end] of ranges.sort((a, b) => b[0] - a[0])) text = splice(text, start, end, formatKey(newKey));
  return verified(reparse(text), renameIn(d.values, path, newKey), `rename ${describe(path)}`);
}

// ---- setValue ----

function set(d: Document, path: KeyPath, value: TomlValue, opts: FormatOptions): Document {
  const current = d.get(path);
  if (current === undefined) return insertMissing(d, path, value, opts);
  const pair = d.index.pair(pathKey(path));
  const kindChange = (opts.float === true && pair?.valueKind === 'integer') || (opts.float === false && pair?.valueKind === 'float');
  if (deepEqual(current, value) && !kindChange) return d;
  // A list with comments in it is edited item by item: rewritten whole, it would lose them.
  if (pair && Array.isArray(current) && Array.isArray(value) && isLaidOut(d.text, pair.value) && [...current, ...value].every((v) => !isTable(v) && !Array.isArray(v))) {
    let next = d;
    for (let i = current.length - 1; i >= value.length; i--) next = ours(removeValue(next, [...path, i]));
    value.forEach((item, i) => (next = ours(setValue(next, [...path, i], item, opts))));
    return next;
  }
  if (pair) return replaceValue(d, path, value, opts);
  // The path holds a table or entries written with headers: edit inside them rather than rewrite them.
  if (isTable(current) && isTable(value)) {
    let next = d;
    // Set before removing, so new keys take the indentation of the keys already there.
    for (const key of Object.keys(value)) next = ours(setValue(next, [...path, key], value[key], opts));
    for (const key of Object.keys(current)) if (!ownKey(value, key)) next = ours(removeValue(next, [...path, key]));
    return next;
  }
  if (Array.isArray(current) && isTableArray(value)) {
    let next = d;
    for (let i = current.length - 1; i >= value.length; i--) next = ours(removeValue(next, [...path, i]));
    value.forEach((entry, i) => (next = ours(setValue(next, [...path, i], entry, opts))));
    return next;
  }
  return set(ours(removeValue(d, path)), path, value, opts);
}

/** the value's text holds a comment (a # in a string makes this true too; item by item is right there as well) */
function isLaidOut(text: string, [start, end]: readonly [number, number]): boolean {
  return text.slice(start, end).includes('#');
}

function replaceValue(d: Document, path: KeyPath, value: TomlValue, opts: FormatOptions): Document {
  const pair = d.index.pair(pathKey(path))!;
  // Keep a float a float (strict readers refuse an integer where the file had a float), unless the caller knows
  // the key wants an integer (float: false).
  const float = opts.float ?? pair.valueKind === 'float';
  const literal = pair.valueKind === 'literal-string' && typeof value === 'string' && /^[^'\0-\x08\n-\x1f\x7f]*$/.test(value);
  const text = literal ? `'${value}'` : formatValue(value, { ...opts, float });
  try {
    return replaceValueText(d, path, text, value) ?? reparse(splice(d.text, pair.value[0], pair.value[1], text));
  } catch (error) {
    throw asEditError(error, `set ${describe(path)}`);
  }
}

function insertMissing(d: Document, path: KeyPath, value: TomlValue, opts: FormatOptions): Document {
  let depth = path.length - 1;
  while (depth > 0 && d.get(path.slice(0, depth)) === undefined) depth--;
  const parentPath = path.slice(0, depth);
  const parent = d.get(parentPath);
  const segment = path[depth];
  const rest = path.slice(depth + 1);
  if (rest.some((s) => s !== 0 && typeof s === 'number')) throw new TomlEditError(`${describe(path)}: there is no such array item.`);
  const inner = wrap(rest, value);
  const shape = shapeOf(d, parentPath);

  if (Array.isArray(parent)) {
    if (segment !== parent.length) throw new TomlEditError(`${describe(path)}: an array can only grow by one item at its end.`);
    if (shape?.kind === 'table-array') {
      if (!isTable(inner)) throw new TomlEditError(`${describe(path)}: an entry of [[${describe(parentPath)}]] must be a table.`);
      return reparse(insertTableBlock(d, [...parentPath, segment], inner, true, opts));
    }
    if (shape?.kind !== 'array') throw new TomlEditError(`${describe(parentPath)} cannot be extended.`);
    return reparse(insertArrayItem(d.text, shape, formatValue(inner, opts)));
  }
  if (!isTable(parent) || typeof segment === 'number' || !shape) throw new TomlEditError(`${describe(parentPath)} is not a table.`);
  return insertIntoTable(d, parentPath, shape, segment, inner, opts);
}

function insertIntoTable(d: Document, tablePath: KeyPath, shape: Shape, key: string, value: TomlValue, opts: FormatOptions): Document {
  if (shape.kind === 'inline') return reparse(insertInlineMember(d.text, shape, formatKey(key), formatValue(value, opts)));
  if (shape.kind === 'dotted') {
    // A table made by dotted keys (a.b = 1) grows by another dotted key in the table that holds them.
    const dottedKey = [...tablePath.slice(shape.owner.length), key].map((k) => formatKey(String(k))).join('.');
    const owner = shapeOf(d, shape.owner);
    if (owner?.kind === 'inline') return reparse(insertInlineMember(d.text, owner, dottedKey, formatValue(value, opts)));
    return reparse(insertKeyLine(d, shape.owner, dottedKey, formatValue(value, opts)));
  }
  if (isTable(value)) return reparse(insertTableBlock(d, [...tablePath, key], value, false, opts));
  if (isTableArray(value)) {
    let next = d;
    value.forEach((entry, i) => (next = reparse(insertTableBlock(next, [...tablePath, key, i], entry, true, opts))));
    return next;
  }
  if (shape.kind === 'implicit') {
    const table = newTable();
    table[key] = value;
    return reparse(insertTableBlock(d, tablePath, table, false, opts));
  }
  const [keyText, valueText] = [formatKey(key), formatValue(value, opts)];
  const place = keyLinePlace(d, tablePath);
  try {
    const fast = insertKeyLineText(d, tablePath, key, keyText, valueText, place, value);
    return fast ?? reparse(splice(d.text, place.at, place.at, `${place.before}${keyText} = ${valueText}${place.after}`));
  } catch (error) {
    throw asEditError(error, `set ${describe([...tablePath, key])}`);
  }
}

// ---- removeValue ----

function removeText(d: Document, path: KeyPath): string {
  const { text, index } = d;
  const pair = index.pair(pathKey(path));
  if (pair) return cut(text, [pair.container === 'table' ? pairLines(text, pair.pair) : memberRange(text, pair.pair)]);
  const ranges = tablesUnder(index, path).map((table) => segment(text, index, table));
  // Dotted keys outside those tables can also hold parts of the path (a.b = 1 for ['a']).
  for (const p of index.allPairs()) {
    if (p.container === 'table' && startsWithPath(p.path, path) && !ranges.some(([s, e]) => p.pair[0] >= s && p.pair[0] < e)) {
      ranges.push(pairLines(text, p.pair));
    }
  }
  return cut(text, ranges);
}

/** The values without `path`; tables that only existed to hold it (implicit, dotted, or emptied [[entries]]) go too. */
function withoutPath(d: Document, path: KeyPath): TomlTable {
  let values = deleteIn(d.values, path);
  for (let length = path.length - 1; length > 0; length--) {
    const ancestor = path.slice(0, length);
    const kind = shapeOf(d, ancestor)?.kind;
    const value = getIn(values, ancestor);
    const empty = (isTable(value) && Object.keys(value).length === 0) || (Array.isArray(value) && value.length === 0);
    if (!empty || !(kind === 'implicit' || kind === 'dotted' || kind === 'table-array')) break;
    values = deleteIn(values, ancestor);
  }
  return values;
}

// ---- shared ----

function ours(doc: TomlDocument): Document {
  if (!(doc instanceof Document)) throw new TomlEditError('Only documents made by parseDocument can be edited.');
  return doc;
}

function shapeOf(d: Document, path: KeyPath): Shape | undefined {
  return d.index.shape(pathKey(path));
}

function entriesOf(d: Document, name: string, indices: number[]): TomlValue[] {
  const entries = d.get([name]);
  if (!Array.isArray(entries) || shapeOf(d, [name])?.kind !== 'table-array') throw new TomlEditError(`There are no [[${name}]] entries.`);
  for (const i of indices) {
    if (!Number.isInteger(i) || i < 0 || i >= entries.length) throw new TomlEditError(`There is no [[${name}]] entry ${i + 1}.`);
  }
  return entries;
}

function checkPath(path: KeyPath): void {
  if (path.length === 0) throw new TomlEditError('An edit needs a key path.');
  for (const segment of path) {
    if (typeof segment === 'number' && (!Number.isInteger(segment) || segment < 0)) {
      throw new TomlEditError(`${describe(path)}: ${segment} is not an array index.`);
    }
  }
}

function reparse(text: string): Document {
  try {
    return parseDocument(text) as Document;
  } catch (error) {
    throw asEditError(error, 'edit');
  }
}

function asEditError(error: unknown, what: string): unknown {
  if (error instanceof TomlInputError) return new TomlEditError(`Cannot ${what}: the result would not be valid TOML (${error.message}).`);
  return error;
}

function verified(next: Document, expected: TomlTable, what: string): Document {
  if (!deepEqual(next.values, expected)) throw new TomlEditError(`Cannot ${what}: the edited text would not hold the intended values.`);
  return next;
}

/** influxdb[1].urls */
function describe(path: KeyPath): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : `${i > 0 ? '.' : ''}${s}`)).join('');
}
