import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useEditor } from '../../app/StoreContext';
import { usePendingSharedLink } from './useSharedLink';

/** Asks before a share link pasted into this tab replaces a document with unsaved work (see useSharedLink). */
export function SharedLinkPrompt() {
  const { hash, open, keep } = usePendingSharedLink();
  const name = useEditor((s) => s.source.name);
  return (
    <Modal opened={hash !== undefined} onClose={keep} title="Open the shared document?" closeButtonProps={{ 'aria-label': 'Close' }}>
      <Stack>
        <Text size="sm">
          The link carries a document of its own. Opening it replaces {name} and the edits made to it here; Undo brings
          them back.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={keep}>Keep my document</Button>
          <Button onClick={open}>Open the shared document</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
