import { Button, Fieldset, Group, Stack, TextInput } from '@mantine/core';
import { useContext, useState } from 'react';
import { useEditor, useEditorStore } from '../../app/StoreContext';
import type { FieldDef } from '../../kapacitor/types';
import type { KeyPath } from '../../toml/types';
import { isTable } from './convert';
import { CommitContext, commitRemove } from './commit';
import { SectionFields, schemaDefault } from './SectionFields';
import { domId } from './domId';
import { TableFieldIntro } from './FieldMeta';

/** A map of named tables, such as [udf.functions.<name>]. */
export function TableMapEditor({ field, path }: { field: FieldDef; path: KeyPath }) {
  const store = useEditorStore();
  const commit = useContext(CommitContext);
  const value = useEditor((s) => s.doc.get(path));
  const names = isTable(value) ? Object.keys(value) : [];
  const [draft, setDraft] = useState('');
  const valid = /^[A-Za-z0-9_-]+$/.test(draft) && !names.includes(draft);
  return (
    <Fieldset legend={field.key} aria-describedby={`${domId(path)}-description`}>
      <TableFieldIntro field={field} path={path} descriptionId={`${domId(path)}-description`} />
      <Stack gap="md">
        {names.map((name) => (
          <Fieldset key={name} legend={name}>
            <SectionFields fields={field.fields ?? []} basePath={[...path, name]} defaultOf={schemaDefault} />
            <Button mt="sm" size="compact-sm" color="red" variant="light" onClick={() => commitRemove(store, [...path, name])}>
              Remove {name}
            </Button>
          </Fieldset>
        ))}
        <Group align="flex-end">
          <TextInput label={`New ${field.key} entry name`} value={draft} onChange={(e) => setDraft(e.currentTarget.value)}
            error={draft !== '' && !valid ? 'Use letters, digits, - and _, and a name not used yet' : undefined} />
          <Button disabled={!valid} onClick={() => { commit(store, [...path, draft], {}, false); setDraft(''); }}>
            Add {field.key} entry
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
