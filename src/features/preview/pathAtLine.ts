import type { TomlDocument } from '../../toml/document';
import type { KeyPath } from '../../toml/types';

const keyPattern = /^\s*("(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_-]+)\s*[=.]/;

/** The key path a preview line shows: the key on it under its table, or the table of a header line. */
export function pathAtLine(doc: TomlDocument, line: number): KeyPath | undefined {
  let table: KeyPath = [];
  for (const t of doc.tables) {
    if (t.header.line > line) break;
    table = t.path;
    if (t.header.line === line) return t.path;
  }
  const text = doc.text.split('\n')[line - 1] ?? '';
  const m = keyPattern.exec(text);
  if (!m) return table.length ? table : undefined;
  const raw = m[1];
  const key = raw.startsWith('"') ? JSON.parse(raw) as string : raw.startsWith("'") ? raw.slice(1, -1) : raw;
  return [...table, key];
}
