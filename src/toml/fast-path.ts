// The keystroke path: replace one value's text without reparsing the whole document.
//
// Sound because a single-line value that parses on its own (both parsers, strict TOML 1.0) can stand wherever
// a value stood: the text around it is unchanged, so it still lexes the same, and a valid document defines
// nothing else under a key that holds a value (not even when that value is an inline table or an array).
// The new values are therefore the old ones with this one value replaced, and the index only shifts.
import { deepEqual } from './equal';
import { Document, parseAst, parseValues } from './document';
import { IndexBuilder, shiftIndex, valueKind } from './source-index';
import { pathKey, setIn } from './values';
import { TomlEditError, type KeyPath, type TomlValue } from './types';

/** The document with the value at `path` written as `valueText`; undefined when this shortcut does not apply. */
export function replaceValueText(doc: Document, path: KeyPath, valueText: string, intended: TomlValue): Document | undefined {
  const key = pathKey(path);
  const entry = doc.index.pairs.get(key);
  if (!entry || /[\r\n]/.test(valueText)) return undefined;

  const fragment = `v = ${valueText}`;
  const parsed = parseValues(fragment).v;
  const node = parseAst(fragment).body[0].body[0];
  if (node.type !== 'TOMLKeyValue' || !deepEqual(parsed, intended)) {
    throw new TomlEditError(`${valueText} does not read back as the value that was asked for.`);
  }

  const [start, end] = entry.value;
  const text = doc.text.slice(0, start) + valueText + doc.text.slice(end);
  const delta = valueText.length - (end - start);
  const descendants = key.slice(0, -1) + ',';
  // The value's own shape and everything inside it are indexed again from the fragment below.
  const index = shiftIndex(
    doc.index,
    (offset) => (offset >= end ? offset + delta : offset),
    (k) => !k.startsWith(descendants),
  );
  index.shapes.delete(key);
  const builder = new IndexBuilder(text, start - node.value.range[0]);
  builder.value(node.value, path);
  for (const [k, shape] of builder.shapes) index.shapes.set(k, shape);
  for (const [k, pair] of builder.pairs) index.pairs.set(k, pair);
  const old = index.pairs.get(key)!;
  index.pairs.set(key, { ...old, value: [start, start + valueText.length], valueKind: valueKind(node.value) });

  return new Document(text, setIn(doc.values, path, parsed), doc.newline, index);
}
