import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore } from '../../app/App';
import { parseDocument } from '../../toml/document';
import { encodeShare } from '../../kapacitor/outputs/share';
import { hasUnsavedWork, takeSharedLink } from './useSharedLink';

// the address bar: what takeSharedLink reads and clears
const address = { hash: '', pathname: '/', search: '' };
beforeEach(() => {
  address.hash = '';
  vi.stubGlobal('location', address);
  vi.stubGlobal('history', { replaceState: (_s: unknown, _t: string, url: string) => { address.hash = url.includes('#') ? url.slice(url.indexOf('#')) : ''; } });
});
afterEach(() => { vi.unstubAllGlobals(); });

const settle = () => new Promise((r) => setTimeout(r, 50));
const opened = async (store: ReturnType<typeof createStore>, text: string) => {
  for (let i = 0; i < 40 && store.get().doc.text !== text; i++) await settle();
  return store.get().doc.text;
};

describe('share links in an open tab', () => {
  it('hasUnsavedWork: edits since import, or form inputs not written', () => {
    const store = createStore();
    store.load(parseDocument('a = 1\n'), { encoding: 'utf-8', bom: false, name: 'k' });
    expect(hasUnsavedWork(store.get())).toBe(false);
    store.applyEdit(parseDocument('a = 2\n'));
    expect(hasUnsavedWork(store.get())).toBe(true);
    store.applyEdit(parseDocument('a = 1\n'));
    expect(hasUnsavedWork(store.get())).toBe(false);
    store.setUnwritten(['a'], { input: 'x', message: 'not a number' });
    expect(hasUnsavedWork(store.get())).toBe(true);
  });

  it('without unsaved work the link opens at once and leaves the address bar', async () => {
    const store = createStore();
    store.load(parseDocument('hostname = "mine"\n'), { encoding: 'utf-8', bom: false, name: 'k' });
    address.hash = `#doc=${await encodeShare('hostname = "shared"\n')}`;
    takeSharedLink(store);
    expect(address.hash).toBe('');
    expect(await opened(store, 'hostname = "shared"\n')).toBe('hostname = "shared"\n');
    expect(store.get().source.name).toBe('shared link');
  });

  it('with unsaved work nothing is replaced until the user answers', async () => {
    const store = createStore();
    store.load(parseDocument('hostname = "mine"\n'), { encoding: 'utf-8', bom: false, name: 'k' });
    store.applyEdit(parseDocument('hostname = "edited"\n'));
    address.hash = `#doc=${await encodeShare('hostname = "shared"\n')}`;
    takeSharedLink(store);
    expect(address.hash).toBe('');
    await settle();
    expect(store.get().doc.text).toBe('hostname = "edited"\n');
  });

  it('other fragments (a section anchor) are left alone', () => {
    const store = createStore();
    address.hash = '#smtp';
    takeSharedLink(store);
    expect(address.hash).toBe('#smtp');
  });
});
