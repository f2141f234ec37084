import { Button, Group, Modal, ScrollArea, Switch, Text } from '@mantine/core';
import { plural } from '../../toml/text';
import { useMemo } from 'react';
import { useEditor } from '../../app/StoreContext';
import { parseDocument } from '../../toml/document';
import { maskSecrets, maskUrlPasswords } from '../preview/maskSecrets';
import { setShowSecrets, useShowSecrets } from '../preview/showSecrets';
import { diffLines, hunks, splitLines, unifiedDiff } from './lineDiff';
import classes from './DiffView.module.css';

function downloadPatch(patch: string) {
  const url = URL.createObjectURL(new Blob([patch], { type: 'text/x-diff' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = 'kapacitor.conf.patch';
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The document against the imported file: a unified diff with line numbers, and its download as a patch. */
export default function DiffDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title="Changes since import" size="80rem" closeButtonProps={{ 'aria-label': 'Close' }}>
      {opened ? <DiffBody /> : null}
    </Modal>
  );
}

/** The imported text as shown: secrets masked like the preview's (the imported text always parsed). */
function maskedOriginal(original: string): string {
  try {
    return maskSecrets(parseDocument(original));
  } catch {
    return maskUrlPasswords(original);
  }
}

function DiffBody() {
  const original = useEditor((s) => s.original);
  const doc = useEditor((s) => s.doc);
  const text = doc.text;
  const showSecrets = useShowSecrets();
  const ops = useMemo(() => hunks(diffLines(splitLines(original), splitLines(text))), [original, text]);
  // the diff and the patch are of the real texts; what is shown masks secrets, line for line
  const shownOld = useMemo(() => (showSecrets ? null : splitLines(maskedOriginal(original))), [original, showSecrets]);
  const shownNew = useMemo(() => (showSecrets ? null : splitLines(maskSecrets(doc))), [doc, showSecrets]);
  const patch = useMemo(() => unifiedDiff(original, text), [original, text]);
  const shown = (o: (typeof ops)[number]['ops'][number]) =>
    (o.kind === 'del' ? shownOld?.[o.oldLine! - 1] : shownNew?.[o.newLine! - 1]) ?? o.text;
  const reveal = (
    <Switch size="xs" label="Show secrets" checked={showSecrets} onChange={(e) => setShowSecrets(e.currentTarget.checked)} />
  );
  if (ops.length === 0) return <Text>No changes: the export is byte-identical to the imported file.</Text>;
  const added = ops.reduce((n, h) => n + h.ops.filter((o) => o.kind === 'add').length, 0);
  const removed = ops.reduce((n, h) => n + h.ops.filter((o) => o.kind === 'del').length, 0);
  return (
    <>
      <Group justify="space-between" mb="sm">
        <Text size="sm">{plural(added, 'line')} added, {removed} removed, in {plural(ops.length, 'place')}</Text>
        <Group gap="sm">
          {reveal}
          <Button size="sm" onClick={() => downloadPatch(patch)}>Download patch</Button>
        </Group>
      </Group>
      <ScrollArea.Autosize mah="70vh" type="auto">
        <table className={classes.diff} aria-label="Unified diff">
          <tbody>
            {ops.map((h, i) => [
              <tr key={`h${i}`} className={classes.hunk}><td colSpan={3}>@@ -{h.oldStart},{h.oldCount} +{h.newStart},{h.newCount} @@</td></tr>,
              ...h.ops.map((o, j) => (
                <tr key={`${i}-${j}`} data-kind={o.kind}>
                  <td className={classes.num}>{o.oldLine ?? ''}</td>
                  <td className={classes.num}>{o.newLine ?? ''}</td>
                  <td className={classes.text}>
                    <span aria-label={o.kind === 'add' ? 'added' : o.kind === 'del' ? 'removed' : undefined}>{o.kind === 'add' ? '+' : o.kind === 'del' ? '-' : ' '}</span>
                    {shown(o).replace(/\r$/, '')}
                  </td>
                </tr>
              )),
            ])}
          </tbody>
        </table>
      </ScrollArea.Autosize>
    </>
  );
}
