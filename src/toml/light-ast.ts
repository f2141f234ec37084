// A light syntax tree for the source index: only what index-builder.ts reads (ranges, key names, value kinds,
// resolved table paths), in one pass with no token list and no line/column objects.
//
// toml-eslint-parser builds a full tree with a location object per token: on a 1 MB config that is over half of
// an import, and most of the rest is the garbage it leaves (ten times the size takes about fifteen times as long).
// This reader runs only on text smol-toml has accepted, so it may assume the structure is sound; what it adds is
// the strict TOML 1.0 check smol-toml (a TOML 1.1 parser) does not make: seconds in times, real calendar days,
// inline tables on one line without a trailing comma, and no \x or \e escapes. Anything it does not expect
// throws LightAstUnsupported, and the caller falls back to toml-eslint-parser, which has the last word.
import { TomlInputError, type KeyPath } from './types';

export type Range = [number, number];
export interface BareKey { type: 'TOMLBare'; name: string; range: Range }
export interface QuotedKey { type: 'TOMLQuoted'; value: string; range: Range }
export interface Key { type: 'TOMLKey'; keys: (BareKey | QuotedKey)[]; range: Range }
export interface ScalarValue {
  type: 'TOMLValue';
  kind: 'string' | 'integer' | 'float' | 'boolean' | 'offset-date-time' | 'local-date-time' | 'local-date' | 'local-time';
  style?: 'basic' | 'literal';
  multiline?: boolean;
  range: Range;
}
export interface ArrayValue { type: 'TOMLArray'; elements: ContentNode[]; range: Range }
export interface InlineTable { type: 'TOMLInlineTable'; body: KeyValue[]; range: Range }
export type ContentNode = ScalarValue | ArrayValue | InlineTable;
export interface KeyValue { type: 'TOMLKeyValue'; key: Key; value: ContentNode; range: Range }
export interface Table { type: 'TOMLTable'; kind: 'standard' | 'array'; key: Key; resolvedKey: KeyPath; body: KeyValue[]; range: Range }
export interface Program { body: [{ body: (KeyValue | Table)[] }] }

export class LightAstUnsupported extends Error {
  constructor(message: string, readonly offset = 0) {
    super(message);
  }
}

const isBare = (c: number) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45;

export function parseLight(text: string): Program {
  return new Reader(text).program();
}

class Reader {
  private i = 0;
  /** [[array]] entries so far, by the resolved path of the array */
  private readonly entries = new Map<string, number>();

  constructor(private readonly text: string) {}

  program(): Program {
    const body: (KeyValue | Table)[] = [];
    let table: Table | undefined;
    for (;;) {
      this.skipBlank();
      if (this.i >= this.text.length) break;
      if (this.text.charCodeAt(this.i) === 91 /* [ */) {
        table = this.header();
        body.push(table);
      } else {
        const pair = this.keyValue();
        (table ? table.body : body).push(pair);
      }
      this.endOfLine();
    }
    return { body: [{ body }] };
  }

  private header(): Table {
    const start = this.i;
    const isArray = this.text.charCodeAt(start + 1) === 91;
    this.i += isArray ? 2 : 1;
    this.skipSpaces();
    const key = this.key();
    this.skipSpaces();
    this.expect(isArray ? ']]' : ']');
    const resolvedKey = this.resolve(key.keys.map(nameOf), isArray);
    return { type: 'TOMLTable', kind: isArray ? 'array' : 'standard', key, resolvedKey, body: [], range: [start, this.i] };
  }

  /** The header's path with the index of the current entry after each [[array]] it passes through. */
  private resolve(names: string[], isArray: boolean): KeyPath {
    const path: (string | number)[] = [];
    names.forEach((name, n) => {
      path.push(name);
      const id = JSON.stringify(path);
      if (isArray && n === names.length - 1) {
        const count = (this.entries.get(id) ?? 0) + 1;
        this.entries.set(id, count);
        // a new entry: the arrays of tables inside the previous one are behind us
        for (const k of this.entries.keys()) if (k !== id && k.startsWith(id.slice(0, -1) + ',')) this.entries.delete(k);
        path.push(count - 1);
      } else {
        const count = this.entries.get(id);
        if (count !== undefined) path.push(count - 1);
      }
    });
    return path;
  }

  private keyValue(): KeyValue {
    const start = this.i;
    const key = this.key();
    this.skipSpaces();
    this.expect('=');
    this.skipSpaces();
    const value = this.value();
    return { type: 'TOMLKeyValue', key, value, range: [start, value.range[1]] };
  }

  private key(): Key {
    const start = this.i;
    const keys: (BareKey | QuotedKey)[] = [];
    for (;;) {
      keys.push(this.keyPart());
      const end = this.i;
      this.skipSpaces();
      if (this.text.charCodeAt(this.i) === 46 /* . */) {
        this.i++;
        this.skipSpaces();
        continue;
      }
      this.i = end;
      return { type: 'TOMLKey', keys, range: [start, end] };
    }
  }

