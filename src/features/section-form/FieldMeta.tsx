import { Badge, Group, Text } from '@mantine/core';
import type { FieldDef } from '../../kapacitor/types';
import { envVarName } from '../../kapacitor/env';
import { formatValue } from '../../toml/format';
import type { KeyPath } from '../../toml/types';

/** The facts under a field: Kapacitor's default, its environment variable, the release it came with. */
export function FieldMeta({ field, path, inFile }: { field: FieldDef; path: KeyPath; inFile: boolean }) {
  const envPath = path.map((p) => (typeof p === 'number' ? p : p));
  return (
    <Group gap={6} mt={4} wrap="wrap">
      {inFile ? null : (
        <Badge size="xs" variant="light" color="gray">default</Badge>
      )}
      {field.default !== undefined && field.kind !== 'table' && field.kind !== 'tableMap' ? (
        <Text size="xs" c="dimmed">Default: <code>{field.secret ? '""' : formatValue(field.default)}</code></Text>
      ) : null}
      {field.kind !== 'stringListMap' && field.kind !== 'tableMap' ? (
        <Text size="xs" c="dimmed"><code>{envVarName(envPath)}</code></Text>
      ) : null}
      {field.since ? <Text size="xs" c="dimmed">since {field.since}</Text> : null}
      {field.enterprise ? <Badge size="xs" variant="outline">Enterprise</Badge> : null}
    </Group>
  );
}
