import { Button, Loader, Modal } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';

const OutputsDialog = lazy(() => import('./OutputsDialog'));

/** "Export as…": env vars, config API, cluster bundle, minimal file, share link; its code loads when opened. */
export function OutputsButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="sm" variant="default" onClick={() => setOpen(true)}>Export as…</Button>
      <Modal opened={open} onClose={() => setOpen(false)} title="Export as" size="70rem">
        {open ? <Suspense fallback={<Loader size="sm" />}><OutputsDialog /></Suspense> : null}
      </Modal>
    </>
  );
}
