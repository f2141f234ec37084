import { Alert, Badge, Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useEditor, useEditorStore } from '../../app/StoreContext';
import { effectiveDefault } from '../../kapacitor/defaults';
import type { FieldDef, SectionDef } from '../../kapacitor/types';
import type { TomlDocument } from '../../toml/document';
import { formatValue } from '../../toml/format';
import { CommitContext, commitValue, type Commit } from './commit';
import { isTable } from './convert';
import { carriedDefaults, entryIndexAfter, firstEntryCommit } from './entryActions';
import { restoreEntryFocus } from './entryFocus';
import { runEntryOp } from './runEntryOp';
import { SectionFields } from './SectionFields';
import { domId } from './domId';

/** Entries shown at once: a file with thousands of [[influxdb]] entries is paged, so the form stays quick. */
export const ENTRIES_PER_PAGE = 20;
/** From this many entries, each is a row to open: its fields are built when it is opened. */
export const COLLAPSE_FROM = 6;

interface Props { section: SectionDef; header: string }

/** How many entries the section has (-1: it is one table, as [slack] may be): a keystroke changes it only when an
 *  entry is added or removed, so the list renders again only then. */
function entryCount(doc: TomlDocument, section: SectionDef): number {
  const value = doc.get([section.name]);
  if (isTable(value)) return -1;
  return Array.isArray(value) ? value.length : 0;
}

/** The identity key's values (the names in the entries' titles) of the entries on one page, as one string: on a file
 *  with thousands of entries only the page's own are read at each keystroke. */
function identitiesOf(doc: TomlDocument, section: SectionDef, first: number, count: number): string {
  const value = doc.get([section.name]);
  const key = section.identityKey;
  if (!key || !Array.isArray(value)) return '';
  return value.slice(first, first + count).map((e) => (isTable(e) && e[key] !== undefined ? String(e[key]) : '')).join('\u0000');
}

/** An array of tables: entries to add, duplicate, remove and reorder. With none in the file, a section that
 *  Kapacitor gives a built-in entry (NewConfig) shows that entry's defaults; editing one writes the first entry. */
