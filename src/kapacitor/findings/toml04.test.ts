import { describe, expect } from 'vitest';
import { runRuleCases } from './rule-cases';
import { lines } from './test-support';

describe('TOML 0.4 for Kapacitor 1.5 and early 1.6', () => {
  runRuleCases(['toml04'], [
    { name: 'plain tables and one-type arrays', toml: lines('[http]', 'bind-address = ":9092"', '[[influxdb]]', 'urls = ["http://a:8086", "http://b:8086"]'), options: { version: '1.5' }, expected: [] },
    { name: 'TOML 1.0 is fine for 1.8', toml: lines('http.bind-address = ":9092"'), expected: [] },
    {
      name: 'a dotted key on 1.5',
      toml: lines('[http]', 'log.enabled = true'),
      options: { version: '1.5' },
      expected: [{ severity: 'error', path: ['http'], line: 2, message: expect.stringContaining('dotted keys') }],
    },
    {
      name: 'two dotted keys in one table on 1.5: one error each, on its own line',
      toml: lines('[[httppost]]', 'basic-auth.username = "u"', 'basic-auth.password = "p"'),
      options: { version: '1.5' },
      expected: [
        { severity: 'error', path: ['httppost', 0], line: 2, message: 'TOML 0.4 cannot read dotted keys: put the key under its own [table] instead.' },
        { severity: 'error', path: ['httppost', 0], line: 3, message: 'TOML 0.4 cannot read dotted keys: put the key under its own [table] instead.' },
      ],
    },
    { name: 'a mixed array on 1.6 is a warning', toml: lines('[[graphite]]', 'tags = ["a=b", 1]'), options: { version: '1.6' }, expected: [{ severity: 'warning', path: ['graphite', 0], line: 2, message: expect.stringContaining('(Kapacitor 1.6.6 reads it; 1.6.0–1.6.5 refuse the file.)') }] },
  ]);
});
