import { Button } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useLazyDialog } from '../../app/useLazyDialog';

export const loadOutputsDialog = () => import('./OutputsDialog');
const OutputsDialog = lazy(loadOutputsDialog);

/** "Export as…": env vars, config API, cluster bundle, minimal file, share link; its code loads when opened. */
export function OutputsButton() {
  const dialog = useLazyDialog();
  return (
    <>
      <Button ref={dialog.button} size="sm" variant="default" onClick={dialog.show}>Export as…</Button>
      {dialog.mounted ? <Suspense fallback={null}><OutputsDialog opened={dialog.opened} onClose={dialog.close} /></Suspense> : null}
    </>
  );
}
