import { Button } from '@mantine/core';
import { Suspense, lazy, useState } from 'react';

export const loadDiffView = () => import('./DiffView');
const DiffDialog = lazy(loadDiffView);

/** "Changes": the document against the imported file. The dialog's code loads when it is first opened. */
export function DiffButton() {
  const [open, setOpen] = useState<boolean | undefined>(undefined);
  return (
    <>
      <Button size="sm" variant="default" onClick={() => setOpen(true)}>Changes</Button>
      {open !== undefined ? <Suspense fallback={null}><DiffDialog opened={open} onClose={() => setOpen(false)} /></Suspense> : null}
    </>
  );
}
