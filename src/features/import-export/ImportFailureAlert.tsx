import { Alert, Button, Group, Text } from '@mantine/core';
import { useEditor, useEditorStore } from '../../app/StoreContext';
import type { ImportFailure } from '../../app/store';
import { importBytes } from './importActions';

/** The message as a sentence: it ends with a full stop, so the next one does not run into it. */
const sentence = (message: string) => (/[.!?]$/.test(message.trim()) ? message.trim() : `${message.trim()}.`);

/** Why an import failed (line and column), that nothing changed, and a repair to confirm when there is a safe one.
 *  By default it is the page's alert for the store's importFailure; the Paste dialog shows its own with `onDismiss`
 *  and `onRepair` (the repaired text is handed back instead of imported here). */
export function ImportFailureAlert({ failure, onDismiss, onRepair }: { failure: ImportFailure; onDismiss?: () => void; onRepair?: (text: string) => void }) {
  const store = useEditorStore();
  // with nothing open yet, "the document that was open" would be a document the user never had
  const hadDocument = useEditor((s) => s.doc.text !== '' || s.past.length > 0);
  const { repair } = failure;
  return (
    <Alert role="alert" color="red" variant="light" title={`Could not import ${failure.source}`}
      withCloseButton onClose={onDismiss ?? (() => store.set({ importFailure: undefined }))} closeButtonLabel="Dismiss">
      {/* a refusal of the whole file (its size) has no place in it to name */}
      {sentence(failure.message)}
      {hadDocument ? ' The document that was open has not changed.' : ' Nothing was opened.'}
      {failure.hint ? <Text size="sm" mt="xs">{failure.hint}</Text> : null}
      {repair ? (
        <Group mt="sm" gap="xs">
          <Button size="xs" onClick={() => (onRepair ? onRepair(repair.text) : void importBytes(store, failure.source, async () => new TextEncoder().encode(repair.text)))}>
            {repair.label}
          </Button>
        </Group>
      ) : null}
    </Alert>
  );
}
