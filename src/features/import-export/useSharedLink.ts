import { useEffect, useSyncExternalStore } from 'react';
import { useEditorStore } from '../../app/StoreContext';
import type { EditorState, Store } from '../../app/store';
import { decodeShare, SHARE_PARAM } from '../../kapacitor/outputs/share';
import { importBytes } from './importActions';

// A share link (#doc=…) restores the document it carries, through the same door as any import: when the page opens
// with one, and when one is pasted into the address bar of a tab that is already open (hashchange). The fragment is
// taken out of the address at once either way. Opening a link replaces the open document, so when that document has
// work not exported yet (edits since it was imported, or form inputs not written), the user is asked first
// (SharedLinkPrompt); a fresh page has no such work, so on load the link opens at once, as it always did.

/** a share link waiting for the user's answer, per store */
const pending = new WeakMap<Store, string>();
const listeners = new WeakMap<Store, Set<() => void>>();

function setPending(store: Store, hash: string | undefined) {
  if (hash === undefined) pending.delete(store);
  else pending.set(store, hash);
  for (const l of listeners.get(store) ?? []) l();
}

/** edits since import (or since "New"), or inputs the forms hold that the document does not */
export function hasUnsavedWork(s: Pick<EditorState, 'doc' | 'original' | 'unwritten'>): boolean {
  return s.doc.text !== s.original || Object.keys(s.unwritten).length > 0;
}

function openLink(store: Store, hash: string): Promise<boolean> {
  return importBytes(store, 'shared link', async () => new TextEncoder().encode(await decodeShare(hash)));
}

/** Takes a share link out of the address bar and opens it, or asks first when the open document has unsaved work. */
export function takeSharedLink(store: Store): void {
  const hash = location.hash;
  if (!hash.startsWith(`#${SHARE_PARAM}=`)) return;
  history.replaceState(null, '', location.pathname + location.search);
  if (hasUnsavedWork(store.get())) setPending(store, hash);
  else void openLink(store, hash);
}

export function useSharedLink() {
  const store = useEditorStore();
  useEffect(() => {
    takeSharedLink(store);
    const onHashChange = () => takeSharedLink(store);
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [store]);
}

/** The share link waiting for an answer (undefined when none), and the two answers. */
export function usePendingSharedLink(): { hash: string | undefined; open: () => void; keep: () => void } {
  const store = useEditorStore();
  const hash = useSyncExternalStore(
    (l) => {
      const set = listeners.get(store) ?? new Set();
      set.add(l);
      listeners.set(store, set);
      return () => { set.delete(l); };
    },
    () => pending.get(store),
  );
  return {
    hash,
    open: () => {
      const h = pending.get(store);
      setPending(store, undefined);
      if (h) void openLink(store, h);
    },
    keep: () => setPending(store, undefined),
  };
}
