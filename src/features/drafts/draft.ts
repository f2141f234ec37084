// The working document, saved in this browser as the user types and offered back after a reload or a crash.
// Secrets are blanked in the draft unless the user opts in.
import type { EditorState } from '../../app/store';
import { secretsBlanked } from '../../kapacitor/outputs/share';
import { parseDocument } from '../../toml/document';

export const DRAFT_KEY = 'kapacitor-config-editor:draft';
export const SECRETS_KEY = 'kapacitor-config-editor:draft-keeps-secrets';

export interface Draft {
  text: string;
  original: string;
  name: string;
  encoding: EditorState['source']['encoding'];
  bom: boolean;
  savedAt: number;
  secretsKept: boolean;
}

export function draftOf(state: Pick<EditorState, 'doc' | 'original' | 'source'>, keepSecrets: boolean, now = Date.now()): Draft {
  return {
    text: keepSecrets ? state.doc.text : secretsBlanked(state.doc),
    original: keepSecrets ? state.original : blankedOriginal(state),
    name: state.source.name,
    encoding: state.source.encoding,
    bom: state.source.bom,
    savedAt: now,
    secretsKept: keepSecrets,
  };
}

// The original changes only on import, but a draft is saved after every pause in typing: read it once.
let lastOriginal: { text: string; blanked: string } | undefined;

function blankedOriginal(state: Pick<EditorState, 'doc' | 'original'>): string {
  if (lastOriginal?.text === state.original) return lastOriginal.blanked;
  let blanked: string;
  try {
    blanked = state.original === state.doc.text ? secretsBlanked(state.doc) : secretsBlanked(parseDocument(state.original));
  } catch {
    blanked = '';
  }
  lastOriginal = { text: state.original, blanked };
  return blanked;
}

export function saveDraft(storage: Storage, draft: Draft): void {
  try {
    storage.setItem(DRAFT_KEY, JSON.stringify(draft));
  } catch {
    // storage full or disabled: the draft is a convenience, never a reason to interrupt typing
  }
}

export function loadDraft(storage: Storage): Draft | undefined {
  try {
    const raw = storage.getItem(DRAFT_KEY);
    if (!raw) return undefined;
    const d = JSON.parse(raw) as Partial<Draft>;
    if (typeof d.text !== 'string' || typeof d.savedAt !== 'number') return undefined;
    return { original: '', name: 'kapacitor.conf', encoding: 'utf-8', bom: false, secretsKept: false, ...d } as Draft;
  } catch {
    return undefined;
  }
}

export function clearDraft(storage: Storage): void {
  try { storage.removeItem(DRAFT_KEY); } catch { /* ignore */ }
}

export function keepsSecrets(storage: Storage): boolean {
  try { return storage.getItem(SECRETS_KEY) === 'true'; } catch { return false; }
}

export function setKeepsSecrets(storage: Storage, on: boolean): void {
  try { storage.setItem(SECRETS_KEY, String(on)); } catch { /* ignore */ }
}
