import { describe, expect, it } from 'vitest';
import { closest, editDistance, keyAlias, sectionAlias } from './suggest';

describe('suggestions', () => {
  it.each([
    ['kitten', 'sitting', 3],
    ['log-enabled', 'log_enabled', 0],
    ['Enabled', 'enabled', 0],
    ['', 'abc', 3],
  ])('editDistance(%s, %s) = %i', (a, b, d) => expect(editDistance(a, b)).toBe(d));

  it.each([
    ['log-enabld', ['log-enabled', 'write-tracing'], 'log-enabled'],
    ['id', ['db', 'rp'], undefined],
    ['urll', ['urls', 'username'], 'urls'],
    ['user', ['username', 'password'], 'username'],
    ['pass', ['password', 'passphrase'], undefined],
    ['totally-different', ['enabled'], undefined],
  ] as const)('closest(%s) = %s', (word, candidates, expected) => expect(closest(word, candidates)).toBe(expected));

  it('knows names edit distance cannot reach', () => {
    expect(keyAlias('storage', 'dir')).toBe('boltdb');
    expect(keyAlias('logging', 'log-level')).toBe('level');
    expect(keyAlias('http', 'nothing')).toBeUndefined();
    expect(sectionAlias('email')).toBe('smtp');
    expect(sectionAlias('Influx')).toBe('influxdb');
  });
});
