import { createContext } from 'react';
import type { Store } from '../../app/store';
import { setValue, removeValue } from '../../toml/edit';
import { deepEqual } from '../../toml/equal';
import type { KeyPath, TomlValue } from '../../toml/types';

/** Writes one value into the document; a refused edit leaves the document as it was and says why.
 *  true when the document holds the value afterwards. */
export function commitValue(store: Store, path: KeyPath, value: TomlValue, float = false): boolean {
  const { doc } = store.get();
  const current = doc.get(path);
  if (current !== undefined && deepEqual(current, value)) return true;
  try {
    store.applyEdit(setValue(doc, path, value, { float }), false, path.join('\u0000'));
    return true;
  } catch (e) {
    store.set({ editError: `Could not write ${path.join('.')}: ${(e as Error).message}` });
    return false;
  }
}

export function commitRemove(store: Store, path: KeyPath): void {
  const { doc } = store.get();
  if (doc.get(path) === undefined) return;
  try {
    store.applyEdit(removeValue(doc, path));
  } catch (e) {
    store.set({ editError: `Could not remove ${path.join('.')}: ${(e as Error).message}` });
  }
}

export type Commit = (store: Store, path: KeyPath, value: TomlValue, float: boolean) => boolean;

/** How the fields below write a value: commitValue, or (for the built-in entry of an array section that is not
 *  in the file) one that writes the entry first. */
export const CommitContext = createContext<Commit>(commitValue);
