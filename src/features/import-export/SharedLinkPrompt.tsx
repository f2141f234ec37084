import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useEditor } from '../../app/StoreContext';

/** Asks before a share link pasted into this tab replaces a document with unsaved work (see useSharedLink).
 *  A chunk of its own, loaded only when a link waits for an answer: the dialog is rarely needed. */
export default function SharedLinkPrompt({ opened, open, keep }: { opened: boolean; open: () => void; keep: () => void }) {
  const name = useEditor((s) => s.source.name);
  return (
    <Modal opened={opened} onClose={keep} title="Open the shared document?" closeButtonProps={{ 'aria-label': 'Close' }}>
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
