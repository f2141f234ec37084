import { describe, expect, it } from 'vitest';
import { parseDocument } from './document';
import { TomlInputError, type KeyPath } from './types';

const SAMPLE = [
  '# leading comment', //                                   1
  'hostname = "localhost"', //                              2
  'a.b = 1', //                                             3
  '"quoted key" = "q"', //                                  4
  '', //                                                    5
  '[http]', //                                              6
  '  bind-address = ":9092" # trailing', //                 7
  '', //                                                    8
  '[[influxdb]]', //                                        9
  '  name = "one"', //                                      10
  '  urls = ["http://a:8086", "http://b:8086"]', //         11
  '  [influxdb.subscriptions]', //                         12
  '    telegraf = ["autogen"]', //                          13
  '', //                                                    14
  '[[influxdb]]', //                                        15
  '  name = "two"', //                                      16
  '  [influxdb.subscriptions]', //                         17
  '    telegraf = ["rp"]', //                               18
  '', //                                                    19
  '[[httppost]]', //                                        20
  '  headers = { content_type = "application/json", "x y" = 1 }', // 21
  '', //                                                    22
  '[udf.functions.tTest]', //                               23
  '  prog = "/usr/bin/python3"', //                         24
  '',
].join('\n');

function inputError(text: string): TomlInputError {
  try {
    parseDocument(text);
  } catch (error) {
    if (error instanceof TomlInputError) return error;
    throw error;
  }
  throw new Error('expected a TomlInputError');
}

