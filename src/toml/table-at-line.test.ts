import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode';
import { parseDocument } from './document';
import { setValue } from './edit';
import { corpusFiles } from './test-support';
import type { TomlDocument } from './document';

/** What tableAtLine must equal: the last of doc.tables whose header line is at or above the line. */
function byList(doc: TomlDocument, line: number) {
  let found;
  for (const t of doc.tables) if (t.header.line <= line) found = t;
  return found;
}

describe('tableAtLine', () => {
  it.each(corpusFiles())('%s: every line gives the table the full list gives', (_, path) => {
    const doc = parseDocument(decodeBytes(readFileSync(path)).text);
    for (let line = 0; line <= doc.lineCount() + 1; line++) expect(doc.tableAtLine(line)?.path, `line ${line}`).toEqual(byList(doc, line)?.path);
  });

  it('stays right after edits that move lines, and on a header line itself', () => {
    let doc = parseDocument('a = 1\n\n[http]\n  x = 1\n[[influxdb]]\n  name = "a"\n[[influxdb]]\n  name = "b"\n');
    expect(doc.tableAtLine(1)).toBeUndefined();
    expect(doc.tableAtLine(3)?.path).toEqual(['http']);
    doc = setValue(doc, ['a'], 'two\nlines');
    doc = setValue(doc, ['influxdb', 0, 'name'], 'a much longer name');
    for (let line = 0; line <= doc.lineCount(); line++) expect(doc.tableAtLine(line)?.path, `line ${line}`).toEqual(byList(doc, line)?.path);
    expect(doc.tableAtLine(doc.lineCount())?.path).toEqual(['influxdb', 1]);
  });
});
