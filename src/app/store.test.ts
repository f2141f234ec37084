import { describe, expect, it, vi } from 'vitest';
import { createStore } from './App';
import { parseDocument } from '../toml/document';
import { importPastedText } from '../features/import-export/importActions';

const docOf = (t: string) => parseDocument(t);

describe('Store undo and redo', () => {
  it('makes keystrokes in one field one step, and other fields or later edits new steps', () => {
    vi.useFakeTimers();
    const store = createStore();
    store.load(docOf('a = 1\n'), { encoding: 'utf-8', bom: false, name: 'k' });
    store.applyEdit(docOf('a = 12\n'), false, 'a');
    store.applyEdit(docOf('a = 123\n'), false, 'a');
    store.applyEdit(docOf('a = 123\nb = 1\n'), false, 'b');
    vi.advanceTimersByTime(1500);
    store.applyEdit(docOf('a = 123\nb = 2\n'), false, 'b');
    expect(store.get().past).toHaveLength(4); // empty, a = 1, a = 123, b = 1
    store.undo();
    expect(store.get().doc.text).toBe('a = 123\nb = 1\n');
    store.undo();
    expect(store.get().doc.text).toBe('a = 123\n');
    store.undo();
    expect(store.get().doc.text).toBe('a = 1\n');
    store.redo();
    expect(store.get().doc.text).toBe('a = 123\n');
    expect(store.get().future).toHaveLength(2);
    vi.useRealTimers();
  });

  it('bumps the generation when the document is replaced from outside the forms', () => {
    const store = createStore();
    const g = store.get().generation;
    store.applyEdit(docOf('a = 1\n'), false, 'a');
    expect(store.get().generation).toBe(g);
    store.applyEdit(docOf('a = 2\n'), true);
    expect(store.get().generation).toBe(g + 1);
    store.undo();
    expect(store.get().generation).toBe(g + 2);
  });
});

describe('Store undo after typing', () => {
  it('a keystroke right after an undo is a step of its own, so the step undone to is not lost', () => {
    vi.useFakeTimers();
    const store = createStore();
    store.load(docOf('a = 1\n'), { encoding: 'utf-8', bom: false, name: 'k' });
    store.applyEdit(docOf('a = 12\n'), false, 'a');
    vi.advanceTimersByTime(1500);
    store.applyEdit(docOf('a = 123\n'), false, 'a');
    store.undo();
    expect(store.get().doc.text).toBe('a = 12\n');
    store.applyEdit(docOf('a = 124\n'), false, 'a');
    store.undo();
    expect(store.get().doc.text).toBe('a = 12\n');
    store.undo();
    expect(store.get().doc.text).toBe('a = 1\n');
    vi.useRealTimers();
  });
});

describe('import and the chosen Kapacitor version', () => {
  it('a file with nothing telling keeps the chosen version and edition, and says so', async () => {
    const store = createStore();
    store.set({ options: { version: '1.5', enterprise: true } });
    expect(await importPastedText(store, 'hostname = "k1"\ndata_dir = "/var/lib/kapacitor"\n[http]\n')).toBe(true);
    expect(store.get().options).toEqual({ version: '1.5', enterprise: true });
    expect(store.get().versionGuess).toEqual({
      version: '1.5',
      enterprise: true,
      reason: 'Nothing in the file tells which Kapacitor release it was written for, so your choice (1.5, Enterprise) is kept.',
      evidence: {},
    });
  });

  it('a file with evidence sets what it shows and keeps the rest', async () => {
    const store = createStore();
    store.set({ options: { version: '1.5', enterprise: false } });
    await importPastedText(store, 'data_dir = "/x"\n[auth]\nenabled = false\n[cluster]\n');
    expect(store.get().options).toEqual({ version: '1.8', enterprise: true });
    expect(store.get().versionGuess?.reason).toBe(
      'Uses [auth], added in 1.6.0, so Kapacitor 1.6 or later; the newest release is assumed. [cluster] is Kapacitor Enterprise only.',
    );
  });

  it('a file that does not parse changes neither the options nor the last guess', async () => {
    const store = createStore();
    await importPastedText(store, '[auth]\n');
    const before = store.get().versionGuess;
    store.set({ options: { version: '1.6', enterprise: false } });
    expect(await importPastedText(store, '[http\n')).toBe(false);
    expect(store.get().options).toEqual({ version: '1.6', enterprise: false });
    expect(store.get().versionGuess).toBe(before);
  });

  it('a document loaded without an import (a draft, undo of New) drops the guess', async () => {
    const store = createStore();
    await importPastedText(store, '[auth]\n');
    expect(store.get().versionGuess).toBeDefined();
    store.load(docOf('a = 1\n'), { encoding: 'utf-8', bom: false, name: 'draft' });
    expect(store.get().versionGuess).toBeUndefined();
  });
});
