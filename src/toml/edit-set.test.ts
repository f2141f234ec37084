import { describe, expect, it } from 'vitest';
import { decodeBytes, encodeText } from './decode';
import { parseDocument } from './document';
import { setValue } from './edit';
import { changedLines, expectSameAsFreshParse } from './test-support';
import { TomlEditError, type KeyPath, type TomlValue } from './types';

/** setValue on `text`, checking the result against a fresh parse; returns the new text. */
function set(text: string, path: KeyPath, value: TomlValue, opts?: { float?: boolean }): string {
  const doc = setValue(parseDocument(text), path, value, opts);
  expectSameAsFreshParse(doc);
  expect(doc.get(path)).toEqual(value);
  return doc.text;
}

const KAPACITOR = `# The hostname of this node.
hostname = "localhost"
data_dir = "/var/lib/kapacitor" # trailing comment

[http]
  bind-address = ":9092"
  auth-enabled = false
  # log-enabled = true

[[influxdb]]
  enabled = true
  name = "localhost"
  urls = ["http://localhost:8086"]
  timeout = 0
  [influxdb.subscriptions]
    telegraf = ["autogen"]
  [influxdb.excluded-subscriptions]
    _kapacitor = ["autogen"]

# A second cluster
[[influxdb]]
  name = "cloud"

[[httppost]]
  endpoint = "example"
  headers = { content_type = "application/json" }
`;

