// The official toml-test suite, TOML 1.0.0 cases: bytes -> decodeBytes -> parseDocument, as an import does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TomlDate } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode';
import { parseDocument } from './document';
import { isTable } from './values';
import { TomlInputError, type TomlValue } from './types';

const SUITE = join(__dirname, '../../fixtures/toml-test/tests');
const cases = readFileSync(join(SUITE, 'files-toml-1.0.0'), 'utf8')
  .split('\n')
  .filter((line) => line.endsWith('.toml'));
const valid = cases.filter((c) => c.startsWith('valid/'));
const invalid = cases.filter((c) => c.startsWith('invalid/'));

/** Invalid TOML this editor reads on purpose: a UTF-16 file with a byte order mark is transcoded, with a notice. */
const READ_ON_PURPOSE = ['invalid/encoding/utf16-bom.toml'];

const read = (file: string) => parseDocument(decodeBytes(new Uint8Array(readFileSync(join(SUITE, file)))).text);

type Expected = { type: string; value: string } | Expected[] | { [key: string]: Expected };

/** Compares with toml-test's typed JSON: numbers by value, date-times by instant or normalized text. */
function expectMatch(actual: TomlValue | undefined, expected: Expected, where: string): void {
  if (Array.isArray(expected)) {
    expect(Array.isArray(actual), where).toBe(true);
    const items = actual as TomlValue[];
    expect(items.length, where).toBe(expected.length);
    expected.forEach((item, i) => expectMatch(items[i], item, `${where}[${i}]`));
    return;
  }
  if (typeof expected.type !== 'string' || typeof expected.value !== 'string' || Object.keys(expected).length !== 2) {
    expect(isTable(actual), where).toBe(true);
    const table = actual as Record<string, TomlValue>;
    const entries = expected as Record<string, Expected>;
    expect(Object.keys(table).sort(), where).toEqual(Object.keys(entries).sort());
    for (const key of Object.keys(entries)) expectMatch(table[key], entries[key], `${where}.${key}`);
    return;
  }
  const { type, value } = expected as { type: string; value: string };
  switch (type) {
    case 'string':
      expect(actual, where).toBe(value);
      break;
    case 'bool':
      expect(actual, where).toBe(value === 'true');
      break;
    case 'integer':
      expect(typeof actual === 'number' || typeof actual === 'bigint', where).toBe(true);
      expect(BigInt(actual as number | bigint), where).toBe(BigInt(value));
      break;
    case 'float':
      expect(typeof actual, where).toBe('number');
      if (/nan/.test(value)) expect(Number.isNaN(actual), where).toBe(true);
      else expect(Object.is(actual, Number(value.replace(/inf/, 'Infinity'))), `${where}: ${String(actual)} vs ${value}`).toBe(true);
      break;
    default: {
      const date = actual as TomlDate;
      const kinds: Record<string, boolean> = {
        datetime: date.isDateTime() && !date.isLocal(),
        'datetime-local': date.isDateTime() && date.isLocal(),
        'date-local': date.isDate(),
        'time-local': date.isTime(),
      };
      expect(kinds[type], `${where}: ${type}`).toBe(true);
      if (type === 'datetime') expect(date.getTime(), where).toBe(Date.parse(normalizeDateTime(value)));
      else expect(normalizeDateTime(date.toISOString()), where).toBe(normalizeDateTime(value));
    }
  }
}

/** 1987-07-05 17:45:00.123456z -> 1987-07-05T17:45:00.123Z (TOML keeps milliseconds at most here). */
function normalizeDateTime(text: string): string {
  return text
    .toUpperCase()
    .replace(/^(\d{4}-\d\d-\d\d)[ T]/, '$1T')
    .replace(/(\d\d:\d\d:\d\d)(?:\.(\d+))?/, (_, time: string, fraction = '') => `${time}.${fraction.padEnd(3, '0').slice(0, 3)}`);
}

describe('toml-test 1.0.0', () => {
  it('lists 210 valid and 499 invalid cases', () => {
    expect([valid.length, invalid.length]).toEqual([210, 499]);
  });

  it.each(valid)('reads %s as its JSON says', (file) => {
    const expected = JSON.parse(readFileSync(join(SUITE, file.replace(/\.toml$/, '.json')), 'utf8')) as Expected;
    expectMatch(read(file).values, expected, file);
  });

  it.each(invalid.filter((file) => !READ_ON_PURPOSE.includes(file)))('refuses %s with a line and column', (file) => {
    let error: unknown;
    try {
      read(file);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(TomlInputError);
    expect((error as TomlInputError).line).toBeGreaterThanOrEqual(1);
    expect((error as TomlInputError).column).toBeGreaterThanOrEqual(1);
    expect((error as TomlInputError).message).toMatch(/^Line \d+, column \d+: /);
  });

  it.each(READ_ON_PURPOSE)('reads %s on purpose, telling the user the export will be UTF-8', (file) => {
    const decoded = decodeBytes(new Uint8Array(readFileSync(join(SUITE, file))));
    expect(decoded.encoding).toBe('utf-16be');
    expect(decoded.notices[0]).toContain('Kapacitor reads only UTF-8');
    expect(parseDocument(decoded.text).values).toEqual({});
  });
});