describe('parseDocument', () => {
  const doc = parseDocument(SAMPLE);

  it('keeps the text and reads the values', () => {
    expect(doc.text).toBe(SAMPLE);
    expect(doc.newline).toBe('\n');
    expect(doc.get(['hostname'])).toBe('localhost');
    expect(doc.get(['a', 'b'])).toBe(1);
    expect(doc.get(['quoted key'])).toBe('q');
    expect(doc.get(['http', 'bind-address'])).toBe(':9092');
    expect(doc.get(['influxdb', 0, 'urls'])).toEqual(['http://a:8086', 'http://b:8086']);
    expect(doc.get(['influxdb', 0, 'urls', 1])).toBe('http://b:8086');
    expect(doc.get(['influxdb', 1, 'subscriptions', 'telegraf'])).toEqual(['rp']);
    expect(doc.get(['httppost', 0, 'headers', 'content_type'])).toBe('application/json');
    expect(doc.get(['httppost', 0, 'headers', 'x y'])).toBe(1);
    expect(doc.get(['influxdb', 2])).toBeUndefined();
    expect(doc.get(['influxdb', 'x'])).toBeUndefined();
    expect(doc.get(['hostname', 'x'])).toBeUndefined();
  });

  it('locates keys, values and whole pairs', () => {
    const at = (path: KeyPath) => {
      const location = doc.locate(path)!;
      return [SAMPLE.slice(location.key.start, location.key.end), SAMPLE.slice(location.value.start, location.value.end), location.value.line, location.value.column];
    };
    expect(at(['hostname'])).toEqual(['hostname', '"localhost"', 2, 12]);
    expect(at(['a', 'b'])).toEqual(['a.b', '1', 3, 7]);
    expect(at(['quoted key'])).toEqual(['"quoted key"', '"q"', 4, 16]);
    expect(at(['http', 'bind-address'])).toEqual(['bind-address', '":9092"', 7, 18]);
    expect(at(['influxdb', 0, 'urls'])).toEqual(['urls', '["http://a:8086", "http://b:8086"]', 11, 10]);
    expect(at(['influxdb', 0, 'urls', 1])).toEqual(['"http://b:8086"', '"http://b:8086"', 11, 28]);
    expect(at(['influxdb', 1, 'subscriptions', 'telegraf'])).toEqual(['telegraf', '["rp"]', 18, 16]);
    expect(at(['httppost', 0, 'headers', 'content_type'])).toEqual(['content_type', '"application/json"', 21, 30]);
    const pair = doc.locate(['http', 'bind-address'])!.pair;
    expect(SAMPLE.slice(pair.start, pair.end)).toBe('bind-address = ":9092"');
    expect([pair.line, pair.column]).toEqual([7, 3]);
    expect(doc.locate(['http'])).toBeUndefined();
    expect(doc.locate(['nope'])).toBeUndefined();
  });

  it('lists the headers with their paths', () => {
    expect(doc.tables.map((t) => [t.path, t.name, t.isArray, t.header.line])).toEqual([
      [['http'], 'http', false, 6],
      [['influxdb', 0], 'influxdb', true, 9],
      [['influxdb', 0, 'subscriptions'], 'influxdb.subscriptions', false, 12],
      [['influxdb', 1], 'influxdb', true, 15],
      [['influxdb', 1, 'subscriptions'], 'influxdb.subscriptions', false, 17],
      [['httppost', 0], 'httppost', true, 20],
      [['udf', 'functions', 'tTest'], 'udf.functions.tTest', false, 23],
    ]);
    const http = doc.tables[0];
    expect(SAMPLE.slice(http.header.start, http.header.end)).toBe('[http]');
    expect(SAMPLE.slice(http.header.start, http.bodyEnd)).toBe('[http]\n  bind-address = ":9092" # trailing');
    const sub = doc.tables[2];
    expect(SAMPLE.slice(sub.header.start, sub.bodyEnd)).toBe('[influxdb.subscriptions]\n    telegraf = ["autogen"]');
    expect(sub.header.column).toBe(3);
  });

  it('gives the line of keys, headers, entries and implicit tables', () => {
    expect(doc.lineOf(['hostname'])).toBe(2);
    expect(doc.lineOf(['a'])).toBe(3); // made by the dotted key
    expect(doc.lineOf(['http'])).toBe(6);
    expect(doc.lineOf(['http', 'bind-address'])).toBe(7);
    expect(doc.lineOf(['influxdb'])).toBe(9);
    expect(doc.lineOf(['influxdb', 1])).toBe(15);
    expect(doc.lineOf(['influxdb', 1, 'subscriptions'])).toBe(17);
    expect(doc.lineOf(['influxdb', 0, 'urls', 1])).toBe(11);
    expect(doc.lineOf(['udf'])).toBe(23); // implicit: where it is first written
    expect(doc.lineOf(['udf', 'functions'])).toBe(23);
    expect(doc.lineOf(['http', 'auth-enabled'])).toBeUndefined();
    expect(doc.lineOf([])).toBeUndefined();
  });

  it('finds the nearest line for paths that are not in the text', () => {
    expect(doc.nearestLine(['http', 'auth-enabled'])).toBe(6);
    expect(doc.nearestLine(['influxdb', 1, 'subscriptions', 'other'])).toBe(17);
    expect(doc.nearestLine(['influxdb', 1, 'excluded-subscriptions', '_kapacitor'])).toBe(15);
    expect(doc.nearestLine(['hostname'])).toBe(2);
    expect(doc.nearestLine(['smtp', 'enabled'])).toBeUndefined();
  });

  it('reads keys named __proto__, constructor and prototype as data, polluting nothing', () => {
    const text = '__proto__ = 1\nconstructor = { prototype = 2 }\n[prototype]\n__proto__ = "x"\n';
    const d = parseDocument(text);
    expect(d.get(['__proto__'])).toBe(1);
    expect(d.get(['constructor', 'prototype'])).toBe(2);
    expect(d.get(['prototype', '__proto__'])).toBe('x');
    expect(d.lineOf(['prototype', '__proto__'])).toBe(4);
    expect(Object.keys(d.values)).toEqual(['__proto__', 'constructor', 'prototype']);
    expect(({} as Record<string, unknown>).prototype).toBeUndefined();
    expect(d.get(['toString'])).toBeUndefined();
    expect(d.get(['constructor', 'constructor'])).toBeUndefined();
  });

  it('detects CRLF documents', () => {
    expect(parseDocument('a = 1\r\nb = 2\r\n').newline).toBe('\r\n');
  });

  it('accepts an empty document', () => {
    const d = parseDocument('');
    expect(d.values).toEqual({});
    expect(d.tables).toEqual([]);
  });
});

