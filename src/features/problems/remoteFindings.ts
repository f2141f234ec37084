// Findings of large documents, checked in a Worker: a check of a 1 MB config takes about half a second, which the
// page must not spend. Until the answer for the current document arrives, the last answer stands.
import type { CheckOptions, Finding } from '../../kapacitor/types';
import type { TomlDocument } from '../../toml/document';

export interface CheckRequest { id: number; text: string; options: CheckOptions }
export interface CheckResponse { id: number; findings: Finding[] }

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

export function subscribeRemoteFindings(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Changes whenever an answer arrives (for useSyncExternalStore). */
export const remoteVersion = () => latest.id;
