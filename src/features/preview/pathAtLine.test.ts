import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../toml/document';
import { pathAtLine } from './pathAtLine';

const doc = parseDocument(`hostname = "a"
# comment
[http]
  bind-address = ":9092"

[[influxdb]]
  name = "one"
[[influxdb]]
  "name" = "two"
  [influxdb.subscriptions]
  telegraf = ["autogen"]
`);

describe('pathAtLine', () => {
  it.each([
    [1, ['hostname']],
    [2, undefined],
    [3, ['http']],
    [4, ['http', 'bind-address']],
    [5, ['http']],
    [7, ['influxdb', 0, 'name']],
    [8, ['influxdb', 1]],
    [9, ['influxdb', 1, 'name']],
    [11, ['influxdb', 1, 'subscriptions', 'telegraf']],
  ] as const)('line %i -> %j', (line, path) => {
    expect(pathAtLine(doc, line)).toEqual(path);
  });
});
