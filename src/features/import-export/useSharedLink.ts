import { useEffect } from 'react';
import { useEditorStore } from '../../app/StoreContext';
import { decodeShare, SHARE_PARAM } from '../../kapacitor/outputs/share';
import { importBytes } from './importActions';

/** Opening a share link (#doc=…) restores the document it carries, through the same door as any import. */
export function useSharedLink() {
  const store = useEditorStore();
  useEffect(() => {
    if (!location.hash.startsWith(`#${SHARE_PARAM}=`)) return;
    const hash = location.hash;
    history.replaceState(null, '', location.pathname + location.search);
    void importBytes(store, 'shared link', async () => new TextEncoder().encode(await decodeShare(hash)));
  }, [store]);
}
