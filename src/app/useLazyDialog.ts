import { useCallback, useRef, useState } from 'react';

/** A dialog whose code loads on first use: it mounts already open the first time, so Mantine's focus return has
 *  nothing to return to and focus fell to the page; closing puts it back on the button that opened it. */
/** Longer than Mantine's Modal closing transition (200 ms by default). */
const CLOSE_TRANSITION_MS = 350;

export function useLazyDialog() {
  const [opened, setOpened] = useState<boolean | undefined>(undefined);
  const button = useRef<HTMLButtonElement>(null);
  const show = useCallback(() => setOpened(true), []);
  const close = useCallback(() => {
    setOpened(false);
    requestAnimationFrame(() => button.current?.focus());
    // and once the dialog's closing transition is over, if focus fell to the page meanwhile (seen on a loaded machine)
    setTimeout(() => {
      const at = document.activeElement;
      if (!at || at === document.body || !at.isConnected) button.current?.focus();
    }, CLOSE_TRANSITION_MS);
  }, []);
  return { opened: opened === true, mounted: opened !== undefined, show, close, button };
}
