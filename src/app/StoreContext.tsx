import { createContext, useContext } from 'react';
import { Store, useStore, type EditorState } from './store';

export const StoreContext = createContext<Store | null>(null);

export function useEditorStore(): Store {
  const store = useContext(StoreContext);
  if (!store) throw new Error('StoreContext missing');
  return store;
}

export function useEditor<T>(select: (s: EditorState) => T): T {
  return useStore(useEditorStore(), select);
}
