import { describe, expect, it } from 'vitest';
import { atLeast, availability, compareReleases, minorOf, removedBefore } from './versions';

describe('release numbers against a target line', () => {
  it('compares releases', () => {
    expect(compareReleases('1.6.4', '1.6.10')).toBeLessThan(0);
    expect(compareReleases('1.7', '1.7.0')).toBe(0);
    expect(minorOf('1.6.4')).toBe('1.6');
  });

  it.each([
    [undefined, '1.5', 'yes'],
    ['1.5.0', '1.5', 'yes'],
    ['1.5.8', '1.5', 'later-patch'],
    ['1.5.8', '1.6', 'yes'],
    ['1.6.0', '1.5', 'no'],
    ['1.7.6', '1.7', 'later-patch'],
  ] as const)('a key added in %s, target %s: %s', (since, target, expected) => expect(availability(since, target)).toBe(expected));

  it('a key whose last release was 1.5.9 is gone from 1.6 on', () => {
    expect(removedBefore('1.5.9', '1.5')).toBe(false);
    expect(removedBefore('1.5.9', '1.6')).toBe(true);
    expect(removedBefore(undefined, '1.8')).toBe(false);
  });

  it('atLeast', () => {
    expect(atLeast('1.7', '1.7')).toBe(true);
    expect(atLeast('1.6', '1.7')).toBe(false);
  });
});
