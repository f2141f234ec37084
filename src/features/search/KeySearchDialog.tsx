import '@mantine/spotlight/styles.css';
import { Spotlight, spotlight, type SpotlightActionData } from '@mantine/spotlight';
import { useEffect, useMemo, useState } from 'react';
import { useEditorStore } from '../../app/StoreContext';
import type { TomlDocument } from '../../toml/document';
import { focusPath } from '../section-form/focusPath';
import { keyHits } from './keyHits';

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
