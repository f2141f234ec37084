import { describe, expect, it, vi } from 'vitest';
import { createStore } from './App';
import { parseDocument } from '../toml/document';

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
