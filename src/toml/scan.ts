// A cheap pass over TOML text that knows only strings, comments and brackets: for the nesting guard before any
// parser runs, and for the repairs of text that does not parse (which lines are code, which are table headers).
// It never throws: on text that is not TOML it still gives an answer, and the parsers have the last word.

const NL = 10;
const CR = 13;
const HASH = 35;
const QUOTE = 34;
const APOS = 39;
const BACKSLASH = 92;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const DOT = 46;
const EQUALS = 61;
const COMMA = 44;

const enum State {
  Code,
  Comment,
  Basic,
  Literal,
  MultiBasic,
  MultiLiteral,
}

export interface ScannedLine {
  /** 1-based */
  line: number;
  start: number;
  /** before the line break (a CR of CRLF is part of the break) */
  end: number;
  /** the line starts inside a multi-line string: its text is string content, not TOML */
  inString: boolean;
  /** open [ and { before the line starts (outside strings and comments) */
  depth: number;
}

interface Walk {
  /** stop at the first [ or { that opens more than this many levels, or the dot of a dotted key that does
   *  (each part of a.b.c is a level, as each table it names); returns its offset */
  maxDepth?: number;
  onLine?: (line: ScannedLine) => void;
}

/** The one state machine; returns the offset of the bracket that went past maxDepth, or -1. */
function walk(text: string, { maxDepth = Infinity, onLine }: Walk): number {
  let state = State.Code;
  let depth = 0;
  let line = 1;
  let lineStart = 0;
  let lineInString = false;
  let lineDepth = 0;
  // dots of the key being read, and the levels the keys owning the open inline tables add
  let dots = 0;
  let ownerDots = 0;
  let keyLevels = 0;
  const owners: number[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === NL) {
      if (onLine) {
        const end = i > lineStart && text.charCodeAt(i - 1) === CR ? i - 1 : i;
        onLine({ line, start: lineStart, end, inString: lineInString, depth: lineDepth });
      }
      // Single-line strings and comments end with the line, even unterminated ones.
      if (state === State.Comment || state === State.Basic || state === State.Literal) state = State.Code;
      line++;
      lineStart = i + 1;
      lineInString = state === State.MultiBasic || state === State.MultiLiteral;
      lineDepth = depth;
      dots = 0;
      ownerDots = 0;
      continue;
    }
    switch (state) {
      case State.Code:
        if (c === HASH) state = State.Comment;
        else if (c === QUOTE) {
          if (text.charCodeAt(i + 1) === QUOTE && text.charCodeAt(i + 2) === QUOTE) {
            state = State.MultiBasic;
            i += 2;
          } else state = State.Basic;
        } else if (c === APOS) {
          if (text.charCodeAt(i + 1) === APOS && text.charCodeAt(i + 2) === APOS) {
            state = State.MultiLiteral;
            i += 2;
          } else state = State.Literal;
        } else if (c === OPEN_BRACKET || c === OPEN_BRACE) {
          owners.push(ownerDots);
          keyLevels += ownerDots;
          dots = 0;
          ownerDots = 0;
          if (++depth + keyLevels > maxDepth) return i;
        } else if ((c === CLOSE_BRACKET || c === CLOSE_BRACE) && depth > 0) {
          depth--;
          keyLevels -= owners.pop() ?? 0;
          dots = 0;
          ownerDots = 0;
        } else if (c === DOT) {
          if (depth + keyLevels + ++dots > maxDepth) return i;
        } else if (c === EQUALS) {
          ownerDots = dots;
          dots = 0;
        } else if (c === COMMA) {
          dots = 0;
          ownerDots = 0;
        }
        break;
      case State.Basic:
      case State.MultiBasic:
        if (c === BACKSLASH) {
          // skip the escaped character, but never a line break (so lines are still counted)
          const next = text.charCodeAt(i + 1);
          if (next !== NL && next !== CR) i++;
        } else if (c === QUOTE) {
          if (state === State.Basic) state = State.Code;
          else if (text.charCodeAt(i + 1) === QUOTE && text.charCodeAt(i + 2) === QUOTE) {
            i = closeRun(text, i, QUOTE);
            state = State.Code;
          }
        }
        break;
      case State.Literal:
        if (c === APOS) state = State.Code;
        break;
      case State.MultiLiteral:
        if (c === APOS && text.charCodeAt(i + 1) === APOS && text.charCodeAt(i + 2) === APOS) {
          i = closeRun(text, i, APOS);
          state = State.Code;
        }
        break;
      default:
        break;
    }
  }
  if (onLine) onLine({ line, start: lineStart, end: n, inString: lineInString, depth: lineDepth });
  return -1;
}

/** The last offset of a closing """ or ''' that starts at `i` (up to two more quotes belong to the string). */
function closeRun(text: string, i: number, quote: number): number {
  let end = i + 2;
  for (let extra = 0; extra < 2 && text.charCodeAt(end + 1) === quote; extra++) end++;
  return end;
}

