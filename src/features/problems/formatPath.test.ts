import { describe, expect, it } from 'vitest';
import { formatPath } from './formatPath';

describe('formatPath', () => {
  it.each([
    [['hostname'], 'hostname'],
    [['http', 'bind-address'], 'http.bind-address'],
    [['influxdb', 0, 'urls'], 'influxdb[0].urls'],
    [['influxdb', 1, 'subscriptions', 'my db'], 'influxdb[1].subscriptions."my db"'],
    [[], '(document)'],
  ] as const)('%j -> %s', (path, text) => {
    expect(formatPath(path)).toBe(text);
  });
});
