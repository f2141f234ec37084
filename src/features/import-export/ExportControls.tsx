import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import { useEditorStore } from '../../app/StoreContext';
import type { Store } from '../../app/store';
import { ExportRefused, exportBytes } from './exportDocument';

export function downloadDocument(store: Store): void {
  try {
    const bytes = exportBytes(store.get());
    const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'text/plain;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'kapacitor.conf';
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    if (store.get().exportError) store.set({ exportError: undefined });
    void checkExportForToml04(store);
  } catch (e) {
    store.set({ exportError: (e as Error).message });
  }
}

async function copyDocument(store: Store): Promise<boolean> {
  try {
    const text = new TextDecoder().decode(exportBytes(store.get())).replace(/^\uFEFF/, '');
    await navigator.clipboard.writeText(text);
    if (store.get().exportError) store.set({ exportError: undefined });
    void checkExportForToml04(store);
    return true;
  } catch (e) {
    store.set({ exportError: e instanceof ExportRefused ? (e as Error).message : `Copy failed: ${(e as Error).message}` });
    return false;
  }
}

/** Kapacitor 1.5 to 1.6.5 read TOML 0.4: what was exported for them is checked against it, and what they cannot
 *  read is said (the export itself is the user's file, and goes out as it is). */
export async function checkExportForToml04(store: Store): Promise<void> {
  const { doc, options } = store.get();
  if (options.version !== '1.5' && options.version !== '1.6') {
    if (store.get().exportWarning) store.set({ exportWarning: undefined });
    return;
  }
  const { checkToml04 } = await import('../../toml/strict');
  const problems = checkToml04(doc.text);
  const reader = options.version === '1.5' ? 'Kapacitor 1.5' : 'Kapacitor 1.6.0 to 1.6.5';
  const shown = problems.slice(0, 5).map((p) => `line ${p.line}: ${p.message}`).join(' ');
  const more = problems.length > 5 ? ` And ${problems.length - 5} more, in Problems.` : '';
  store.set({ exportWarning: problems.length ? `${reader} reads TOML 0.4, and the exported file has ${problems.length} ${problems.length === 1 ? 'thing' : 'things'} it cannot read. ${shown}${more}` : undefined });
}

export function ExportControls() {
  const store = useEditorStore();
  const [copied, setCopied] = useState(false);
  return (
    <Group gap="xs" wrap="nowrap">
      <Button size="sm" onClick={() => downloadDocument(store)}>Download kapacitor.conf</Button>
      <Button size="sm" variant="default" aria-label="Copy TOML" color={copied ? 'teal' : undefined}
        onClick={async () => { if (await copyDocument(store)) { setCopied(true); setTimeout(() => setCopied(false), 1500); } }}>
        {copied ? 'Copied ✓' : 'Copy TOML'}
      </Button>
      <span role="status" className="visually-hidden" style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>
        {copied ? 'TOML copied to the clipboard' : ''}
      </span>
    </Group>
  );
}
