import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../toml/document';
import { clearDraft, draftOf, loadDraft, saveDraft } from './draft';

class MemoryStorage {
  private m = new Map<string, string>();
  getItem(k: string) { return this.m.get(k) ?? null; }
  setItem(k: string, v: string) { this.m.set(k, v); }
  removeItem(k: string) { this.m.delete(k); }
}

const text = 'hostname = "k"\n[[influxdb]]\n  name = "a"\n  password = "hunter2" # keep me\n[smtp]\n  password = "mail-secret"\n  host = "mail"\n';
const state = { doc: parseDocument(text), original: text, source: { encoding: 'utf-8' as const, bom: false, name: 'k.conf' } };

describe('drafts', () => {
  it('blanks secrets unless the user opts in, leaving every other byte', () => {
    const d = draftOf(state, false, 5);
    expect(d.text).toBe(text.replace('"hunter2"', '""').replace('"mail-secret"', '""'));
    expect(d.original).toBe(d.text);
    expect(d.savedAt).toBe(5);
    expect(draftOf(state, true).text).toBe(text);
  });

  it('saves, loads and clears', () => {
    const storage = new MemoryStorage() as unknown as Storage;
    expect(loadDraft(storage)).toBeUndefined();
    saveDraft(storage, draftOf(state, true, 7));
    expect(loadDraft(storage)).toEqual({ text, original: text, name: 'k.conf', encoding: 'utf-8', bom: false, savedAt: 7, secretsKept: true });
    clearDraft(storage);
    expect(loadDraft(storage)).toBeUndefined();
  });

  it('ignores a damaged draft', () => {
    const storage = new MemoryStorage() as unknown as Storage;
    storage.setItem('kapacitor-config-editor:draft', '{not json');
    expect(loadDraft(storage)).toBeUndefined();
  });
});
