import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useRef, useState } from 'react';
import { useEditorStore } from '../../app/StoreContext';
import type { ImportFailure } from '../../app/store';
import { importPastedText } from './importActions';
import { ImportFailureAlert } from './ImportFailureAlert';

/** "Paste TOML": text pasted here goes through the same import as a file. It closes only when the import succeeds;
 *  a failed import keeps the dialog open with the text, says why (line and column) inside it, and leaves the open
 *  document as it was. */
export default function PasteDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const store = useEditorStore();
  const [pasted, setPasted] = useState('');
  const [failure, setFailure] = useState<ImportFailure | undefined>();
  const [busy, setBusy] = useState(false);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const run = async (text: string) => {
    setBusy(true);
    setFailure(undefined);
    const ok = await importPastedText(store, text);
    setBusy(false);
    if (ok) {
      setPasted('');
      onClose();
      return;
    }
    // shown here, next to the text, rather than behind the dialog
    const why = store.get().importFailure ?? { message: 'The text could not be imported', line: 1, column: 1, source: 'pasted TOML' };
    store.set({ importFailure: undefined });
    setFailure(why);
    // focus was on Import, inside the dialog: it goes to the text, where the fix is made (the alert is announced)
    requestAnimationFrame(() => textarea.current?.focus());
  };
  return (
    <Modal opened={opened} onClose={onClose} title="Paste kapacitor.conf" size="xl" closeButtonProps={{ 'aria-label': 'Close' }}>
      <Stack>
        {failure ? (
          <ImportFailureAlert failure={failure} onDismiss={() => setFailure(undefined)}
            onRepair={(text) => { setPasted(text); void run(text); }} />
        ) : null}
        <Textarea ref={textarea} label="TOML to import" description="Ctrl+Enter imports" autosize minRows={12} maxRows={24} value={pasted} data-autofocus
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          aria-keyshortcuts="Control+Enter"
          onKeyDown={(e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && pasted.trim() !== '' && !busy) { e.preventDefault(); void run(pasted); } }}
          onChange={(e) => setPasted(e.currentTarget.value)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>Cancel</Button>
          {/* an empty paste would replace the open document with nothing */}
          <Button loading={busy} disabled={pasted.trim() === ''} onClick={() => void run(pasted)}>Import</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
