import { encodeText } from '../../toml/decode';
import { parseDocument } from '../../toml/document';
import type { EditorState } from '../../app/store';
import { deepEqual } from '../../toml/equal';

export class ExportRefused extends Error {}

/** The bytes to write. Refuses (throws) when the text would not say what the forms hold. */
export function exportBytes(state: Pick<EditorState, 'doc' | 'source'>): Uint8Array {
  const { doc, source } = state;
  const reparsed = parseDocument(doc.text);
  if (!deepEqual(reparsed.values, doc.values)) {
    throw new ExportRefused('Export refused: the TOML text does not say what the forms hold. Undo the last edit and try again.');
  }
  return encodeText(doc.text, { encoding: source.encoding, bom: source.bom });
}

export function exportText(state: Pick<EditorState, 'doc' | 'source'>): string {
  return new TextDecoder().decode(exportBytes(state)).replace(/^\uFEFF/, '');
}
