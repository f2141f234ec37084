// Parses an import off the page's thread: decode, parse, index; the page receives the document ready to use.
import { decodeBytes } from '../../toml/decode';
import { parseDocument } from '../../toml/document';
import '../../toml/full-ast';
import { packDocument, transferables } from '../../toml/transfer';
import { TomlInputError } from '../../toml/types';
import type { FromWorker, ToWorker } from './readInWorker';

const post = (message: FromWorker, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(message, transfer);

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const { id, bytes } = event.data;
  try {
    post({ id, progress: 'decoding' });
    const decoded = decodeBytes(bytes);
    post({ id, progress: 'parsing' });
    const doc = packDocument(parseDocument(decoded.text));
    post({ id, progress: 'handing over' });
    post({ id, doc, encoding: decoded.encoding, bom: decoded.bom, notices: decoded.notices }, transferables(doc));
  } catch (e) {
    const input = e instanceof TomlInputError;
    post({ id, error: { message: (e as Error).message, line: input ? e.line : 1, column: input ? e.column : 1, input } });
  }
};
