import type { Store } from '../../app/store';
import type { Finding } from '../../kapacitor/types';
import { parseDocument } from '../../toml/document';
import { renameKey, setValue } from '../../toml/edit';

/** Applies a finding's one-click fix, only ever on the user's click. */
export function applyFix(store: Store, finding: Finding): void {
  const fix = finding.fix;
  if (!fix) return;
  const { doc } = store.get();
  try {
    let next = doc;
    if (fix.replaceText) {
      const { start, end, text } = fix.replaceText;
      next = parseDocument(doc.text.slice(0, start) + text + doc.text.slice(end));
    } else if (fix.renameTo !== undefined) {
      next = renameKey(doc, finding.path, fix.renameTo);
    } else if (fix.setValue !== undefined) {
      next = setValue(doc, finding.path, fix.setValue);
    }
    store.applyEdit(next, true);
  } catch (e) {
    store.set({ editError: `${fix.label} did not work: ${(e as Error).message}` });
  }
}
