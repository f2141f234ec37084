import { describe, expect, it } from 'vitest';
import { parseDocument, parseValues } from './document';
import { parseAst } from './full-ast';
import { findDeepNesting, findDuplicateTables, scanHeaders, scanLines } from './scan';
import { TomlInputError } from './types';

function inputError(run: () => unknown): TomlInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof TomlInputError) return error;
    throw error;
  }
  throw new Error('expected a TomlInputError');
}

describe('nesting guard', () => {
  it('refuses 10,000 nested arrays with line and column, before either parser sees them', () => {
    const text = `a = 1\nb = ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`;
    const error = inputError(() => parseDocument(text));
    expect(error.message).toBe('Line 2, column 105: nesting deeper than 100 levels');
    expect([error.line, error.column]).toEqual([2, 105]);
    // the parsers' own messages would differ ("excessively nested"): the guard answers for every entry point
    expect(inputError(() => parseValues(text)).message).toBe(error.message);
    expect(inputError(() => parseAst(text)).message).toBe(error.message);
  });

  it('refuses deep inline tables and mixed nesting, and a million levels at once', () => {
    expect(inputError(() => parseDocument(`a = ${'{b='.repeat(5000)}1${'}'.repeat(5000)}`)).message).toBe(
      'Line 1, column 305: nesting deeper than 100 levels',
    );
    expect(inputError(() => parseDocument(`a = ${'[{b='.repeat(60)}`)).message).toMatch(/^Line 1, column \d+: nesting deeper than 100 levels$/);
    const started = performance.now();
    expect(inputError(() => parseDocument(`a = ${'['.repeat(1_000_000)}`)).line).toBe(1);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('counts the parts of dotted keys and headers as levels: 40,000 parts are refused at once', () => {
    const started = performance.now();
    expect(inputError(() => parseDocument(`${Array(40_000).fill('a').join('.')} = 1\n`)).message).toBe('Line 1, column 202: nesting deeper than 100 levels');
    expect(performance.now() - started).toBeLessThan(1000);
    expect(inputError(() => parseDocument(`x = 1\n[${Array(200).fill('t').join('.')}]\n`)).message).toBe('Line 2, column 201: nesting deeper than 100 levels');
    // inside an inline table, the owning key's parts count too: 51 + 1 brace + 51 parts, refused at the 50th dot of b
    expect(findDeepNesting(`${Array(51).fill('a').join('.')} = {${Array(51).fill('b').join('.')} = 1}`)).toEqual({ line: 1, column: 205 });
    expect(findDeepNesting(`${Array(50).fill('a').join('.')} = {${Array(50).fill('b').join('.')} = 1}`)).toBeUndefined();
    // floats, dates and dots in strings are no levels
    expect(findDeepNesting(`a = [${Array(300).fill('1.5').join(', ')}]\nb = "${'.'.repeat(500)}"\nc = 1979-05-27T07:32:00.999Z\n`)).toBeUndefined();
    expect(parseDocument(`${Array(100).fill('a').join('.')} = 1\n`).get(Array(100).fill('a'))).toBe(1);
  });

  it('lets 100 levels through, and ignores brackets in strings and comments', () => {
    expect(parseDocument(`a = ${'['.repeat(99)}1${']'.repeat(99)}\n`).get(['a'])).toBeDefined();
    expect(findDeepNesting(`a = ${'['.repeat(100)}`)).toBeUndefined();
    expect(findDeepNesting(`a = ${'['.repeat(101)}`)).toEqual({ line: 1, column: 105 });
    const quoted = '['.repeat(500);
    const text = `a = "${quoted}"\nb = '${quoted}'\nc = """\n${quoted}\n"""\nd = '''${quoted}'''\n# ${quoted}\ne = "\\"${quoted}"\n`;
    expect(findDeepNesting(text)).toBeUndefined();
    expect(parseDocument(text).get(['e'])).toBe(`"${quoted}`);
  });

  it('counts closed brackets back down', () => {
    const line = `a${'x'} = ${'['.repeat(60)}${']'.repeat(60)}`;
    expect(findDeepNesting([line, line.replace('ax', 'bx')].join('\n'))).toBeUndefined();
  });
});

describe('scanLines and scanHeaders', () => {
  it('knows which lines start inside a multi-line string or an array', () => {
    const lines = scanLines('a = """\nx\n"""\nb = [\n1,\n]\r\n[t]');
    expect(lines.map((l) => [l.line, l.inString, l.depth])).toEqual([
      [1, false, 0], [2, true, 0], [3, true, 0], [4, false, 0], [5, false, 1], [6, false, 1], [7, false, 0],
    ]);
    expect(lines[5]).toMatchObject({ start: 23, end: 24 });
  });

  it('reads headers with quoted and dotted names and a trailing comment', () => {
    const headers = scanHeaders('[ a . "b c" ] # x\n[[d.\'e\']]\n  [f]\nnot = "[g]"\n[bad] x\n');
    expect(headers.map((h) => [h.line, h.isArray, h.path, h.written, h.comment > 0])).toEqual([
      [1, false, ['a', 'b c'], 'a . "b c"', true],
      [2, true, ['d', 'e'], 'd.\'e\'', false],
      [3, false, ['f'], 'f', false],
    ]);
  });

  it('finds [table] headers that repeat, within one [[array]] entry only', () => {
    const text = '[a]\n[[e]]\n[e.s]\n[[e]]\n[e.s]\n[e.s]\n[a]\n';
    expect(findDuplicateTables(text).map((d) => [d.header, d.first.line, d.second.line])).toEqual([
      ['[e.s]', 5, 6],
      ['[a]', 1, 7],
    ]);
  });
});
