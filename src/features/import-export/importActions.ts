import type { Store } from '../../app/store';
import { applyVersionGuess, guessVersion } from '../../kapacitor/version';
import { TomlInputError } from '../../toml/types';
import { readDocumentOffThread, WORKER_THRESHOLD_BYTES } from './readInWorker';

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

function tooLarge(name: string, size: number): TomlInputError | undefined {
  return size > MAX_IMPORT_BYTES ? new TomlInputError(`${name} is ${(size / 1048576).toFixed(1)} MB; the editor opens files up to 50 MB`, 1, 1) : undefined;
}

/** Imports bytes of any origin. A failure names line and column and leaves the open document as it was.
 *  `size`, when known before reading (a File), refuses a file over the limit without reading it. */
export async function importBytes(store: Store, name: string, getBytes: () => Promise<Uint8Array>, size?: number): Promise<boolean> {
  const early = size === undefined ? undefined : tooLarge(name, size);
  if (early) {
    store.set({ importFailure: { message: early.message, line: early.line, column: early.column, source: name } });
    return false;
  }
  store.set({ importing: true, importStage: 'reading', importFailure: undefined });
  // let the busy state paint before the parse takes the thread; a small file (most configs) is open before it could
  if (size === undefined || size >= WORKER_THRESHOLD_BYTES) await new Promise((r) => setTimeout(r, 0));
  let oversized = false;
  try {
    const bytes = await getBytes();
    const refusal = tooLarge(name, bytes.byteLength);
    if (refusal) {
      oversized = true;
      throw refusal;
    }
    const read = await readDocumentOffThread(bytes, (stage) => store.set({ importStage: stage }));
    const guess = read.guess ?? guessVersion(read.doc.values);
    store.load(read.doc, { encoding: read.encoding, bom: read.bom, name }, read.notices);
    // the file's evidence (a key newer than 1.5, a complete sample's shape, Enterprise keys) wins; without it the user's choice stays
    store.set((s) => {
      const applied = applyVersionGuess(s.options, guess);
      return { options: { version: applied.version, enterprise: applied.enterprise }, versionGuess: applied };
    });
    return true;
  } catch (e) {
    const line = e instanceof TomlInputError ? e.line : 1;
    const column = e instanceof TomlInputError ? e.column : 1;
    const offer = e instanceof TomlInputError && !oversized ? await (await import('./repairOffer')).repairOffer(getBytes, MAX_IMPORT_BYTES) : {};
    store.set({ importFailure: { message: (e as Error).message, line, column, source: name, ...offer } });
    return false;
  } finally {
    store.set({ importing: false, importStage: undefined });
  }
}

export function importFile(store: Store, file: File): Promise<boolean> {
  return importBytes(store, file.name, async () => new Uint8Array(await file.arrayBuffer()), file.size);
}

export function importPastedText(store: Store, text: string): Promise<boolean> {
  const bytes = new TextEncoder().encode(text);
  return importBytes(store, 'pasted TOML', async () => bytes, bytes.byteLength);
}
