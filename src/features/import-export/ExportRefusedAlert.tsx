import { Alert, Button, Group, Stack } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useEditor, useEditorStore } from '../../app/StoreContext';
import { focusPath } from '../section-form/focusPath';
import { fieldLabel } from './exportDocument';

/** Why Download or Copy wrote nothing, with a way to each field whose input is not in the file. */
export function ExportRefusedAlert() {
  const store = useEditorStore();
  const message = useEditor((s) => s.exportError);
  const unwritten = useEditor((s) => s.unwritten);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => { if (message) ref.current?.scrollIntoView({ block: 'nearest' }); }, [message]);
  const warning = useEditor((s) => s.exportWarning);
  if (!message) {
    return warning ? (
      <Alert role="status" color="yellow" variant="light" title="Exported, with a warning"
        withCloseButton onClose={() => store.set({ exportWarning: undefined })} closeButtonLabel="Dismiss">
        {warning}
      </Alert>
    ) : null;
  }
  const pending = Object.values(unwritten);
  return (
    <Alert ref={ref} role="alert" color="red" variant="light" title="Not exported"
      withCloseButton onClose={() => store.set({ exportError: undefined })} closeButtonLabel="Dismiss">
      <Stack gap={6}>
        {message}
        {pending.length > 0 ? (
          <Group gap={4}>
            {pending.map((u) => (
              <Button key={fieldLabel(u.path)} size="compact-xs" variant="light" onClick={() => focusPath(store, u.path)}>
                Go to {fieldLabel(u.path)}
              </Button>
            ))}
          </Group>
        ) : null}
      </Stack>
    </Alert>
  );
}
