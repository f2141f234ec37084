// Random edit sequences over the corpus: the result parses, holds what a plain model of the values says,
// and every line outside the edit stays byte for byte.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode';
import { Document, parseDocument, type TomlDocument } from './document';
import { addArrayEntry, moveArrayEntry, removeArrayEntry, removeValue, setValue } from './edit';
import { changedLines, expectSameAsFreshParse } from './test-support';
import type { KeyPath, TomlTable, TomlValue } from './types';

const CORPUS = join(__dirname, '../../fixtures/corpus');
const texts = ['upstream', 'real'].flatMap((dir) =>
  readdirSync(join(CORPUS, dir))
    .filter((name) => name.endsWith('.conf'))
    .map((name) => ({ name, text: decodeBytes(new Uint8Array(readFileSync(join(CORPUS, dir, name)))).text })),
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

const op = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), pick: fc.nat(), value }),
  fc.record({ kind: fc.constant('add' as const), pick: fc.nat(), key, value }),
  fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('addEntry' as const), pick: fc.nat(), entry }),
  fc.record({ kind: fc.constant('removeEntry' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('move' as const), pick: fc.nat(), from: fc.nat(), to: fc.nat() }),
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

const nonBlank = (lines: string[]) => lines.filter((line) => line.trim() !== '');
const sorted = (text: string) => text.split('\n').sort();

/** Applies one edit to the document and the model, and checks the lines it touched. */
function apply(doc: TomlDocument, model: Model, o: Op): TomlDocument {
  const index = (doc as Document).index;
  const families = [...new Set(doc.tables.filter((t) => t.isArray && t.path.length === 2).map((t) => t.path[0] as string))];
  const pick = <T>(items: T[]) => items[o.pick % items.length];

  if (o.kind === 'set' || o.kind === 'remove') {
    const pairs = [...index.allPairs()].filter((p) => o.kind === 'set' || p.keySegments.length <= 1);
    const pair = pairs.length ? pick(pairs) : undefined;
    if (!pair) return doc;
    const oneLine = !doc.text.slice(...pair.pair).includes('\n');
    if (o.kind === 'set') {
      const next = setValue(doc, pair.path, o.value);
      modelSet(model, pair.path, o.value);
      const { removed, added } = changedLines(doc.text, next.text);
      if (oneLine) expect([removed.length, added.length]).toEqual(next.text === doc.text ? [0, 0] : [1, 1]);
      return next;
    }
    const next = removeValue(doc, pair.path);
    modelRemove(model, pair.path);
    const { removed, added } = changedLines(doc.text, next.text);
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
    const { removed, added } = changedLines(doc.text, next.text);
    expect([removed.length, nonBlank(added).length]).toEqual([0, 1]);
    return next;
  }
  if (o.kind === 'addEntry') {
    const name = pick([...families, 'new-family']);
    if (name === 'new-family' && doc.get([name]) !== undefined) return doc;
    const next = addArrayEntry(doc, name, o.entry);
    const entries = (doc.get([name]) as TomlValue[] | undefined)?.length ?? 0;
    modelSet(model, [name, entries], o.entry);
    expect(nonBlank(changedLines(doc.text, next.text).removed)).toEqual([]);
    return next;
  }
  if (families.length === 0) return doc;
  const name = pick(families);
  const count = (doc.get([name]) as TomlValue[]).length;
  if (o.kind === 'removeEntry') {
    const at = Math.floor(o.pick / families.length) % count;
    const next = removeArrayEntry(doc, name, at);
    modelRemove(model, [name, at]);
    if (count === 1) modelRemove(model, [name]);
    expect(changedLines(doc.text, next.text).added).toEqual([]);
    return next;
  }
  const [from, to] = [o.from % count, o.to % count];
  const next = moveArrayEntry(doc, name, from, to);
  const list = (model as TomlTable)[name] as TomlValue[];
  list.splice(to, 0, ...list.splice(from, 1));
  expect(sorted(next.text)).toEqual(sorted(doc.text));
  return next;
}

const RUNS = Number(process.env.TOML_PROPERTY_RUNS ?? 150);

describe('random edit sequences over the corpus', () => {
  it('leave a document that parses, holds the model, and keeps untouched lines', () => {
    fc.assert(
      fc.property(fc.constantFrom(...texts), fc.array(op, { minLength: 1, maxLength: 8 }), ({ text }, ops) => {
        let doc = parseDocument(text);
        const model = clone(doc.values);
        for (const o of ops) {
          doc = apply(doc, model, o);
          expect(doc.values).toEqual(model);
        }
        expectSameAsFreshParse(doc);
      }),
      { numRuns: RUNS },
    );
  }, Math.max(30_000, RUNS * 300));
});
