// Text surgery for the edits: which ranges a key, a table or an array entry occupies, and cutting them out.
import type { Range, SourceIndex, TableEntry } from './source-index';
import { isBlankLine, isCommentLine, lineEnd, lineStart, nextLineStart } from './text';
import { startsWithPath } from './values';
import type { KeyPath } from './types';

export function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}

/** Start of the comment lines sitting directly above a header (no blank line between): they belong to it. */
export function attachedStart(text: string, headerStart: number): number {
  let start = lineStart(text, headerStart);
  // a comment indented deeper than the header is the body of the table above it (the sample's commented-out
  // [influxdb.subscriptions] lines sit right above [influxdb.excluded-subscriptions]): it stays with that table
  const depth = indentOf(text, start);
  while (start > 0) {
    const previous = lineStart(text, start - 1);
    if (!isCommentLine(text, previous) || indentOf(text, previous) > depth) break;
    start = previous;
  }
  return start;
}

function indentOf(text: string, lineStartAt: number): number {
  let i = lineStartAt;
  while (text[i] === ' ' || text[i] === '\t') i++;
  return i - lineStartAt;
}

/** A table's share of the text: its attached comments, header and body, up to the next table's share. */
export function segment(text: string, index: SourceIndex, table: TableEntry): Range {
  const next = index.tables[index.tables.indexOf(table) + 1];
  return [attachedStart(text, table.header[0]), next ? attachedStart(text, next.header[0]) : text.length];
}

/** The whole lines a `key = value` occupies (a multi-line value included), with their line break. */
export function pairLines(text: string, pair: Range): Range {
  return [lineStart(text, pair[0]), nextLineStart(text, lineEnd(text, pair[1]))];
}

/** An inline-table member or array item with the comma that separates it from a neighbour. */
export function memberRange(text: string, [start, end]: Range): Range {
  let after = end;
  while (text[after] === ' ' || text[after] === '\t') after++;
  if (text[after] === ',') {
    after++;
    while (text[after] === ' ' || text[after] === '\t') after++;
    return [start, after];
  }
  let before = start;
  while (before > 0 && ' \t\r\n'.includes(text[before - 1])) before--;
  return text[before - 1] === ',' ? [before - 1, end] : [start, end];
}

/**
 * The text without the given ranges. Whole lines go with the blank lines after them only when a blank line
 * comes before them too, so the text around keeps its spacing; cutting the end of the file also drops the
 * blank lines left before it, and a file that had no final line break still has none.
 */
export function cut(text: string, ranges: Range[]): string {
  if (ranges.length === 0) return text;
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  for (const block of merged) {
    if (block[0] !== lineStart(text, block[0])) continue;
    if (block[1] === text.length) {
      while (block[0] > 0 && isBlankLine(text, lineStart(text, block[0] - 1))) block[0] = lineStart(text, block[0] - 1);
      if (block[0] > 0 && !text.endsWith('\n')) block[0] -= text[block[0] - 2] === '\r' ? 2 : 1;
    } else if (block[0] > 0 && !isBlankLine(text, lineStart(text, block[0] - 1))) {
      block[1] = withoutTrailingBlankLines(text, block[0], block[1]);
    }
  }
  let result = '';
  let from = 0;
  for (const [start, end] of merged) {
    result += text.slice(from, start);
    from = end;
  }
  return result + text.slice(from);
}

/** `end` moved back over the blank lines that come right before it (not before `start`). */
function withoutTrailingBlankLines(text: string, start: number, end: number): number {
  while (end > start && end === lineStart(text, end) && isBlankLine(text, lineStart(text, end - 1))) end = lineStart(text, end - 1);
  return end;
}

/** Where a table's share of the text ends, before its line break: its body and the comments that hang under it
 *  (an empty [table] followed by commented-out keys owns them), not the blank lines or the comments attached to
 *  the next header. What is inserted after a table goes here. */
export function segmentContentEnd(text: string, index: SourceIndex, table: TableEntry): number {
  const [start, end] = segment(text, index, table);
  const content = withoutTrailingBlankLines(text, start, end);
  if (content === text.length && !text.endsWith('\n')) return content;
  return Math.max(table.bodyEnd, lineEnd(text, Math.max(start, content - 1)));
}

/** Tables whose path starts with `prefix`, in text order. */
export function tablesUnder(index: SourceIndex, prefix: KeyPath): TableEntry[] {
  return index.tables.filter((t) => startsWithPath(t.path, prefix));
}

/** An array-of-tables entry with its sub-tables: from its attached comments to its last non-blank line. */
export function entryBlock(text: string, index: SourceIndex, entryPath: KeyPath): Range {
  return blockOf(text, index, tablesUnder(index, entryPath));
}

function blockOf(text: string, index: SourceIndex, tables: TableEntry[]): Range {
  const start = segment(text, index, tables[0])[0];
  return [start, withoutTrailingBlankLines(text, start, segment(text, index, tables[tables.length - 1])[1])];
}

/** entryBlock of the entries lo..hi of [[name]], found in one pass over the tables (a move across thousands of
 *  entries, as Duplicate makes, would otherwise look through every table once per entry). */
export function entryBlocks(text: string, index: SourceIndex, name: string, lo: number, hi: number): Range[] {
  const byEntry = new Map<number, TableEntry[]>();
  for (const t of index.tables) {
    const i = t.path[1];
    if (t.path[0] !== name || typeof i !== 'number' || i < lo || i > hi) continue;
    const list = byEntry.get(i);
    if (list) list.push(t); else byEntry.set(i, [t]);
  }
  const blocks: Range[] = [];
  for (let i = lo; i <= hi; i++) blocks.push(blockOf(text, index, byEntry.get(i) ?? []));
  return blocks;
}
