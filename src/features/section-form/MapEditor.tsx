import { ActionIcon, Button, Fieldset, Group, Stack, Text, TextInput } from '@mantine/core';
import type { FieldDef } from '../../kapacitor/types';
import type { MapRow } from './convert';

interface Props {
  field: FieldDef;
  rows: MapRow[];
  onChange: (rows: MapRow[]) => void;
  onFocus: () => void;
  error?: string;
  descriptionId: string;
}

/** Rows of key and value for map keys (httppost headers, influxdb subscriptions, udf env). */
export function MapEditor({ field, rows, onChange, onFocus, error, descriptionId }: Props) {
  const listHint = field.kind === 'stringListMap' ? ' (comma-separated list)' : '';
  const update = (i: number, patch: Partial<MapRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <Fieldset legend={field.key} aria-describedby={descriptionId} variant="unstyled" p={0}>
      <Text id={descriptionId} size="sm" c="dimmed" mb={4}>{field.description}</Text>
      <Stack gap={4}>
        {rows.map((row, i) => (
          <Group key={i} gap={4} wrap="nowrap" align="flex-end">
            <TextInput aria-label={`${field.key} key ${i + 1}`} placeholder="key" value={row.key} onFocus={onFocus}
              onChange={(e) => update(i, { key: e.currentTarget.value })} style={{ flex: 1 }} />
            <TextInput aria-label={`${field.key} value ${i + 1}${listHint}`} placeholder={field.kind === 'stringListMap' ? 'a, b' : 'value'}
              value={row.value} onFocus={onFocus} onChange={(e) => update(i, { value: e.currentTarget.value })} style={{ flex: 2 }} />
            <ActionIcon variant="subtle" color="red" aria-label={`Remove ${field.key} row ${i + 1}`} onClick={() => onChange(rows.filter((_, j) => j !== i))}>
              ×
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button size="compact-xs" variant="light" onClick={() => onChange([...rows, { key: `key${rows.length + 1}`, value: '' }])}>
            Add to {field.key}
          </Button>
        </Group>
        {error ? <Text size="sm" c="red" role="status">{error}</Text> : null}
      </Stack>
    </Fieldset>
  );
}
