import { useEffect } from 'react';
import { useEditorStore } from './StoreContext';
import type { Store } from './store';
import { downloadDocument } from '../features/import-export/ExportControls';

function isTextTarget(target: EventTarget | null): target is HTMLElement {
  return target instanceof HTMLElement && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable);
}

/** Text fields that keep the browser's own undo: those whose text is not the document's, such as the Paste dialog's
 *  textarea and the search box (every dialog), and any marked data-native-undo. Form fields commit each keystroke
 *  to the document, so there Ctrl+Z undoes the document and the form re-reads it. */
export function keepsNativeUndo(target: EventTarget | null): boolean {
  return isTextTarget(target) && target.closest('[role="dialog"], [data-native-undo]') !== null;
}

/** Undo or redo the document; the field that had focus gets it back once the forms have re-read the document. */
export function undoRedo(store: Store, redo: boolean) {
  const active = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const id = active && active !== document.body ? active.id : '';
  if (redo) store.redo(); else store.undo();
  if (!id) return;
  requestAnimationFrame(() => requestAnimationFrame(() => {
    const el = document.getElementById(id);
    if (!el || el === document.activeElement) return;
    el.focus({ preventScroll: true });
    if (el instanceof HTMLInputElement && typeof el.value === 'string') {
      try { el.setSelectionRange(el.value.length, el.value.length); } catch { /* not a text input */ }
    }
  }));
}

/** Ctrl+S downloads; Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y) undo and redo document edits, in form fields too. */
export function useShortcuts() {
  const store = useEditorStore();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey;
      if (!mod || e.altKey) return;
      const key = e.key.toLowerCase();
      if (key === 's') { e.preventDefault(); downloadDocument(store); }
      else if ((key === 'z' || key === 'y') && !keepsNativeUndo(e.target)) {
        e.preventDefault();
        undoRedo(store, key === 'y' || e.shiftKey);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}
