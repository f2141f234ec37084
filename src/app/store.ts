// The editor's state: one document, and what the UI needs around it. Components subscribe to slices.
import { useSyncExternalStore } from 'react';
import type { TomlDocument } from '../toml/document';
import type { KeyPath, SourceEncoding } from '../toml/types';
import type { CheckOptions } from '../kapacitor/types';

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
  activePath?: KeyPath;
  /** the section shown in the form area ('' = top-level keys) */
  section: string;
  options: CheckOptions;
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
      doc, original: doc.text, source, notices, importFailure: undefined, editError: undefined,
      generation: s.generation + 1, past: [...s.past.slice(-199), snap(s)], future: [],
    }));
  }

  undo() {
    const s = this.state;
    const prev = s.past[s.past.length - 1];
    if (!prev) return;
    // the next keystroke starts a step of its own: merged into the step undone to, it would erase that step
    this.lastEdit = { key: '', at: 0 };
    this.set({ ...prev, past: s.past.slice(0, -1), future: [snap(s), ...s.future], generation: s.generation + 1 });
  }

  redo() {
    const s = this.state;
    const next = s.future[0];
    if (!next) return;
    this.lastEdit = { key: '', at: 0 };
    this.set({ ...next, future: s.future.slice(1), past: [...s.past, snap(s)], generation: s.generation + 1 });
  }
}

function snap(s: EditorState): Snapshot {
  return { doc: s.doc, original: s.original, source: s.source };
}

export function useStore<T>(store: Store, select: (s: EditorState) => T): T {
  return useSyncExternalStore(store.subscribe, () => select(store.get()));
}
