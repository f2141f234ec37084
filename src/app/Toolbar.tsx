import { ActionIcon, Group, NativeSelect, Switch, Title, useMantineColorScheme, useComputedColorScheme } from '@mantine/core';
import { memo } from 'react';
import { useEditor, useEditorStore } from './StoreContext';
import classes from './Toolbar.module.css';
import { ImportControls } from '../features/import-export/ImportControls';
import { ExportControls } from '../features/import-export/ExportControls';
import { DiffButton } from '../features/diff/DiffButton';
import { KeySearch } from '../features/search/KeySearch';
import { OutputsButton } from '../features/outputs/OutputsButton';
import type { KapacitorVersion } from '../kapacitor/types';

const versions: KapacitorVersion[] = ['1.5', '1.6', '1.7', '1.8'];

/** Memoised, and subscribed to nothing: an import or a keystroke renders only the version controls and the
 *  history buttons (rendering the whole bar took 5-10 ms of a first import). */
export const Toolbar = memo(function Toolbar() {
  return (
    <Group h="100%" px="md" py={6} justify="space-between" wrap="wrap" gap={6} align="center">
      <Group gap="sm" wrap="nowrap" className={classes.start}>
        <Title order={1} size="h4" style={{ whiteSpace: 'nowrap' }}>Kapacitor Config Editor</Title>
        <ImportControls />
      </Group>
      <Group gap="sm" wrap="wrap" className={classes.tools}>
        <VersionControls />
        <HistoryButtons />
        <KeySearch />
        <DiffButton />
        <ExportControls />
        <OutputsButton />
        <ThemeToggle />
      </Group>
    </Group>
  );
});

function VersionControls() {
  const store = useEditorStore();
  const version = useEditor((s) => s.options.version);
  const enterprise = useEditor((s) => s.options.enterprise);
  return (
    <>
      <NativeSelect aria-label="Kapacitor version" size="sm" value={version}
        data={versions.map((v) => ({ value: v, label: `Kapacitor ${v}` }))}
        onChange={(e) => { const picked = e.currentTarget.value as KapacitorVersion; store.set((s) => ({ options: { ...s.options, version: picked } })); }} />
      <Switch label="Enterprise" checked={enterprise}
        onChange={(e) => { const on = e.currentTarget.checked; store.set((s) => ({ options: { ...s.options, enterprise: on } })); }} />
    </>
  );
}

function HistoryButtons() {
  const store = useEditorStore();
  const canUndo = useEditor((s) => s.past.length > 0 && !s.entryOpBusy);
  const canRedo = useEditor((s) => s.future.length > 0 && !s.entryOpBusy);
  return (
    <Group gap={4} wrap="nowrap">
      <ActionIcon variant="default" size="lg" aria-label="Undo" title="Undo (Ctrl+Z)" aria-keyshortcuts="Control+Z" disabled={!canUndo} onClick={() => store.undo()}>↶</ActionIcon>
      <ActionIcon variant="default" size="lg" aria-label="Redo" title="Redo (Ctrl+Shift+Z)" aria-keyshortcuts="Control+Shift+Z" disabled={!canRedo} onClick={() => store.redo()}>↷</ActionIcon>
    </Group>
  );
}

function ThemeToggle() {
  const { setColorScheme } = useMantineColorScheme();
  const scheme = useComputedColorScheme('light');
  return (
    <ActionIcon variant="default" size="lg" aria-label={scheme === 'dark' ? 'Switch to light theme' : 'Switch to dark theme'}
      title={scheme === 'dark' ? 'Light theme' : 'Dark theme'} onClick={() => setColorScheme(scheme === 'dark' ? 'light' : 'dark')}>
      {scheme === 'dark' ? '☀' : '☾'}
    </ActionIcon>
  );
}
