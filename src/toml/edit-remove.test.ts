import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseDocument } from './document';
import { removeValue, renameKey } from './edit';
import { expectSameAsFreshParse } from './test-support';
import { TomlEditError, type KeyPath } from './types';

function remove(text: string, path: KeyPath): string {
  const doc = removeValue(parseDocument(text), path);
  expectSameAsFreshParse(doc);
  // an array item's index goes to the next item
  if (typeof path[path.length - 1] === 'string') expect(doc.get(path)).toBeUndefined();
  return doc.text;
}

function rename(text: string, path: KeyPath, newKey: string): string {
  const doc = renameKey(parseDocument(text), path, newKey);
  expectSameAsFreshParse(doc);
  expect(doc.get([...path.slice(0, -1), newKey])).toEqual(parseDocument(text).get(path));
  return doc.text;
}

const TABLES = `hostname = "h"

[http]
  bind-address = ":9092" # the port
  ciphers = [
    "a",
    "b",
  ]
  log = true

# Comments about smtp
[smtp]
  enabled = true

[[influxdb]]
  name = "one"
  [influxdb.subscriptions]
    telegraf = ["autogen"]

# The second cluster
[[influxdb]]
  name = "two"
`;

describe('removeValue', () => {
  it('leaves the comments of the table above a removed one: deeper-indented comment lines are that table\'s body', () => {
    const text = readFileSync('fixtures/corpus/upstream/kapacitor-1.8.3.conf', 'utf8');
    const out = removeValue(parseDocument(text), ['influxdb', 0, 'excluded-subscriptions']);
    const lines = text.split('\n');
    const header = lines.indexOf('  [influxdb.excluded-subscriptions]');
    const next = lines.findIndex((l, i) => i > header && /^\s*\[/.test(l));
    // exactly the header and its own body go (the blank line before the next table stays); the 9 commented lines
    // of [influxdb.subscriptions] above it stay
    expect(lines[next - 1]).toBe('');
    expect(out.text).toBe([...lines.slice(0, header), ...lines.slice(next - 1)].join('\n'));
    expect(out.text).toContain('    # Set of databases and retention policies to subscribe to.');
    expectSameAsFreshParse(out);
  });

  it('removes the whole line of a key, trailing comment included', () => {
    expect(remove(TABLES, ['http', 'bind-address'])).toBe(TABLES.replace('  bind-address = ":9092" # the port\n', ''));
  });

  it('removes every line of a multi-line value', () => {
    expect(remove(TABLES, ['http', 'ciphers'])).toBe(TABLES.replace('  ciphers = [\n    "a",\n    "b",\n  ]\n', ''));
  });

  it('removes every line of a multi-line string, and tab-indented keys', () => {
    expect(remove('a = """\nfirst\nsecond""" # c\nb = 1\n', ['a'])).toBe('b = 1\n');
    expect(remove("[t]\n\tx = '''\n\tkeep'''\n\ty = 2\n", ['t', 'x'])).toBe('[t]\n\ty = 2\n');
  });

  it('removes the last line of a file without final newline, leaving none', () => {
    expect(remove('a = 1\nb = 2', ['b'])).toBe('a = 1');
    expect(remove('a = 1\r\nb = 2', ['b'])).toBe('a = 1');
    expect(remove('a = 1\r\nb = 2\r\nc = 3\r\n', ['b'])).toBe('a = 1\r\nc = 3\r\n');
  });

  it('removes a member of an inline table with its comma', () => {
    const text = 'h = { a = 1, b = 2, c = 3 }\n';
    expect(remove(text, ['h', 'a'])).toBe('h = { b = 2, c = 3 }\n');
    expect(remove(text, ['h', 'b'])).toBe('h = { a = 1, c = 3 }\n');
    expect(remove(text, ['h', 'c'])).toBe('h = { a = 1, b = 2 }\n');
    expect(remove('h = { a = 1 }\n', ['h', 'a'])).toBe('h = {  }\n');
  });

  it('removes an array item with its comma', () => {
    expect(remove('u = ["a", "b", "c"]\n', ['u', 1])).toBe('u = ["a", "c"]\n');
    expect(remove('u = ["a", "b"]\n', ['u', 1])).toBe('u = ["a"]\n');
    expect(remove('u = [\n  "a",\n  "b",\n]\n', ['u', 1])).toBe('u = [\n  "a",\n  \n]\n');
    expect(remove('u = ["a"]\n', ['u', 0])).toBe('u = []\n');
  });

  it('removes a table: its comments, header and body', () => {
    expect(remove(TABLES, ['smtp'])).toBe(TABLES.replace('# Comments about smtp\n[smtp]\n  enabled = true\n\n', ''));
  });

  it('removes a sub-table of an array entry', () => {
    expect(remove(TABLES, ['influxdb', 0, 'subscriptions'])).toBe(TABLES.replace('  [influxdb.subscriptions]\n    telegraf = ["autogen"]\n', ''));
  });

  it('removes an array entry with its sub-tables, or all of them', () => {
    expect(remove(TABLES, ['influxdb', 0])).toBe(TABLES.replace('[[influxdb]]\n  name = "one"\n  [influxdb.subscriptions]\n    telegraf = ["autogen"]\n\n', ''));
    expect(remove(TABLES, ['influxdb', 1])).toBe(TABLES.replace('\n# The second cluster\n[[influxdb]]\n  name = "two"\n', ''));
    expect(remove(TABLES, ['influxdb'])).toBe(TABLES.slice(0, TABLES.indexOf('\n[[influxdb]]')));
  });

  it('removes the last table of a file without final newline, leaving none', () => {
    expect(remove('[a]\r\nx = 1\r\n\r\n[b]\r\ny = 2', ['b'])).toBe('[a]\r\nx = 1');
  });

  it('removes tables made of dotted keys or only implied by headers', () => {
    expect(remove('a.b = 1\na.c = 2\nd = 3\n', ['a'])).toBe('d = 3\n');
    expect(remove('a.b = 1\nd = 3\n', ['a', 'b'])).toBe('d = 3\n');
    expect(remove('x = 1\n\n[udf.functions.a]\np = 1\n\n[udf.functions.b]\np = 2\n', ['udf'])).toBe('x = 1\n');
    expect(remove('x = 1\n\n[udf.functions.a]\np = 1\n', ['udf', 'functions', 'a'])).toBe('x = 1\n');
  });

  it('keeps an explicit table that becomes empty', () => {
    const doc = removeValue(parseDocument('[smtp]\nenabled = true\n'), ['smtp', 'enabled']);
    expect(doc.text).toBe('[smtp]\n');
    expect(doc.get(['smtp'])).toEqual({});
  });

  it('removes keys named __proto__', () => {
    expect(remove('__proto__ = 1\nb = 2\n', ['__proto__'])).toBe('b = 2\n');
  });

  it('returns the same document when there is nothing to remove', () => {
    const doc = parseDocument(TABLES);
    expect(removeValue(doc, ['http', 'nope'])).toBe(doc);
    expect(removeValue(doc, ['nope', 'deeper'])).toBe(doc);
  });
});

describe('renameKey', () => {
  it('replaces only the key text', () => {
    expect(rename(TABLES, ['http', 'log'], 'log-enabled')).toBe(TABLES.replace('  log = true', '  log-enabled = true'));
    expect(rename('a = { b = 1, c = 2 }\n', ['a', 'b'], 'x y')).toBe('a = { "x y" = 1, c = 2 }\n');
    expect(rename('"old key" = 1 # c\r\n', ['old key'], 'new')).toBe('new = 1 # c\r\n');
  });

  it('renames a table in every header that names it', () => {
    expect(rename(TABLES, ['influxdb', 0, 'subscriptions'], 'subs')).toBe(TABLES.replace('[influxdb.subscriptions]', '[influxdb.subs]'));
    const renamed = rename(TABLES, ['influxdb'], 'influx');
    expect(renamed).toBe(TABLES.replaceAll('[influxdb', '[influx'));
  });

  it('renames a part of dotted keys', () => {
    expect(rename('a.b = 1\na.c = 2\n[t]\nx = 1\n', ['a'], 'z')).toBe('z.b = 1\nz.c = 2\n[t]\nx = 1\n');
    expect(rename('a.b.c = 1\n', ['a', 'b'], 'q')).toBe('a.q.c = 1\n');
  });

  it('refuses to rename onto an existing key or what is not there', () => {
    const doc = parseDocument(TABLES);
    expect(() => renameKey(doc, ['http', 'log'], 'ciphers')).toThrow(TomlEditError);
    expect(() => renameKey(doc, ['http', 'nope'], 'x')).toThrow(TomlEditError);
    expect(() => renameKey(doc, ['influxdb', 0], 'x')).toThrow(TomlEditError);
    expect(renameKey(doc, ['http', 'log'], 'log')).toBe(doc);
  });
});
