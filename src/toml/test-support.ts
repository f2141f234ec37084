// Helpers for the tests of this folder (not used by the app).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { Document, parseDocument, type TomlDocument } from './document';
import { pathKey } from './values';
import type { KeyPath } from './types';

/**
 * The lines that differ between two texts, found by trimming the common first and last lines. Lines are
 * compared with their line break (so CRLF turned LF shows), except that the last line of a file without a
 * final newline may gain or lose one when text is added or removed after it. Returned without line breaks.
 */
export function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split(/(?<=\n)/);
  const b = after.split(/(?<=\n)/);
  const same = (x: string, y: string) => x === y || (/^\r?\n$/.test(y.slice(x.length)) && y.startsWith(x) && !x.endsWith('\n'));
  const sameLine = (i: number, j: number) =>
    a[i] === b[j] || (i === a.length - 1 && same(a[i], b[j])) || (j === b.length - 1 && same(b[j], a[i]));
  let head = 0;
  while (head < a.length && head < b.length && sameLine(head, head)) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const strip = (lines: string[]) => lines.map((line) => line.replace(/\r?\n$/, ''));
  return { removed: strip(a.slice(head, a.length - tail)), added: strip(b.slice(head, b.length - tail)) };
}

/** A document made by an edit must say exactly what a fresh parse of its text says: values, locations, tables. */
export function expectSameAsFreshParse(doc: TomlDocument): void {
  const edited = doc as Document;
  const fresh = parseDocument(doc.text) as Document;
  expect(edited.values).toEqual(fresh.values);
  expect(edited.newline).toBe(fresh.newline);
  expect(edited.tables).toEqual(fresh.tables);
  // lines come from a line index spliced at each edit, and the text of each from the pieces the edits made
  expect(edited.slice(0)).toBe(fresh.text);
  const lines = (d: Document) => Array.from({ length: d.lineCount() }, (_, i) => d.lineAt(i + 1));
  expect(lines(edited)).toEqual(lines(fresh));
  const pairs = [...fresh.index.allPairs()];
  expect([...edited.index.allPairs()].length).toBe(pairs.length);
  const paths = new Map<string, KeyPath>([[pathKey([]), []]]);
  for (const pair of pairs) {
    expect(edited.index.pair(pathKey(pair.path))).toEqual(pair);
    expect(edited.locate(pair.path)).toEqual(fresh.locate(pair.path));
    for (let i = 1; i <= pair.path.length; i++) paths.set(pathKey(pair.path.slice(0, i)), pair.path.slice(0, i));
  }
  for (const table of fresh.tables) {
    for (let i = 1; i <= table.path.length; i++) paths.set(pathKey(table.path.slice(0, i)), table.path.slice(0, i));
  }
  for (const [key, path] of paths) {
    expect(edited.index.shape(key), key).toEqual(fresh.index.shape(key));
    expect(edited.lineOf(path), key).toBe(fresh.lineOf(path));
  }
}

/** The corpus's .conf files (Kapacitor's samples, then the real-world configs) as [name, path], for it.each. */
export function corpusFiles(): [string, string][] {
  const root = join(__dirname, '../../fixtures/corpus');
  return ['upstream', 'real'].flatMap((d) => readdirSync(join(root, d)).filter((f) => f.endsWith('.conf')).map((f): [string, string] => [`${d}/${f}`, join(root, d, f)]));
}
