import { describe, expect, it } from 'vitest';
import { allFields } from './schema';
import { hasZodFor, prewarmZod } from './zod';

describe('prewarmZod', () => {
  it('builds every field schema ahead of need, in idle steps', () => {
    const fields = allFields().map((f) => f.field);
    expect(fields.filter(hasZodFor)).toHaveLength(0);
    const queue: (() => void)[] = [];
    prewarmZod(fields, (work) => queue.push(work));
    expect(fields.filter(hasZodFor)).toHaveLength(0); // nothing before the page is idle
    while (queue.length) queue.shift()!();
    expect(fields.filter(hasZodFor)).toHaveLength(fields.length);
  });
});
