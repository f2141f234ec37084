import '@mantine/spotlight/styles.css';
import { Spotlight, spotlight, type SpotlightActionData } from '@mantine/spotlight';
import { useEffect, useMemo, useState } from 'react';
import { useEditorStore } from '../../app/StoreContext';
import { allFields } from '../../kapacitor/schema';
import type { TomlDocument } from '../../toml/document';
import { formatValue } from '../../toml/format';
import type { KeyPath } from '../../toml/types';
import { focusPath } from '../section-form/focusPath';
import { sectionHeader } from '../section-form/sectionHeader';

interface KeyHit { id: string; path: KeyPath; label: string; description: string; keywords: string[] }

/** Every key of the schema, with its current value: what search runs over. */
export function keyHits(doc: TomlDocument): KeyHit[] {
  const hits: KeyHit[] = [];
  for (const { section, keys, field } of allFields()) {
    if (keys.length > 1 && section.fields.find((f) => f.key === keys[0])?.kind === 'tableMap') continue;
    const array = section.kind === 'array' || (section.kind === 'tableOrArray' && Array.isArray(doc.get([section.name])));
    const path: KeyPath = section.kind === 'root' ? keys : array ? [section.name, 0, ...keys] : [section.name, ...keys];
    const value = doc.get(path);
    const shown = value === undefined || field.secret ? '' : formatValue(value);
    const header = sectionHeader(section, doc);
    hits.push({
      id: path.join('.'),
      path,
      label: section.kind === 'root' ? keys.join('.') : `${header} ${keys.join('.')}`,
      description: shown ? `${field.description} — ${shown.length > 60 ? `${shown.slice(0, 60)}…` : shown}` : field.description,
      keywords: [keys.join('.'), section.name, shown, field.help ?? ''],
    });
  }
  return hits;
}

/** Spotlight over every key. Loaded on first use; its hits are built when it opens, not on every keystroke. */
export default function KeySearchDialog({ onReady }: { onReady: (open: () => void) => void }) {
  const store = useEditorStore();
  const [doc, setDoc] = useState<TomlDocument>(() => store.get().doc);
  const actions: SpotlightActionData[] = useMemo(
    () => keyHits(doc).map((h) => ({ id: h.id, label: h.label, description: h.description, keywords: h.keywords, onClick: () => focusPath(store, h.path) })),
    [doc, store],
  );
  useEffect(() => {
    onReady(() => { setDoc(store.get().doc); spotlight.open(); });
  }, [onReady, store]);
  return (
    <Spotlight actions={actions} shortcut={null} limit={40} nothingFound="No key, description or value matches"
      highlightQuery scrollable maxHeight={480}
      searchProps={{ placeholder: 'Search keys, descriptions and values…', 'aria-label': 'Search keys' }} />
  );
}
