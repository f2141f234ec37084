// The rows a map field's editor shows (httppost headers, influxdb subscriptions, udf env), apart from React.
// A row added with "Add" is a draft: it is written to the document only once it has a key and a value, so that
// clicking Add writes nothing (no `key1 = ""` the operator did not type).
import { isSecretPath } from '../../kapacitor/outputs/entries';
import type { KeyPath } from '../../toml/types';
import type { MapRow } from './convert';
import { domId } from './domId';

export interface MapItem {
  row: MapRow;
  /** added by Add and not written yet: it has no key or no value so far */
  draft: boolean;
  /** stable React key */
  uid: number;
}

/** A draft with a key and a value becomes a row like the others (written, and kept when its value is cleared later). */
export function promoteDrafts(items: readonly MapItem[]): MapItem[] {
  return items.map((it) => (it.draft && it.row.key.trim() !== '' && it.row.value.trim() !== '' ? { ...it, draft: false } : it));
}

/** The rows that go to the document: every row but the drafts. */
export function writtenRows(items: readonly MapItem[]): MapRow[] {
  return items.filter((it) => !it.draft).map((it) => it.row);
}

/** The editor's rows after a change (`next`): drafts with a key and a value promoted, and the rows to write when
 *  they differ from those last written (`written`); undefined when the document is to stay as it is (Add, or a
 *  draft still without a key or a value). */
export function applyChange(next: readonly MapItem[], written: readonly MapRow[]): { items: MapItem[]; write?: MapRow[] } {
  const items = promoteDrafts(next);
  const out = writtenRows(items);
  return sameRows(out, written) ? { items } : { items, write: out };
}

/** `items` with a new empty draft row at the end. */
export function addDraft(items: readonly MapItem[], uid: number): MapItem[] {
  return [...items, { row: { key: '', value: '' }, draft: true, uid }];
}

export function sameRows(a: readonly MapRow[], b: readonly MapRow[]): boolean {
  return a.length === b.length && a.every((r, i) => r.key === b[i].key && r.value === b[i].value);
}

/** The DOM id of each row's value input: the id of the entry's own path (`domId([...path, key])`), so search hits,
 *  problems and preview lines at `headers.X` focus it. A row without a key, or with a key an earlier row has, has none. */
export function entryInputIds(path: KeyPath, rows: readonly MapRow[]): (string | undefined)[] {
  const seen = new Set<string>();
  return rows.map((r) => {
    const key = r.key.trim();
    if (key === '' || seen.has(key)) return undefined;
    seen.add(key);
    return domId([...path, key]);
  });
}

/** Is the value of the entry `key` in the map at `path` a secret? The same answer the preview's masking gives
 *  (the schema's secret flags, fluxtask secrets, and keys whose name says they hold a credential: Authorization). */
export function isSecretEntry(path: KeyPath, key: string): boolean {
  return isSecretPath([...path, key.trim()]);
}
