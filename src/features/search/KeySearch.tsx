import { Button } from '@mantine/core';
import { Suspense, lazy, useCallback, useEffect, useRef, useState } from 'react';

export const loadKeySearchDialog = () => import('./KeySearchDialog');
const KeySearchDialog = lazy(loadKeySearchDialog);

/** The "Search keys" button and Ctrl+K. The search itself (Spotlight and every key's hit) is a chunk of its own. */
export function KeySearch() {
  const [wanted, setWanted] = useState(false);
  const open = useRef<(() => void) | undefined>(undefined);
  const pending = useRef(false);
  const request = useCallback(() => {
    if (open.current) open.current();
    else { pending.current = true; setWanted(true); }
  }, []);
  const onReady = useCallback((fn: () => void) => {
    open.current = fn;
    if (pending.current) { pending.current = false; fn(); }
  }, []);
  // once its code is here (it is fetched after the first paint), mount it closed: Ctrl+K then opens it at once,
  // and what is typed right after goes into the search box
  useEffect(() => {
    let live = true;
    const frame = requestAnimationFrame(() => setTimeout(() => void loadKeySearchDialog().then(() => { if (live) setWanted(true); })));
    return () => { live = false; cancelAnimationFrame(frame); };
  }, []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'k') { e.preventDefault(); request(); }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [request]);
  return (
    <>
      <Button size="sm" variant="default" onClick={request} aria-keyshortcuts="Control+K">Search keys</Button>
      {wanted ? <Suspense fallback={null}><KeySearchDialog onReady={onReady} /></Suspense> : null}
    </>
  );
}