export const MAX_NESTING = 100;

/** Line and column of the first [, { or dotted-key part nested deeper than `max` levels (outside strings and
 *  comments), if any. */
export function findDeepNesting(text: string, max = MAX_NESTING): { line: number; column: number } | undefined {
  const at = walk(text, { maxDepth: max });
  if (at === -1) return undefined;
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: at - start + 1 };
}

export function scanLines(text: string): ScannedLine[] {
  const lines: ScannedLine[] = [];
  walk(text, { onLine: (l) => lines.push(l) });
  return lines;
}

export interface HeaderLine {
  line: number;
  /** the line's range, as in ScannedLine */
  lineStart: number;
  lineEnd: number;
  /** from the opening bracket to after the closing one(s) */
  start: number;
  end: number;
  isArray: boolean;
  /** the key as written between the brackets, trimmed: http, "a b".c */
  written: string;
  /** the key's parts, unquoted */
  path: string[];
  /** offset of a # comment after the header on the same line, or -1 */
  comment: number;
}

/** The [table] and [[array]] header lines of text, in order (lines inside multi-line strings and arrays excluded). */
export function scanHeaders(text: string, lines = scanLines(text)): HeaderLine[] {
  const headers: HeaderLine[] = [];
  for (const l of lines) {
    if (l.inString || l.depth !== 0) continue;
    let i = l.start;
    while (text[i] === ' ' || text[i] === '\t') i++;
    if (text[i] !== '[') continue;
    const header = parseHeader(text, i, l.end);
    if (header) headers.push({ line: l.line, lineStart: l.start, lineEnd: l.end, ...header });
  }
  return headers;
}

function parseHeader(text: string, start: number, lineEnd: number): Omit<HeaderLine, 'line' | 'lineStart' | 'lineEnd'> | undefined {
  const isArray = text[start + 1] === '[';
  let i = start + (isArray ? 2 : 1);
  const keyStart = i;
  const path: string[] = [];
  for (;;) {
    while (text[i] === ' ' || text[i] === '\t') i++;
    const part = readKeyPart(text, i, lineEnd);
    if (!part) return undefined;
    path.push(part.name);
    i = part.end;
    while (text[i] === ' ' || text[i] === '\t') i++;
    if (text[i] === '.') {
      i++;
      continue;
    }
    break;
  }
  const keyEnd = i;
  if (text[i] !== ']' || (isArray && text[i + 1] !== ']')) return undefined;
  const end = i + (isArray ? 2 : 1);
  i = end;
  while (text[i] === ' ' || text[i] === '\t') i++;
  if (i < lineEnd && text[i] !== '#') return undefined;
  return { start, end, isArray, written: text.slice(keyStart, keyEnd).trim(), path, comment: i < lineEnd ? i : -1 };
}

function readKeyPart(text: string, i: number, lineEnd: number): { name: string; end: number } | undefined {
  const c = text[i];
  if (c === '"') {
    let j = i + 1;
    while (j < lineEnd && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
    if (j >= lineEnd) return undefined;
    const raw = text.slice(i, j + 1);
    let name: string;
    try {
      name = JSON.parse(raw.replace(/\\U([0-9a-fA-F]{8})/g, (_, hex: string) => JSON.stringify(String.fromCodePoint(parseInt(hex, 16))).slice(1, -1)).replace(/\\e/g, '\\u001b')) as string;
    } catch {
      name = raw.slice(1, -1);
    }
    return { name, end: j + 1 };
  }
  if (c === "'") {
    const j = text.indexOf("'", i + 1);
    if (j === -1 || j >= lineEnd) return undefined;
    return { name: text.slice(i + 1, j), end: j + 1 };
  }
  let j = i;
  while (j < lineEnd && /[A-Za-z0-9_-]/.test(text[j])) j++;
  return j === i ? undefined : { name: text.slice(i, j), end: j };
}

export interface DuplicateTable {
  /** the header as written in its second place: [http] */
  header: string;
  first: HeaderLine;
  second: HeaderLine;
}

/** [table] headers that name a table already defined by a [table] header (tables of different [[array]] entries are
 *  different tables), in order of the second definition. */
export function findDuplicateTables(text: string, headers = scanHeaders(text)): DuplicateTable[] {
  const seen = new Map<string, HeaderLine>();
  const duplicates: DuplicateTable[] = [];
  for (const h of headers) {
    const key = JSON.stringify(h.path);
    if (h.isArray) {
      // A new entry: the tables of the previous entry are behind us.
      const prefix = key.slice(0, -1);
      for (const k of [...seen.keys()]) if (k === key || k.startsWith(prefix + ',')) seen.delete(k);
      continue;
    }
    const first = seen.get(key);
    if (first) duplicates.push({ header: `[${h.written}]`, first, second: h });
    else seen.set(key, h);
  }
  return duplicates;
}
