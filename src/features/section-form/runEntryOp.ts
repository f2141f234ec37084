import type { Store } from '../../app/store';
import { capitalise } from '../../toml/text';
import { documentFromWorker } from '../import-export/readInWorker';
import { applyEntryResult, describeEntryOp, runEntryOpHere, type EntryOp } from './entryActions';
import { captureEntryFocus } from './entryFocus';

/** From this size an entry action runs in the parse Worker: it parses the whole text again, which takes about
 *  half a second at 1 MB; on the page that would freeze it. */
export const ENTRY_OP_OFF_THREAD_CHARS = 128 * 1024;

/** How long typing must pause before an action the typing overtook runs again, and how often it may. */
export const RETRY_PAUSE_MS = 300;
export const MAX_ATTEMPTS = 20;

/** Adds, duplicates, moves or removes an entry. On a large document the Worker does it while the section shows
 *  that it is busy; if the document changes meanwhile (a keystroke elsewhere), the action runs again on the new
 *  text once typing pauses, so nothing typed is lost. It never falls back to the page (a 10 MB parse there froze
 *  it for seconds) unless the Worker is missing, and it is dropped, with a message, when another file is opened
 *  meanwhile: it belonged to the document it was asked on. */
export async function runEntryOp(store: Store, op: EntryOp, pauseMs = RETRY_PAUSE_MS): Promise<void> {
  const { doc, entryOpBusy, source, original } = store.get();
  if (entryOpBusy) return;
  const focus = () => (typeof document === 'undefined' ? undefined : captureEntryFocus(store, op.section));
  if (doc.text.length < ENTRY_OP_OFF_THREAD_CHARS || typeof Worker === 'undefined') return runEntryOpHere(store, op, focus());
  // the button clicked loses focus once it is disabled while the Worker runs: remember it now
  const atClick = focus();
  const focusNow = () => focus() ?? atClick;
  const replaced = () => store.get().source !== source || store.get().original !== original;
  const dropped = () => store.set({ editError: `${capitalise(describeEntryOp(op))} was not applied: another document was opened while it ran.` });
  store.set({ entryOpBusy: { section: op.section, what: describeEntryOp(op) } });
  try {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      if (attempt > 0) await typingPause(store, pauseMs);
      if (replaced()) return dropped();
      const before = store.get().doc;
      const answer = await documentFromWorker({ text: before.text, op });
      if (replaced()) return dropped();
      if (!answer) {
        store.set({ entryOpBusy: undefined });
        return runEntryOpHere(store, op, focusNow());
      }
      if ('error' in answer.reply) {
        store.set({ editError: `Could not ${describeEntryOp(op)}: ${answer.reply.error.message}` });
        return;
      }
      if (store.get().doc !== before || !answer.doc) continue;
      // taking in the last slice and rendering the result are two tasks, not one long one
      await new Promise((r) => setTimeout(r, 0));
      if (replaced()) return dropped();
      if (store.get().doc !== before) continue;
      // not busy in the render of the result: its buttons take focus back enabled
      store.set({ entryOpBusy: undefined });
      applyEntryResult(store, op, answer.doc, focusNow());
      return;
    }
    store.set({ editError: `Could not ${describeEntryOp(op)}: the file kept changing while it ran. Try again once typing stops.` });
  } finally {
    store.set({ entryOpBusy: undefined });
  }
}

/** Resolves once the document has not changed for `ms`. */
function typingPause(store: Store, ms: number): Promise<void> {
  return new Promise((resolve) => {
    let doc = store.get().doc;
    const check = () => {
      const now = store.get().doc;
      if (now === doc) resolve();
      else { doc = now; setTimeout(check, ms); }
    };
    setTimeout(check, ms);
  });
}
