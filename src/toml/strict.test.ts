import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkToml04 } from './strict';
import { TomlInputError } from './types';

describe('checkToml04', () => {
  it('finds nothing in TOML that 0.4 reads', () => {
    const text = '# c\na = 1\nb = [1, 2]\nc = [[1], ["x"]]\nd = { x = 1 }\ne = 1979-05-27T07:32:00Z\n[t]\n"q k" = "v"\n[[arr]]\nf = 1.5\n';
    expect(checkToml04(text)).toEqual([]);
  });

  it('passes the Kapacitor 1.5.9 sample', () => {
    const sample = readFileSync(join(__dirname, '../../fixtures/corpus/upstream/kapacitor-1.5.9.conf'), 'utf8');
    expect(checkToml04(sample)).toEqual([]);
  });

  it('finds dotted keys, at the key', () => {
    expect(checkToml04('[http]\n  log.enabled = true\nx = { a.b = 1 }\n')).toEqual([
      { line: 2, column: 3, message: 'TOML 0.4 cannot read dotted keys: put the key under its own [table] instead.' },
      { line: 3, column: 7, message: 'TOML 0.4 cannot read dotted keys: put the key under its own [table] instead.' },
    ]);
  });

  it('finds arrays that mix types, at the first odd item', () => {
    expect(checkToml04('a = [1, 2.5]\nb = ["x", \'y\']\nc = [1, "x"]\nd = [{ x = 1 }, 2]\n')).toEqual([
      { line: 1, column: 9, message: 'TOML 0.4 cannot read an array that mixes integer and float values: give every item the same type.' },
      { line: 3, column: 9, message: 'TOML 0.4 cannot read an array that mixes integer and string values: give every item the same type.' },
      { line: 4, column: 17, message: 'TOML 0.4 cannot read an array that mixes inline table and integer values: give every item the same type.' },
    ]);
  });

  it('finds what TOML 0.5 added: local dates and times, space separators, hex/octal/binary, inf/nan, literal keys', () => {
    const text = [
      'a = 1979-05-27',
      'b = 07:32:00',
      'c = 1979-05-27T07:32:00',
      'd = 1979-05-27 07:32:00Z',
      'e = 0xFF',
      'f = 0o17',
      'g = 0b1',
      'h = inf',
      'i = -nan',
      "'lit' = 1",
      "['lit table']",
      '',
    ].join('\n');
    expect(checkToml04(text).map((p) => [p.line, p.column, p.message.replace(/^TOML 0.4 cannot read /, '')])).toEqual([
      [1, 5, 'a date or time without a UTC offset: write it in full, e.g. 1979-05-27T07:32:00Z.'],
      [2, 5, 'a date or time without a UTC offset: write it in full, e.g. 1979-05-27T07:32:00Z.'],
      [3, 5, 'a date or time without a UTC offset: write it in full, e.g. 1979-05-27T07:32:00Z.'],
      [4, 5, 'a space between date and time: use T.'],
      [5, 5, 'hexadecimal, octal or binary integers: write it in decimal.'],
      [6, 5, 'hexadecimal, octal or binary integers: write it in decimal.'],
      [7, 5, 'hexadecimal, octal or binary integers: write it in decimal.'],
      [8, 5, 'inf or nan.'],
      [9, 5, 'inf or nan.'],
      [10, 1, 'a key in single quotes: use double quotes.'],
      [11, 2, 'a key in single quotes: use double quotes.'],
    ]);
  });

  it('throws TomlInputError for text that is not TOML 1.0', () => {
    expect(() => checkToml04('a = ')).toThrow(TomlInputError);
  });
});
