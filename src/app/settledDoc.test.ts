import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore } from './App';
import { parseDocument } from '../toml/document';
import { SETTLE_AT_ONCE_CHARS, PAUSE_MS, settledDocs } from './settledDoc';

const source = { encoding: 'utf-8', bom: false, name: 'k' } as const;

describe('settledDocs', () => {
  let frames: (() => void)[] = [];
  beforeEach(() => {
    vi.useFakeTimers();
    frames = [];
    vi.stubGlobal('requestAnimationFrame', (cb: () => void) => frames.push(cb));
    vi.stubGlobal('cancelAnimationFrame', () => {});
    vi.stubGlobal('requestIdleCallback', (cb: () => void) => setTimeout(cb, 5));
    vi.stubGlobal('cancelIdleCallback', (id: ReturnType<typeof setTimeout>) => clearTimeout(id));
  });
  afterEach(() => { vi.useRealTimers(); vi.unstubAllGlobals(); });

  it('publishes a keystroke on a small document after the frame that shows it, once for several keystrokes', () => {
    const store = createStore();
    store.load(parseDocument('a = 1\n'), source);
    const settled = settledDocs(store);
    const seen: string[] = [];
    settled.subscribe(() => seen.push(settled.get().text));
    store.applyEdit(parseDocument('a = 12\n'), false, 'a');
    store.applyEdit(parseDocument('a = 123\n'), false, 'a');
    expect(settled.get().text).toBe('a = 1\n'); // not during the keystroke
    for (const f of frames.splice(0)) f(); // the frame is drawn
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(5); // the browser is idle
    expect(seen).toEqual(['a = 123\n']);
  });

  it('publishes even where no frame is drawn (a hidden tab), after at most 150 ms', () => {
    const store = createStore();
    store.load(parseDocument('a = 1\n'), source);
    const settled = settledDocs(store);
    store.applyEdit(parseDocument('a = 2\n'), false, 'a');
    vi.advanceTimersByTime(149);
    expect(settled.get().text).toBe('a = 1\n');
    vi.advanceTimersByTime(1);
    expect(settled.get().text).toBe('a = 2\n');
  });

  it('on a large document waits until typing pauses, but publishes an import after its first frame', () => {
    const big = (v: number) => `a = ${v}\n# ${'x'.repeat(SETTLE_AT_ONCE_CHARS)}\n`;
    const store = createStore();
    const settled = settledDocs(store);
    store.load(parseDocument(big(1)), source);
    expect(settled.get().text).toBe('');
    for (const f of frames.splice(0)) f();
    vi.advanceTimersByTime(5);
    expect(settled.get().text).toBe(big(1));
    store.applyEdit(parseDocument(big(2)), false, 'a');
    vi.advanceTimersByTime(PAUSE_MS - 100);
    store.applyEdit(parseDocument(big(3)), false, 'a');
    vi.advanceTimersByTime(PAUSE_MS - 1);
    expect(settled.get().text).toBe(big(1));
    vi.advanceTimersByTime(1);
    expect(settled.get().text).toBe(big(3));
  });
});
