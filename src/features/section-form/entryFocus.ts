// Where focus was when an entry action was applied, and where it goes once the section has rendered the result:
// the same field or button of the same entry, wherever the action moved that entry. Without this, the remount
// that an entry action causes dropped focus to the page, and the keys typed next went nowhere.
import type { Store } from '../../app/store';
import type { KeyPath } from '../../toml/types';
import { domId } from './domId';
import { entryIndexAfter, type EntryOp } from './entryActions';

export type EntryFocus =
  | { kind: 'field'; path: KeyPath; start: number | null; end: number | null }
  | { kind: 'control'; index: number; control: string };

/** The field (its key path) or the entry button that has focus now, in `section`. */
export function captureEntryFocus(store: Store, section: string): EntryFocus | undefined {
  const el = document.activeElement;
  if (!(el instanceof HTMLElement)) return undefined;
  const control = el.dataset.entryControl;
  if (control && el.dataset.entrySection === section) return { kind: 'control', index: Number(el.dataset.entryIndex), control };
  const path = store.get().activePath;
  if (path && path[0] === section && el.id !== '' && el.id === domId(path)) {
    const input = el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el : undefined;
    return { kind: 'field', path, start: input?.selectionStart ?? null, end: input?.selectionEnd ?? null };
  }
  return undefined;
}

/** Focuses what `focus` named, moved as `op` moved its entry; only when focus was lost (it is on the page itself). */
export function restoreEntryFocus(section: string, op: EntryOp, focus: EntryFocus): void {
  if (document.activeElement && document.activeElement !== document.body) return;
  if (focus.kind === 'field') {
    const index = typeof focus.path[1] === 'number' ? entryIndexAfter(op, focus.path[1]) : undefined;
    if (index === undefined) return;
    const el = document.getElementById(domId([section, index, ...focus.path.slice(2)]));
    if (!el) return;
    el.focus();
    if ((el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) && focus.start !== null) {
      try { el.setSelectionRange(focus.start, focus.end ?? focus.start); } catch { /* inputs without a caret */ }
    }
    return;
  }
  // a removed entry's button: the same button of the entry that took its place, or of the one before it
  const moved = entryIndexAfter(op, focus.index) ?? focus.index;
  for (const index of [moved, moved - 1]) {
    const el = document.querySelector<HTMLElement>(`[data-entry-section="${CSS.escape(section)}"][data-entry-index="${index}"][data-entry-control="${focus.control}"]`);
    if (el && !el.hasAttribute('disabled') && el.getAttribute('data-disabled') !== 'true') { el.focus(); return; }
    // the button cannot take focus there (Down on the last entry): the entry's other controls, then its title
    const other = document.querySelector<HTMLElement>(`[data-entry-section="${CSS.escape(section)}"][data-entry-index="${index}"][data-entry-control]:not([disabled]):not([data-disabled="true"])`);
    if (other) { other.focus(); return; }
  }
}
