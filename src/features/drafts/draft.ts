// The working document, saved in this browser as the user types and offered back after a reload or a crash.
// Secrets are blanked in the draft unless the user opts in.
import type { EditorState } from '../../app/store';
import { secretsBlanked } from '../../kapacitor/outputs/share';
import { parseDocument } from '../../toml/document';

export const DRAFT_KEY = 'kapacitor-config-editor:draft';
export const SECRETS_KEY = 'kapacitor-config-editor:draft-keeps-secrets';

/** Chromium keeps about 5 million characters per page in localStorage: a text longer than this cannot be a draft,
 *  and blanking its secrets first (most of a second at 10 MB) would be work thrown away. */
export const MAX_DRAFT_CHARS = 4_500_000;

/** Why this document gets no draft before anything is tried, or undefined. */
export function tooLargeForDraft(text: string): string | undefined {
  if (text.length <= MAX_DRAFT_CHARS) return undefined;
  return `the document is about ${(text.length / 1e6).toFixed(1)} million characters, more than the browser keeps for a page (about 5 million)`;
}

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

/** draftOf with the secrets blanked by `blank` (in the check Worker, for a large document), the same draft. */
export async function draftOfOffThread(state: Pick<EditorState, 'doc' | 'original' | 'source'>, keepSecrets: boolean,
  blank: (text: string) => Promise<string>, now = Date.now()): Promise<Draft> {
  if (keepSecrets) return draftOf(state, true, now);
  const original = lastOriginal?.text === state.original ? Promise.resolve(lastOriginal.blanked)
    : blank(state.original).catch(() => '').then((blanked) => { lastOriginal = { text: state.original, blanked }; return blanked; });
  const [text, blankedOriginalText] = await Promise.all([blank(state.doc.text), original]);
  return { text, original: blankedOriginalText, name: state.source.name, encoding: state.source.encoding, bom: state.source.bom, savedAt: now, secretsKept: false };
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

/** Why a draft could not be saved, in words for the user (a full storage, disabled storage, or the browser's message). */
export function saveFailureReason(e: unknown, chars?: number): string {
  const name = typeof e === 'object' && e !== null && 'name' in e ? String(e.name) : '';
  const size = chars === undefined ? '' : ` (the draft is about ${chars < 1048576 ? `${Math.ceil(chars / 1024)} kB` : `${(chars / 1048576).toFixed(1)} MB`})`;
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return `the browser's storage for this page is full${size}`;
  if (name === 'SecurityError') return 'the browser does not let this page store data';
  const message = typeof e === 'object' && e !== null && 'message' in e ? String(e.message) : '';
  return message || String(e);
}

/** The original as the stretch where it differs from the text: [characters both start with, characters both
 *  end with, the original's own characters between]. Edits touch a few lines, so a large file is stored about
 *  once, not twice (localStorage holds about 5 million characters in Chromium). */
type OriginalFromText = [head: number, tail: number, middle: string];

function originalFromText(text: string, original: string): OriginalFromText {
  const most = Math.min(text.length, original.length);
  let head = 0;
  while (head < most && text.charCodeAt(head) === original.charCodeAt(head)) head++;
  let tail = 0;
  while (tail < most - head && text.charCodeAt(text.length - 1 - tail) === original.charCodeAt(original.length - 1 - tail)) tail++;
  return [head, tail, original.slice(head, original.length - tail)];
}

function originalOf(text: string, [head, tail, middle]: OriginalFromText): string {
  return text.slice(0, head) + middle + text.slice(text.length - tail);
}

function serialized(draft: Draft): string {
  return JSON.stringify({ ...draft, original: undefined, originalFromText: originalFromText(draft.text, draft.original) });
}

/** Saves the draft; on failure the older draft is removed (it no longer holds the work) and the reason is
 *  returned, for a notice that never interrupts typing. */
export function saveDraft(storage: Storage, draft: Draft): { ok: true } | { ok: false; reason: string } {
  const json = serialized(draft);
  try {
    storage.setItem(DRAFT_KEY, json);
    return { ok: true };
  } catch (first) {
    // the older draft may be what fills the storage: try once more without it
    try {
      storage.removeItem(DRAFT_KEY);
      storage.setItem(DRAFT_KEY, json);
      return { ok: true };
    } catch {
      clearDraft(storage);
      return { ok: false, reason: saveFailureReason(first, json.length) };
    }
  }
}

export function loadDraft(storage: Storage): Draft | undefined {
  try {
    const raw = storage.getItem(DRAFT_KEY);
    if (!raw) return undefined;
    const { originalFromText: stored, originalIsText, ...d } = JSON.parse(raw) as Partial<Draft> & { originalFromText?: OriginalFromText; originalIsText?: boolean };
    if (typeof d.text !== 'string' || typeof d.savedAt !== 'number') return undefined;
    // drafts saved before: the whole original, or a flag for an original that was the text
    if (Array.isArray(stored) && stored.length === 3) d.original = originalOf(d.text, stored);
    else if (originalIsText) d.original = d.text;
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
