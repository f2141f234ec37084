import { Button, Group, Menu, Modal, Stack, Text, Textarea } from '@mantine/core';
import { presetMatches, presets } from '../../kapacitor/outputs/presets';
import { useState } from 'react';
import { useEditor, useEditorStore } from '../../app/StoreContext';
import sample183 from '../../kapacitor/samples/kapacitor-1.8.3.conf?raw';
import { importBytes, importFile, importPastedText } from './importActions';
import classes from './ImportControls.module.css';

/** New, Import (file picker), Paste TOML. Drag and drop is handled by the page (see DropZone). */
export function ImportControls() {
  const store = useEditorStore();
  const values = useEditor((s) => s.doc.values);
  const [pasteOpen, setPasteOpen] = useState(false);
  const [pasted, setPasted] = useState('');
  const startFrom = (name: string, text: string) => importBytes(store, name, async () => new TextEncoder().encode(text));
  return (
    <Group gap="xs" wrap="nowrap">
      <Menu position="bottom-start">
        <Menu.Target>
          <Button variant="default" size="sm">New</Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => startFrom('kapacitor.conf', sample183)}>Kapacitor 1.8.3 sample config</Menu.Item>
          <Menu.Item onClick={() => startFrom('kapacitor.conf', '')}>Empty file</Menu.Item>
          <Menu.Divider />
          <Menu.Label>Presets</Menu.Label>
          {presets.map((p) => (
            <Menu.Item key={p.id} onClick={() => startFrom('kapacitor.conf', p.text)}
              rightSection={presetMatches(p, values) ? <span aria-label="applied">✓</span> : null}>
              <div>{p.title}</div>
              <Text size="xs" c="dimmed" maw={360}>{p.explanation}</Text>
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <span className={classes.fileButton}>
        <input id="import-file" className={classes.fileInput} type="file" accept=".conf,.toml,text/plain,*/*" aria-label="Import kapacitor.conf"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void importFile(store, file);
          }} />
        <label htmlFor="import-file" className={classes.fileLabel} aria-hidden="true">Import…</label>
      </span>
      <Button variant="default" size="sm" onClick={() => setPasteOpen(true)}>Paste TOML</Button>
      <Modal opened={pasteOpen} onClose={() => setPasteOpen(false)} title="Paste kapacitor.conf" size="xl">
        <Stack>
          <Textarea label="TOML to import" autosize minRows={12} maxRows={24} value={pasted} data-autofocus
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            onChange={(e) => setPasted(e.currentTarget.value)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setPasteOpen(false)}>Cancel</Button>
            <Button onClick={async () => { setPasteOpen(false); if (await importPastedText(store, pasted)) setPasted(''); }}>Import</Button>
          </Group>
        </Stack>
      </Modal>
    </Group>
  );
}
