// The editor's state: one document, and what the UI needs around it. Components subscribe to slices.
import { useSyncExternalStore } from 'react';
import type { TomlDocument } from '../toml/document';
import type { KeyPath, SourceEncoding } from '../toml/types';
import type { CheckOptions } from '../kapacitor/types';
import { pathKey, startsWithPath } from '../toml/values';
import type { VersionGuess } from '../kapacitor/version';
import type { ImportStage } from '../features/import-export/readInWorker';
import type { EntryOp } from '../features/section-form/entryActions';
import type { EntryFocus } from '../features/section-form/entryFocus';

export interface ImportFailure {
  message: string;
  line: number;
  column: number;
  source: string;
  /** a repair the user may confirm: the text is imported (under the same source name) only on their click */
  repair?: { label: string; text: string };
  /** why no repair is offered, when one nearly was */
  hint?: string;
}

/** A field's input that was not written into the document (it does not convert, or the edit was refused). */
export interface UnwrittenInput {
  path: KeyPath;
  /** what the field holds (the form's own input type), put back when the field mounts again */
  input: unknown;
  /** why it was not written */
  message: string;
}

export interface EditorState {
  doc: TomlDocument;
  /** the text as imported (or started from): what "changed" is measured against */
  original: string;
  source: { encoding: SourceEncoding; bom: boolean; name: string };
  /** bumps whenever the document is replaced from outside the forms, so forms re-read it */
  generation: number;
  notices: string[];
  importFailure?: ImportFailure;
  editError?: string;
  importing: boolean;
  /** inputs the forms hold that the document does not, by pathKey: export is refused while there are any */
  unwritten: Readonly<Record<string, UnwrittenInput>>;
  /** why the last Download or Copy was refused */
  exportError?: string;
  /** what the last export holds that the chosen Kapacitor cannot read (TOML 0.4 for 1.5 and early 1.6) */
  exportWarning?: string;
  /** the last entry action applied, and the generation it made: open entries and focus follow their entries */
  lastEntryOp?: { op: EntryOp; generation: number; focus?: EntryFocus };
  /** an entry action running in the Worker (a large document): its section and what it does */
  entryOpBusy?: { section: string; what: string };
  /** where a running import is, for the progress shown while it runs */
  importStage?: ImportStage;
  activePath?: KeyPath;
  /** the section shown in the form area ('' = top-level keys) */
  section: string;
  options: CheckOptions;
  /** what the last import made of the file's release: `version`/`enterprise` are the options it left in effect,
   *  `evidence` what came from the file (the rest is the user's choice, kept), `reason` a sentence the UI can show.
   *  Cleared when another document replaces it without an import. */
  versionGuess?: VersionGuess;
  past: Snapshot[];
  future: Snapshot[];
}

interface Snapshot { doc: TomlDocument; original: string; source: EditorState['source'] }

type Listener = () => void;

export class Store {
  private state: EditorState;
  private listeners = new Set<Listener>();
  constructor(initial: EditorState) { this.state = initial; }
  get = () => this.state;
  subscribe = (l: Listener) => { this.listeners.add(l); return () => { this.listeners.delete(l); }; };
  set(patch: Partial<EditorState> | ((s: EditorState) => Partial<EditorState>)) {
    const p = typeof patch === 'function' ? patch(this.state) : patch;
    this.state = { ...this.state, ...p };
    for (const l of this.listeners) l();
  }

  private lastEdit = { key: '', at: 0 };

  /** Replace the document after an edit. Forms stay mounted unless `remount` (entries added, moved or removed).
   *  Keystrokes in one field within a second of each other make one undo step (`coalesce` names the field). */
  applyEdit(doc: TomlDocument, remount = false, coalesce?: string) {
    const now = Date.now();
    const merge = coalesce !== undefined && coalesce === this.lastEdit.key && now - this.lastEdit.at < 1000 && this.state.past.length > 0;
    this.lastEdit = { key: coalesce ?? '', at: now };
    this.set((s) => ({
      doc, editError: undefined, future: [],
      past: merge ? s.past : [...s.past.slice(-199), snap(s)],
      generation: remount ? s.generation + 1 : s.generation,
    }));
  }

  /** Replace the whole document: import, "New", undo of an import. Forms re-read it. */
  load(doc: TomlDocument, source: EditorState['source'], notices: string[] = []) {
    this.lastEdit = { key: '', at: 0 };
    this.set((s) => ({
      doc, original: doc.text, source, notices, importFailure: undefined, editError: undefined, versionGuess: undefined,
      generation: s.generation + 1, past: [...s.past.slice(-199), snap(s)], future: [],
      ...dropUnwritten,
    }));
  }

  /** While an entry action runs in the Worker, undo and redo wait: its result is computed from the document as it
   *  is now, and would land on top of an undone one (losing the step undone). */
  undo() {
    const s = this.state;
    if (s.entryOpBusy) return;
    const prev = s.past[s.past.length - 1];
    if (!prev) return;
    // the next keystroke starts a step of its own: merged into the step undone to, it would erase that step
    this.lastEdit = { key: '', at: 0 };
    this.set({ ...prev, past: s.past.slice(0, -1), future: [snap(s), ...s.future], generation: s.generation + 1, ...dropUnwritten });
  }

  redo() {
    const s = this.state;
    if (s.entryOpBusy) return;
    const next = s.future[0];
    if (!next) return;
    this.lastEdit = { key: '', at: 0 };
    this.set({ ...next, future: s.future.slice(1), past: [...s.past, snap(s)], generation: s.generation + 1, ...dropUnwritten });
  }

  /** Notes a field's input that was not written, or (entry undefined) that the field's value is written; once
   *  nothing is left unwritten, a refused export's message goes too. */
  setUnwritten(path: KeyPath, entry: Omit<UnwrittenInput, 'path'> | undefined) {
    const key = pathKey(path);
    const had = this.state.unwritten[key];
    if (!entry && !had) return;
    const unwritten = { ...this.state.unwritten };
    if (entry) unwritten[key] = { path, ...entry };
    else delete unwritten[key];
    this.set(Object.keys(unwritten).length === 0 ? { unwritten, exportError: undefined } : { unwritten });
  }

  /** Forgets inputs not written at or under `prefix` (their fields now show what the document holds). */
  clearUnwritten(prefix: KeyPath) {
    const kept = Object.entries(this.state.unwritten).filter(([, u]) => !startsWithPath(u.path, prefix));
    if (kept.length === Object.keys(this.state.unwritten).length) return;
    this.set(kept.length === 0 ? { unwritten: {}, exportError: undefined } : { unwritten: Object.fromEntries(kept) });
  }
}

const dropUnwritten = { unwritten: {}, exportError: undefined } satisfies Partial<EditorState>;

function snap(s: EditorState): Snapshot {
  return { doc: s.doc, original: s.original, source: s.source };
}

export function useStore<T>(store: Store, select: (s: EditorState) => T): T {
  return useSyncExternalStore(store.subscribe, () => select(store.get()));
}
