import { useState, type ReactNode } from 'react';
import { useEditorStore } from '../../app/StoreContext';
import { importFile } from './importActions';

/** Dropping a file anywhere on the page imports it (the first, when several are dropped, with a note). */
export function DropZone({ children }: { children: ReactNode }) {
  const store = useEditorStore();
  const [over, setOver] = useState(false);
  return (
    <div
      onDragOver={(e) => { if (e.dataTransfer.types.includes('Files')) { e.preventDefault(); setOver(true); } }}
      onDragLeave={(e) => { if (e.currentTarget === e.target) setOver(false); }}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const files = [...e.dataTransfer.files];
        const file = files[0];
        if (!file) return;
        void importFile(store, file).then((ok) => {
          // one document is open at a time: say which file was opened (or tried), and that the others were not
          if (files.length < 2) return;
          const others = files.slice(1).map((f) => f.name).join(', ');
          const were = files.length === 2 ? 'was' : 'were';
          if (ok) {
            store.set((s) => ({ notices: [...s.notices, `${files.length} files were dropped: ${file.name} is open; ${others} ${were} not opened. Drop one file at a time.`] }));
          } else {
            store.set((s) => (s.importFailure ? { importFailure: { ...s.importFailure, hint: [s.importFailure.hint, `${files.length} files were dropped: only ${file.name} was tried; ${others} ${were} not opened. Drop one file at a time.`].filter(Boolean).join(' ') } } : {}));
          }
        });
      }}
      style={{ outline: over ? '3px dashed var(--mantine-color-blue-6)' : undefined, outlineOffset: -3, minHeight: '100%' }}
    >
      {children}
    </div>
  );
}
