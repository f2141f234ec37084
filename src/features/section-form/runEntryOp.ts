import type { Store } from '../../app/store';
import { documentFromWorker } from '../import-export/readInWorker';
import { applyEntryResult, describeEntryOp, runEntryOpHere, type EntryOp } from './entryActions';
import { captureEntryFocus } from './entryFocus';

/** From this size an entry action runs in the parse Worker: it parses the whole text again, which takes about
 *  half a second at 1 MB; on the page that would freeze it. */
export const ENTRY_OP_OFF_THREAD_CHARS = 128 * 1024;

/** Adds, duplicates, moves or removes an entry. On a large document the Worker does it while the section shows
 *  that it is busy; if the document changes meanwhile (a keystroke elsewhere), the action runs again on the new
 *  text, so nothing typed is lost. */
export async function runEntryOp(store: Store, op: EntryOp): Promise<void> {
  const { doc, entryOpBusy } = store.get();
  if (entryOpBusy) return;
  const focus = () => (typeof document === 'undefined' ? undefined : captureEntryFocus(store, op.section));
  if (doc.text.length < ENTRY_OP_OFF_THREAD_CHARS || typeof Worker === 'undefined') return runEntryOpHere(store, op, focus());
  // the button clicked loses focus once it is disabled while the Worker runs: remember it now
  const atClick = focus();
  const focusNow = () => focus() ?? atClick;
  store.set({ entryOpBusy: { section: op.section, what: describeEntryOp(op) } });
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      const before = store.get().doc;
      const answer = await documentFromWorker({ text: before.text, op });
      if (!answer) break;
      if ('error' in answer.reply) {
        store.set({ editError: `Could not ${describeEntryOp(op)}: ${answer.reply.error.message}` });
        return;
      }
      if (store.get().doc !== before) continue;
      if (answer.doc) {
        // taking in the last slice and rendering the result are two tasks, not one long one
        await new Promise((r) => setTimeout(r, 0));
        if (store.get().doc !== before) continue;
        // not busy in the render of the result: its buttons take focus back enabled
        store.set({ entryOpBusy: undefined });
        applyEntryResult(store, op, answer.doc, focusNow());
        return;
      }
      break;
    }
    store.set({ entryOpBusy: undefined });
    runEntryOpHere(store, op, focusNow());
  } finally {
    store.set({ entryOpBusy: undefined });
  }
}