describe('setValue on an existing key', () => {
  it('replaces only the value text, keeping the trailing comment', () => {
    const after = set(KAPACITOR, ['data_dir'], '/data');
    expect(changedLines(KAPACITOR, after)).toEqual({
      removed: ['data_dir = "/var/lib/kapacitor" # trailing comment'],
      added: ['data_dir = "/data" # trailing comment'],
    });
  });

  it('edits inside arrays of tables and their sub-tables', () => {
    expect(changedLines(KAPACITOR, set(KAPACITOR, ['influxdb', 1, 'name'], 'aws'))).toEqual({
      removed: ['  name = "cloud"'],
      added: ['  name = "aws"'],
    });
    expect(changedLines(KAPACITOR, set(KAPACITOR, ['influxdb', 0, 'subscriptions', 'telegraf'], ['autogen', 'long']))).toEqual({
      removed: ['    telegraf = ["autogen"]'],
      added: ['    telegraf = ["autogen", "long"]'],
    });
  });

  it('edits a member of an inline table', () => {
    expect(changedLines(KAPACITOR, set(KAPACITOR, ['httppost', 0, 'headers', 'content_type'], 'text/plain'))).toEqual({
      removed: ['  headers = { content_type = "application/json" }'],
      added: ['  headers = { content_type = "text/plain" }'],
    });
  });

  it('edits one item of an array', () => {
    const text = 'urls = ["a", "b", "c"]\n';
    expect(set(text, ['urls', 1], 'B')).toBe('urls = ["a", "B", "c"]\n');
  });

  it('edits dotted and quoted keys', () => {
    const text = 'a.b = 1\n"quoted key" = "x"\n[t]\n"a b".c = true\n';
    expect(set(text, ['a', 'b'], 2)).toBe('a.b = 2\n"quoted key" = "x"\n[t]\n"a b".c = true\n');
    expect(set(text, ['quoted key'], 'y')).toBe('a.b = 1\n"quoted key" = "y"\n[t]\n"a b".c = true\n');
    expect(set(text, ['t', 'a b', 'c'], false)).toBe('a.b = 1\n"quoted key" = "x"\n[t]\n"a b".c = false\n');
  });

  it('keeps CRLF, a BOM-less missing final newline, tabs and trailing spaces', () => {
    const text = '[http]\r\n\tbind-address = ":9092"   \r\n\tlog = true';
    expect(set(text, ['http', 'bind-address'], ':1')).toBe('[http]\r\n\tbind-address = ":1"   \r\n\tlog = true');
    expect(set(text, ['http', 'log'], false)).toBe('[http]\r\n\tbind-address = ":9092"   \r\n\tlog = false');
  });

  it('keeps a UTF-8 BOM through an edit and the export', () => {
    const source = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('# é\r\na = 1\r\nb = 2\r\n')]);
    const decoded = decodeBytes(source);
    const doc = setValue(parseDocument(decoded.text), ['a'], 3);
    expect(encodeText(doc.text, decoded)).toEqual(Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('# é\r\na = 3\r\nb = 2\r\n')]));
  });

  it('replaces a multi-line value', () => {
    const text = 'list = [\n  "a",\n  "b",\n]\nnext = 1\n';
    expect(set(text, ['list'], ['c'])).toBe('list = ["c"]\nnext = 1\n');
  });

  it('keeps a float a float, and writes one when asked', () => {
    expect(set('ratio = 0.5\n', ['ratio'], 1)).toBe('ratio = 1.0\n');
    expect(set('ratio = 1\n', ['ratio'], 2, { float: true })).toBe('ratio = 2.0\n');
    expect(set('ratio = 1\n', ['ratio'], 1, { float: true })).toBe('ratio = 1.0\n');
    expect(set('count = 1.5\n', ['count'], 'x')).toBe('count = "x"\n');
  });

  it('keeps a literal string literal when the new text allows it', () => {
    expect(set("path = 'C:\\dir'\n", ['path'], 'D:\\other')).toBe("path = 'D:\\other'\n");
    expect(set("path = 'x'\n", ['path'], "it's")).toBe('path = "it\'s"\n');
  });

  it('replaces an inline table with another', () => {
    expect(set(KAPACITOR, ['httppost', 0, 'headers'], { a: '1', 'b c': 2 })).toContain('  headers = { a = "1", "b c" = 2 }\n');
  });

  it('changes the kind of a value again and again (array, inline table, plain)', () => {
    let doc = parseDocument('a = "x"\nb = 1\n');
    for (const value of [[], ['p', 'q'], { k: [1] }, false, ['r'], 'done'] as TomlValue[]) {
      doc = setValue(doc, ['a'], value);
      expectSameAsFreshParse(doc);
    }
    expect(doc.text).toBe('a = "done"\nb = 1\n');
  });

  it('returns the same document when the value does not change', () => {
    const doc = parseDocument(KAPACITOR);
    expect(setValue(doc, ['hostname'], 'localhost')).toBe(doc);
  });

  it('edits keys named __proto__ and constructor as data', () => {
    const text = '__proto__ = 1\n[constructor]\nprototype = 2\n';
    expect(set(text, ['__proto__'], 3)).toBe('__proto__ = 3\n[constructor]\nprototype = 2\n');
    expect(set(text, ['constructor', 'prototype'], 4)).toBe('__proto__ = 1\n[constructor]\nprototype = 4\n');
    expect(set(text, ['constructor', '__proto__'], 5)).toBe('__proto__ = 1\n[constructor]\nprototype = 2\n__proto__ = 5\n');
    expect(({} as Record<string, unknown>).prototype).toBeUndefined();
  });
});

