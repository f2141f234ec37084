// The keystroke path: replace one value, or add one `key = value` line, without reparsing the whole document.
//
// Sound because the new text is a single-line fragment that both parsers (strict TOML 1.0) read on its own,
// and it goes where such text can stand:
// - a value where a value was: the text around it is unchanged, so it still reads the same, and a valid
//   document defines nothing else under a key that holds a value (not even an inline table or an array);
// - a `key = value` line right after a line of its own table, for a key the document does not have at all.
// So the new values are the old ones with exactly that change, and the index only shifts. Only the fragment
// is parsed; the tests compare these documents with a full parse of the same text.
import { deepEqual } from './equal';
import { Document, parseValues } from './document';
import { LightAstUnsupported, parseLight } from './light-ast';
import type { LinePlace } from './edit-insert';
import { IndexBuilder, valueKind } from './index-builder';
import { pathKey, setIn } from './values';
import { TomlEditError, type KeyPath, type TomlValue } from './types';

/** Past this many overlaid records, parsing afresh is cheaper than looking through them. */
const MAX_OVERLAY = 2000;

/** The document with the value at `path` written as `valueText`; undefined when the shortcut does not apply. */
export function replaceValueText(doc: Document, path: KeyPath, valueText: string, intended: TomlValue): Document | undefined {
  const key = pathKey(path);
  const entry = doc.index.pair(key);
  if (!entry || !fits(doc, valueText)) return undefined;
  const parsed = parseFragment(`v = ${valueText}`, 'v', intended);
  if (!parsed) return undefined;
  const { node, value } = parsed;

  const [start, end] = entry.value;
  const pieces = doc.pieces.spliced(start, end, valueText);
  const text = pieces.join();
  const inside = new IndexBuilder(text, start - node.value.range[0]);
  inside.value(node.value, path);
  const index = doc.index.replacingValue(key, entry.value, valueText.length, valueKind(node.value), inside);
  const lines = doc.lineIndexIfBuilt()?.spliced(start, end - start, valueText);
  return new Document(text, setIn(doc.values, path, value), doc.newline, index, lines, pieces);
}

/** The document with `keyText = valueText` added as the last line of the table at `tablePath`. */
export function insertKeyLineText(
  doc: Document,
  tablePath: KeyPath,
  key: string,
  keyText: string,
  valueText: string,
  place: LinePlace,
  intended: TomlValue,
): Document | undefined {
  if (!place.afterSibling || !fits(doc, keyText + valueText)) return undefined;
  const line = `${keyText} = ${valueText}`;
  const parsed = parseFragment(line, key, intended);
  if (!parsed) return undefined;
  const { node, value } = parsed;

  const inserted = place.before + line;
  const pieces = doc.pieces.spliced(place.at, place.at, inserted);
  const text = pieces.join();
  const lineStart = place.at + place.before.length;
  const builder = new IndexBuilder(text, lineStart);
  builder.keyValue(node, tablePath, pathKey(tablePath), 'table');
  const path = [...tablePath, key];
  const index = doc.index.insertingPair(pathKey(tablePath), place.at, inserted.length, pathKey(path), builder);
  const lines = doc.lineIndexIfBuilt()?.spliced(place.at, 0, inserted);
  return new Document(text, setIn(doc.values, path, value), doc.newline, index, lines, pieces);
}

function fits(doc: Document, text: string): boolean {
  return !/[\r\n]/.test(text) && doc.index.overlaySize <= MAX_OVERLAY;
}

/** Parses a one-key `key = value` line with smol-toml and the light tree (strict TOML 1.0); it must read back as
 *  `key` and `intended`. Undefined when the light tree cannot tell (then the edit takes the full parse). */
function parseFragment(fragment: string, key: string, intended: TomlValue) {
  const values = parseValues(fragment);
  let node;
  try {
    node = parseLight(fragment).body[0].body[0];
  } catch (error) {
    if (error instanceof LightAstUnsupported) return undefined;
    throw error;
  }
  const keys = Object.keys(values);
  const value = values[key];
  if (node.type !== 'TOMLKeyValue' || keys.length !== 1 || keys[0] !== key || node.key.keys.length !== 1 || !deepEqual(value, intended)) {
    throw new TomlEditError(`${fragment} does not read back as the value that was asked for.`);
  }
  return { node, value };
}
