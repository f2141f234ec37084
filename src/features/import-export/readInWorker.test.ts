import { afterEach, describe, expect, it, vi } from 'vitest';

describe('documentFromWorker', () => {
  afterEach(() => { vi.unstubAllGlobals(); vi.resetModules(); });

  it('answers undefined when the Worker dies, so the caller does the work on the page', async () => {
    vi.stubGlobal('Worker', class {
      onerror?: (e: { preventDefault: () => void }) => void;
      postMessage() { setTimeout(() => this.onerror?.({ preventDefault: () => {} }), 0); }
    });
    const { documentFromWorker } = await import('./readInWorker');
    await expect(documentFromWorker({ text: 'a = 1\n', op: { op: 'add', section: 'influxdb' } })).resolves.toBeUndefined();
  });
});

describe('readDocumentOffThread', () => {
  afterEach(() => { vi.unstubAllGlobals(); vi.resetModules(); });

  it('gets the version guess from the Worker with the document, so a large import does not guess on the page', async () => {
    // the Worker's own script, run in this thread behind a fake Worker
    let page: { onmessage?: (e: { data: unknown }) => void } | undefined;
    const inWorker: { onmessage?: (e: { data: unknown }) => void; postMessage: (m: unknown) => void } = {
      postMessage: (m) => setTimeout(() => page?.onmessage?.({ data: m }), 0),
    };
    vi.stubGlobal('self', inWorker);
    vi.stubGlobal('Worker', class {
      onmessage?: (e: { data: unknown }) => void;
      constructor() { page = this; }
      postMessage(data: unknown) { setTimeout(() => inWorker.onmessage?.({ data }), 0); }
    });
    await import('./parse.worker');
    const { readDocumentOffThread, WORKER_THRESHOLD_BYTES } = await import('./readInWorker');
    const { guessVersion } = await import('../../kapacitor/version');
    let text = 'data_dir = "/d"\n[kafka]\n  sasl-oauth-parameters = { a = "b" }\n';
    for (let i = 0; text.length < WORKER_THRESHOLD_BYTES + 1000; i++) text += `[[influxdb]]\n  name = "db${i}"\n  urls = ["http://db${i}:8086"]\n`;
    const stages: string[] = [];
    const read = await readDocumentOffThread(new TextEncoder().encode(text), (s) => stages.push(s));
    expect(stages).toEqual(['decoding', 'parsing', 'handing over', 'opening']);
    expect(read.doc.text).toBe(text);
    expect(read.guess).toEqual(guessVersion(read.doc.values));
    expect(read.guess?.version).toBe('1.8');
  });
});
