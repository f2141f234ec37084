import { Button } from '@mantine/core';
import { Suspense, lazy } from 'react';
import { useLazyDialog } from '../../app/useLazyDialog';

export const loadDiffView = () => import('./DiffView');
const DiffDialog = lazy(loadDiffView);

/** "Changes": the document against the imported file. The dialog's code loads when it is first opened. */
export function DiffButton() {
  const dialog = useLazyDialog();
  return (
    <>
      <Button ref={dialog.button} size="sm" variant="default" onClick={dialog.show}>Changes</Button>
      {dialog.mounted ? <Suspense fallback={null}><DiffDialog opened={dialog.opened} onClose={dialog.close} /></Suspense> : null}
    </>
  );
}
