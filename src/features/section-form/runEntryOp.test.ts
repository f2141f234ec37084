import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStore } from '../../app/App';
import { parseDocument } from '../../toml/document';
import { setValue } from '../../toml/edit';
import { applyEntryOp } from './entryActions';

const answers: ((text: string) => unknown)[] = [];
vi.mock('../import-export/readInWorker', () => ({
  documentFromWorker: vi.fn(async (message: { text: string }) => answers.shift()?.(message.text)),
}));
const { runEntryOp, ENTRY_OP_OFF_THREAD_CHARS, MAX_ATTEMPTS } = await import('./runEntryOp');
const { documentFromWorker } = await import('../import-export/readInWorker');

const source = { encoding: 'utf-8', bom: false, name: 'k' } as const;
const big = `hostname = "k"\n# ${'x'.repeat(ENTRY_OP_OFF_THREAD_CHARS)}\n[[influxdb]]\n  name = "a"\n[[influxdb]]\n  name = "b"\n`;
const remove0 = { op: 'remove', section: 'influxdb', index: 0 } as const;

describe('runEntryOp on a large document', () => {
  afterEach(() => { vi.unstubAllGlobals(); answers.length = 0; vi.mocked(documentFromWorker).mockClear(); });

  it('takes the Worker\'s result, marking the section busy while it runs', async () => {
    vi.stubGlobal('Worker', class {});
    const store = createStore();
    store.load(parseDocument(big), source);
    let busyWhileRunning: unknown;
    answers.push((text) => { busyWhileRunning = store.get().entryOpBusy; return { doc: applyEntryOp(parseDocument(text), remove0), reply: { id: 1, edited: true } }; });
    await runEntryOp(store, remove0);
    expect(busyWhileRunning).toEqual({ section: 'influxdb', what: 'remove [[influxdb]] #1' });
    expect(store.get().entryOpBusy).toBeUndefined();
    expect(store.get().doc.values.influxdb).toEqual([{ name: 'b' }]);
  });

  it('runs again on the new text when a keystroke changed the document meanwhile, so the keystroke stays', async () => {
    vi.stubGlobal('Worker', class {});
    const store = createStore();
    store.load(parseDocument(big), source);
    answers.push((text) => {
      store.applyEdit(setValue(store.get().doc, ['hostname'], 'typed'), false, 'hostname');
      return { doc: applyEntryOp(parseDocument(text), remove0), reply: { id: 1, edited: true } };
    });
    answers.push((text) => ({ doc: applyEntryOp(parseDocument(text), remove0), reply: { id: 2, edited: true } }));
    await runEntryOp(store, remove0);
    expect(documentFromWorker).toHaveBeenCalledTimes(2);
    expect(store.get().doc.values).toMatchObject({ hostname: 'typed', influxdb: [{ name: 'b' }] });
  });

  it('is dropped, with a message, when another document is opened while it runs: it never lands on that one', async () => {
    vi.stubGlobal('Worker', class {});
    const store = createStore();
    store.load(parseDocument(big), source);
    const other = parseDocument('[[influxdb]]\n  name = "only"\n[[influxdb]]\n  name = "two"\n');
    answers.push((text) => {
      store.load(other, { ...source, name: 'other.conf' });
      return { doc: applyEntryOp(parseDocument(text), remove0), reply: { id: 1, edited: true } };
    });
    await runEntryOp(store, remove0);
    expect(store.get().doc).toBe(other);
    expect(store.get().editError).toBe('Remove [[influxdb]] #1 was not applied: another document was opened while it ran.');
    expect(store.get().entryOpBusy).toBeUndefined();
  });

  it('while typing goes on, runs again in the Worker once it pauses, never on the page, and gives up with a message', async () => {
    vi.stubGlobal('Worker', class {});
    const store = createStore();
    store.load(parseDocument(big), source);
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      answers.push((text) => {
        store.applyEdit(setValue(store.get().doc, ['hostname'], `typed${i}`), false, 'hostname');
        return { doc: applyEntryOp(parseDocument(text), remove0), reply: { id: i, edited: true } };
      });
    }
    await runEntryOp(store, remove0, 1);
    expect(documentFromWorker).toHaveBeenCalledTimes(MAX_ATTEMPTS);
    expect(store.get().doc.values).toMatchObject({ hostname: `typed${MAX_ATTEMPTS - 1}`, influxdb: [{ name: 'a' }, { name: 'b' }] });
    expect(store.get().editError).toBe('Could not remove [[influxdb]] #1: the file kept changing while it ran. Try again once typing stops.');
  });

  it('says why when the Worker refuses the edit, and leaves the document as it was', async () => {
    vi.stubGlobal('Worker', class {});
    const store = createStore();
    store.load(parseDocument(big), source);
    const before = store.get().doc;
    answers.push(() => ({ doc: undefined, reply: { id: 1, error: { message: 'There is no [[influxdb]] entry 9.', line: 1, column: 1, input: false } } }));
    await runEntryOp(store, { op: 'remove', section: 'influxdb', index: 8 });
    expect(store.get().doc).toBe(before);
    expect(store.get().editError).toBe('Could not remove [[influxdb]] #9: There is no [[influxdb]] entry 9.');
  });

  it('does the work on the page where there is no Worker, or the document is small', async () => {
    const store = createStore();
    store.load(parseDocument(big), source);
    await runEntryOp(store, remove0);
    expect(store.get().doc.values.influxdb).toEqual([{ name: 'b' }]);
    vi.stubGlobal('Worker', class {});
    store.load(parseDocument('[[influxdb]]\n  name = "a"\n'), source);
    await runEntryOp(store, { op: 'add', section: 'influxdb' });
    expect(documentFromWorker).not.toHaveBeenCalled();
    expect(store.get().doc.values.influxdb).toHaveLength(2);
    expect(store.get().activePath).toEqual(['influxdb', 1]);
  });
});

describe('undo while an entry action runs', () => {
  it('waits: the action lands on the document it was computed from, and the edit before it stays in the history', async () => {
    vi.stubGlobal('Worker', class {});
    const store = createStore();
    store.load(parseDocument(big), source);
    store.applyEdit(setValue(store.get().doc, ['hostname'], 'edited'), false, 'hostname');
    let undoneDuring: string | undefined;
    answers.push((text) => {
      store.undo();
      undoneDuring = String(store.get().doc.values.hostname);
      return { doc: applyEntryOp(parseDocument(text), remove0), reply: { id: 1, edited: true } };
    });
    await runEntryOp(store, remove0);
    expect(undoneDuring).toBe('edited');
    expect(store.get().doc.values).toMatchObject({ hostname: 'edited', influxdb: [{ name: 'b' }] });
    store.undo();
    expect(store.get().doc.values).toMatchObject({ hostname: 'edited', influxdb: [{ name: 'a' }, { name: 'b' }] });
    store.undo();
    expect(store.get().doc.values.hostname).toBe('k');
    vi.unstubAllGlobals();
  });
});
