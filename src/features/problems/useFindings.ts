import { useDeferredValue, useMemo, useSyncExternalStore } from 'react';
import { useEditor, useEditorStore } from '../../app/StoreContext';
import type { Store } from '../../app/store';
import { findProblems } from '../../kapacitor/findings';
import type { Finding } from '../../kapacitor/types';
import type { TomlDocument } from '../../toml/document';
import type { CheckOptions } from '../../kapacitor/types';

const cache = new WeakMap<TomlDocument, { key: string; findings: Finding[] }>();

export function computeFindings(doc: TomlDocument, options: CheckOptions): Finding[] {
  const key = `${options.version}|${options.enterprise}`;
  const hit = cache.get(doc);
  if (hit && hit.key === key) return hit.findings;
  let findings: Finding[];
  try {
    findings = findProblems({ values: doc.values, text: doc.text, lineOf: (p) => doc.lineOf(p), tables: doc.tables }, options);
  } catch (e) {
    findings = [{ severity: 'error', rule: 'internal', path: [], message: `The checker failed: ${(e as Error).message}` }];
  }
  cache.set(doc, { key, findings });
  return findings;
}

/** Findings for the open document. On a large document they are checked once typing pauses, so a keystroke never
 *  waits on a check of the whole file; every caller sees the same checked document. */
export function useFindings(): Finding[] {
  const store = useEditorStore();
  const settled = settledDocs(store);
  const doc = useDeferredValue(useSyncExternalStore(settled.subscribe, settled.get));
  const options = useEditor((s) => s.options);
  return useMemo(() => computeFindings(doc, options), [doc, options]);
}

/** Below this size a check takes a few milliseconds and runs on every keystroke. */
const CHECK_AT_ONCE_CHARS = 100_000;
const PAUSE_MS = 300;

interface Settled { get: () => TomlDocument; subscribe: (l: () => void) => () => void }
const settledByStore = new WeakMap<Store, Settled>();

function settledDocs(store: Store): Settled {
  let settled = settledByStore.get(store);
  if (settled) return settled;
  let doc = store.get().doc;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = store.get().generation;
  const listeners = new Set<() => void>();
  const publish = (next: TomlDocument) => { doc = next; for (const l of listeners) l(); };
  store.subscribe(() => {
    const next = store.get().doc;
    if (next === doc) return;
    clearTimeout(timer);
    const small = next.text.length < CHECK_AT_ONCE_CHARS;
    const replaced = store.get().generation !== generation; // an import or undo: show its problems at once
    generation = store.get().generation;
    if (small || replaced) publish(next);
    else timer = setTimeout(() => publish(store.get().doc), PAUSE_MS);
  });
  settled = { get: () => doc, subscribe: (l) => { listeners.add(l); return () => listeners.delete(l); } };
  settledByStore.set(store, settled);
  return settled;
}

export function pathKey(path: readonly (string | number)[]): string {
  return path.map(String).join('\u0000');
}
