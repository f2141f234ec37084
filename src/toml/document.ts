// The document: the text as imported, its values (smol-toml) and where everything sits (toml-eslint-parser).
import { parse, TomlError } from 'smol-toml';
import { buildIndex, type IndexableProgram } from './index-builder';
import { LightAstUnsupported, parseLight } from './light-ast';
import { findDeepNesting, findDuplicateTables, MAX_NESTING, scanHeaders } from './scan';
import type { Range, SourceIndex } from './source-index';
import { capitalise, detectNewline, LineIndex, Pieces } from './text';
import { getIn, pathKey } from './values';
import {
  TomlInputError,
  type KeyPath,
  type KeyValueLocation,
  type Newline,
  type SourceSpan,
  type TableHeader,
  type TomlTable,
  type TomlValue,
} from './types';

export interface TomlDocument {
  readonly text: string;
  readonly values: TomlTable;
  readonly newline: Newline;
  readonly tables: readonly TableHeader[];
  get(path: KeyPath): TomlValue | undefined;
  locate(path: KeyPath): KeyValueLocation | undefined;
  /** line of the key, or of the table header when the path names a table or array entry */
  lineOf(path: KeyPath): number | undefined;
  /** lineOf the path or of its closest ancestor that is in the text */
  nearestLine(path: KeyPath): number | undefined;
  /** the last explicit table whose header is on `line` or above it */
  tableAtLine(line: number): TableHeader | undefined;
  /** how many lines the text has (a final line break starts an empty last line) */
  lineCount(): number;
  /** the text of 1-based line `line` without its line break, and the offset where it starts */
  lineAt(line: number): { text: string; start: number };
  /** text.slice(start, end), without reading the rest of an edited text */
  slice(start: number, end?: number): string;
}

export function parseDocument(text: string): TomlDocument {
  refuseDeepNesting(text);
  const values = valuesOf(text);
  return new Document(text, values, detectNewline(text), buildIndex(treeOf(text), text));
}

type FullParser = (text: string, note: string) => IndexableProgram;
let fullParser: FullParser | undefined;

/** toml-eslint-parser has the last word where the light tree cannot tell. full-ast.ts registers it when it loads:
 *  after the first paint on the page (10 kB gzip the page does not need to open), at once in the Worker. */
export function registerFullParser(parser: FullParser): void {
  fullParser = parser;
}

/** The light tree (see light-ast.ts) of text smol-toml accepted, or toml-eslint-parser's where it cannot tell. */
function treeOf(text: string): IndexableProgram {
  try {
    return parseLight(text);
  } catch (error) {
    if (!(error instanceof LightAstUnsupported)) throw error;
    if (fullParser) return fullParser(text, ' (TOML 1.0 does not allow this)');
    const { line, column } = LineIndex.of(text).position(error.offset);
    throw new TomlInputError(`Line ${line}, column ${column}: the editor is still loading its full TOML reader; import the file again in a moment`, line, column);
  }
}

/** Values by smol-toml; throws TomlInputError. */
export function parseValues(text: string): TomlTable {
  refuseDeepNesting(text);
  return valuesOf(text);
}

/** Neither parser sees absurd nesting (a = [[[[... thousands deep): they recurse, and could run out of stack or time. */
export function refuseDeepNesting(text: string): void {
  const deep = findDeepNesting(text, MAX_NESTING);
  if (deep) {
    throw new TomlInputError(`Line ${deep.line}, column ${deep.column}: nesting deeper than ${MAX_NESTING} levels`, deep.line, deep.column);
  }
}

function valuesOf(text: string): TomlTable {
  try {
    return parse(text, { integersAsBigInt: 'asNeeded' }) as TomlTable;
  } catch (error) {
    if (error instanceof TomlError) {
      const reason = error.message.split('\n')[0].replace(/^Invalid TOML document: /, '');
      const twice = /redefine/.test(reason) ? duplicateTable(text, error.line) ?? redefinition(text, error.line) : undefined;
      const unclosed = twice ? undefined : unclosedString(text, reason, error.line, error.column);
      if (unclosed) throw inputError(unclosed.reason, error.line, unclosed.column);
      throw inputError(twice ?? reason, error.line, error.column);
    }
    throw error;
  }
}

/** "[http] is defined twice: line 12 and line 940" when the line that failed repeats an earlier [table] header. */
function duplicateTable(text: string, line: number): string | undefined {
  const twice = findDuplicateTables(text).find((d) => d.second.line === line);
  return twice && `${twice.header} is defined twice: line ${twice.first.line} and line ${twice.second.line}`;
}

/** smol-toml's words for a redefinition, with what is defined twice and where (the earlier line, when a header
 *  above names the same table). */
