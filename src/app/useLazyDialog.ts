import { useCallback, useRef, useState } from 'react';

/** A dialog whose code loads on first use: it mounts already open the first time, so Mantine's focus return has
 *  nothing to return to and focus fell to the page; closing puts it back on the button that opened it. */
export function useLazyDialog() {
  const [opened, setOpened] = useState<boolean | undefined>(undefined);
  const button = useRef<HTMLButtonElement>(null);
  const show = useCallback(() => setOpened(true), []);
  const close = useCallback(() => {
    setOpened(false);
    requestAnimationFrame(() => button.current?.focus());
  }, []);
  return { opened: opened === true, mounted: opened !== undefined, show, close, button };
}
