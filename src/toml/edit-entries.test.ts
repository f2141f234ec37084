import { describe, expect, it } from 'vitest';
import { parseDocument } from './document';
import { addArrayEntry, moveArrayEntry, removeArrayEntry } from './edit';
import { expectSameAsFreshParse } from './test-support';
import { TomlEditError, type TomlTable } from './types';

const ENTRIES = `[http]
  bind-address = ":9092"

# The local cluster
[[influxdb]]
  name = "one"
  [influxdb.subscriptions]
    telegraf = ["autogen"]
  # commented = ["x"]

# The cloud cluster
# (second)
[[influxdb]]
  name = "two"

[[influxdb]]
  name = "three"

[logging]
  level = "INFO"
`;

function add(text: string, name: string, entry: TomlTable): string {
  const doc = addArrayEntry(parseDocument(text), name, entry);
  expectSameAsFreshParse(doc);
  return doc.text;
}

function move(text: string, from: number, to: number): string {
  const doc = moveArrayEntry(parseDocument(text), 'influxdb', from, to);
  expectSameAsFreshParse(doc);
  return doc.text;
}

describe('addArrayEntry', () => {
  it('appends after the last entry of the family, in its indentation', () => {
    expect(add(ENTRIES, 'influxdb', { name: 'four', urls: ['http://x:8086'] })).toBe(
      ENTRIES.replace('  name = "three"\n', '  name = "three"\n\n[[influxdb]]\n  name = "four"\n  urls = ["http://x:8086"]\n'),
    );
  });

  it('writes nested tables as sub-tables after the entry keys', () => {
    const entry = { name: 'four', subscriptions: { telegraf: ['autogen'] }, 'excluded-subscriptions': { _kapacitor: ['autogen'] } };
    expect(add(ENTRIES, 'influxdb', entry)).toContain(
      '  name = "three"\n\n[[influxdb]]\n  name = "four"\n  [influxdb.subscriptions]\n    telegraf = ["autogen"]\n  [influxdb.excluded-subscriptions]\n    _kapacitor = ["autogen"]\n\n[logging]',
    );
  });

  it('appends after the sub-tables of the last entry', () => {
    const text = '[[influxdb]]\nname = "a"\n[influxdb.subscriptions]\nt = ["x"]\n\n[smtp]\nenabled = true\n';
    expect(add(text, 'influxdb', { name: 'b' })).toBe(
      '[[influxdb]]\nname = "a"\n[influxdb.subscriptions]\nt = ["x"]\n\n[[influxdb]]\nname = "b"\n\n[smtp]\nenabled = true\n',
    );
  });

  it('starts a family at the end of the file, keeping its newline style and missing final newline', () => {
    expect(add('[http]\r\n  x = 1\r\n', 'httppost', { endpoint: 'e', headers: { 'Content-Type': 'json' } })).toBe(
      '[http]\r\n  x = 1\r\n\r\n[[httppost]]\r\n  endpoint = "e"\r\n  [httppost.headers]\r\n    Content-Type = "json"\r\n',
    );
    expect(add('a = 1', 'kafka', { id: 'k' })).toBe('a = 1\n\n[[kafka]]\nid = "k"');
    expect(add('', 'kafka', {})).toBe('[[kafka]]\n');
  });

  it('replaces a root `name = []` with the first [[name]] entry, never writing both', () => {
    const text = 'hostname = "a"\nhttppost = []\nkafka = []\n\n[http]\n  x = 1\n';
    const doc = addArrayEntry(parseDocument(text), 'httppost', { endpoint: 'e' });
    expectSameAsFreshParse(doc);
    expect(doc.text).toBe('hostname = "a"\nkafka = []\n\n[http]\n  x = 1\n\n[[httppost]]\n  endpoint = "e"\n');
    expect(doc.get(['httppost'])).toEqual([{ endpoint: 'e' }]);
    // the second entry is an ordinary one
    expect(addArrayEntry(doc, 'httppost', { endpoint: 'f' }).text).toBe(doc.text + '\n[[httppost]]\n  endpoint = "f"\n');
  });

  it('drops the whole `name = []` line, its comment included, in CRLF files too', () => {
    expect(add('hostname = "a"\r\nhttppost = [] # none\r\n\r\n[http]\r\n  x = 1\r\n', 'httppost', { endpoint: 'e' })).toBe(
      'hostname = "a"\r\n\r\n[http]\r\n  x = 1\r\n\r\n[[httppost]]\r\n  endpoint = "e"\r\n',
    );
    expect(add('influxdb = [\n  # none yet\n]\nb = 1\n', 'influxdb', { name: 'x' })).toBe('b = 1\n\n[[influxdb]]\nname = "x"\n');
    expect(add('kafka = []\n', 'kafka', { id: 'k' })).toBe('[[kafka]]\nid = "k"\n');
  });

  it('does not rewrite an inline array or table that holds something, and says so', () => {
    for (const text of ['httppost = [{ endpoint = "x" }]\n', 'httppost = { endpoint = "x" }\n', 'a = 1\nhttppost = [1]\n']) {
      expect(() => addArrayEntry(parseDocument(text), 'httppost', { endpoint: 'e' })).toThrow(/httppost is written inline on line \d \(httppost = [[{] … [\]}]\), not as \[\[httppost\]\] entries/);
    }
  });

  it('refuses a name that is not an array of tables', () => {
    const legacy = parseDocument('[influxdb]\nname = "x"\n');
    expect(() => addArrayEntry(legacy, 'influxdb', { name: 'y' })).toThrow(TomlEditError);
    expect(() => addArrayEntry(parseDocument('influxdb = 1\n'), 'influxdb', {})).toThrow(TomlEditError);
  });
});

