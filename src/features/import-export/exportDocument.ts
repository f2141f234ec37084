import { encodeText } from '../../toml/decode';
import { parseDocument } from '../../toml/document';
import type { EditorState, UnwrittenInput } from '../../app/store';
import { deepEqual } from '../../toml/equal';
import type { KeyPath } from '../../toml/types';

export class ExportRefused extends Error {}

type ExportState = Pick<EditorState, 'doc' | 'source'> & Partial<Pick<EditorState, 'unwritten'>>;

/** A field as the forms show it: `timeout in [[kafka]] #1`, `bind-address in [http]`, `hostname (top-level)`. */
export function fieldLabel(path: KeyPath): string {
  if (path.length <= 1) return `${String(path[0] ?? '')} (top-level)`;
  const [table, second] = path;
  if (typeof second === 'number') return `${path.slice(2).join('.')} in [[${table}]] #${second + 1}`;
  return `${path.slice(1).join('.')} in [${table}]`;
}

function unwrittenMessage(pending: UnwrittenInput[]): string {
  const list = pending.map((u) => `${fieldLabel(u.path)}${typeof u.input === 'string' ? ` holds "${u.input}"` : ''} (${u.message})`);
  const which = pending.length === 1 ? 'A field holds input that is' : `${pending.length} fields hold input that is`;
  return `${which} not in the file, so the file would still say the old value. ${list.join('; ')}. ` +
    `Correct ${pending.length === 1 ? 'it' : 'them'}, or use "Reset to imported", then export again.`;
}

/** The bytes to write. Refuses (throws) when the text would not say what the forms hold: a field holds input that
 *  was not written into the document, or the text reads back as other values than the document's. */
export function exportBytes(state: ExportState): Uint8Array {
  const { doc, source } = state;
  const pending = Object.values(state.unwritten ?? {});
  if (pending.length > 0) throw new ExportRefused(unwrittenMessage(pending));
  const reparsed = parseDocument(doc.text);
  if (!deepEqual(reparsed.values, doc.values)) {
    throw new ExportRefused('Export refused: the TOML text does not say what the forms hold. Undo the last edit and try again.');
  }
  return encodeText(doc.text, { encoding: source.encoding, bom: source.bom });
}

export function exportText(state: ExportState): string {
  return new TextDecoder().decode(exportBytes(state)).replace(/^\uFEFF/, '');
}
