import { useEffect } from 'react';
import { useEditorStore } from './StoreContext';
import { downloadDocument } from '../features/import-export/ExportControls';

function inTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable);
}

/** Ctrl+S downloads; Ctrl+Z / Ctrl+Shift+Z undo and redo document edits (text fields keep their own undo). */
export function useShortcuts() {
  const store = useEditorStore();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey;
      if (!mod) return;
      const key = e.key.toLowerCase();
      if (key === 's') { e.preventDefault(); downloadDocument(store); }
      else if (key === 'z' && !inTextField(e.target)) { e.preventDefault(); if (e.shiftKey) store.redo(); else store.undo(); }
      else if (key === 'y' && !inTextField(e.target)) { e.preventDefault(); store.redo(); }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}