describe('setValue on a missing key', () => {
  it('adds the key after the last pair of its table, in that indentation', () => {
    expect(changedLines(KAPACITOR, set(KAPACITOR, ['http', 'log-enabled'], true))).toEqual({
      removed: [],
      added: ['  log-enabled = true'],
    });
    expect(set(KAPACITOR, ['http', 'log-enabled'], true)).toContain('  auth-enabled = false\n  log-enabled = true\n  # log-enabled = true\n');
  });

  it('adds into a table without pairs after its header, in the header indentation', () => {
    const text = '[a]\n  [a.b]\n\n[c]\n';
    expect(set(text, ['a', 'b', 'x'], 1)).toBe('[a]\n  [a.b]\n  x = 1\n\n[c]\n');
  });

  it('adds into an array entry, a sub-table and an inline table', () => {
    expect(set(KAPACITOR, ['influxdb', 1, 'enabled'], false)).toContain('  name = "cloud"\n  enabled = false\n\n[[httppost]]');
    expect(set(KAPACITOR, ['influxdb', 0, 'subscriptions', 'db'], ['rp'])).toContain('    telegraf = ["autogen"]\n    db = ["rp"]\n');
    expect(set(KAPACITOR, ['httppost', 0, 'headers', 'Accept'], '*/*')).toContain(
      '  headers = { content_type = "application/json", Accept = "*/*" }\n',
    );
    expect(set('t = {}\n', ['t', 'a'], 1)).toBe('t = { a = 1 }\n');
  });

  it('keeps CRLF, tabs and a missing final newline', () => {
    expect(set('[a]\r\n\tx = 1', ['a', 'y'], 2)).toBe('[a]\r\n\tx = 1\r\n\ty = 2');
    expect(set('[a]\r\n\tx = 1 # c\r\n', ['a', 'y'], 2)).toBe('[a]\r\n\tx = 1 # c\r\n\ty = 2\r\n');
  });

  it('adds a root key after the last root key', () => {
    expect(changedLines(KAPACITOR, set(KAPACITOR, ['skip-config-overrides'], true))).toEqual({
      removed: [],
      added: ['skip-config-overrides = true'],
    });
    expect(set(KAPACITOR, ['skip-config-overrides'], true)).toContain('# trailing comment\nskip-config-overrides = true\n\n[http]');
  });

  it('adds a root key before the first header (and its comments) when there is no root key', () => {
    expect(set('# about http\n[http]\nx = 1\n', ['hostname'], 'h')).toBe('hostname = "h"\n\n# about http\n[http]\nx = 1\n');
    expect(set('# file comment\r\n\r\n[http]\r\nx = 1\r\n', ['hostname'], 'h')).toBe('# file comment\r\n\r\nhostname = "h"\r\n\r\n[http]\r\nx = 1\r\n');
    // the newline style is the first line break's
    expect(set('# c\n[http]\r\nx = 1\r\n', ['hostname'], 'h')).toBe('hostname = "h"\n\n# c\n[http]\r\nx = 1\r\n');
  });

  it('adds a key to an empty or comment-only document', () => {
    expect(set('', ['a'], 1)).toBe('a = 1\n');
    expect(set('# only a comment', ['a'], 1)).toBe('# only a comment\na = 1');
  });

  it('creates a missing table at the end, after a blank line', () => {
    expect(set('a = 1\n', ['smtp', 'enabled'], true)).toBe('a = 1\n\n[smtp]\nenabled = true\n');
    expect(set('a = 1', ['smtp', 'enabled'], true)).toBe('a = 1\n\n[smtp]\nenabled = true');
    expect(set('[http]\r\n  x = 1\r\n', ['smtp', 'enabled'], true)).toBe('[http]\r\n  x = 1\r\n\r\n[smtp]\r\n  enabled = true\r\n');
    expect(set('', ['smtp', 'enabled'], true)).toBe('[smtp]\nenabled = true\n');
  });

  it('creates a table after the last table of its family', () => {
    const text = '[udf]\n[udf.functions.a]\n  prog = "a"\n\n[logging]\nlevel = "INFO"\n';
    expect(set(text, ['udf', 'functions', 'b', 'prog'], 'b')).toBe(
      '[udf]\n[udf.functions.a]\n  prog = "a"\n\n[udf.functions.b]\n  prog = "b"\n\n[logging]\nlevel = "INFO"\n',
    );
  });

  it('creates a header for a table that only existed implicitly', () => {
    const text = '[udf.functions.a]\nprog = "a"\n';
    expect(set(text, ['udf', 'functions', 'timeout'], '10s')).toBe('[udf.functions.a]\nprog = "a"\n\n[udf.functions]\ntimeout = "10s"\n');
  });

  it('creates a sub-table inside the right array entry', () => {
    const after = set(KAPACITOR, ['influxdb', 1, 'subscriptions', 'telegraf'], ['autogen']);
    expect(after).toContain('[[influxdb]]\n  name = "cloud"\n\n  [influxdb.subscriptions]\n    telegraf = ["autogen"]\n\n[[httppost]]');
  });

  it('creates a new array entry for index == count', () => {
    const after = set(KAPACITOR, ['influxdb', 2, 'name'], 'third');
    expect(after).toContain('  name = "cloud"\n\n[[influxdb]]\n  name = "third"\n\n[[httppost]]');
  });

  it('writes a nested table value as sub-tables, skipping headers that would be empty', () => {
    expect(set('a = 1\n', ['x'], { y: { z: 1 }, w: 2 })).toBe('a = 1\n\n[x]\nw = 2\n[x.y]\nz = 1\n');
    expect(set('a = 1\n', ['x'], { y: { z: 1 } })).toBe('a = 1\n\n[x.y]\nz = 1\n');
    expect(set('a = 1\n', ['x', 'y', 'z'], 1)).toBe('a = 1\n\n[x.y]\nz = 1\n');
    expect(set('a = 1\n', ['x'], {})).toBe('a = 1\n\n[x]\n');
  });

  it('writes an array of tables as [[entries]]', () => {
    expect(set('a = 1\n', ['scraper'], [{ name: 'a' }, { name: 'b' }])).toBe('a = 1\n\n[[scraper]]\nname = "a"\n\n[[scraper]]\nname = "b"\n');
  });

  it('grows a table made of dotted keys with another dotted key', () => {
    expect(set('a.b = 1\n[t]\nx = 1\n', ['a', 'c'], 2)).toBe('a.b = 1\na.c = 2\n[t]\nx = 1\n');
    expect(set('[t]\nx.y = 1\n', ['t', 'x', 'z', 'w'], 2)).toBe('[t]\nx.y = 1\nx.z = { w = 2 }\n');
    expect(set('t = { x.y = 1 }\n', ['t', 'x', 'z'], 2)).toBe('t = { x.y = 1, x.z = 2 }\n');
  });

  it('appends an item to an inline array', () => {
    expect(set('urls = ["a"]\n', ['urls', 1], 'b')).toBe('urls = ["a", "b"]\n');
    expect(set('urls = []\n', ['urls', 0], 'a')).toBe('urls = ["a"]\n');
    expect(set('urls = [\n  "a",\n]\n', ['urls', 1], 'b')).toBe('urls = [\n  "a", "b",\n]\n');
  });

  it('quotes keys that cannot be bare', () => {
    expect(set('[t]\nx = 1\n', ['t', 'a b'], 1)).toBe('[t]\nx = 1\n"a b" = 1\n');
    expect(set('x = 1\n', ['a.b', 'c'], 1)).toBe('x = 1\n\n["a.b"]\nc = 1\n');
  });
});

