// Large imports are parsed in a Worker so the page stays responsive; small ones (most configs) on the page,
// where a parse takes a few milliseconds.
import { TomlInputError, type SourceEncoding } from '../../toml/types';
import { DocumentAssembler, type DocumentSlice } from '../../toml/transfer';
import type { Document } from '../../toml/document';
import { readDocument, type ReadResult } from './readDocument';
import type { EntryOp } from '../section-form/entryActions';
import type { VersionGuess } from '../../kapacitor/version';

export type ImportStage = 'reading' | 'decoding' | 'parsing' | 'handing over' | 'opening';

export type ToWorker = { id: number } & (
  | { bytes: Uint8Array }
  /** an entry action on this text (see section-form/entryActions.ts): the Worker parses, edits and sends the result */
  | { text: string; op: EntryOp }
);
export type FromWorker = { id: number } & (
  | { progress: ImportStage }
  | { slice: DocumentSlice }
  /** the last reply of an import; the version guess is made here, where the values are (on a 10 MB file it took
   *  the page 50-150 ms) */
  | { encoding: SourceEncoding; bom: boolean; notices: string[]; guess: VersionGuess }
  | { edited: true }
  /** the Worker could not start or died: the page does the work */
  | { crashed: true }
  | { error: { message: string; line: number; column: number; input: boolean } }
);

/** Above this size an import is parsed off the page's thread. */
export const WORKER_THRESHOLD_BYTES = 128 * 1024;

let worker: Worker | undefined;
let nextId = 1;
const waiting = new Map<number, (m: FromWorker) => void>();

/** Starts the Worker, so its script is fetched with the rest of the page's code (see app/preloadRest.ts). */
export function startParseWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<FromWorker>) => waiting.get(event.data.id)?.(event.data);
    // a Worker that cannot start leaves every parse to the page
    worker.onerror = (event) => {
      event.preventDefault();
      for (const answer of waiting.values()) answer({ id: 0, crashed: true });
    };
  }
  return worker;
}

/** Sends `message` to the Worker; the document it sends back in slices, and its last reply. Undefined when the
 *  Worker is missing or failed (the caller then does the work on the page). */
export async function documentFromWorker(message: Omit<ToWorker, 'id'>, onStage: (stage: ImportStage) => void = () => {}):
  Promise<{ doc: Document | undefined; reply: FromWorker } | undefined> {
  if (typeof Worker === 'undefined') return undefined;
  const id = nextId++;
  const assembler = new DocumentAssembler();
  let doc: Document | undefined;
  const reply = await new Promise<FromWorker | undefined>((resolve) => {
    waiting.set(id, (m) => {
      if ('progress' in m) onStage(m.progress);
      // each slice is a message, and so a task, of its own
      else if ('slice' in m) doc = assembler.add(m.slice) ?? doc;
      else resolve(m);
    });
    try {
      startParseWorker().postMessage({ id, ...message } as ToWorker);
    } catch {
      resolve(undefined);
    }
  }).finally(() => waiting.delete(id));
  if (!reply || 'progress' in reply || 'slice' in reply || 'crashed' in reply) return undefined;
  return { doc, reply };
}

/** readDocument, in a Worker for large input when the browser has Workers; throws TomlInputError as it does. */
export async function readDocumentOffThread(bytes: Uint8Array, onStage: (stage: ImportStage) => void): Promise<ReadResult> {
  if (bytes.byteLength < WORKER_THRESHOLD_BYTES || typeof Worker === 'undefined') return readDocument(bytes);
  const answer = await documentFromWorker({ bytes }, onStage);
  if (!answer) return readDocument(bytes);
  const { doc, reply } = answer;
  if ('error' in reply) {
    if (reply.error.input) throw new TomlInputError(reply.error.message, reply.error.line, reply.error.column);
    return readDocument(bytes);
  }
  if (!doc || !('encoding' in reply)) return readDocument(bytes);
  onStage('opening');
  return { doc, encoding: reply.encoding, bom: reply.bom, notices: reply.notices, guess: reply.guess };
}
