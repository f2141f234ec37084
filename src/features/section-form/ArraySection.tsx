import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEditor, useEditorStore } from '../../app/StoreContext';
import { effectiveDefault } from '../../kapacitor/defaults';
import type { SectionDef } from '../../kapacitor/types';
import type { FieldFindings } from './fieldFindings';
import { isTable } from './convert';
import { entryActions } from './entryActions';
import { SectionFields } from './SectionFields';

interface Props { section: SectionDef; header: string; findings: Map<string, FieldFindings> }

/** An array of tables: entries to add, duplicate, remove and reorder. */
export function ArraySection({ section, header, findings }: Props) {
  const store = useEditorStore();
  const value = useEditor((s) => s.doc.get([section.name]));
  const generation = useEditor((s) => s.generation);
  const enterprise = useEditor((s) => s.options.enterprise);

  if (isTable(value)) {
    // [slack], [discord], [kubernetes] may be one table; keep the form the file uses.
    return (
      <SectionFields key={`${generation}-${enterprise}`} fields={section.fields} basePath={[section.name]} defaultOf={(f) => effectiveDefault(section, f, 1, { enterprise })} findings={findings} />
    );
  }
  const entries = Array.isArray(value) ? value : [];
  return (
    <Stack gap="lg">
      {entries.length === 0 ? (
        <Alert variant="light" color="gray" title="No entries in the file">
          {section.defaultElement
            ? `Kapacitor uses one built-in ${header} entry with the defaults shown below it when none is written.`
            : `Add an entry to configure ${header}.`}
        </Alert>
      ) : null}
      {entries.map((entry, i) => {
        const name = `${header} #${i + 1}`;
        const identity = section.identityKey && isTable(entry) ? entry[section.identityKey] : undefined;
        const headingId = `${section.name}-entry-${i}`;
        return (
          <Paper key={`${generation}-${enterprise}-${i}`} withBorder p="md" component="section" aria-label={name}>
            <Group justify="space-between" mb="sm" wrap="wrap">
              <Title order={3} size="h5" id={headingId}>
                {name}
                {identity !== undefined && identity !== '' ? <Text span c="dimmed" fw={400}> {String(identity)}</Text> : null}
              </Title>
              <Group gap={4}>
                <Button size="compact-xs" variant="default" disabled={i === 0} aria-label={`Move ${name} up`} onClick={() => entryActions.move(store, section, i, i - 1)}>↑ Up</Button>
                <Button size="compact-xs" variant="default" disabled={i === entries.length - 1} aria-label={`Move ${name} down`} onClick={() => entryActions.move(store, section, i, i + 1)}>↓ Down</Button>
                <Button size="compact-xs" variant="default" aria-label={`Duplicate ${name}`} onClick={() => entryActions.duplicate(store, section, i)}>Duplicate</Button>
                <Button size="compact-xs" color="red" variant="light" aria-label={`Remove ${name}`} onClick={() => entryActions.remove(store, section, i)}>Remove</Button>
              </Group>
            </Group>
            <SectionFields fields={section.fields} basePath={[section.name, i]}
              defaultOf={(f) => effectiveDefault(section, f, entries.length, { enterprise })} findings={findings} />
          </Paper>
        );
      })}
      <Group>
        <Button onClick={() => entryActions.add(store, section)}>Add {header} entry</Button>
      </Group>
    </Stack>
  );
}
