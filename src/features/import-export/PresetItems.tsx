import { Menu, Text } from '@mantine/core';
import { useEditor } from '../../app/StoreContext';
import { presetMatches, presets } from '../../kapacitor/outputs/presets';

/** The presets of the New menu, each with its explanation and a mark while the document still matches it. */
export default function PresetItems({ onPick }: { onPick: (text: string) => void }) {
  const values = useEditor((s) => s.doc.values);
  return presets.map((p) => (
    <Menu.Item key={p.id} onClick={() => onPick(p.text)}
      rightSection={presetMatches(p, values) ? <span aria-label="applied">✓</span> : null}>
      <div>{p.title}</div>
      <Text size="xs" c="dimmed" maw={360}>{p.explanation}</Text>
    </Menu.Item>
  ));
}