describe('parseDocument errors', () => {
  it('gives line and column from smol-toml', () => {
    const error = inputError('a = 1\nb = \n');
    expect([error.line, error.column]).toEqual([2, 5]);
    expect(error.message).toBe('Line 2, column 5: Invalid value');
  });

  it('gives line and column for a redefined key, and both lines for a table defined twice', () => {
    const key = inputError('x = 1\nx = 2\n');
    expect(key.line).toBe(2);
    expect(key.message).toBe('Line 2, column 1: The key x on line 2 is already set above in the same table; a key may be set only once');
    const error = inputError('[a]\nx = 1\n[a]\n');
    expect([error.line, error.column]).toEqual([3, 2]);
    expect(error.message).toBe('Line 3, column 2: [a] is defined twice: line 1 and line 3');
  });

  it('refuses TOML 1.1 that smol-toml alone would accept', () => {
    const trailing = inputError('x = 1\nt = { a = 1, }\n');
    expect([trailing.line, trailing.column]).toEqual([2, 12]);
    expect(trailing.message).toBe('Line 2, column 12: TOML 1.0 does not allow a comma after the last key of an inline table');
    expect(inputError('t = 07:32\n').line).toBe(1);
    expect(inputError('s = "\\x41"\n').message).toContain('escape');
    expect(inputError('d = 2023-02-29\n').message).toContain('date');
  });

  it('refuses a byte order mark left in the text', () => {
    expect(inputError('\uFEFFa = 1').column).toBe(1);
  });
});

describe('import errors say what is wrong in the operator\'s words', () => {
  const message = (text: string) => { try { parseDocument(text); return ''; } catch (e) { return (e as Error).message; } };
  it('an unclosed string, a key set twice, a table that redefines an array of tables', () => {
    expect(message('[http]\n  bind-address = ":9092\n  x = 1\n')).toBe('Line 2, column 18: This string is not closed on its line: end it with its quote, or write a string over several lines between triple quotes (""" … """)');
    expect(message('a = 1\na = 2\n')).toBe('Line 2, column 1: The key a on line 2 is already set above in the same table; a key may be set only once');
    expect(message('[[influxdb]]\n  name = "a"\n[influxdb]\n  name = "b"\n')).toBe('Line 3, column 2: [influxdb] on line 3 defines influxdb again: line 1 already has [[influxdb]]; use one form, once');
    // a key above, not a header: no earlier line to name
    expect(message('http.x = 1\n[http]\ny = 2\n')).toBe('Line 2, column 2: [http] on line 2 defines http again: it is already a table, an array of tables or a key above; use one form, once');
    expect(message('[x]\n[[x]]\n')).toBe('Line 2, column 3: [[x]] on line 2 defines x again: line 1 already has [x]; use one form, once');
  });

  it('an unclosed literal string suggests \'\'\' lines; a multi-line string or one open at the end of the file says so', () => {
    expect(message("a = 'open\nb = 1\n")).toBe("Line 1, column 5: This string is not closed on its line: end it with its quote, or write a string over several lines between triple quotes (''' … ''')");
    expect(message('a = """open\nb = 1\n')).toBe('Line 1, column 5: This multi-line string is never closed: end it with """');
    expect(message("x = 1\na = '''open\n")).toBe("Line 2, column 5: This multi-line string is never closed: end it with '''");
    expect(message('a = "open')).toBe('Line 1, column 5: This string is not closed before the end of the file: end it with its quote');
  });

  it('an unclosed string is placed at its opening quote, past escaped quotes and closed strings before it', () => {
    expect(message('a = "x\\"y\n')).toMatch(/^Line 1, column 5: This string is not closed/);
    expect(message("a = ['ok', \"open\nb = 1\n")).toMatch(/^Line 1, column 12: This string is not closed/);
    expect(message('[http]\n[http]\n')).toBe('Line 2, column 2: [http] is defined twice: line 1 and line 2');
  });
});
