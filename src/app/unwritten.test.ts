import { describe, expect, it } from 'vitest';
import { createStore } from './App';
import { parseDocument } from '../toml/document';

const source = { encoding: 'utf-8' as const, bom: false, name: 'k' };

describe('Store: inputs the forms hold that were not written', () => {
  it('notes and forgets them by path, and takes a refused export\'s message with the last one', () => {
    const store = createStore();
    store.setUnwritten(['alert', 'topic-buffer-length'], { input: '12a', message: 'must be a whole number' });
    store.setUnwritten(['kafka', 0, 'batch-size'], { input: 'x', message: 'must be a whole number' });
    expect(Object.values(store.get().unwritten).map((u) => u.path)).toEqual([['alert', 'topic-buffer-length'], ['kafka', 0, 'batch-size']]);
    store.set({ exportError: 'refused' });
    store.setUnwritten(['alert', 'topic-buffer-length'], undefined);
    expect(store.get().exportError).toBe('refused');
    store.clearUnwritten(['kafka']);
    expect(store.get().unwritten).toEqual({});
    expect(store.get().exportError).toBeUndefined();
  });
  it('does not notify when there is nothing to forget', () => {
    const store = createStore();
    let calls = 0;
    store.subscribe(() => calls++);
    store.setUnwritten(['http', 'bind-address'], undefined);
    store.clearUnwritten(['http']);
    expect(calls).toBe(0);
  });
  it('forgets them all when the document is replaced (import, undo, redo)', () => {
    const store = createStore();
    const note = () => store.setUnwritten(['alert', 'topic-buffer-length'], { input: '12a', message: 'm' });
    note();
    store.load(parseDocument('a = 1\n'), source);
    expect(store.get().unwritten).toEqual({});
    store.applyEdit(parseDocument('a = 2\n'));
    note();
    store.applyEdit(parseDocument('a = 3\n'));
    expect(Object.keys(store.get().unwritten)).toHaveLength(1); // an edit elsewhere keeps them
    store.undo();
    expect(store.get().unwritten).toEqual({});
    note();
    store.redo();
    expect(store.get().unwritten).toEqual({});
  });
});
