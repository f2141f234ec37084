import { Alert, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useEditor, useEditorStore } from '../../app/StoreContext';
import { effectiveDefault } from '../../kapacitor/defaults';
import type { SectionDef } from '../../kapacitor/types';
import { formatValue } from '../../toml/format';
import type { TomlTable } from '../../toml/types';
import { CommitContext, commitValue } from './commit';
import { isTable } from './convert';
import { carriedDefaults, entryActions, firstEntryCommit } from './entryActions';
import type { FieldFindings } from './fieldFindings';
import { SectionFields } from './SectionFields';

interface Props { section: SectionDef; header: string; findings: Map<string, FieldFindings> }

/** An array of tables: entries to add, duplicate, remove and reorder. With none in the file, a section that
 *  Kapacitor gives a built-in entry (NewConfig) shows that entry's defaults; editing one writes the first entry. */
export function ArraySection({ section, header, findings }: Props) {
  const store = useEditorStore();
  const value = useEditor((s) => s.doc.get([section.name]));
  const generation = useEditor((s) => s.generation);
  const enterprise = useEditor((s) => s.options.enterprise);
  const firstCommit = useMemo(() => firstEntryCommit(section, { enterprise }), [section, enterprise]);

  if (isTable(value)) {
    // [slack], [discord], [kubernetes] may be one table; keep the form the file uses.
    return (
      <SectionFields key={`${generation}-${enterprise}`} fields={section.fields} basePath={[section.name]} defaultOf={(f) => effectiveDefault(section, f, 1, { enterprise })} findings={findings} />
    );
  }
  const entries = Array.isArray(value) ? value : [];
  const builtIn = entries.length === 0 && section.defaultElement === true;
  // the built-in entry renders where entry #1 will: the first keystroke writes it without remounting the field
  const rows: (TomlTable | undefined)[] = builtIn ? [undefined] : entries.map((e) => (isTable(e) ? e : {}));
  const carried = builtIn ? Object.entries(carriedDefaults(section, { enterprise })) : [];
  return (
    <Stack gap="lg">
      {entries.length === 0 ? (
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
      {rows.map((entry, i) => {
        const name = entry === undefined ? `${header} built-in entry` : `${header} #${i + 1}`;
        const identity = section.identityKey && entry ? entry[section.identityKey] : undefined;
        const headingId = `${section.name}-entry-${i}`;
        return (
          <Paper key={`${generation}-${enterprise}-${i}`} withBorder p="md" component="section" aria-label={name}
            style={entry === undefined ? { borderStyle: 'dashed' } : undefined}>
            <Group justify="space-between" mb="sm" wrap="wrap">
              <Group gap="xs">
                <Title order={3} size="h5" id={headingId}>
                  {name}
                  {identity !== undefined && identity !== '' ? <Text span c="dimmed" fw={400}> {String(identity)}</Text> : null}
                </Title>
                {entry === undefined ? <Badge variant="light" color="gray">not in file: Kapacitor defaults</Badge> : null}
              </Group>
              {entry === undefined ? null : (
                <Group gap={4}>
                  <Button size="compact-xs" variant="default" disabled={i === 0} aria-label={`Move ${name} up`} onClick={() => entryActions.move(store, section, i, i - 1)}>↑ Up</Button>
                  <Button size="compact-xs" variant="default" disabled={i === entries.length - 1} aria-label={`Move ${name} down`} onClick={() => entryActions.move(store, section, i, i + 1)}>↓ Down</Button>
                  <Button size="compact-xs" variant="default" aria-label={`Duplicate ${name}`} onClick={() => entryActions.duplicate(store, section, i)}>Duplicate</Button>
                  <Button size="compact-xs" color="red" variant="light" aria-label={`Remove ${name}`} onClick={() => entryActions.remove(store, section, i)}>Remove</Button>
                </Group>
              )}
            </Group>
            <CommitContext.Provider value={i === 0 && section.defaultElement ? firstCommit : commitValue}>
              <SectionFields fields={section.fields} basePath={[section.name, i]}
                defaultOf={(f) => effectiveDefault(section, f, entries.length, { enterprise })} findings={findings} />
            </CommitContext.Provider>
          </Paper>
        );
      })}
      <Group>
        <Button onClick={() => entryActions.add(store, section)}>Add {header} entry</Button>
      </Group>
    </Stack>
  );
}
