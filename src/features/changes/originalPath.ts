// Which imported value a field of an array entry is compared with. Entries can be moved, copied and removed, so the
// imported entry at the same position may be another one: an entry is matched by its identity key (its name) first.
import { sectionByName } from '../../kapacitor/schema';
import type { KeyPath, TomlTable, TomlValue } from '../../toml/types';
import { isTable } from '../../toml/values';

const indexById = new WeakMap<readonly TomlValue[], Map<string, number>>();

function idsOf(entries: readonly TomlValue[], key: string): Map<string, number> {
  let ids = indexById.get(entries);
  if (!ids) {
    ids = new Map();
    entries.forEach((e, i) => {
      const id = isTable(e) ? e[key] : undefined;
      if (id !== undefined && !ids!.has(String(id))) ids!.set(String(id), i);
    });
    indexById.set(entries, ids);
  }
  return ids;
}

/** The path of the imported value that `path` (in the current values) is compared with; undefined when the entry has
 *  no imported counterpart (it is new, or it was renamed after a move). Outside array entries it is `path` itself. */
export function originalPathOf(original: TomlTable, current: TomlTable, path: KeyPath): KeyPath | undefined {
  const [name, index] = path;
  if (typeof index !== 'number') return path;
  const key = sectionByName(String(name))?.identityKey;
  const now = current[String(name)];
  const then = original[String(name)];
  if (!key || !Array.isArray(now) || !Array.isArray(then)) return path;
  const entry = now[index];
  const id = isTable(entry) ? entry[key] : undefined;
  if (id !== undefined) {
    const at = idsOf(then, key).get(String(id));
    if (at !== undefined) return [name, at, ...path.slice(2)];
  }
  // no imported entry of that name: the same position, unless the entry imported there is elsewhere now
  const there = then[index];
  const thereId = isTable(there) ? there[key] : undefined;
  if (thereId !== undefined && idsOf(now, key).has(String(thereId))) return undefined;
  return path;
}
