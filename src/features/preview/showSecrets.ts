// Whether the preview and the Changes view show secret values in clear. Off on every page load, never saved.
// Forms have their own reveal per field.
import { useSyncExternalStore } from 'react';

let shown = false;
const listeners = new Set<() => void>();

export function setShowSecrets(value: boolean): void {
  if (value === shown) return;
  shown = value;
  for (const l of listeners) l();
}

export function useShowSecrets(): boolean {
  return useSyncExternalStore(
    (l) => { listeners.add(l); return () => { listeners.delete(l); }; },
    () => shown,
  );
}
