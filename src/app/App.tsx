import { AppShell, MantineProvider, createTheme } from '@mantine/core';
import { useState } from 'react';
import { parseDocument } from '../toml/document';
import { Store } from './store';
import { StoreContext, useEditor } from './StoreContext';
import { Toolbar } from './Toolbar';
import { Workspace } from './Workspace';
import { SectionNav } from '../features/navigation/SectionNav';
import { useShortcuts } from './useShortcuts';
import { DropZone } from '../features/import-export/DropZone';

const theme = createTheme({
  primaryColor: 'blue',
  fontFamilyMonospace: 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace',
});

function initialSection(): string {
  const hash = typeof location === 'undefined' ? '' : decodeURIComponent(location.hash.replace(/^#/, ''));
  return hash === 'top-level' ? '' : hash;
}

export function createStore(): Store {
  return new Store({
    doc: parseDocument(''),
    original: '',
    source: { encoding: 'utf-8', bom: false, name: 'kapacitor.conf' },
    generation: 0,
    notices: [],
    importing: false,
    section: initialSection(),
    options: { version: '1.8', enterprise: false },
    past: [],
    future: [],
  });
}

export function App() {
  const [store] = useState(createStore);
  return (
    <MantineProvider theme={theme} defaultColorScheme="auto">
      <StoreContext.Provider value={store}>
        <Shell />
      </StoreContext.Provider>
    </MantineProvider>
  );
}

function Main() {
  const importing = useEditor((s) => s.importing);
  return (
    <AppShell.Main aria-busy={importing ? 'true' : 'false'}>
      <Workspace />
    </AppShell.Main>
  );
}

function Shell() {
  useShortcuts();
  return (
    <DropZone>
      <AppShell header={{ height: { base: 100, xl: 60 } }} navbar={{ width: 230, breakpoint: 0 }} padding={0}>
        <AppShell.Header>
          <Toolbar />
        </AppShell.Header>
        <AppShell.Navbar>
          <SectionNav />
        </AppShell.Navbar>
        <Main />
      </AppShell>
    </DropZone>
  );
}
