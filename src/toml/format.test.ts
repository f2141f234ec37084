import { describe, expect, it } from 'vitest';
import { parse, TomlDate } from 'smol-toml';
import { formatKey, formatValue, tomlFloat } from './format';
import { TomlEditError } from './types';

describe('formatValue', () => {
  it('writes basic strings with escapes', () => {
    expect(formatValue('plain')).toBe('"plain"');
    expect(formatValue('say "hi"\\ now')).toBe('"say \\"hi\\"\\\\ now"');
    expect(formatValue('a\nb\tc\rd\be\ff')).toBe('"a\\nb\\tc\\rd\\be\\ff"');
    expect(formatValue('\u0001\u001f\u007f')).toBe('"\\u0001\\u001F\\u007F"');
    expect(formatValue('é ${VAR} {{ x }} 😀')).toBe('"é ${VAR} {{ x }} 😀"');
  });

  it('writes integers, bigints and booleans', () => {
    expect(formatValue(9092)).toBe('9092');
    expect(formatValue(-3)).toBe('-3');
    expect(formatValue(9223372036854775807n)).toBe('9223372036854775807');
    expect(formatValue(true)).toBe('true');
    expect(formatValue(false)).toBe('false');
  });

  it('writes floats with a decimal point or an exponent, always', () => {
    expect(formatValue(1.5)).toBe('1.5');
    expect(formatValue(1, { float: true })).toBe('1.0');
    expect(formatValue([1, 2.5], { float: true })).toBe('[1.0, 2.5]');
    expect(tomlFloat(0)).toBe('0.0');
    expect(tomlFloat(-0)).toBe('-0.0');
    expect(tomlFloat(1e21)).toBe('1e+21');
    expect(tomlFloat(1.5e-7)).toBe('1.5e-7');
    expect(tomlFloat(NaN)).toBe('nan');
    expect(tomlFloat(Infinity)).toBe('inf');
    expect(tomlFloat(-Infinity)).toBe('-inf');
    // an integer JavaScript cannot hold exactly would come back as a bigint: it is written as a float
    expect(formatValue(2 ** 53)).toBe('9007199254740992.0');
  });

  it('writes arrays and inline tables with bare keys where allowed', () => {
    expect(formatValue(['a', 'b'])).toBe('["a", "b"]');
    expect(formatValue([])).toBe('[]');
    expect(formatValue([[1], ['x']])).toBe('[[1], ["x"]]');
    expect(formatValue({ a: 'x', 'b c': 1, 'd-e_f': true })).toBe('{ a = "x", "b c" = 1, d-e_f = true }');
    expect(formatValue({})).toBe('{}');
    expect(formatValue([{ a: 1 }, {}])).toBe('[{ a = 1 }, {}]');
  });

  it('writes dates as TOML date-times', () => {
    expect(formatValue(new Date('1979-05-27T07:32:00Z'))).toBe('1979-05-27T07:32:00.000Z');
    expect(formatValue(new TomlDate('1979-05-27'))).toBe('1979-05-27');
    expect(formatValue(new TomlDate('07:32:00'))).toBe('07:32:00.000');
    expect(() => formatValue(new Date('nope'))).toThrow(TomlEditError);
  });

  it('round-trips through a TOML parser', () => {
    const value = { s: 'q"\\\n\u0000', n: 1.25, f: 3, list: ['x', 'y'], t: { 'a.b': 'dot', '': 'empty' } };
    const parsed = parse(`v = ${formatValue(value)}`).v as Record<string, unknown>;
    expect(parsed).toEqual(value);
  });

  it('refuses what TOML cannot hold', () => {
    expect(() => formatValue(null as never)).toThrow(TomlEditError);
    expect(() => formatValue('\ud800')).toThrow(TomlEditError);
  });
});

describe('formatKey', () => {
  it('keeps bare keys bare and quotes the rest', () => {
    expect(formatKey('bind-address')).toBe('bind-address');
    expect(formatKey('_kapacitor')).toBe('_kapacitor');
    expect(formatKey('1')).toBe('1');
    expect(formatKey('a.b')).toBe('"a.b"');
    expect(formatKey('with space')).toBe('"with space"');
    expect(formatKey('')).toBe('""');
    expect(formatKey('ключ')).toBe('"ключ"');
    expect(formatKey('q"')).toBe('"q\\""');
  });
});