describe('setValue on a table written with headers', () => {
  it('edits inside the sub-table: sets new keys, then removes the ones not wanted', () => {
    const after = set(KAPACITOR, ['influxdb', 0, 'subscriptions'], { db: ['one'], telegraf: ['autogen'] });
    expect(changedLines(KAPACITOR, after)).toEqual({ removed: [], added: ['    db = ["one"]'] });
    const replaced = set(KAPACITOR, ['influxdb', 0, 'subscriptions'], { db: ['one'] });
    expect(changedLines(KAPACITOR, replaced)).toEqual({ removed: ['    telegraf = ["autogen"]'], added: ['    db = ["one"]'] });
  });

  it('edits the entries of an array of tables one by one', () => {
    const text = '[[a]]\nx = 1\n\n[[a]]\nx = 2\n';
    expect(set(text, ['a'], [{ x: 1 }, { x: 3 }, { x: 4 }])).toBe('[[a]]\nx = 1\n\n[[a]]\nx = 3\n\n[[a]]\nx = 4\n');
    expect(set(text, ['a'], [{ x: 5 }])).toBe('[[a]]\nx = 5\n');
  });

  it('replaces a table by a plain value', () => {
    expect(set('a = 1\n\n[t]\nx = 1\n', ['t'], 'flat')).toBe('a = 1\nt = "flat"\n');
  });
});

