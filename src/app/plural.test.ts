import { describe, expect, it } from 'vitest';
import { plural } from './plural';

describe('plural', () => {
  it('uses the singular for one only', () => {
    expect([0, 1, 2].map((n) => plural(n, 'error'))).toEqual(['0 errors', '1 error', '2 errors']);
    expect(plural(1, 'line')).toBe('1 line');
    expect(plural(3, 'entry', 'entries')).toBe('3 entries');
  });
});
