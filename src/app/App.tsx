import { AppShell, MantineProvider, createTheme, type CSSVariablesResolver } from '@mantine/core';
import { useState } from 'react';
import { parseDocument } from '../toml/document';
import { Store } from './store';
import { StoreContext, useEditor } from './StoreContext';
import { Toolbar } from './Toolbar';
import { Workspace } from './Workspace';
import { SkipLink } from './SkipLink';
import { SectionNav } from '../features/navigation/SectionNav';
import { useShortcuts } from './useShortcuts';
import { DropZone } from '../features/import-export/DropZone';
import { useSharedLink } from '../features/import-export/useSharedLink';

const theme = createTheme({
  primaryColor: 'blue',
  // darker shades than Mantine's defaults so white text on filled buttons meets WCAG AA contrast
  primaryShade: { light: 8, dark: 8 },
  fontFamilyMonospace: 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace',
});

function initialSection(): string {
  const hash = typeof location === 'undefined' ? '' : decodeURIComponent(location.hash.replace(/^#/, ''));
  if (hash.startsWith('doc=')) return '';
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
    unwritten: {},
    section: initialSection(),
    options: { version: '1.8', enterprise: false },
    past: [],
    future: [],
  });
}

// Mantine's dimmed grey is below 4.5:1 on both backgrounds; use one shade stronger. The same for the error red
// (text of an invalid input, error messages: 3.3:1 on white, 3:1 on dark inputs) and for the title of a light yellow
// Alert (yellow-9 on its own light background is 2.7:1; #a35200 is 5:1).
const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-yellow-light-color': '#a35200',
  },
  dark: { '--mantine-color-dimmed': 'var(--mantine-color-dark-1)', '--mantine-color-error': 'var(--mantine-color-red-4)' },
});

export function App() {
  const [store] = useState(createStore);
  return (
    <MantineProvider theme={theme} defaultColorScheme="auto" cssVariablesResolver={cssVariablesResolver}>
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
  useSharedLink();
  return (
    <DropZone>
      <SkipLink />
      <AppShell header={{ height: { base: 150, lg: 100 } }} navbar={{ width: { base: 160, sm: 230 }, breakpoint: 0 }} padding={0}>
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
