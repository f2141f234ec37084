import { describe } from 'vitest';
import { runRuleCases } from './rule-cases';
import { lines } from './test-support';

describe('repeated identities', () => {
  runRuleCases(['duplicate-name', 'duplicate-identity'], [
    { name: 'different names', toml: lines('[[influxdb]]', 'name = "a"', '[[influxdb]]', 'name = "b"', '[[kafka]]', 'id = "a"', '[[kafka]]', 'id = "b"'), expected: [] },
    {
      name: 'two [[influxdb]] with the same name are refused',
      toml: lines('[[influxdb]]', 'name = "a"', '[[influxdb]]', 'name = "a"'),
      expected: [
        {
          severity: 'error',
          rule: 'duplicate-name',
          path: ['influxdb', 1, 'name'],
          line: 4,
          message: '[[influxdb]] #2 name = "a" is already used by [[influxdb]] #1: Kapacitor refuses two [[influxdb]] entries with the same name. Give each a different name.',
        },
      ],
    },
    {
      name: 'other sections: the later entry silently wins',
      toml: lines('[[httppost]]', 'endpoint = "hook"', '[[httppost]]', 'endpoint = "hook"'),
      expected: [
        {
          severity: 'warning',
          rule: 'duplicate-identity',
          path: ['httppost', 1, 'endpoint'],
          line: 4,
          message: '[[httppost]] #2 endpoint = "hook" is already used by [[httppost]] #1: Kapacitor accepts it, but this entry silently replaces the earlier one. Give each a different endpoint.',
        },
      ],
    },
    { name: 'slack workspaces', toml: lines('[[slack]]', 'workspace = "w"', 'default = true', '[[slack]]', 'workspace = "w"'), expected: [{ rule: 'duplicate-identity', path: ['slack', 1, 'workspace'], line: 5 }] },
    { name: 'discoverer ids', toml: lines('[[consul]]', 'id = "c"', '[[consul]]', 'id = "c"', '[[consul]]', 'id = "c"'), expected: [{ path: ['consul', 1, 'id'], line: 4 }, { path: ['consul', 2, 'id'], line: 6 }] },
    { name: 'empty ids are left to the rules that require them', toml: lines('[[swarm]]', 'id = ""', '[[swarm]]', 'id = ""'), expected: [] },
  ]);
});
