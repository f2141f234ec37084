// Pure helpers over parsed values. Tables are built with a null prototype so keys such as
// __proto__ or constructor are plain data (smol-toml does the same).
import type { KeyPath, TomlTable, TomlValue } from './types';

export function isTable(value: unknown): value is TomlTable {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === null || proto === Object.prototype;
}

/** An array whose items are all tables: written as [[name]] entries when it is ours to write. */
export function isTableArray(value: unknown): value is TomlTable[] {
  return Array.isArray(value) && value.length > 0 && value.every(isTable);
}

export function newTable(): TomlTable {
  return Object.create(null) as TomlTable;
}

export function ownKey(table: TomlTable, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(table, key);
}

/** A stable Map key for a path: numbers and strings stay apart ("0" vs 0). */
export function pathKey(path: KeyPath): string {
  return JSON.stringify(path);
}

export function startsWithPath(path: KeyPath, prefix: KeyPath): boolean {
  return prefix.length <= path.length && prefix.every((segment, i) => path[i] === segment);
}

export function getIn(root: TomlValue, path: KeyPath): TomlValue | undefined {
  let node: TomlValue | undefined = root;
  for (const segment of path) {
    if (typeof segment === 'number') {
      if (!Array.isArray(node) || !Number.isInteger(segment) || segment < 0 || segment >= node.length) return undefined;
      node = node[segment];
    } else {
      if (!isTable(node) || !ownKey(node, segment)) return undefined;
      node = node[segment];
    }
  }
  return node;
}

function shallowCopy(value: TomlValue | undefined): TomlTable | TomlValue[] {
  if (Array.isArray(value)) return value.slice();
  return Object.assign(newTable(), value);
}

/** A copy of `root` with `value` at `path`; only the tables and arrays along the path are copied. */
export function setIn(root: TomlTable, path: KeyPath, value: TomlValue): TomlTable {
  return updateIn(root, path, () => value) as TomlTable;
}

/** A copy of `root` without `path`; an array item is spliced out. */
export function deleteIn(root: TomlTable, path: KeyPath): TomlTable {
  return updateIn(root, path, () => undefined) as TomlTable;
}

export function renameIn(root: TomlTable, path: KeyPath, newKey: string): TomlTable {
  const value = getIn(root, path);
  if (value === undefined) return root;
  return setIn(deleteIn(root, path), [...path.slice(0, -1), newKey], value);
}

function updateIn(node: TomlValue | undefined, path: KeyPath, update: (old: TomlValue | undefined) => TomlValue | undefined): TomlValue | undefined {
  if (path.length === 0) return update(node);
  const [segment, ...rest] = path;
  const copy = shallowCopy(node ?? (typeof segment === 'number' ? [] : undefined));
  const child = Array.isArray(copy) ? copy[segment as number] : ownKey(copy, segment as string) ? copy[segment as string] : undefined;
  const next = updateIn(child, rest, update);
  if (Array.isArray(copy)) {
    if (next === undefined) copy.splice(segment as number, 1);
    else copy[segment as number] = next;
  } else if (next === undefined) delete copy[segment as string];
  else copy[segment as string] = next;
  return copy;
}

/** `value` nested under `path`: wrap(['a', 'b'], 1) is { a: { b: 1 } }. */
export function wrap(path: KeyPath, value: TomlValue): TomlValue {
  let result = value;
  for (let i = path.length - 1; i >= 0; i--) {
    const segment = path[i];
    if (typeof segment === 'number') {
      result = [result];
    } else {
      const table = newTable();
      table[segment] = result;
      result = table;
    }
  }
  return result;
}
