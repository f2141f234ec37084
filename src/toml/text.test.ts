import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineIndex, Pieces, plural } from './text';

const positions = (index: LineIndex, text: string) => Array.from({ length: text.length + 1 }, (_, o) => index.position(o));

describe('LineIndex.spliced', () => {
  it('gives the same lines as indexing the spliced text afresh', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', '\n', '\r', ' '), maxLength: 40 });
    fc.assert(fc.property(text, fc.nat(), fc.nat(), text, (before, a, r, inserted) => {
      const at = a % (before.length + 1);
      const removed = r % (before.length - at + 1);
      const after = before.slice(0, at) + inserted + before.slice(at + removed);
      const spliced = LineIndex.of(before).spliced(at, removed, inserted);
      expect(spliced.count).toBe(LineIndex.of(after).count);
      expect(positions(spliced, after)).toEqual(positions(LineIndex.of(after), after));
    }), { numRuns: 2000 });
  });

  it('edits one value of a 500,000-line index in a few milliseconds', () => {
    const text = 'k = 1\n'.repeat(500_000);
    const index = LineIndex.of(text);
    const t0 = performance.now();
    for (let i = 0; i < 10; i++) index.spliced(3_000_000 - 2, 1, '22');
    expect((performance.now() - t0) / 10).toBeLessThan(20);
  });
});

describe('Pieces', () => {
  it('read as the string spliced the same way, over many splices', () => {
    const unit = fc.constantFrom('a', 'b', '\n', '\r', 'é');
    const splice = fc.record({ a: fc.nat(), r: fc.nat(4), inserted: fc.string({ unit, maxLength: 4 }), s: fc.nat(), e: fc.nat() });
    fc.assert(fc.property(fc.string({ unit, maxLength: 30 }), fc.array(splice, { maxLength: 30 }), (start, splices) => {
      let text = start;
      let pieces = Pieces.of(start);
      for (const { a, r, inserted, s, e } of splices) {
        const at = a % (text.length + 1);
        const removed = Math.min(r, text.length - at);
        text = text.slice(0, at) + inserted + text.slice(at + removed);
        pieces = pieces.spliced(at, at + removed, inserted);
        expect(pieces.length).toBe(text.length);
        const [from, to] = [s % (text.length + 2), e % (text.length + 2)];
        expect(pieces.slice(from, to)).toBe(text.slice(from, to));
        expect(pieces.slice(from)).toBe(text.slice(from));
      }
      expect(pieces.join()).toBe(text);
    }), { numRuns: 2000 });
  });
});

describe('plural', () => {
  it('uses the singular for one only', () => {
    expect([0, 1, 2].map((n) => plural(n, 'error'))).toEqual(['0 errors', '1 error', '2 errors']);
    expect(plural(1, 'line')).toBe('1 line');
    expect(plural(3, 'entry', 'entries')).toBe('3 entries');
  });
});
