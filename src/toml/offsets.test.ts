import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Offsets } from './offsets';

describe('Offsets in chunks', () => {
  it('read as an array edited the same way, every document of the history', () => {
    const offset = fc.oneof(fc.constant(-1), fc.nat(200));
    const edit = fc.oneof(
      fc.record({ kind: fc.constant('shift' as const), from: fc.integer({ min: 1, max: 220 }), delta: fc.integer({ min: -20, max: 20 }) }),
      fc.record({ kind: fc.constant('write' as const), slot: fc.nat(80), values: fc.array(offset, { maxLength: 12 }) }),
    );
    fc.assert(fc.property(fc.array(offset, { maxLength: 60 }), fc.array(edit, { maxLength: 30 }), fc.integer({ min: 0, max: 4 }), (start, edits, bits) => {
      const history: [Offsets, number[]][] = [[Offsets.of(Int32Array.from(start), bits), start]];
      for (const e of edits) {
        const [offsets, plain] = history[history.length - 1];
        if (e.kind === 'shift') {
          // offsets never fall below 0: only those at least -delta past `from` move back
          const from = Math.max(e.from, -e.delta);
          history.push([offsets.shifted(from, e.delta), plain.map((v) => (v >= from ? v + e.delta : v))]);
        } else {
          const slot = Math.min(e.slot, plain.length);
          const next = plain.slice();
          e.values.forEach((v, i) => (next[slot + i] = v));
          history.push([offsets.written(slot, e.values), next]);
        }
      }
      for (const [offsets, plain] of history) {
        expect(offsets.length).toBe(plain.length);
        expect([...offsets.toArray()]).toEqual(plain);
      }
    }), { numRuns: 3000 });
  });
});
