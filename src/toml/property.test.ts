// Random edit sequences over every corpus file: the result parses, holds what a plain model of the values says
// (what the forms show), and every line outside the edit's own lines stays byte for byte.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode';
import { Document, parseDocument, type TomlDocument } from './document';
import { sections } from '../kapacitor/schema';
import { addArrayEntry, moveArrayEntry, removeArrayEntry, removeValue, renameKey, setValue } from './edit';
import { entryBlock } from './edit-text';
import { deepEqual } from './equal';
import { formatKey } from './format';
import type { Range } from './source-index';
import { changedLines, expectSameAsFreshParse } from './test-support';
import { isTable, ownKey, pathKey, startsWithPath } from './values';
import type { KeyPath, TomlTable, TomlValue } from './types';

const CORPUS = join(__dirname, '../../fixtures/corpus');
const texts = ['upstream', 'real'].flatMap((dir) =>
  readdirSync(join(CORPUS, dir))
    .filter((name) => name.endsWith('.conf'))
    .map((name) => ({ name: `${dir}/${name}`, text: decodeBytes(new Uint8Array(readFileSync(join(CORPUS, dir, name)))).text })),
);

// ---- the model: plain values, edited without the document layer ----

type Model = TomlValue;

function clone(value: Model): Model {
  if (Array.isArray(value)) return value.map(clone);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === null) {
    const copy = Object.create(null) as TomlTable;
    for (const key of Object.keys(value)) copy[key] = clone((value as TomlTable)[key]);
    return copy;
  }
  return value;
}

type Container = Record<string | number, TomlValue | undefined>;

function parentOf(model: Model, path: KeyPath): { parent: Container; last: string | number } {
  let node = model as unknown as Container;
  path.slice(0, -1).forEach((segment, i) => {
    node[segment] ??= typeof path[i + 1] === 'number' ? [] : (Object.create(null) as TomlTable);
    node = node[segment] as unknown as Container;
  });
  return { parent: node, last: path[path.length - 1] };
}

function modelSet(model: Model, path: KeyPath, value: TomlValue): void {
  const { parent, last } = parentOf(model, path);
  parent[last] = clone(value);
}

function modelRemove(model: Model, path: KeyPath): void {
  const { parent, last } = parentOf(model, path);
  if (Array.isArray(parent)) parent.splice(last as number, 1);
  else delete parent[last];
}

function modelRename(model: Model, path: KeyPath, newKey: string): void {
  const { parent, last } = parentOf(model, path);
  const moved = parent[last];
  delete parent[last];
  parent[newKey] = moved;
}

/** The values with -0 read as 0: a TOML integer has no sign of zero (-0 set where an integer goes is written
 *  0, and setting 0 to -0 there changes nothing), only a float keeps it. */
function signless(value: Model): Model {
  if (Object.is(value, -0)) return 0;
  if (Array.isArray(value)) return value.map(signless);
  if (isTable(value)) {
    const copy = Object.create(null) as TomlTable;
    for (const key of Object.keys(value)) copy[key] = signless(value[key]);
    return copy;
  }
  return value;
}

// ---- which lines an edit may touch ----

const lineAt = (text: string, offset: number) => {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
};

/** Offset where line `n` (from 0) starts; the end of the text past the last line. */
const lineOffset = (text: string, n: number) => {
  let at = 0;
  for (let i = 0; i < n && at < text.length; i++) {
    const lf = text.indexOf('\n', at);
    at = lf === -1 ? text.length : lf + 1;
  }
  return at;
};

/** The lines [from, to) a range of `text` is written on. */
const linesOf = (text: string, [start, end]: Range): [number, number] => [lineAt(text, start), lineAt(text, Math.max(start, end - 1)) + 1];

