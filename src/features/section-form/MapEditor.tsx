import { ActionIcon, Button, Fieldset, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useRef, useState, type ChangeEvent } from 'react';
import type { FieldDef } from '../../kapacitor/types';
import type { KeyPath } from '../../toml/types';
import type { MapRow } from './convert';
import { domId } from './domId';
import { addDraft, applyChange, entryInputIds, isSecretEntry, sameRows, type MapItem } from './mapRows';

interface Props {
  field: FieldDef;
  /** the map's key path: entry inputs get the ids of their entries' paths, secret entries are masked */
  path: KeyPath;
  rows: MapRow[];
  onChange: (rows: MapRow[]) => void;
  onFocus: () => void;
  error?: string;
  descriptionId: string;
}

/** Rows of key and value for map keys (httppost headers, influxdb subscriptions, udf env). A row added with Add
 *  stays in the form only until it has a key and a value; then it is written. Secret values (an Authorization
 *  header, fluxtask secrets) are masked as the preview masks them, with a button to show them. */
export function MapEditor({ field, path, rows, onChange, onFocus, error, descriptionId }: Props) {
  const listHint = field.kind === 'stringListMap' ? ' (comma-separated list)' : '';
  const nextUid = useRef(0);
  const toItems = (from: readonly MapRow[]): MapItem[] => from.map((row) => ({ row, draft: false, uid: nextUid.current++ }));
  const [items, setItems] = useState(() => toItems(rows));
  // the rows last written; rows that differ came from elsewhere (the form was given other rows): show those
  const [written, setWritten] = useState(rows);
  if (!sameRows(rows, written)) {
    setWritten(rows);
    setItems(toItems(rows));
  }
  const focusKeyOf = useRef<number | undefined>(undefined);

  const change = (next: MapItem[]) => {
    const { items: shown, write } = applyChange(next, written);
    setItems(shown);
    if (write) {
      setWritten(write);
      onChange(write);
    }
  };
  const update = (uid: number, patch: Partial<MapRow>) => change(items.map((it) => (it.uid === uid ? { ...it, row: { ...it.row, ...patch } } : it)));
  const add = () => {
    const uid = nextUid.current++;
    focusKeyOf.current = uid;
    setItems(addDraft(items, uid));
  };

  // the removed row's button is gone: focus goes to the next row's (it took the place), the one before, or Add
  const root = useRef<HTMLFieldSetElement>(null);
  const focusAfterRemove = (i: number) => requestAnimationFrame(() => {
    const buttons = root.current?.querySelectorAll<HTMLElement>('[data-map-remove]') ?? [];
    (buttons[i] ?? buttons[i - 1] ?? root.current?.querySelector<HTMLElement>('[data-map-add]'))?.focus();
  });

  const ids = entryInputIds(path, items.map((it) => it.row));
  const mapId = domId(path);
  return (
    <Fieldset ref={root} legend={field.key} aria-describedby={descriptionId} variant="unstyled" p={0}>
      <Text id={descriptionId} size="sm" c="dimmed" mb={4}>{field.description}</Text>
      <Stack gap={4}>
        {items.map((it, i) => {
          const secret = isSecretEntry(path, it.row.key);
          const valueProps = {
            id: ids[i],
            'aria-label': `${field.key} value ${i + 1}${listHint}`,
            placeholder: field.kind === 'stringListMap' ? 'a, b' : 'value',
            value: it.row.value,
            autoComplete: 'off',
            spellCheck: false,
            onFocus,
            onChange: (e: ChangeEvent<HTMLInputElement>) => update(it.uid, { value: e.currentTarget.value }),
            style: { flex: 2 },
          };
          return (
            <Group key={it.uid} gap={4} wrap="nowrap" align="flex-end">
              {/* the first key input carries the map's own id: a problem or search hit on the whole map lands here */}
              <TextInput id={i === 0 ? mapId : ids[i] ? `${ids[i]}-key` : undefined} aria-label={`${field.key} key ${i + 1}`} placeholder="key"
                value={it.row.key} autoComplete="off" spellCheck={false} onFocus={onFocus}
                ref={(el) => { if (el && focusKeyOf.current === it.uid) { focusKeyOf.current = undefined; el.focus(); } }}
                onChange={(e) => update(it.uid, { key: e.currentTarget.value })} style={{ flex: 1 }} />
              {secret ? (
                <PasswordInput {...valueProps} visibilityToggleFocusable
                  visibilityToggleButtonProps={{ 'aria-label': `Show ${field.key} value ${i + 1}`, title: 'Show or hide the value' }} />
              ) : (
                <TextInput {...valueProps} />
              )}
              <ActionIcon variant="subtle" color="red" aria-label={`Remove ${field.key} row ${i + 1}`} data-map-remove
                onClick={() => { change(items.filter((x) => x.uid !== it.uid)); focusAfterRemove(i); }}>
                ×
              </ActionIcon>
            </Group>
          );
        })}
        <Group>
          <Button id={items.length === 0 ? mapId : undefined} data-map-add size="compact-xs" variant="light" onClick={add}>
            Add to {field.key}
          </Button>
        </Group>
        {items.some((it) => it.draft) ? (
          <Text size="xs" c="dimmed">A new row is written once it has a key and a value.</Text>
        ) : null}
        {error ? <Text size="sm" c="red" role="status">{error}</Text> : null}
      </Stack>
    </Fieldset>
  );
}