  private keyPart(): BareKey | QuotedKey {
    const start = this.i;
    const c = this.text.charCodeAt(start);
    if (c === 34 /* " */) {
      this.basicString(false);
      return { type: 'TOMLQuoted', value: unescapeBasic(this.text.slice(start + 1, this.i - 1)), range: [start, this.i] };
    }
    if (c === 39 /* ' */) {
      const end = this.text.indexOf("'", start + 1);
      if (end === -1) throw new LightAstUnsupported('unterminated key', this.i);
      this.i = end + 1;
      return { type: 'TOMLQuoted', value: this.text.slice(start + 1, end), range: [start, this.i] };
    }
    while (this.i < this.text.length && isBare(this.text.charCodeAt(this.i))) this.i++;
    if (this.i === start) throw new LightAstUnsupported(`no key at ${start}`, this.i);
    return { type: 'TOMLBare', name: this.text.slice(start, this.i), range: [start, this.i] };
  }

  private value(): ContentNode {
    const start = this.i;
    const c = this.text.charCodeAt(start);
    if (c === 34 || c === 39) {
      const multiline = this.text.startsWith(c === 34 ? '"""' : "'''", start);
      if (c === 34) this.basicString(multiline);
      else this.literalString(multiline);
      return { type: 'TOMLValue', kind: 'string', style: c === 34 ? 'basic' : 'literal', multiline, range: [start, this.i] };
    }
    if (c === 91 /* [ */) return this.array();
    if (c === 123 /* { */) return this.inlineTable();
    return this.scalar();
  }

  private array(): ArrayValue {
    const start = this.i++;
    const elements: ContentNode[] = [];
    for (;;) {
      this.skipBlank();
      if (this.text.charCodeAt(this.i) === 93 /* ] */) break;
      elements.push(this.value());
      this.skipBlank();
      const c = this.text.charCodeAt(this.i);
      if (c === 44 /* , */) this.i++;
      else if (c !== 93) throw new LightAstUnsupported(`array at ${start}`, this.i);
    }
    this.i++;
    return { type: 'TOMLArray', elements, range: [start, this.i] };
  }

  private inlineTable(): InlineTable {
    const start = this.i++;
    const body: KeyValue[] = [];
    this.skipInline(start);
    if (this.text.charCodeAt(this.i) !== 125 /* } */) {
      for (;;) {
        body.push(this.keyValue());
        this.skipInline(start);
        const c = this.text.charCodeAt(this.i);
        if (c === 125) break;
        if (c !== 44) throw new LightAstUnsupported(`inline table at ${start}`, this.i);
        const comma = this.i++;
        this.skipInline(start);
        if (this.text.charCodeAt(this.i) === 125) this.fail(comma, 'TOML 1.0 does not allow a comma after the last key of an inline table');
      }
    }
    this.i++;
    return { type: 'TOMLInlineTable', body, range: [start, this.i] };
  }

  /** Spaces inside an inline table; TOML 1.0 keeps an inline table on one line. */
  private skipInline(start: number): void {
    this.skipSpaces();
    const c = this.text.charCodeAt(this.i);
    if (c === 10 || c === 13 || c === 35) {
      this.fail(this.i, `TOML 1.0 keeps an inline table on one line (it opens at column ${this.position(start).column})`);
    }
  }

  private scalar(): ScalarValue {
    const start = this.i;
    let end = start;
    const t = this.text;
    const stop = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 44 || c === 93 || c === 125 || c === 35 || Number.isNaN(c);
    while (!stop(t.charCodeAt(end))) end++;
    // a date and a time may be separated by one space
    if (end - start === 10 && t.charCodeAt(end) === 32 && /^\d{4}-\d\d-\d\d$/.test(t.slice(start, end)) && /^\d\d:/.test(t.slice(end + 1, end + 4))) {
      end++;
      while (!stop(t.charCodeAt(end))) end++;
    }
    if (end === start) throw new LightAstUnsupported(`no value at ${start}`, this.i);
    this.i = end;
    const word = t.slice(start, end);
    const kind = this.scalarKind(word, start);
    return { type: 'TOMLValue', kind, range: [start, end] };
  }

  private scalarKind(word: string, start: number): ScalarValue['kind'] {
    if (word === 'true' || word === 'false') return 'boolean';
    const date = /^(\d{4})-(\d\d)-(\d\d)/.exec(word);
    if (date) {
      const [, y, m, d] = date.map(Number);
      const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
      if (days === undefined || d < 1 || d > days) this.fail(start + 8, `${word.slice(0, 10)} is not a date on the calendar`);
      if (word.length === 10) return 'local-date';
      this.checkSeconds(word.slice(11), start + 11);
      return /(?:[Zz]|[+-]\d\d:\d\d)$/.test(word) ? 'offset-date-time' : 'local-date-time';
    }
    if (/^\d\d:/.test(word)) {
      this.checkSeconds(word, start);
      return 'local-time';
    }
    if (/^[+-]?0[xob]/.test(word)) return 'integer';
    if (/[.eE]|inf|nan/.test(word)) return 'float';
    return 'integer';
  }

