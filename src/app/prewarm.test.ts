import { describe, expect, it } from 'vitest';
import { prewarmDocumentModel } from './prewarm';

describe('prewarmDocumentModel', () => {
  it('parses and then checks the sample, each in an idle slot of its own', async () => {
    const queue: (() => void)[] = [];
    let ran = 0;
    const done = prewarmDocumentModel((work) => queue.push(work));
    // wait for the sample and the checker to load, then run the idle slots one at a time
    while (queue.length === 0) await new Promise((r) => setTimeout(r, 5));
    queue.shift()!(); ran++;
    expect(queue).toHaveLength(1); // the check waits for a slot of its own
    queue.shift()!(); ran++;
    await done;
    expect(ran).toBe(2);
    expect(queue).toHaveLength(0);
  });
});