describe('setValue refusals', () => {
  const doc = parseDocument(KAPACITOR);
  it('throws TomlEditError for impossible paths', () => {
    expect(() => setValue(doc, ['hostname', 'x'], 1)).toThrow(TomlEditError);
    expect(() => setValue(doc, ['influxdb', 5, 'name'], 'x')).toThrow(/grow by one/);
    expect(() => setValue(doc, ['influxdb', 0, 'urls', 3], 'x')).toThrow(TomlEditError);
    expect(() => setValue(doc, ['influxdb', -1], {})).toThrow(TomlEditError);
    expect(() => setValue(doc, ['http', 0], 1)).toThrow(TomlEditError);
    expect(() => setValue(doc, [], 1)).toThrow(TomlEditError);
  });

  it('throws TomlEditError for values TOML cannot hold, leaving the document as it was', () => {
    expect(() => setValue(doc, ['hostname'], '\ud800')).toThrow(TomlEditError);
    expect(() => setValue(doc, ['hostname'], undefined as never)).toThrow(TomlEditError);
    expect(doc.text).toBe(KAPACITOR);
  });

  it('refuses documents it did not make', () => {
    expect(() => setValue({ ...doc }, ['hostname'], 'x')).toThrow(TomlEditError);
  });
});

describe('lists with comments in them are edited item by item', () => {
  const text = '[smtp]\n  to = [\n    "a@example.com", # first\n    # comment between\n    "b@example.com",\n  ]\n  port = 25.0\n';

  it('adding an item keeps the comments and the layout', () => {
    const doc = setValue(parseDocument(text), ['smtp', 'to'], ['a@example.com', 'b@example.com', 'c@example.com']);
    expect(doc.text).toContain('"a@example.com", # first\n    # comment between\n    "b@example.com"');
    expect(doc.text).toContain('"c@example.com"');
    expect(doc.get(['smtp', 'to'])).toEqual(['a@example.com', 'b@example.com', 'c@example.com']);
    expectSameAsFreshParse(doc);
  });

  it('changing and removing items keeps the comments of the others', () => {
    const changed = setValue(parseDocument(text), ['smtp', 'to'], ['x@example.com', 'b@example.com']);
    expect(changed.text).toBe(text.replace('"a@example.com"', '"x@example.com"'));
    const removed = setValue(parseDocument(text), ['smtp', 'to'], ['a@example.com']);
    expect(removed.text).toContain('"a@example.com", # first\n    # comment between\n');
    expect(removed.get(['smtp', 'to'])).toEqual(['a@example.com']);
    expectSameAsFreshParse(removed);
  });

  it('a one-line list is still written whole', () => {
    expect(setValue(parseDocument('to = ["a", "b"]\n'), ['to'], ['a', 'b', 'c']).text).toBe('to = ["a", "b", "c"]\n');
  });

  it('float: false writes an integer where the file had a float (the key wants one); left out, the float stays', () => {
    expect(setValue(parseDocument(text), ['smtp', 'port'], 587, { float: false }).text).toContain('port = 587\n');
    expect(setValue(parseDocument(text), ['smtp', 'port'], 25, { float: false }).text).toContain('port = 25\n');
    expect(setValue(parseDocument(text), ['smtp', 'port'], 587).text).toContain('port = 587.0\n');
  });
});
