import '@mantine/spotlight/styles.css';
import { Spotlight, spotlight, type SpotlightActionData } from '@mantine/spotlight';
import { useEffect, useMemo, useState, type CSSProperties } from 'react';
import { useEditorStore } from '../../app/StoreContext';
import type { TomlDocument } from '../../toml/document';
import { focusPath } from '../section-form/focusPath';
import { keyHits } from './keyHits';

const visuallyHidden: CSSProperties = {
  position: 'absolute', width: 1, height: 1, padding: 0, margin: -1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap', border: 0,
};
// the selected hit's description at full white on the primary blue (Mantine's 0.7 opacity is 3.3:1)
const styles = { header: visuallyHidden, action: { '--action-description-opacity': 1 } as CSSProperties };

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
      // the dialog's name, for screen readers only; the search box says the rest
      title="Search keys" styles={styles}
      // the list scrolls: let the keyboard reach it (the hits themselves are chosen with the arrow keys)
      scrollAreaProps={{ viewportProps: { tabIndex: 0, 'aria-label': 'Matching keys' } }}
      searchProps={{ placeholder: 'Search keys, descriptions and values…', 'aria-label': 'Search keys' }} />
  );
}
