import { useEditor, useEditorStore } from '../../app/StoreContext';
import type { TomlDocument } from '../../toml/document';
import { parseValues } from '../../toml/document';
import type { TomlTable } from '../../toml/types';

let cached: { text: string; values: TomlTable } | undefined;

/** The values of the document as imported: what "changed" and "reset to imported" refer to. Right after an import
 *  the document is the original, and its values need no second parse. */
export function originalValues(text: string, current?: TomlDocument): TomlTable {
  if (cached?.text !== text) cached = { text, values: current?.text === text ? current.values : parseValues(text) };
  return cached.values;
}

export function useOriginalValues(): TomlTable {
  const original = useEditor((s) => s.original);
  const store = useEditorStore();
  return originalValues(original, store.get().doc);
}
