import { Button } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';

export const loadOutputsDialog = () => import('./OutputsDialog');
const OutputsDialog = lazy(loadOutputsDialog);

/** "Export as…": env vars, config API, cluster bundle, minimal file, share link; its code loads when opened. */
export function OutputsButton() {
  const [open, setOpen] = useState<boolean | undefined>(undefined);
  return (
    <>
      <Button size="sm" variant="default" onClick={() => setOpen(true)}>Export as…</Button>
      {open !== undefined ? <Suspense fallback={null}><OutputsDialog opened={open} onClose={() => setOpen(false)} /></Suspense> : null}
    </>
  );
}
