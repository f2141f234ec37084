import { Button, Group, Paper, Text, Title } from '@mantine/core';
import { useEditor, useEditorStore } from '../../app/StoreContext';
import { loadSample183 } from '../../kapacitor/samples';
import { importBytes } from './importActions';

/** Shown while nothing is open: the three ways to start. */
export function EmptyStart() {
  const store = useEditorStore();
  const empty = useEditor((s) => s.doc.text === '' && s.past.length === 0);
  if (!empty) return null;
  const start = (text: string | (() => Promise<string>)) =>
    importBytes(store, 'kapacitor.conf', async () => new TextEncoder().encode(typeof text === 'string' ? text : await text()));
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={2} size="h4">Start a kapacitor.conf</Title>
      <Text size="sm" c="dimmed" mt={4}>
        Import your file (or drag it onto the page, or paste it with Paste TOML), start from Kapacitor's own sample, or
        from a minimal config. Everything stays in this browser.
      </Text>
      <Group mt="sm">
        {/* the toolbar's file input stays the one control named "Import kapacitor.conf"; this opens its picker */}
        <Button onClick={() => document.getElementById('import-file')?.click()}>Import a file…</Button>
        <Button variant="light" onClick={() => start(loadSample183)}>Start from the 1.8.3 sample</Button>
        <Button variant="default" onClick={() => start('hostname = "localhost"\ndata_dir = "/var/lib/kapacitor"\n')}>Start from a minimal config</Button>
      </Group>
    </Paper>
  );
}