/** The lines widened over the blank lines next to them (a cut may take those too). */
function withBlanks(text: string, [from, to]: [number, number]): [number, number] {
  const lines = text.split(/(?<=\n)/);
  const blank = (i: number) => i >= 0 && i < lines.length && /^[ \t]*\r?\n?$/.test(lines[i]);
  while (blank(from - 1)) from--;
  while (blank(to)) to++;
  return [from, to];
}

/** Whether `after` is `before` with lines [from, to) replaced by something, every other byte kept. A cut that
 *  reaches the end of a file without a final line break may take the break of the line before (it ends the file). */
function keepsOutside(before: string, after: string, from: number, to: number): boolean {
  const [start, end] = [lineOffset(before, from), lineOffset(before, to)];
  const [prefix, suffix] = [before.slice(0, start), before.slice(end)];
  const unbroken = before !== '' && !before.endsWith('\n');
  if (after.length >= prefix.length + suffix.length && after.startsWith(prefix) && after.endsWith(suffix)) {
    // text after a last line without a line break must start a new line, not lengthen that one
    return !(unbroken && start === before.length) || /^(\r?\n|$)/.test(after.slice(start));
  }
  if (!unbroken || end !== before.length || start === 0) return false;
  const bare = prefix.replace(/\r?\n$/, '');
  return after.startsWith(bare) && /^(\r?\n|$)/.test(after.slice(bare.length));
}

/** Every line outside [from, to) of `before` is in `after`, in order, byte for byte. */
function expectOnlyLines(before: string, after: string, [from, to]: [number, number], what: string): void {
  if (before === after) return;
  expect(keepsOutside(before, after, from, to), `${what}: only lines ${from + 1}-${to} may change\n--- after ---\n${after}`).toBe(true);
}

/** A pure insertion of whole lines: every line of `before` is kept, byte for byte and in order. Returns the lines put in. */
/** The line of `before` where `after` inserts whole lines, keeping every byte of `before`; undefined if it does not. */
function isInsertion(before: string, after: string): number | undefined {
  for (let k = before.split(/(?<=\n)/).length; k >= 0; k--) if (keepsOutside(before, after, k, k)) return k;
  return undefined;
}

function expectOnlyAdded(before: string, after: string, what: string): string[] {
  const k = isInsertion(before, after);
  if (k !== undefined) {
    const at = lineOffset(before, k);
    // appending after a last line without a line break gives it one
    const extra = at === before.length && !before.endsWith('\n') && before !== '' ? after.slice(at) : after.slice(at, at + after.length - before.length);
    return extra.split(/(?<=\n)/).map((line) => line.replace(/\r?\n$/, '')).filter((line, i, all) => i < all.length - 1 || line !== '');
  }
  expect.fail(`${what}: a line of the original was changed or lost\n--- after ---\n${after}`);
}

/** The identity key of each [[family]] the forms know (name, id, endpoint, workspace). */
const identityKeys = new Map(sections.filter((s) => s.identityKey).map((s) => [s.name, s.identityKey!]));

// ---- the edits, drawn as numbers and resolved against the current document ----

const key = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'a.b', 'with space', 'ключ', '"q"', ''), fc.string({ unit: 'binary', maxLength: 6 }));
const leaf = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: 'binary-ascii', maxLength: 8 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.bigInt({ min: 2n ** 53n, max: 2n ** 63n - 1n }),
);
const value: fc.Arbitrary<TomlValue> = fc.oneof(leaf, fc.array(fc.string({ unit: 'binary', maxLength: 6 }), { maxLength: 3 }));
const entry = fc.dictionary(key, value, { maxKeys: 3 }).map((record) => Object.assign(Object.create(null), record) as TomlTable);

const identity = fc.oneof(fc.stringMatching(/^[-\w+]{1,12}$/), fc.string({ unit: 'binary', maxLength: 8 }));

