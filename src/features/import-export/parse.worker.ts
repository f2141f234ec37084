// Parses an import off the page's thread: decode, parse, index; the page receives the document ready to use, in
// slices (see toml/transfer.ts) so that taking it in never holds the page for long.
import { decodeBytes } from '../../toml/decode';
import { parseDocument } from '../../toml/document';
import '../../toml/full-ast';
import { documentSlices, sliceTransferables } from '../../toml/transfer';
import { TomlInputError } from '../../toml/types';
import type { FromWorker, ToWorker } from './readInWorker';
import { applyEntryOp } from '../section-form/entryActions';
import { guessVersion } from '../../kapacitor/version';

const post = (message: FromWorker, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(message, transfer);

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const { id } = event.data;
  if ('op' in event.data) {
    try {
      const doc = applyEntryOp(parseDocument(event.data.text), event.data.op);
      for (const slice of documentSlices(doc)) post({ id, slice }, sliceTransferables(slice));
      post({ id, edited: true });
    } catch (e) {
      post({ id, error: { message: (e as Error).message, line: 1, column: 1, input: false } });
    }
    return;
  }
  const { bytes } = event.data;
  try {
    post({ id, progress: 'decoding' });
    const decoded = decodeBytes(bytes);
    post({ id, progress: 'parsing' });
    const doc = parseDocument(decoded.text);
    post({ id, progress: 'handing over' });
    for (const slice of documentSlices(doc)) post({ id, slice }, sliceTransferables(slice));
    post({ id, encoding: decoded.encoding, bom: decoded.bom, notices: decoded.notices, guess: guessVersion(doc.values) });
  } catch (e) {
    const input = e instanceof TomlInputError;
    post({ id, error: { message: (e as Error).message, line: input ? e.line : 1, column: input ? e.column : 1, input } });
  }
};