  private checkSeconds(time: string, at: number): void {
    if (!/^\d\d:\d\d:\d\d/.test(time)) this.fail(at, 'TOML 1.0 needs the seconds in a time (write HH:MM:SS)');
  }

  private basicString(multiline: boolean): void {
    const t = this.text;
    let i = this.i + (multiline ? 3 : 1);
    for (;;) {
      const c = t.charCodeAt(i);
      if (Number.isNaN(c)) throw new LightAstUnsupported('unterminated string', this.i);
      if (c === 92 /* \ */) {
        const e = t[i + 1];
        if ('btnfr"\\'.includes(e)) i += 2;
        else if (e === 'u' || e === 'U') i += 2;
        else if (multiline && (e === ' ' || e === '\t' || e === '\n' || e === '\r')) i += 1;
        else this.fail(i, `TOML 1.0 has no \\${e} escape`);
        continue;
      }
      if (c === 34) {
        if (!multiline) { this.i = i + 1; return; }
        if (t.startsWith('"""', i)) {
          let end = i + 3;
          for (let extra = 0; extra < 2 && t.charCodeAt(end) === 34; extra++) end++;
          this.i = end;
          return;
        }
      }
      if (!multiline && (c === 10 || c === 13)) throw new LightAstUnsupported('line break in a string', this.i);
      i++;
    }
  }

  private literalString(multiline: boolean): void {
    const t = this.text;
    if (!multiline) {
      const end = t.indexOf("'", this.i + 1);
      if (end === -1) throw new LightAstUnsupported('unterminated string', this.i);
      this.i = end + 1;
      return;
    }
    const close = t.indexOf("'''", this.i + 3);
    if (close === -1) throw new LightAstUnsupported('unterminated string', this.i);
    let end = close + 3;
    for (let extra = 0; extra < 2 && t.charCodeAt(end) === 39; extra++) end++;
    this.i = end;
  }

  private skipSpaces(): void {
    const t = this.text;
    while (t.charCodeAt(this.i) === 32 || t.charCodeAt(this.i) === 9) this.i++;
  }

  /** Spaces, line breaks and comments. */
  private skipBlank(): void {
    const t = this.text;
    for (;;) {
      const c = t.charCodeAt(this.i);
      if (c === 32 || c === 9 || c === 10 || c === 13) this.i++;
      else if (c === 35) {
        const lf = t.indexOf('\n', this.i);
        this.i = lf === -1 ? t.length : lf;
      } else return;
    }
  }

  /** After a statement: spaces, an optional comment, then a line break or the end. */
  private endOfLine(): void {
    this.skipSpaces();
    const t = this.text;
    if (t.charCodeAt(this.i) === 35) {
      const lf = t.indexOf('\n', this.i);
      this.i = lf === -1 ? t.length : lf;
    }
    const c = t.charCodeAt(this.i);
    if (this.i < t.length && c !== 10 && c !== 13) throw new LightAstUnsupported(`text after a statement at ${this.i}`, this.i);
  }

  private expect(s: string): void {
    if (!this.text.startsWith(s, this.i)) throw new LightAstUnsupported(`expected ${s} at ${this.i}`, this.i);
    this.i += s.length;
  }

  private position(offset: number): { line: number; column: number } {
    let line = 1;
    let start = 0;
    for (let i = this.text.indexOf('\n'); i !== -1 && i < offset; i = this.text.indexOf('\n', i + 1)) {
      line++;
      start = i + 1;
    }
    return { line, column: offset - start + 1 };
  }

  private fail(offset: number, reason: string): never {
    const { line, column } = this.position(offset);
    throw new TomlInputError(`Line ${line}, column ${column}: ${reason}`, line, column);
  }
}

function nameOf(part: BareKey | QuotedKey): string {
  return part.type === 'TOMLBare' ? part.name : part.value;
}

/** The text of a one-line basic string (without its quotes) with its escapes read. */
function unescapeBasic(raw: string): string {
  if (!raw.includes('\\')) return raw;
  return raw.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (_, e: string) => {
    if (e.length > 1) return String.fromCodePoint(parseInt(e.slice(1), 16));
    const simple: Record<string, string> = { b: '\b', t: '\t', n: '\n', f: '\f', r: '\r', '"': '"', '\\': '\\' };
    if (e in simple) return simple[e];
    throw new LightAstUnsupported(`escape \\${e}`);
  });
}
