// Findings of large documents, checked in a Worker: a check of a 1 MB config takes about half a second, which the
// page must not spend. Until the answer for the current document arrives, the last answer stands.
import type { CheckOptions, Finding } from '../../kapacitor/types';
import type { TomlDocument } from '../../toml/document';

/** A check of the text, or (blank) the text with its secrets blanked, for a draft: the Worker parses it anyway. */
export type CheckRequest = { id: number; text: string } & ({ options: CheckOptions } | { blank: true });
export type CheckResponse = { id: number } & ({ findings: Finding[] } | { blanked: string } | { failed: string });

let worker: Worker | undefined;
let nextId = 1;
let latest = { id: 0, findings: [] as Finding[] };
const pending = new Map<number, { doc: TomlDocument; key: string }>();
const answers = new WeakMap<TomlDocument, { key: string; findings: Finding[] }>();
const listeners = new Set<() => void>();

export const canCheckRemotely = () => typeof Worker !== 'undefined';

/** Starts the Worker, so its script is fetched with the rest of the page's code (see app/preloadRest.ts). */
export function startCheckWorker(): Worker {
  worker ??= createWorker();
  return worker;
}

function createWorker(): Worker {
  const w = new Worker(new URL('./check.worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = (event: MessageEvent<CheckResponse>) => {
    const blank = blanking.get(event.data.id);
    if (blank) {
      blanking.delete(event.data.id);
      if ('blanked' in event.data) blank.resolve(event.data.blanked);
      else blank.reject(new Error('failed' in event.data ? event.data.failed : 'no answer'));
      return;
    }
    if (!('findings' in event.data)) return;
    const { id, findings } = event.data;
    const asked = pending.get(id);
    pending.delete(id);
    if (!asked) return;
    answers.set(asked.doc, { key: asked.key, findings });
    if (id > latest.id) latest = { id, findings };
    for (const l of listeners) l();
  };
  return w;
}

/** Whether the Worker has answered for `doc` with these options (until then remoteFindings gives an older answer). */
export function remotelyChecked(doc: TomlDocument, options: CheckOptions): boolean {
  return answers.get(doc)?.key === `${options.version}|${options.enterprise}`;
}

/** The findings of `doc` if the Worker has answered, else the latest answer; asks for `doc` once. */
export function remoteFindings(doc: TomlDocument, options: CheckOptions): Finding[] {
  const key = `${options.version}|${options.enterprise}`;
  const answer = answers.get(doc);
  if (answer?.key === key) return answer.findings;
  if (![...pending.values()].some((p) => p.doc === doc && p.key === key)) {
    const id = nextId++;
    pending.set(id, { doc, key });
    startCheckWorker().postMessage({ id, text: doc.text, options } satisfies CheckRequest);
  }
  return latest.findings;
}

const blanking = new Map<number, { resolve: (text: string) => void; reject: (e: Error) => void }>();

/** The text with every secret blanked (secretsBlanked), worked out in the Worker: on a large file that takes
 *  a tenth of a second or more, which a draft saved at every pause in typing must not take from the page. */
export function blankedOffThread(text: string): Promise<string> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    blanking.set(id, { resolve, reject });
    try {
      startCheckWorker().postMessage({ id, text, blank: true } satisfies CheckRequest);
    } catch (e) {
      blanking.delete(id);
      reject(e as Error);
    }
  });
}

export function subscribeRemoteFindings(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Changes whenever an answer arrives (for useSyncExternalStore). */
export const remoteVersion = () => latest.id;
