import { describe } from 'vitest';
import { runRuleCases } from './rule-cases';
import { lines } from './test-support';

describe('defaults lost with two or more entries', () => {
  runRuleCases(['defaults-lost'], [
    { name: 'one entry keeps the defaults', toml: lines('[[influxdb]]', 'name = "a"'), expected: [] },
    {
      name: 'two [[influxdb]] entries that set everything that matters',
      toml: lines(
        '[[influxdb]]', 'enabled = true', 'default = true', 'name = "a"', 'urls = ["http://a:8086"]', '[influxdb.excluded-subscriptions]', '_kapacitor = ["autogen"]',
        '[[influxdb]]', 'enabled = true', 'name = "b"', 'urls = ["http://b:8086"]', 'excluded-subscriptions = { _kapacitor = ["autogen"] }',
      ),
      expected: [],
    },
    {
      name: 'two [[influxdb]] entries: enabled and the excluded _kapacitor subscription are lost',
      toml: lines('[[influxdb]]', 'name = "a"', 'urls = ["http://a:8086"]', '[[influxdb]]', 'enabled = true', 'name = "b"', 'urls = ["http://b:8086"]'),
      expected: [
        {
          severity: 'warning',
          path: ['influxdb', 0],
          line: 1,
          message:
            '[[influxdb]] #1: with 2 [[influxdb]] entries Kapacitor starts every entry from empty values, so this one loses the defaults it does not set: enabled = true, excluded-subscriptions = { _kapacitor = ["autogen"] }. Write the ones you rely on.',
        },
        { path: ['influxdb', 1], line: 4, message: '[[influxdb]] #2: with 2 [[influxdb]] entries Kapacitor starts every entry from empty values, so this one loses the defaults it does not set: excluded-subscriptions = { _kapacitor = ["autogen"] }. Write the ones you rely on.' },
      ],
    },
    {
      name: 'two [[httppost]] entries lose the example url',
      toml: lines('[[httppost]]', 'endpoint = "a"', 'url = "http://a"', '[[httppost]]', 'endpoint = "b"'),
      expected: [{ path: ['httppost', 1], line: 4, message: '[[httppost]] #2: with 2 [[httppost]] entries Kapacitor starts every entry from empty values, so this one loses the defaults it does not set: url = "http://example.com". Write the ones you rely on.' }],
    },
    { name: 'two [[kafka]] entries lose the id and the token margin', toml: lines('[[kafka]]', 'id = "a"', '[[kafka]]', 'id = "b"'), expected: [{ path: ['kafka', 0], line: 1 }, { path: ['kafka', 1], line: 3 }] },
    { name: 'two [[mqtt]] entries lose the name', toml: lines('[[mqtt]]', 'url = "tcp://a:1883"', '[[mqtt]]', 'name = "b"'), expected: [{ path: ['mqtt', 0], line: 1, message: '[[mqtt]] #1: with 2 [[mqtt]] entries Kapacitor starts every entry from empty values, so this one loses the defaults it does not set: name = "default". Write the ones you rely on.' }] },
    { name: 'sections without a built-in entry have nothing to lose', toml: lines('[[dns]]', 'id = "a"', '[[dns]]', 'id = "b"'), expected: [] },
  ]);
});
