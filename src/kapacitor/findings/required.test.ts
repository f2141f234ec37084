import { describe } from 'vitest';
import { runRuleCases } from './rule-cases';
import { lines } from './test-support';

describe('required keys left out', () => {
  runRuleCases(['required'], [
    { name: 'data_dir set; other required keys have defaults', toml: lines('data_dir = "/var/lib/kapacitor"', '[[influxdb]]', 'enabled = true'), expected: [] },
    {
      name: 'no data_dir: its default is empty',
      toml: lines('hostname = "h"', '[http]'),
      expected: [
        {
          severity: 'error',
          path: ['data_dir'],
          message: 'data_dir is missing and has no default, so Kapacitor refuses to start. Add it, e.g. data_dir = "/var/lib/kapacitor" (or set KAPACITOR_DATA_DIR in the environment).',
          fix: { label: 'Set data_dir = "/var/lib/kapacitor"', setValue: '/var/lib/kapacitor' },
        },
      ],
    },
    {
      name: 'two [[influxdb]] entries lose the default urls',
      toml: lines('data_dir = "/x"', '[[influxdb]]', 'name = "a"', 'urls = ["http://a:8086"]', '[[influxdb]]', 'name = "b"'),
      expected: [
        {
          severity: 'error',
          path: ['influxdb', 1, 'urls'],
          line: 5,
          message:
            '[[influxdb]] #2 urls is missing: with 2 [[influxdb]] entries each starts from empty values, so the default ["http://localhost:8086"] does not apply and Kapacitor refuses to start. Add it.',
        },
      ],
    },
    { name: 'a discoverer read from the file has no id', toml: lines('data_dir = "/x"', '[[ec2]]', 'region = "eu-west-1"'), expected: [{ path: ['ec2', 0, 'id'], line: 2, message: '[[ec2]] id is missing and has no default, so Kapacitor refuses to start. Add it.' }] },
    { name: 'a scraper must say its type', toml: lines('data_dir = "/x"', '[[scraper]]', 'name = "s"', 'db = "d"', 'rp = "r"'), expected: [{ path: ['scraper', 0, 'type'], line: 2 }] },
    { name: 'Enterprise-only sections are not judged in open source', toml: lines('data_dir = "/x"', '[cluster]'), expected: [] },
  ]);
});
