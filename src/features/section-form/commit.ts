import type { Store } from '../../app/store';
import { setValue, removeValue } from '../../toml/edit';
import { deepEqual } from '../../toml/equal';
import type { KeyPath, TomlValue } from '../../toml/types';

/** Writes one value into the document; a refused edit leaves the document as it was and says why. */
export function commitValue(store: Store, path: KeyPath, value: TomlValue, float = false): void {
  const { doc } = store.get();
  const current = doc.get(path);
  if (current !== undefined && deepEqual(current, value)) return;
  try {
    store.applyEdit(setValue(doc, path, value, { float }), false, path.join('\u0000'));
  } catch (e) {
    store.set({ editError: `Could not write ${path.join('.')}: ${(e as Error).message}` });
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
