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