const op = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), pick: fc.nat(), value }),
  fc.record({ kind: fc.constant('add' as const), pick: fc.nat(), key, value }),
  fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('addEntry' as const), pick: fc.nat(), entry }),
  fc.record({ kind: fc.constant('removeEntry' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('move' as const), pick: fc.nat(), from: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('renameIdentity' as const), pick: fc.nat(), value: identity }),
  fc.record({ kind: fc.constant('renameKey' as const), pick: fc.nat(), key }),
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

const nonBlank = (lines: string[]) => lines.filter((line) => line.trim() !== '');
/** The lines in sorted order, the last one given the file's line break (a move puts another entry last). */
const sorted = (text: string, newline: string) => (text === '' || text.endsWith('\n') ? text : text + newline).split('\n').sort();

/** Applies one edit to the document and the model, and checks that only the edit's own lines changed. */
function apply(doc: TomlDocument, model: Model, o: Op, grown = false): TomlDocument {
  const index = (doc as Document).index;
  const text = doc.text;
  const families = [...new Set(doc.tables.filter((t) => t.isArray && t.path.length === 2).map((t) => t.path[0] as string))];
  const pick = <T>(items: T[]) => items[o.pick % items.length];
  const allPairs = [...index.allPairs()];
  /** the `key = value` line(s) of the table body that hold `path` (itself, or the inline value around it) */
  const statement = (path: KeyPath) => allPairs.find((p) => p.container === 'table' && startsWithPath(path, p.path))!;

  if (o.kind === 'set' || o.kind === 'remove') {
    const pairs = allPairs.filter((p) => o.kind === 'set' || p.keySegments.length <= 1);
    const pair = pairs.length ? pick(pairs) : undefined;
    if (!pair) return doc;
    const oneLine = !text.slice(...pair.pair).includes('\n');
    if (o.kind === 'set') {
      const next = setValue(doc, pair.path, o.value);
      modelSet(model, pair.path, o.value);
      // only the value's own text is rewritten
      expectOnlyLines(text, next.text, linesOf(text, pair.value), `set line ${lineAt(text, pair.value[0]) + 1}`);
      const { removed, added } = changedLines(text, next.text);
      if (oneLine) expect([removed.length, added.length]).toEqual(next.text === text ? [0, 0] : [1, 1]);
      return next;
    }
    const next = removeValue(doc, pair.path);
    modelRemove(model, pair.path);
    const own = pair.container === 'table' ? withBlanks(text, linesOf(text, pair.pair)) : linesOf(text, statement(pair.path).pair);
    expectOnlyLines(text, next.text, own, `remove line ${lineAt(text, pair.pair[0]) + 1}`);
    const { removed, added } = changedLines(text, next.text);
    if (oneLine && pair.container === 'table') expect([nonBlank(removed).length, added.length]).toEqual([1, 0]);
    if (pair.container !== 'table') expect([removed.length, added.length]).toEqual([1, 1]);
    return next;
  }
  if (o.kind === 'add') {
    const tables: KeyPath[] = [[], ...doc.tables.map((t) => t.path)];
    const path = [...pick(tables), o.key];
    if (doc.get(path) !== undefined) return doc;
    const next = setValue(doc, path, o.value);
    modelSet(model, path, o.value);
    expect(nonBlank(expectOnlyAdded(text, next.text, `add ${JSON.stringify(path)}`)).length).toBe(1);
    return next;
  }
  if (o.kind === 'addEntry') {
    // a root `name = []` (as old `kapacitord config` wrote) becomes the first [[name]] entry
    const empty = allPairs.filter((p) => p.path.length === 1 && p.container === 'table' && deepEqual(doc.get(p.path), [])).map((p) => p.path[0] as string);
    const name = pick([...families, ...empty, 'new-family']);
    if (name === 'new-family' && doc.get([name]) !== undefined) return doc;
    const next = addArrayEntry(doc, name, o.entry);
    const entries = (doc.get([name]) as TomlValue[] | undefined)?.length ?? 0;
    modelSet(model, [name, entries], o.entry);
    if (empty.includes(name)) {
      // that line goes (with blank lines next to it, as a cut takes them) and the rest is a pure insertion
      const pair = allPairs.find((p) => pathKey(p.path) === pathKey([name]))!;
      const [from, to] = withBlanks(text, linesOf(text, pair.pair));
      const lines = text.split(/(?<=\n)/);
      const line = lineAt(text, pair.pair[0]);
      const fits = [];
      for (let start = from; start <= line; start++) {
        for (let end = line + 1; end <= to; end++) {
          if (isInsertion([...lines.slice(0, start), ...lines.slice(end)].join(''), next.text) !== undefined) fits.push([start, end]);
        }
      }
      expect(fits.length, `the ${name} = [] line alone is replaced by a [[${name}]] table`).toBeGreaterThan(0);
      expect(next.text).toContain(`[[${formatKey(name)}]]`);
    } else {
      expectOnlyAdded(text, next.text, `add a [[${name}]] entry`);
    }
    return next;
  }
  if (o.kind === 'renameKey') {
    const candidates: KeyPath[] = [
      ...allPairs.filter((p) => p.container !== 'array').map((p) => p.path),
      ...doc.tables.map((t) => t.path.slice(0, t.path.findLastIndex((s) => typeof s === 'string') + 1)),
    ];
    if (candidates.length === 0) return doc;
    const path = pick(candidates);
    const parent = doc.get(path.slice(0, -1));
    if (!isTable(parent) || ownKey(parent, o.key) || path[path.length - 1] === o.key) return doc;
    const next = renameKey(doc, path, o.key);
    modelRename(model, path, o.key);
    // the lines where that name is written: key parts of pairs and table headers, nothing else
    const own = new Set<number>();
    for (const p of allPairs) if (startsWithPath(p.path, path) && p.ownerDepth < path.length) own.add(lineAt(text, p.key[0]));
    for (const t of index.tables) if (startsWithPath(t.path, path)) own.add(lineAt(text, t.header[0]));
    const [a, b] = [text.split('\n'), next.text.split('\n')];
    expect(b.length).toBe(a.length);
    const changed = a.map((line, i) => (line === b[i] ? -1 : i)).filter((i) => i >= 0);
    expect(changed.filter((i) => !own.has(i))).toEqual([]);
    return next;
  }
  /** the entries of a [[family]] that is written with headers */
  const entriesIn = (family: string) => (doc.get([family]) as TomlValue[]).length;
  if (o.kind === 'renameIdentity') {
    const named = families.filter((f) => identityKeys.has(f));
    if (named.length === 0) return doc;
    const family = named[o.pick % named.length];
    const at = Math.floor(o.pick / named.length) % entriesIn(family);
    const path = [family, at, identityKeys.get(family)!];
    const pair = index.pair(pathKey(path));
    const next = setValue(doc, path, o.value);
    modelSet(model, path, o.value);
    if (pair) expectOnlyLines(text, next.text, linesOf(text, pair.value), `rename [[${family}]] #${at + 1}`);
    else expect(nonBlank(expectOnlyAdded(text, next.text, `name [[${family}]] #${at + 1}`)).length).toBe(1);
    return next;
  }
  if (o.kind === 'removeEntry') {
    if (families.length === 0) return doc;
    const name = pick(families);
    const count = entriesIn(name);
    const at = Math.floor(o.pick / families.length) % count;
    const block = entryBlock(text, index, [name, at]);
    const next = removeArrayEntry(doc, name, at);
    modelRemove(model, [name, at]);
    if (count === 1) modelRemove(model, [name]);
    expect(changedLines(text, next.text).added).toEqual([]);
    expectOnlyLines(text, next.text, withBlanks(text, linesOf(text, block)), `remove [[${name}]] #${at + 1}`);
    return next;
  }
  // a move to another place (moving an entry onto itself is no edit)
  const movable = families.filter((f) => entriesIn(f) > 1);
  if (movable.length === 0) {
    // most files have one entry per family: give one a second (an edit checked like any other), then move
    if (grown || families.length === 0) return doc;
    const name = pick(families);
    const more = addArrayEntry(doc, name, Object.assign(Object.create(null) as TomlTable, { note: o.from }));
    modelSet(model, [name, entriesIn(name)], Object.assign(Object.create(null) as TomlTable, { note: o.from }));
    expectOnlyAdded(text, more.text, `add a [[${name}]] entry`);
    return apply(more, model, o, true);
  }
  const family = movable[o.pick % movable.length];
  const size = entriesIn(family);
  const from = o.from % size;
  const to = (from + 1 + (o.to % (size - 1))) % size;
  const next = moveArrayEntry(doc, family, from, to);
  const list = (model as TomlTable)[family] as TomlValue[];
  list.splice(to, 0, ...list.splice(from, 1));
  expect(sorted(next.text, doc.newline)).toEqual(sorted(text, doc.newline));
  // the entries from the first to the last one moved over are rewritten; nothing before or after them
  const [lo, hi] = [Math.min(from, to), Math.max(from, to)];
  const span: Range = [entryBlock(text, index, [family, lo])[0], entryBlock(text, index, [family, hi])[1]];
  expectOnlyLines(text, next.text, linesOf(text, span), `move [[${family}]] #${from + 1} to #${to + 1}`);
  return next;
}

/** Runs per corpus file (TOML_PROPERTY_RUNS=200 for a long search); the 25-30 kB samples get a third, each of their edits reads them again. */
const RUNS = Number(process.env.TOML_PROPERTY_RUNS ?? 24);
const runsFor = (text: string) => Math.max(Math.ceil(RUNS / 3), Math.round(RUNS * Math.min(1, 8000 / text.length)));

describe('random edit sequences over every corpus file', () => {
  it.each(texts)('$name: the result parses, holds the model, and keeps untouched lines', ({ text }) => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 8 }), (ops) => {
        let doc = parseDocument(text);
        const model = clone(doc.values);
        for (const o of ops) {
          doc = apply(doc, model, o);
          expect(signless(doc.values)).toEqual(signless(model));
        }
        expectSameAsFreshParse(doc);
      }),
      { numRuns: runsFor(text) },
    );
  }, 60_000);
});

