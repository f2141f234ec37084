import { Alert, Button, Checkbox, Group } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useEditorStore } from '../../app/StoreContext';
import { parseDocument } from '../../toml/document';
import { clearDraft, draftOf, keepsSecrets, loadDraft, saveDraft, setKeepsSecrets, type Draft } from './draft';

const SAVE_DELAY_MS = 400;

/** Saves the document while the user types and offers the saved draft back after a reload or a crashed tab. */
export function DraftKeeper() {
  const store = useEditorStore();
  const [offer, setOffer] = useState<Draft | undefined>(() => loadDraft(localStorage));

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lastDoc = store.get().doc;
    const unsubscribe = store.subscribe(() => {
      const s = store.get();
      if (s.doc === lastDoc) return;
      lastDoc = s.doc;
      setOffer(undefined);
      clearTimeout(timer);
      timer = setTimeout(() => {
        const now = store.get();
        if (now.doc.text === '' && now.past.length === 0) return;
        saveDraft(localStorage, draftOf(now, keepsSecrets(localStorage)));
      }, SAVE_DELAY_MS);
    });
    return () => { unsubscribe(); clearTimeout(timer); };
  }, [store]);

  if (!offer || offer.text === '') return null;
  const restore = () => {
    try {
      const doc = parseDocument(offer.text);
      store.load(doc, { encoding: offer.encoding, bom: offer.bom, name: offer.name });
      store.set({ original: offer.original });
    } catch (e) {
      store.set({ editError: `The saved draft could not be read: ${(e as Error).message}` });
    }
    setOffer(undefined);
  };
  return (
    <Alert color="blue" variant="light" title="Unsaved work found">
      A draft of {offer.name} from {new Date(offer.savedAt).toLocaleString()} is saved in this browser
      {offer.secretsKept ? '.' : ', with its secrets left out.'}
      <Group mt="sm" gap="xs">
        <Button size="xs" onClick={restore}>Restore draft</Button>
        <Button size="xs" variant="default" onClick={() => { clearDraft(localStorage); setOffer(undefined); }}>Discard draft</Button>
      </Group>
    </Alert>
  );
}

/** The opt-in that lets secrets into the saved draft. */
export function DraftSecretsToggle() {
  const [on, setOn] = useState(() => keepsSecrets(localStorage));
  return (
    <Checkbox size="xs" label="Keep secrets in the browser draft" checked={on}
      description="Off: passwords and tokens are blanked in the draft saved as you type."
      onChange={(e) => { setKeepsSecrets(localStorage, e.currentTarget.checked); setOn(e.currentTarget.checked); }} />
  );
}
