import type { Store } from '../../app/store';
import type { KeyPath } from '../../toml/types';
import { commitRemove } from './commit';

/** The accessible name of the button that removes one item of a list field: "Remove http://localhost:8086 from urls". */
export function removeLabel(item: string, fieldKey: string): string {
  return `Remove ${item === '' ? 'the empty item' : item} from ${fieldKey}`;
}

/** Which item a change of a list removed: `after` is `before` less one item. `hint` is the index of the remove
 *  button pressed (the same text may be in the list twice); without it, the first place the lists differ
 *  (Backspace removes the last item). undefined when the change is not the removal of one item. */
export function removedIndex(before: readonly string[], after: readonly string[], hint?: number): number | undefined {
  if (after.length !== before.length - 1) return undefined;
  const without = (i: number) => before.filter((_, j) => j !== i);
  const same = (a: readonly string[]) => a.length === after.length && a.every((x, j) => x === after[j]);
  if (hint !== undefined && hint >= 0 && hint < before.length && same(without(hint))) return hint;
  let i = 0;
  while (i < after.length && before[i] === after[i]) i++;
  return same(without(i)) ? i : undefined;
}

/** Writes the removal of one item of the list field at `path` (the field showed `before`, shows `after` now) as
 *  that item's removal from the document, so only its text goes: the whole list written again would lose a
 *  multi-line layout, and its comments would move onto other items. Does nothing when the change is not one
 *  item's removal, or the document does not hold the list the field showed (a default; a single value where the
 *  list belongs); the form's own write of `after` then does the edit, as before. */
export function removeListItem(store: Store, path: KeyPath, before: readonly string[], after: readonly string[], hint?: number): void {
  const at = removedIndex(before, after, hint);
  if (at === undefined) return;
  const current = store.get().doc.get(path);
  if (Array.isArray(current) && current.length === before.length && current.every((v, i) => String(v) === before[i])) {
    commitRemove(store, [...path, at]);
  }
}
