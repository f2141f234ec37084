// TOML text for values and keys: always single-line, so a value can be spliced anywhere a value was.
import { isTable } from './values';
import { TomlEditError, type TomlValue } from './types';

export interface FormatOptions {
  /** write numbers as floats (1 -> 1.0), for readers that refuse an integer where they want a float; false: as
   *  integers even where the file had a float (the key wants one); left out: as the file had it */
  float?: boolean;
}

const BARE_KEY = /^[A-Za-z0-9_-]+$/;

export function formatKey(key: string): string {
  return BARE_KEY.test(key) ? key : basicString(key);
}

export function formatValue(value: TomlValue, opts: FormatOptions = {}): string {
  switch (typeof value) {
    case 'string':
      return basicString(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      return value.toString();
    case 'number':
      // An integer outside the safe range would come back as a bigint, not this number: write it as a float.
      return opts.float || !Number.isSafeInteger(value) ? tomlFloat(value) : String(value);
  }
  if (Array.isArray(value)) return `[${value.map((item) => formatValue(item, opts)).join(', ')}]`;
  if (isTable(value)) {
    const pairs = Object.keys(value).map((key) => `${formatKey(key)} = ${formatValue(value[key], opts)}`);
    return pairs.length === 0 ? '{}' : `{ ${pairs.join(', ')} }`;
  }
  if (value !== null && typeof value === 'object' && typeof value.toISOString === 'function') {
    if (value instanceof Date && Number.isNaN(value.getTime())) throw new TomlEditError('An invalid date cannot be written to TOML.');
    return value.toISOString();
  }
  throw new TomlEditError(`A ${typeof value} cannot be written to TOML.`);
}

/** A float literal: always with a decimal point or an exponent, so TOML reads it back as a float. */
export function tomlFloat(n: number): string {
  if (Number.isNaN(n)) return 'nan';
  if (n === Infinity) return 'inf';
  if (n === -Infinity) return '-inf';
  if (Object.is(n, -0)) return '-0.0';
  const text = String(n);
  return /[.e]/.test(text) ? text : `${text}.0`;
}

function basicString(s: string): string {
  let out = '"';
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\b') out += '\\b';
    else if (ch === '\f') out += '\\f';
    else if (code < 0x20 || code === 0x7f) out += `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
    else if (code >= 0xd800 && code <= 0xdfff) throw new TomlEditError('A string with a lone surrogate cannot be written to TOML.');
    else out += ch;
  }
  return out + '"';
}
