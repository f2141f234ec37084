import { useState, type ReactNode } from 'react';
import { useEditorStore } from '../../app/StoreContext';
import { importFile } from './importActions';

/** Dropping a file anywhere on the page imports it. */
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
        const file = e.dataTransfer.files[0];
        if (file) void importFile(store, file);
      }}
      style={{ outline: over ? '3px dashed var(--mantine-color-blue-6)' : undefined, outlineOffset: -3, minHeight: '100%' }}
    >
      {children}
    </div>
  );
}
