import { useEditor } from '../../app/StoreContext';
import { parseValues } from '../../toml/document';
import type { TomlTable } from '../../toml/types';

let cached: { text: string; values: TomlTable } | undefined;

/** The values of the document as imported: what "changed" and "reset to imported" refer to. */
export function originalValues(text: string): TomlTable {
  if (cached?.text !== text) cached = { text, values: parseValues(text) };
  return cached.values;
}

export function useOriginalValues(): TomlTable {
  return originalValues(useEditor((s) => s.original));
}
