import { Alert } from '@mantine/core';
import { useState } from 'react';
import { useEditor } from '../../app/StoreContext';
import type { VersionGuess } from '../../kapacitor/version';

/** After an import: which Kapacitor release the checks now follow, and what in the file made us think so. */
export function VersionGuessNote() {
  const guess = useEditor((s) => s.versionGuess);
  const [dismissed, setDismissed] = useState<VersionGuess | undefined>(undefined);
  if (!guess || dismissed === guess) return null;
  return (
    <Alert role="status" color="blue" variant="light" withCloseButton closeButtonLabel="Dismiss" onClose={() => setDismissed(guess)}
      title={`Checked as Kapacitor ${guess.version}${guess.enterprise ? ' Enterprise' : ''}`}>
      {guess.reason} Change it with “Kapacitor version” and “Enterprise” in the toolbar.
    </Alert>
  );
}