export function ArraySection({ section, header }: Props) {
  const store = useEditorStore();
  const entries = useEditor((s) => entryCount(s.doc, section));
  const single = entries === -1;
  const count = Math.max(0, entries);
  const generation = useEditor((s) => s.generation);
  const enterprise = useEditor((s) => s.options.enterprise);
  const firstCommit = useMemo(() => firstEntryCommit(section, { enterprise }), [section, enterprise]);
  const busy = useEditor((s) => (s.entryOpBusy?.section === section.name ? s.entryOpBusy.what : undefined));
  const defaultOf = useCallback((f: FieldDef) => effectiveDefault(section, f, single ? 1 : count, { enterprise }), [section, count, single, enterprise]);

  // the page follows the entry being edited, searched for or added
  const pages = Math.max(1, Math.ceil(count / ENTRIES_PER_PAGE));
  const activeEntry = useEditor((s) => (s.activePath?.[0] === section.name && typeof s.activePath[1] === 'number' ? s.activePath[1] : undefined));
  const [page, setPage] = useState(() => (activeEntry === undefined ? 0 : Math.floor(activeEntry / ENTRIES_PER_PAGE)));
  const [followed, setFollowed] = useState(activeEntry);
  // which collapsed entries are open: those the user opened, and each entry that became the one being edited
  // (by search, a problem, typing in it, or as the copy or entry added); the user can close any of them
  const [opened, setOpened] = useState<{ generation: number; entries: ReadonlySet<number> }>(() => ({ generation, entries: new Set(activeEntry === undefined ? [] : [activeEntry]) }));
  const lastOp = useEditor((s) => s.lastEntryOp);
  let nextOpened = opened;
  if (opened.generation !== generation) {
    // an entry action made this generation: the open entries stay open where it moved them; an import or an undo
    // starts closed
    const op = lastOp?.generation === generation && lastOp.op.section === section.name ? lastOp.op : undefined;
    const kept = new Set<number>();
    if (op) {
      for (const i of opened.entries) {
        const moved = entryIndexAfter(op, i);
        if (moved !== undefined) kept.add(moved);
      }
    }
    nextOpened = { generation, entries: kept };
  }
  if (activeEntry !== followed) {
    setFollowed(activeEntry);
    if (activeEntry !== undefined && activeEntry < count) setPage(Math.floor(activeEntry / ENTRIES_PER_PAGE));
    // a moved entry stays as it was, open or closed: the move only carries it
    const moving = lastOp?.generation === generation && lastOp.op.op === 'move';
    if (activeEntry !== undefined && !moving && !nextOpened.entries.has(activeEntry)) {
      nextOpened = { generation, entries: new Set([...nextOpened.entries, activeEntry]) };
    }
  }
  if (nextOpened !== opened) setOpened(nextOpened);
  const shownPage = Math.min(page, pages - 1);
  const openEntries = opened.generation === generation ? opened.entries : new Set<number>();
  // focus was on a field or button of an entry the action remounted: it goes back there, where the entry is now
  useLayoutEffect(() => {
    if (lastOp?.generation === generation && lastOp.focus && lastOp.op.section === section.name) restoreEntryFocus(section.name, lastOp.op, lastOp.focus);
  }, [generation, lastOp, section.name]);
  const toggle = useCallback((i: number) => setOpened((o) => {
    const entries = new Set(o.generation === generation ? o.entries : []);
    if (entries.has(i)) entries.delete(i); else entries.add(i);
    return { generation, entries };
  }), [generation]);
  const collapsible = count >= COLLAPSE_FROM;
  const first = shownPage * ENTRIES_PER_PAGE;
  const names = useEditor((s) => identitiesOf(s.doc, section, first, ENTRIES_PER_PAGE));
  const identities = names === '' ? [] : names.split('\u0000');

  if (single) {
    // [slack], [discord], [kubernetes] may be one table; keep the form the file uses.
    return <SectionFields key={`${generation}-${enterprise}`} fields={section.fields} basePath={[section.name]} defaultOf={defaultOf} />;
  }
  const builtIn = count === 0 && section.defaultElement === true;
  const carried = builtIn ? Object.entries(carriedDefaults(section, { enterprise })) : [];
  const indexes = builtIn ? [0] : Array.from({ length: Math.min(ENTRIES_PER_PAGE, count - first) }, (_, i) => first + i);
  const pager = count > ENTRIES_PER_PAGE ? <EntryPager header={header} count={count} page={shownPage} pages={pages} onPage={setPage} /> : null;
  return (
    <Stack gap="lg">
      {busy ? <Text role="status" size="sm" c="dimmed">Working on a large file: {busy}…</Text> : null}
      {count === 0 ? (
        <Alert variant="light" color="gray" title="No entries in the file">
          {builtIn
            ? `Kapacitor uses one built-in ${header} entry with the defaults shown below it when none is written. ` +
              `Editing a field below writes a ${header} entry with that key` +
              (carried.length
                ? ` and ${carried.map(([k, v]) => `${k} = ${formatValue(v)}`).join(', ')}, which a written entry would otherwise lose.`
                : '; the keys left out keep these defaults.')
            : `Add an entry to configure ${header}.`}
        </Alert>
      ) : null}
      {pager}
      {indexes.map((i) => (
        <EntryRow key={`${generation}-${enterprise}-${i}`} section={section} header={header} index={i} builtIn={builtIn} busy={busy !== undefined}
          last={i === count - 1} identity={identities[i - first]} defaultOf={defaultOf}
          expanded={!collapsible || openEntries.has(i)} onToggle={collapsible ? toggle : undefined}
          commit={i === 0 && section.defaultElement ? firstCommit : commitValue} />
      ))}
      {pager}
      <Group>
        <Button disabled={busy !== undefined} onClick={() => void runEntryOp(store, { op: 'add', section: section.name })}>Add {header} entry</Button>
      </Group>
    </Stack>
  );
}

interface RowProps {
  section: SectionDef;
  header: string;
  index: number;
  builtIn: boolean;
  /** an entry action is running on this section: the buttons wait for it */
  busy: boolean;
  last: boolean;
  identity: string | undefined;
  defaultOf: (f: FieldDef) => ReturnType<typeof effectiveDefault>;
  commit: Commit;
  /** its fields are shown */
  expanded: boolean;
  /** opens or closes it; undefined when it cannot be closed (few entries, or the one being edited) */
  onToggle?: (index: number) => void;
}