describe('removeArrayEntry', () => {
  it('removes the entry with its sub-tables and the comments above it', () => {
    const doc = removeArrayEntry(parseDocument(ENTRIES), 'influxdb', 1);
    expectSameAsFreshParse(doc);
    expect(doc.text).toBe(ENTRIES.replace('# The cloud cluster\n# (second)\n[[influxdb]]\n  name = "two"\n\n', ''));
    const first = removeArrayEntry(parseDocument(ENTRIES), 'influxdb', 0);
    expect(first.text).toBe(
      ENTRIES.replace('# The local cluster\n[[influxdb]]\n  name = "one"\n  [influxdb.subscriptions]\n    telegraf = ["autogen"]\n  # commented = ["x"]\n\n', ''),
    );
    expect(first.get(['influxdb'])).toEqual([{ name: 'two' }, { name: 'three' }]);
  });

  it('removes the array itself with its last entry', () => {
    const doc = removeArrayEntry(parseDocument('a = 1\n\n[[k]]\nid = 1\n'), 'k', 0);
    expect(doc.text).toBe('a = 1\n');
    expect(doc.get(['k'])).toBeUndefined();
  });

  it('refuses indices that are not there', () => {
    const doc = parseDocument(ENTRIES);
    expect(() => removeArrayEntry(doc, 'influxdb', 3)).toThrow(TomlEditError);
    expect(() => removeArrayEntry(doc, 'http', 0)).toThrow(TomlEditError);
  });
});

describe('moveArrayEntry', () => {
  it('moves an entry down with its sub-tables and comments; the blank lines stay in place', () => {
    expect(move(ENTRIES, 0, 2)).toBe(`[http]
  bind-address = ":9092"

# The cloud cluster
# (second)
[[influxdb]]
  name = "two"

[[influxdb]]
  name = "three"

# The local cluster
[[influxdb]]
  name = "one"
  [influxdb.subscriptions]
    telegraf = ["autogen"]
  # commented = ["x"]

[logging]
  level = "INFO"
`);
  });

  it('moves an entry up', () => {
    const doc = moveArrayEntry(parseDocument(ENTRIES), 'influxdb', 2, 1);
    expect(doc.text).toBe(ENTRIES.replace('# The cloud cluster\n# (second)\n[[influxdb]]\n  name = "two"\n\n[[influxdb]]\n  name = "three"\n', '[[influxdb]]\n  name = "three"\n\n# The cloud cluster\n# (second)\n[[influxdb]]\n  name = "two"\n'));
    expect(doc.get(['influxdb'])).toEqual([
      { name: 'one', subscriptions: { telegraf: ['autogen'] } },
      { name: 'three' },
      { name: 'two' },
    ]);
  });

  it('moves the last entry of a file without final newline, with CRLF', () => {
    const text = '[[a]]\r\nx = 1\r\n\r\n[[a]]\r\nx = 2';
    const doc = moveArrayEntry(parseDocument(text), 'a', 1, 0);
    expectSameAsFreshParse(doc);
    expect(doc.text).toBe('[[a]]\r\nx = 2\r\n\r\n[[a]]\r\nx = 1');
  });

  it('returns the same document for a move in place and refuses bad indices', () => {
    const doc = parseDocument(ENTRIES);
    expect(moveArrayEntry(doc, 'influxdb', 1, 1)).toBe(doc);
    expect(() => moveArrayEntry(doc, 'influxdb', 0, 3)).toThrow(TomlEditError);
    expect(() => moveArrayEntry(doc, 'nope', 0, 1)).toThrow(TomlEditError);
  });
});

describe('a new entry goes after the comments that hang under the family’s last table', () => {
  // as in Kapacitor's sample: an empty [influxdb.excluded-subscriptions] followed by its commented-out keys
  const SAMPLE_LIKE = `[[influxdb]]
  name = "localhost"
  [influxdb.subscriptions]
  [influxdb.excluded-subscriptions]
    # Set of databases and retention policies to exclude.
    # my_database = [ "default", "longterm" ]

# Kubernetes
[kubernetes]
  enabled = false
`;

  it('adds after those comments, before the blank line and the next section', () => {
    expect(add(SAMPLE_LIKE, 'influxdb', { name: 'cloud' })).toBe(`[[influxdb]]
  name = "localhost"
  [influxdb.subscriptions]
  [influxdb.excluded-subscriptions]
    # Set of databases and retention policies to exclude.
    # my_database = [ "default", "longterm" ]

[[influxdb]]
  name = "cloud"

# Kubernetes
[kubernetes]
  enabled = false
`);
  });

  it('so moving the new entry up leaves the comments with the entry they belong to', () => {
    const added = addArrayEntry(parseDocument(SAMPLE_LIKE), 'influxdb', { name: 'cloud' });
    expect(moveArrayEntry(added, 'influxdb', 1, 0).text).toBe(`[[influxdb]]
  name = "cloud"

[[influxdb]]
  name = "localhost"
  [influxdb.subscriptions]
  [influxdb.excluded-subscriptions]
    # Set of databases and retention policies to exclude.
    # my_database = [ "default", "longterm" ]

# Kubernetes
[kubernetes]
  enabled = false
`);
  });

  it('keeps CRLF and a missing final newline', () => {
    const crlf = '[[a]]\r\n  x = 1\r\n  # hangs\r\n\r\n[b]\r\n  y = 2';
    expect(add(crlf, 'a', { x: 2 })).toBe('[[a]]\r\n  x = 1\r\n  # hangs\r\n\r\n[[a]]\r\n  x = 2\r\n\r\n[b]\r\n  y = 2');
    expect(add('[[a]]\n  x = 1\n  # last', 'a', { x: 2 })).toBe('[[a]]\n  x = 1\n  # last\n\n[[a]]\n  x = 2');
  });
});
