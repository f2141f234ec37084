import { useSyncExternalStore } from 'react';
import type { TomlDocument } from '../toml/document';
import type { Store } from './store';
import { useEditorStore } from './StoreContext';

/** Below this size the whole-document work (checks, section counts) takes a few milliseconds: it follows every
 *  keystroke, one frame later. Above it, it waits until typing pauses. */
export const SETTLE_AT_ONCE_CHARS = 100_000;
export const PAUSE_MS = 300;

/** Runs `cb` when the browser is next idle after painting the frame pending now (at the latest after 150 ms, and
 *  where frames are not drawn, as in a hidden tab). Work done here never delays the frame that shows a keystroke. */
export function afterNextPaint(cb: () => void): () => void {
  let done = false;
  const run = () => { if (!done) { done = true; cancel(); cb(); } };
  let idle: number | undefined;
  const frame = requestAnimationFrame(() => {
    idle = typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 150 }) : window.setTimeout(run, 20);
  });
  const fallback = setTimeout(run, 150);
  const cancel = () => {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(fallback);
    if (idle !== undefined) (typeof cancelIdleCallback === 'function' ? cancelIdleCallback(idle) : clearTimeout(idle));
  };
  return cancel;
}

/** The document and the text it is compared with ("changed"), published together so counts never mix them. */
export interface SettledState { doc: TomlDocument; original: string }
interface Settled { get: () => TomlDocument; state: () => SettledState; subscribe: (l: () => void) => () => void }
const settledByStore = new WeakMap<Store, Settled>();

/** The document as the rest of the page (problems, navigation counts) sees it: the same as the store's, but
 *  published after the keystroke's frame is painted, and on a large document only once typing pauses.
 *  A large document replaced from outside the forms (import, undo, an entry added) is published after its first frame. */
export function settledDocs(store: Store): Settled {
  let settled = settledByStore.get(store);
  if (settled) return settled;
  let doc = store.get().doc;
  let state: SettledState = { doc, original: store.get().original };
  let cancel: (() => void) | undefined;
  let generation = store.get().generation;
  const listeners = new Set<() => void>();
  const publish = () => {
    cancel = undefined;
    const { doc: next, original } = store.get();
    if (next === doc && original === state.original) return;
    doc = next;
    state = { doc, original };
    for (const l of listeners) l();
  };
  store.subscribe(() => {
    const { doc: next, original } = store.get();
    const replaced = store.get().generation !== generation;
    generation = store.get().generation;
    if (next === doc && original === state.original) return;
    const small = next.text.length < SETTLE_AT_ONCE_CHARS;
    // a replaced document (import, entry added or removed) has no typing to wait for: only its first frame
    if (replaced) { cancel?.(); cancel = afterNextPaint(publish); return; }
    if (small) { cancel ??= afterNextPaint(publish); return; }
    cancel?.();
    const timer = setTimeout(publish, PAUSE_MS);
    cancel = () => clearTimeout(timer);
  });
  settled = { get: () => doc, state: () => state, subscribe: (l) => { listeners.add(l); return () => listeners.delete(l); } };
  settledByStore.set(store, settled);
  return settled;
}

/** The settled document (see settledDocs). */
export function useSettledDoc(): TomlDocument {
  const settled = settledDocs(useEditorStore());
  return useSyncExternalStore(settled.subscribe, settled.get);
}

/** The settled document with the original text it is compared with. */
export function useSettledState(): SettledState {
  const settled = settledDocs(useEditorStore());
  return useSyncExternalStore(settled.subscribe, settled.state);
}
