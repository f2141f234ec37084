import { Button, Group, Loader, Menu } from '@mantine/core';
import { Suspense, lazy } from 'react';
import { useLazyDialog } from '../../app/useLazyDialog';
import { useEditorStore } from '../../app/StoreContext';
import { loadSample183 } from '../../kapacitor/samples';
import { importBytes, importFile } from './importActions';
import { usePendingSharedLink } from './useSharedLink';
import classes from './ImportControls.module.css';

export const loadPresetItems = () => import('./PresetItems');
const PresetItems = lazy(loadPresetItems);
export const loadPasteDialog = () => import('./PasteDialog');
const PasteDialog = lazy(loadPasteDialog);
export const loadSharedLinkPrompt = () => import('./SharedLinkPrompt');
const SharedLinkPrompt = lazy(loadSharedLinkPrompt);

/** New, Import (file picker), Paste TOML. Drag and drop is handled by the page (see DropZone). */
export function ImportControls() {
  const store = useEditorStore();
  const paste = useLazyDialog();
  const pending = usePendingSharedLink();
  const startFrom = (name: string, text: string | (() => Promise<string>)) =>
    importBytes(store, name, async () => new TextEncoder().encode(typeof text === 'string' ? text : await text()));
  return (
    <Group gap="xs" wrap="nowrap">
      <Menu position="bottom-start">
        <Menu.Target>
          <Button variant="default" size="sm">New</Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => startFrom('kapacitor.conf', loadSample183)}>Kapacitor 1.8.3 sample config</Menu.Item>
          <Menu.Item onClick={() => startFrom('kapacitor.conf', '')}>Empty file</Menu.Item>
          <Menu.Divider />
          <Menu.Label>Presets</Menu.Label>
          <Suspense fallback={<Loader size="xs" m="sm" aria-label="Loading the presets" />}>
            <PresetItems onPick={(text) => void startFrom('kapacitor.conf', text)} />
          </Suspense>
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
      <Button ref={paste.button} variant="default" size="sm" onClick={paste.show}>Paste TOML</Button>
      {paste.mounted ? <Suspense fallback={null}><PasteDialog opened={paste.opened} onClose={paste.close} /></Suspense> : null}
      {/* a share link pasted into this tab while its document has unsaved work waits here for an answer */}
      {pending.hash !== undefined ? <Suspense fallback={null}><SharedLinkPrompt opened open={pending.open} keep={pending.keep} /></Suspense> : null}
    </Group>
  );
}