function redefinition(text: string, line: number): string | undefined {
  const source = text.split('\n')[line - 1] ?? '';
  const header = /^\s*(\[\[?)\s*([^\]]+?)\s*\]/.exec(source);
  if (header) {
    const written = header[1] === '[' ? `[${header[2]}]` : `[[${header[2]}]]`;
    const headers = scanHeaders(text);
    const here = headers.find((h) => h.line === line);
    const first = here && headers.find((h) => h.line < line && pathKey(h.path) === pathKey(here.path));
    if (first) {
      const before = first.isArray ? `[[${first.written}]]` : `[${first.written}]`;
      return `${written} on line ${line} defines ${header[2]} again: line ${first.line} already has ${before}; use one form, once`;
    }
    return `${written} on line ${line} defines ${header[2]} again: it is already a table, an array of tables or a key above; use one form, once`;
  }
  const key = /^\s*("(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_.-]+)\s*=/.exec(source);
  return key ? `the key ${key[1].trim()} on line ${line} is already set above in the same table; a key may be set only once` : undefined;
}

/** An unterminated "…" string reads, to smol-toml, as a line break inside the string: say so, at its opening quote. */
function unclosedString(text: string, reason: string, line: number, column: number): { reason: string; column: number } | undefined {
  const source = (text.split('\n')[line - 1] ?? '').replace(/\r$/, '');
  // a string opened with three quotes runs on to the end of the file
  if (/^unfinished string/i.test(reason)) {
    const quote = source.slice(column - 1, column + 2);
    if (quote === '"""' || quote === "'''") return { reason: `this multi-line string is never closed: end it with ${quote}`, column };
    return { reason: 'this string is not closed before the end of the file: end it with its quote', column };
  }
  if (!/control characters/i.test(reason)) return undefined;
  if (column - 1 < source.length) return undefined;
  const at = openingQuote(source) ?? column - 1;
  const triple = source[at] === "'" ? "'''" : '"""';
  return {
    reason: `this string is not closed on its line: end it with its quote, or write a string over several lines between triple quotes (${triple} … ${triple})`,
    column: at + 1,
  };
}

/** Offset of the quote that opens the string still open at the end of the line, if one is. */
function openingQuote(line: string): number | undefined {
  let open = -1;
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (open === -1) {
      if (c === '#') break;
      if (c === '"' || c === "'") { open = i; quote = c; }
    } else if (quote === '"' && c === '\\') i++;
    else if (c === quote) open = -1;
  }
  return open === -1 ? undefined : open;
}

export function inputError(reason: string, line: number, column: number): TomlInputError {
  return new TomlInputError(`Line ${line}, column ${column}: ${capitalise(reason)}`, line, column);
}

export class Document implements TomlDocument {
  private tableHeaders?: readonly TableHeader[];

  constructor(
    readonly text: string,
    readonly values: TomlTable,
    readonly newline: Newline,
    /** not part of TomlDocument: the edit layer's view of the text */
    readonly index: SourceIndex,
    private lineIndex?: LineIndex,
    /** `text` as an edit made it (see Pieces): what this document reads its text from */
    readonly pieces = Pieces.of(text),
  ) {}

  slice(start: number, end?: number): string {
    return this.pieces.slice(start, end);
  }

  lineIndexIfBuilt(): LineIndex | undefined {
    return this.lineIndex;
  }

  get tables(): readonly TableHeader[] {
    this.tableHeaders ??= this.index.tables.map((t) => ({
      path: t.path,
      name: t.name,
      isArray: t.isArray,
      header: this.span(t.header),
      bodyEnd: t.bodyEnd,
    }));
    return this.tableHeaders;
  }

  tableAtLine(line: number): TableHeader | undefined {
    const lines = this.lines();
    const t = this.index.tableBefore(line >= lines.count ? this.pieces.length + 1 : lines.start(line + 1));
    return t && { path: t.path, name: t.name, isArray: t.isArray, header: this.span(t.header), bodyEnd: t.bodyEnd };
  }

  get(path: KeyPath): TomlValue | undefined {
    return getIn(this.values, path);
  }

  locate(path: KeyPath): KeyValueLocation | undefined {
    const entry = this.index.pair(pathKey(path));
    if (!entry) return undefined;
    return { key: this.span(entry.key), value: this.span(entry.value), pair: this.span(entry.pair) };
  }

  lineOf(path: KeyPath): number | undefined {
    const offset = this.mention(path);
    return offset === undefined ? undefined : this.position(offset).line;
  }

  nearestLine(path: KeyPath): number | undefined {
    for (let length = path.length; length > 0; length--) {
      const line = this.lineOf(path.slice(0, length));
      if (line !== undefined) return line;
    }
    return undefined;
  }

  private mention(path: KeyPath): number | undefined {
    const key = pathKey(path);
    const pair = this.index.pair(key);
    if (pair) return pair.key[0];
    const table = this.index.table(key);
    if (table) return table.header[0];
    const shape = this.index.shape(key);
    if (shape && 'mention' in shape) return shape.mention;
    return undefined;
  }

  lineCount(): number {
    return this.lines().count;
  }

  lineAt(line: number): { text: string; start: number } {
    const lines = this.lines();
    const start = lines.start(line);
    if (line >= lines.count) return { text: this.slice(start), start };
    const lf = lines.start(line + 1) - 1;
    const text = this.slice(start, lf);
    return { text: text.endsWith('\r') ? text.slice(0, -1) : text, start };
  }

  /** lineAt the line holding `offset` */
  lineAround(offset: number): { text: string; start: number } {
    return this.lineAt(this.position(offset).line);
  }

  private lines(): LineIndex {
    this.lineIndex ??= LineIndex.of(this.text);
    return this.lineIndex;
  }

  private position(offset: number): { line: number; column: number } {
    return this.lines().position(offset);
  }

  private span([start, end]: Range): SourceSpan {
    return { start, end, ...this.position(start) };
  }
}