describe('the line checks the property relies on', () => {
  it('tell a change inside the allowed lines from one outside them', () => {
    const text = 'a = 1\nb = 2\nc = 3\n';
    expect(keepsOutside(text, 'a = 1\nb = 9\nc = 3\n', 1, 2)).toBe(true);
    expect(keepsOutside(text, 'a = 1\nb = 9\nc = 3\n', 0, 1)).toBe(false);
    expect(keepsOutside(text, 'a = 1\nb = 2\nc = 3 \n', 0, 2)).toBe(false);
    expect(keepsOutside(text, 'a = 1\nc = 3\n', 1, 2)).toBe(true);
    expect(keepsOutside(text, 'a = 1\r\nb = 2\nc = 3\n', 1, 3)).toBe(false);
    // a cut to the end of a file without a final line break takes the break before it
    expect(keepsOutside('a = 1\nb = 2', 'a = 1', 1, 2)).toBe(true);
    expect(keepsOutside('a = 1\nb = 2', 'a = 12', 1, 2)).toBe(false);
  });

  it('accept only insertions of whole lines', () => {
    expect(expectOnlyAdded('a = 1\nb = 2\n', 'a = 1\nx = 0\nb = 2\n', 'middle')).toEqual(['x = 0']);
    expect(expectOnlyAdded('a = 1', 'a = 1\nx = 0', 'after a last line without a break')).toEqual(['', 'x = 0']);
    expect(() => expectOnlyAdded('a = 1', 'a = 10', 'a lengthened line')).toThrow();
    expect(() => expectOnlyAdded('a = 1\nb = 2\n', 'a = 1\nx = 0\nb = 3\n', 'a changed line')).toThrow();
  });
});
