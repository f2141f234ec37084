import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../toml/document';
import { DRAFT_KEY, clearDraft, draftOf, loadDraft, saveDraft, saveFailureReason, tooLargeForDraft } from './draft';

class MemoryStorage {
  m = new Map<string, string>();
  getItem(k: string) { return this.m.get(k) ?? null; }
  setItem(k: string, v: string) { this.m.set(k, v); }
  removeItem(k: string) { this.m.delete(k); }
}

/** A storage that holds at most `limit` characters over all keys, and throws as a browser does when full. */
class FullStorage extends MemoryStorage {
  constructor(private limit: number) { super(); }
  override setItem(k: string, v: string) {
    let used = v.length;
    for (const [key, value] of this.m) if (key !== k) used += value.length;
    if (used > this.limit) throw new DOMException("Setting the value of 'x' exceeded the quota.", 'QuotaExceededError');
    super.setItem(k, v);
  }
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

  it('stores the original as where it differs from the text, and reads it back', () => {
    const storage = new MemoryStorage();
    expect(saveDraft(storage as unknown as Storage, draftOf(state, true, 7))).toEqual({ ok: true });
    const raw = storage.getItem(DRAFT_KEY)!;
    expect(raw.split('hunter2').length - 1).toBe(1);
    expect(JSON.parse(raw)).toMatchObject({ originalFromText: [text.length, 0, ''] });
    expect(loadDraft(storage as unknown as Storage)?.original).toBe(text);
    // an edit keeps only the changed stretch of the original
    const big = text + '# filler line\n'.repeat(2000);
    const edited = { ...state, doc: parseDocument(big.replace('"k"', '"k2"')), original: big };
    saveDraft(storage as unknown as Storage, draftOf(edited, true, 8));
    expect(storage.getItem(DRAFT_KEY)!.length).toBeLessThan(JSON.stringify(big).length + 500);
    expect(JSON.parse(storage.getItem(DRAFT_KEY)!).originalFromText).toEqual([13, big.length - 13, '']);
    expect(loadDraft(storage as unknown as Storage)).toMatchObject({ text: edited.doc.text, original: big });
  });

  it('gives back any original exactly', () => {
    const storage = new MemoryStorage();
    for (const [now, before] of [['a', 'b'], ['', 'x = 1\n'], ['x = 1\n', ''], ['aXa', 'aa'], ['aa', 'aXa'], ['abcabc', 'abc'], ['é😀\r\n', '😀é\r\n']]) {
      const s = { ...state, doc: parseDocument(''), original: before };
      saveDraft(storage as unknown as Storage, { ...draftOf(s, true, 1), text: now });
      expect(loadDraft(storage as unknown as Storage)).toMatchObject({ text: now, original: before });
    }
  });

  it('reads a draft saved before the original was stored by its difference', () => {
    const storage = new MemoryStorage();
    storage.setItem(DRAFT_KEY, JSON.stringify({ text: 'a = 1\n', original: 'a = 0\n', savedAt: 1 }));
    expect(loadDraft(storage as unknown as Storage)).toMatchObject({ text: 'a = 1\n', original: 'a = 0\n' });
    storage.setItem(DRAFT_KEY, JSON.stringify({ text: 'a = 1\n', originalIsText: true, savedAt: 1 }));
    expect(loadDraft(storage as unknown as Storage)).toMatchObject({ text: 'a = 1\n', original: 'a = 1\n' });
  });

  it('says why a draft could not be saved, and leaves no older draft behind to be offered as the work', () => {
    const big = 'hostname = "' + 'x'.repeat(3000) + '"\n';
    const bigState = { ...state, doc: parseDocument(big), original: big };
    const storage = new FullStorage(2000);
    // a small draft fits
    expect(saveDraft(storage as unknown as Storage, draftOf(state, true, 1))).toEqual({ ok: true });
    const result = saveDraft(storage as unknown as Storage, draftOf(bigState, true, 2));
    expect(result).toEqual({ ok: false, reason: "the browser's storage for this page is full (the draft is about 4 kB)" });
    expect(loadDraft(storage as unknown as Storage)).toBeUndefined();
  });

  it('saves once more without the older draft when that is what filled the storage', () => {
    // a storage that counts the value being replaced against the quota
    class Strict extends MemoryStorage {
      override setItem(k: string, v: string) {
        if (this.m.has(k)) throw new DOMException('full', 'QuotaExceededError');
        super.setItem(k, v);
      }
    }
    const strict = new Strict();
    strict.setItem(DRAFT_KEY, 'old');
    expect(saveDraft(strict as unknown as Storage, draftOf(state, true, 3))).toEqual({ ok: true });
    expect(loadDraft(strict as unknown as Storage)?.savedAt).toBe(3);
  });

  it('words the failures a browser gives', () => {
    expect(saveFailureReason(new DOMException('x', 'QuotaExceededError'), 3 * 1048576)).toBe("the browser's storage for this page is full (the draft is about 3.0 MB)");
    expect(saveFailureReason(new DOMException('x', 'SecurityError'))).toBe('the browser does not let this page store data');
    expect(saveFailureReason(new Error('disk on fire'))).toBe('disk on fire');
  });
});

describe('tooLargeForDraft', () => {
  it('refuses, before any work, a text longer than the browser keeps, and says how long it is', () => {
    expect(tooLargeForDraft('a'.repeat(4_500_000))).toBeUndefined();
    expect(tooLargeForDraft('a'.repeat(10_000_000))).toBe('the document is about 10.0 million characters, more than the browser keeps for a page (about 5 million)');
  });
});
