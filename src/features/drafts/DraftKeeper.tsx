import { Alert, Button, Checkbox, Group } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useEditorStore } from '../../app/StoreContext';
import { parseDocument } from '../../toml/document';
import { SETTLE_AT_ONCE_CHARS } from '../../app/settledDoc';
import { blankedOffThread, canCheckRemotely } from '../problems/remoteFindings';
import { clearDraft, draftOf, draftOfOffThread, keepsSecrets, loadDraft, saveDraft, saveFailureReason, setKeepsSecrets, tooLargeForDraft, type Draft } from './draft';

const SAVE_DELAY_MS = 400;

/** Saves the document while the user types and offers the saved draft back after a reload or a crashed tab. */
export function DraftKeeper() {
  const store = useEditorStore();
  const [offer, setOfferState] = useState<Draft | undefined>(() => loadDraft(localStorage));
  const offerRef = useRef(offer);
  const setOffer = (next: Draft | undefined) => { offerRef.current = next; setOfferState(next); };
  // why the last save failed; cleared by a save that works. Dismissed, it stays away until the next failure after a success.
  const [saveError, setSaveError] = useState<{ reason: string; dismissed: boolean } | undefined>();

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let saves = 0;
    let lastDoc = store.get().doc;
    let lastOriginal = store.get().original;
    const unsubscribe = store.subscribe(() => {
      const s = store.get();
      if (s.doc === lastDoc) return;
      // an import, a share link or New replaced the document (edits keep the original)
      const replaced = s.original !== lastOriginal;
      lastDoc = s.doc;
      lastOriginal = s.original;
      // a draft from an earlier visit is still on offer: a document opened before the user answered (a share link
      // opened with the page) must not overwrite it; the first edit is the answer
      if (replaced && offerRef.current) return;
      setOffer(undefined);
      clearTimeout(timer);
      timer = setTimeout(() => {
        const now = store.get();
        if (now.doc.text === '' && now.past.length === 0) return;
        const saveId = ++saves;
        const report = (saved: ReturnType<typeof saveDraft>) => {
          const reason = saved.ok ? undefined : saved.reason;
          setSaveError((was) => (reason === undefined ? undefined : { reason, dismissed: was?.dismissed ?? false }));
        };
        const tooLarge = tooLargeForDraft(now.doc.text);
        if (tooLarge) return report({ ok: false, reason: tooLarge });
        try {
          const keep = keepsSecrets(localStorage);
          // blanking the secrets of a large file takes the page a tenth of a second or more: the Worker does it
          if (now.doc.text.length >= SETTLE_AT_ONCE_CHARS && !keep && canCheckRemotely()) {
            void draftOfOffThread(now, keep, blankedOffThread).then(
              // a later save has started meanwhile: this older draft must not overwrite it
              (draft) => { if (saveId === saves) report(saveDraft(localStorage, draft)); },
              () => { if (saveId === saves) report(saveDraft(localStorage, draftOf(store.get(), keep))); });
            return;
          }
          report(saveDraft(localStorage, draftOf(now, keep)));
        } catch (e) {
          // reading `localStorage` itself throws where the browser forbids storage
          report({ ok: false, reason: saveFailureReason(e) });
        }
      }, SAVE_DELAY_MS);
    });
    return () => { unsubscribe(); clearTimeout(timer); };
  }, [store]);

  const notice = saveError && !saveError.dismissed ? (
    <Alert role="status" color="yellow" variant="light" title="Draft not saved"
      withCloseButton closeButtonLabel="Dismiss" onClose={() => setSaveError({ ...saveError, dismissed: true })}>
      The draft could not be saved in this browser: {saveError.reason}; export your work to keep it.
    </Alert>
  ) : null;
  if (!offer || offer.text === '') return notice;
  const restore = () => {
    try {
      const doc = parseDocument(offer.text);
      // the prompt said the secrets were left out; once restored, the blank values would pass for "not set"
      const notices = offer.secretsKept ? [] : [RESTORED_WITHOUT_SECRETS];
      store.load(doc, { encoding: offer.encoding, bom: offer.bom, name: offer.name }, notices);
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

export const RESTORED_WITHOUT_SECRETS = 'This draft was saved without its secrets: passwords, tokens and the passwords inside URLs are blank now. Type them again before you download the file.';

/** The opt-in that lets secrets into the saved draft. */
export function DraftSecretsToggle() {
  const [on, setOn] = useState(() => keepsSecrets(localStorage));
  return (
    <Checkbox size="xs" label="Keep secrets in the browser draft" checked={on}
      description="Off: passwords and tokens are blanked in the draft saved as you type."
      onChange={(e) => { setKeepsSecrets(localStorage, e.currentTarget.checked); setOn(e.currentTarget.checked); }} />
  );
}
