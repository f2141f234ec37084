// Small helpers over plain text: lines, indentation, newline style, offset -> line/column.
import { Offsets } from './offsets';
import type { Newline } from './types';

export function detectNewline(text: string): Newline {
  const lf = text.indexOf('\n');
  return lf > 0 && text[lf - 1] === '\r' ? '\r\n' : '\n';
}

/** Offset where the line holding `pos` starts. */
export function lineStart(text: string, pos: number): number {
  return text.lastIndexOf('\n', pos - 1) + 1;
}

/** Offset where the line holding `pos` ends, before its line break (CR included in the break). */
export function lineEnd(text: string, pos: number): number {
  const lf = text.indexOf('\n', pos);
  if (lf === -1) return text.length;
  return lf > 0 && text[lf - 1] === '\r' ? lf - 1 : lf;
}

/** Offset of the start of the next line, or the end of the text. */
export function nextLineStart(text: string, pos: number): number {
  const lf = text.indexOf('\n', pos);
  return lf === -1 ? text.length : lf + 1;
}

/** The spaces and tabs that start the line holding `pos`. */
export function indentAt(text: string, pos: number): string {
  const start = lineStart(text, pos);
  let end = start;
  while (text[end] === ' ' || text[end] === '\t') end++;
  return text.slice(start, end);
}

export function isBlankLine(text: string, start: number): boolean {
  const end = lineEnd(text, start);
  for (let i = start; i < end; i++) if (text[i] !== ' ' && text[i] !== '\t') return false;
  return true;
}

export function isCommentLine(text: string, start: number): boolean {
  let i = start;
  while (text[i] === ' ' || text[i] === '\t') i++;
  return text[i] === '#';
}

/** End of the last line that holds anything but spaces and tabs (before its line break); 0 if none. */
export function lastContentEnd(text: string): number {
  let i = text.length;
  while (i > 0 && ' \t\r\n'.includes(text[i - 1])) i--;
  return i === 0 ? 0 : lineEnd(text, i - 1);
}

/** "1 error", "2 errors": a count with its noun in the right number. */
/** The text with its first letter in upper case: a reason or a description made the start of a sentence. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** For messages: "line 4", "lines 2, 5 and 9", "lines 2, 5, 9, 11, 14 and 20 more" */
export function lineList(lines: number[]): string {
  if (lines.length === 1) return `line ${lines[0]}`;
  if (lines.length <= 6) return `lines ${lines.slice(0, -1).join(', ')} and ${lines[lines.length - 1]}`;
  return `lines ${lines.slice(0, 5).join(', ')} and ${lines.length - 5} more`;
}

/** Maps offsets to 1-based lines and columns (columns count UTF-16 code units, as editors do). */
export class LineIndex {
  /** in chunks that edits share (see offsets.ts): a 10 MB file has half a million lines */
  private constructor(private readonly starts: Offsets) {}

  static of(text: string): LineIndex {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return new LineIndex(Offsets.of(Int32Array.from(starts)));
  }

  /** The index after the text in [at, at + removed) was replaced by `inserted`. It runs on every keystroke: when no
   *  line break comes or goes, the starts after the edit only move. */
  spliced(at: number, removed: number, inserted: string): LineIndex {
    const delta = inserted.length - removed;
    const before = this.firstAfter(at); // starts <= at are kept as they are
    const after = this.firstAfter(at + removed); // starts > at + removed move by delta
    const added: number[] = [];
    for (let i = inserted.indexOf('\n'); i !== -1; i = inserted.indexOf('\n', i + 1)) added.push(at + i + 1);
    if (before === after && added.length === 0) return new LineIndex(this.starts.shifted(at + removed + 1, delta));
    const current = this.starts.toArray();
    const tail = current.length - after;
    const starts = new Int32Array(before + added.length + tail);
    starts.set(current.subarray(0, before), 0);
    starts.set(added, before);
    const moved = starts.subarray(before + added.length);
    moved.set(current.subarray(after));
    if (delta !== 0) for (let i = 0; i < tail; i++) moved[i] += delta;
    return new LineIndex(Offsets.of(starts));
  }

  /** the index of the first line start greater than `offset` (the count when none is) */
  private firstAfter(offset: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts.get(mid) <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  get count(): number {
    return this.starts.length;
  }

  /** offset where 1-based line `line` starts */
  start(line: number): number {
    // outside the lines: undefined, as the Int32Array this once was gave
    return line >= 1 && line <= this.count ? this.starts.get(line - 1) : (undefined as unknown as number);
  }

  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts.get(mid) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts.get(lo) + 1 };
  }
}

/** Past this many pieces, an edited text is read as one string again (a fresh parse comes well before). */
const MAX_PIECES = 1024;

/** A text as the pieces an edit made of it. An edited text is `before + value + after`, which V8 keeps as a rope
 *  and copies whole (10 MB) the first time anything reads it: the preview's lines and the next keystroke read
 *  the pieces instead. */
export class Pieces {
  private constructor(
    private readonly parts: readonly string[],
    /** where each part ends in the text */
    private readonly ends: readonly number[],
  ) {}

  static of(text: string): Pieces {
    return new Pieces([text], [text.length]);
  }

  get length(): number {
    return this.ends[this.ends.length - 1];
  }

  /** the whole text: a rope of the parts, copied only when it is read */
  join(): string {
    let text = '';
    for (const part of this.parts) text += part;
    return text;
  }

  slice(start: number, end = this.length): string {
    start = Math.max(0, Math.min(start, this.length));
    end = Math.max(start, Math.min(end, this.length));
    let i = this.partAt(start);
    let out = '';
    for (let at = start; at < end; i++) {
      const from = this.ends[i] - this.parts[i].length;
      out += this.parts[i].slice(at - from, Math.min(end, this.ends[i]) - from);
      at = this.ends[i];
    }
    return out;
  }

  /** The pieces after the text in [start, end) was replaced by `inserted`. */
  spliced(start: number, end: number, inserted: string): Pieces {
    const first = this.partAt(start);
    const last = this.partAt(end);
    const head = this.parts[first].slice(0, start - (this.ends[first] - this.parts[first].length));
    const tail = this.parts[last].slice(end - (this.ends[last] - this.parts[last].length));
    const parts = [...this.parts.slice(0, first), head, inserted, tail, ...this.parts.slice(last + 1)].filter((p) => p !== '');
    if (parts.length === 0) return Pieces.of('');
    const ends: number[] = [];
    let at = 0;
    for (const part of parts) ends.push((at += part.length));
    const pieces = new Pieces(parts, ends);
    return parts.length > MAX_PIECES ? Pieces.of(pieces.join()) : pieces;
  }

  /** the part holding offset `at` (the last one at the end of the text) */
  private partAt(at: number): number {
    let lo = 0;
    let hi = this.ends.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.ends[mid] > at) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}
