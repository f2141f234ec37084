import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useEditorStore } from '../../app/StoreContext';
import { importPastedText } from './importActions';

/** "Paste TOML": text pasted here goes through the same import as a file; it is kept until an import succeeds. */
export default function PasteDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const store = useEditorStore();
  const [pasted, setPasted] = useState('');
  return (
    <Modal opened={opened} onClose={onClose} title="Paste kapacitor.conf" size="xl" closeButtonProps={{ 'aria-label': 'Close' }}>
      <Stack>
        <Textarea label="TOML to import" autosize minRows={12} maxRows={24} value={pasted} data-autofocus
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          onChange={(e) => setPasted(e.currentTarget.value)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>Cancel</Button>
          <Button onClick={async () => { onClose(); if (await importPastedText(store, pasted)) setPasted(''); }}>Import</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
