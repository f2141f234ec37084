import { Group, Loader, Text } from '@mantine/core';
import { useEditor } from '../../app/StoreContext';

const stages = { reading: 'reading the file', decoding: 'decoding', parsing: 'parsing and indexing', 'handing over': 'handing the document over', opening: 'opening' };

/** While an import runs: where it is. Large files are parsed off the page's thread, so the page stays usable. */
export function ImportProgress() {
  const stage = useEditor((s) => (s.importing ? s.importStage : undefined));
  if (!stage) return null;
  return (
    <Group gap="xs" role="status">
      <Loader size="xs" aria-hidden="true" />
      <Text size="sm">Importing: {stages[stage]}…</Text>
    </Group>
  );
}
