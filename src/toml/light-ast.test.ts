import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTOML } from 'toml-eslint-parser';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode';
import { parseDocument } from './document';
import { buildIndex } from './index-builder';
import { parseLight } from './light-ast';
import type { SourceIndex } from './source-index';
import { corpusFiles } from './test-support';
import { TomlInputError } from './types';

const FIXTURES = join(__dirname, '../../fixtures');
const SUITE = join(FIXTURES, 'toml-test/tests');
const validCases = readFileSync(join(SUITE, 'files-toml-1.0.0'), 'utf8').split('\n').filter((l) => l.startsWith('valid/') && l.endsWith('.toml')).map((f) => join(SUITE, f));
const text = (file: string) => decodeBytes(new Uint8Array(readFileSync(file))).text;

/** Everything the index tells, as plain data. */
function view(index: SourceIndex) {
  return { pairs: [...index.allPairs()], tables: index.tables };
}

describe('the light tree indexes exactly as toml-eslint-parser does', () => {
  it.each([...corpusFiles(), ...validCases.map((f): [string, string] => [f.slice(FIXTURES.length + 1), f])])('%s', (_, file) => {
    const source = text(file);
    let light;
    try {
      light = parseLight(source);
    } catch (e) {
      // the one thing it may do that the full parser would not: nothing; a refusal here must be a bug
      throw new Error(`light tree refused a valid file: ${(e as Error).message}`);
    }
    const full = buildIndex(parseTOML(source, { tomlVersion: '1.0.0' }), source);
    const fast = buildIndex(light, source);
    expect(view(fast)).toEqual(view(full));
    for (const { path } of full.allPairs()) {
      for (let n = 1; n <= path.length; n++) {
        const key = JSON.stringify(path.slice(0, n));
        expect(fast.shape(key), key).toEqual(full.shape(key));
      }
    }
  });
});

describe('strict TOML 1.0, which smol-toml (TOML 1.1) does not check', () => {
  const refused = (source: string) => {
    try {
      parseDocument(source);
    } catch (e) {
      if (e instanceof TomlInputError) return e.message;
      throw e;
    }
    throw new Error('accepted');
  };
  it.each([
    ['a = 2100-02-29T15:15:15Z\n', 'Line 1, column 13: 2100-02-29 is not a date on the calendar'],
    ['a = 1988-02-30\n', 'Line 1, column 13: 1988-02-30 is not a date on the calendar'],
    ['a = 1987-07-05T17:45Z\n', 'Line 1, column 16: TOML 1.0 needs the seconds in a time (write HH:MM:SS)'],
    ['a = 17:45\n', 'Line 1, column 5: TOML 1.0 needs the seconds in a time (write HH:MM:SS)'],
    ['t = {a=1,\nb=2}\n', 'Line 1, column 10: TOML 1.0 keeps an inline table on one line (it opens at column 5)'],
    ['t = {a=1, b=2,}\n', 'Line 1, column 14: TOML 1.0 does not allow a comma after the last key of an inline table'],
    ['answer = "\\x33"\n', 'Line 1, column 11: TOML 1.0 has no \\x escape'],
    ['"\\e" = 1\n', 'Line 1, column 2: TOML 1.0 has no \\e escape'],
  ])('%j', (source, message) => {
    expect(refused(source)).toBe(message);
  });

  it('accepts what TOML 1.0 allows: Feb 29 of a leap year, a space between date and time, newlines in arrays inside inline tables', () => {
    const doc = parseDocument('a = 2000-02-29\nb = 1979-05-27 07:32:00Z\nc = { d = [\n  1,\n  2,\n] }\ne = "\\u00e9\\t"\n');
    expect(doc.get(['c', 'd'])).toEqual([1, 2]);
    expect(doc.locate(['c', 'd', 1])?.value.line).toBe(5);
  });
});
