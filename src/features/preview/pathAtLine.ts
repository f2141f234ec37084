import type { TomlDocument } from '../../toml/document';
import type { KeyPath } from '../../toml/types';

const keyPattern = /^\s*("(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_-]+)\s*[=.]/;

/** The key path a preview line shows: the key on it under its table, or the table of a header line. */
export function pathAtLine(doc: TomlDocument, line: number): KeyPath | undefined {
  const found = doc.tableAtLine(line);
  const table: KeyPath = found ? found.path : [];
  if (found && found.header.line === line) return table;
  if (line < 1 || line > doc.lineCount()) return table.length ? table : undefined;
  const m = keyPattern.exec(doc.lineAt(line).text);
  if (!m) return table.length ? table : undefined;
  const raw = m[1];
  const key = raw.startsWith('"') ? JSON.parse(raw) as string : raw.startsWith("'") ? raw.slice(1, -1) : raw;
  return [...table, key];
}
