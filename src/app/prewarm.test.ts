import { describe, expect, it } from 'vitest';
import { PREWARM_PASSES, prewarmDocumentModel } from './prewarm';

describe('prewarmDocumentModel', () => {
  it('reads, guesses and previews, then checks the sample, each in an idle slot of its own, twice', async () => {
    const queue: (() => void)[] = [];
    let ran = 0;
    const done = prewarmDocumentModel((work) => queue.push(work));
    // wait for the sample and the checker to load, then run the idle slots one at a time
    for (let slot = 0; slot < 3 * PREWARM_PASSES; slot++) {
      while (queue.length === 0) await new Promise((r) => setTimeout(r, 5));
      expect(queue).toHaveLength(1); // the next step waits for a slot of its own
      queue.shift()!(); ran++;
    }
    await done;
    expect(PREWARM_PASSES).toBe(2);
    expect(ran).toBe(6);
    expect(queue).toHaveLength(0);
  });
});