const EntryRow = memo(function EntryRow({ section, header, index: i, builtIn, busy, last, identity, defaultOf, commit, expanded, onToggle }: RowProps) {
  const store = useEditorStore();
  const name = builtIn ? `${header} built-in entry` : `${header} #${i + 1}`;
  const basePath = useMemo(() => [section.name, i], [section.name, i]);
  const bodyId = `${section.name}-entry-${i}-fields`;
  const control = (name: string) => ({ 'data-entry-section': section.name, 'data-entry-index': i, 'data-entry-control': name });
  return (
    <Paper withBorder p={expanded ? 'md' : 'xs'} component="section" aria-label={name} style={builtIn ? { borderStyle: 'dashed' } : undefined}>
      <Group justify="space-between" mb={expanded ? 'sm' : 0} wrap="wrap">
        <Group gap="xs">
          {onToggle ? (
            <Button {...control('toggle')} size="compact-xs" variant="subtle" aria-expanded={expanded} aria-controls={expanded ? bodyId : undefined}
              aria-label={`${expanded ? 'Close' : 'Open'} ${name}`} onClick={() => onToggle(i)}>
              {expanded ? '▾' : '▸'}
            </Button>
          ) : null}
          {/* the entry's own path names its title: a problem or search hit on the whole entry lands here */}
          <Title order={3} size="h5" id={domId(basePath)} tabIndex={-1}>
            {name}
            {identity ? <Text span c="dimmed" fw={400}> {identity}</Text> : null}
          </Title>
          {builtIn ? <Badge variant="light" color="gray">not in file: Kapacitor defaults</Badge> : null}
        </Group>
        {builtIn ? null : (
          <Group gap={4}>
            <Button {...control('up')} size="compact-xs" variant="default" disabled={busy || i === 0} aria-label={`Move ${name} up`} onClick={() => void runEntryOp(store, { op: 'move', section: section.name, from: i, to: i - 1 })}>↑ Up</Button>
            <Button {...control('down')} size="compact-xs" variant="default" disabled={busy || last} aria-label={`Move ${name} down`} onClick={() => void runEntryOp(store, { op: 'move', section: section.name, from: i, to: i + 1 })}>↓ Down</Button>
            <Button {...control('duplicate')} size="compact-xs" variant="default" disabled={busy} aria-label={`Duplicate ${name}`} onClick={() => void runEntryOp(store, { op: 'duplicate', section: section.name, index: i })}>Duplicate</Button>
            <Button {...control('remove')} size="compact-xs" color="red" variant="light" disabled={busy} aria-label={`Remove ${name}`} onClick={() => void runEntryOp(store, { op: 'remove', section: section.name, index: i })}>Remove</Button>
          </Group>
        )}
      </Group>
      {expanded ? (
        <div id={bodyId}>
          <CommitContext.Provider value={commit}>
            <SectionFields fields={section.fields} basePath={basePath} defaultOf={defaultOf} />
          </CommitContext.Provider>
        </div>
      ) : null}
    </Paper>
  );
});

interface PagerProps { header: string; count: number; page: number; pages: number; onPage: (page: number) => void }

function EntryPager({ header, count, page, pages, onPage }: PagerProps) {
  const from = page * ENTRIES_PER_PAGE + 1;
  const to = Math.min(count, from + ENTRIES_PER_PAGE - 1);
  const group = useRef<HTMLDivElement>(null);
  const options = Array.from({ length: pages }, (_, p) => {
    const a = p * ENTRIES_PER_PAGE + 1;
    return { value: String(p), label: `#${a}–#${Math.min(count, a + ENTRIES_PER_PAGE - 1)}` };
  });
  // the new page starts at the top of the list (the pager under it would leave the view at its end); focus stays
  // in this pager, on the page select when the button pressed is disabled on the new page (the last or first one)
  const go = (next: number) => {
    onPage(next);
    requestAnimationFrame(() => {
      const root = group.current;
      root?.closest('section')?.querySelector('[role="group"]')?.scrollIntoView({ block: 'start' });
      if (root && (next === 0 || next === pages - 1)) root.querySelector<HTMLElement>('select')?.focus();
    });
  };
  return (
    <Group ref={group} gap="xs" role="group" aria-label={`${header} entries shown`}>
      <Button size="compact-sm" variant="default" disabled={page === 0} onClick={() => go(page - 1)}
        aria-label={`Previous ${ENTRIES_PER_PAGE} ${header} entries`}>← Previous</Button>
      <NativeSelect size="xs" aria-label={`${header} entries to show`} data={options} value={String(page)}
        onChange={(e) => onPage(Number(e.currentTarget.value))} />
      <Button size="compact-sm" variant="default" disabled={page === pages - 1} onClick={() => go(page + 1)}
        aria-label={`Next ${ENTRIES_PER_PAGE} ${header} entries`}>Next →</Button>
      <Text size="sm" c="dimmed" aria-live="polite">Entries #{from}–#{to} of {count}</Text>
    </Group>
  );
}
