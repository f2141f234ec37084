import { describe } from 'vitest';
import { runRuleCases } from './rule-cases';
import { lines } from './test-support';

describe('core cross-key rules', () => {
  runRuleCases(['auth-bcrypt-cost'], [
    { name: 'auth enabled with a cost of 10', toml: lines('[auth]', 'enabled = true', 'bcrypt-cost = 10'), expected: [] },
    { name: 'auth disabled: the cost does not matter', toml: lines('[auth]', 'bcrypt-cost = 0'), expected: [] },
    {
      name: 'auth enabled without a cost',
      toml: lines('[auth]', 'enabled = true'),
      expected: [
        {
          severity: 'error',
          path: ['auth', 'bcrypt-cost'],
          line: 1,
          message: '[auth] bcrypt-cost is 0: with [auth] enabled Kapacitor refuses a cost below 4 (the open-source default is 0). Set bcrypt-cost = 10.',
          fix: { label: 'Set bcrypt-cost = 10', setValue: 10 },
        },
      ],
    },
    { name: 'Enterprise defaults the cost to 10', toml: lines('[auth]', 'enabled = true'), options: { enterprise: true }, expected: [] },
    { name: 'auth enabled with a cost of 3', toml: lines('[auth]', 'enabled = true', 'bcrypt-cost = 3'), expected: [{ path: ['auth', 'bcrypt-cost'], line: 3 }] },
  ]);

  runRuleCases(['load-dir-absolute'], [
    { name: 'an absolute folder', toml: lines('[load]', 'enabled = true', 'dir = "/etc/kapacitor/load"'), expected: [] },
    { name: 'a Windows folder', toml: lines('[load]', 'enabled = true', 'dir = \'C:\\kapacitor\\load\''), expected: [] },
    { name: 'disabled: not checked', toml: lines('[load]', 'dir = "load"'), expected: [] },
    {
      name: 'a relative folder',
      toml: lines('[load]', 'enabled = true', 'dir = "load"'),
      expected: [
        {
          severity: 'error',
          path: ['load', 'dir'],
          line: 3,
          message: '[load] dir = "load" is not an absolute path, and Kapacitor refuses that while [load] is enabled. Write the full path, e.g. "/etc/kapacitor/load" (or "C:\\\\kapacitor\\\\load" on Windows).',
        },
      ],
    },
    { name: 'the relative default', toml: lines('[load]', 'enabled = true'), expected: [{ path: ['load', 'dir'], line: 1 }] },
  ]);

  runRuleCases(['mutually-exclusive', 'ssl-pair', 'tls-version-order'], [
    { name: 'org or orgid', toml: lines('[fluxtask]', 'enabled = true', 'task-run-org = "o"'), expected: [] },
    { name: 'both, but history off', toml: lines('[fluxtask]', 'enabled = true', 'task-run-influxdb = "none"', 'task-run-org = "o"', 'task-run-orgid = "i"'), expected: [] },
    {
      name: 'both org and orgid',
      toml: lines('[fluxtask]', 'enabled = true', 'task-run-org = "o"', 'task-run-orgid = "i"'),
      expected: [
        {
          severity: 'error',
          rule: 'mutually-exclusive',
          path: ['fluxtask', 'task-run-orgid'],
          line: 4,
          message: '[fluxtask] task-run-org and task-run-orgid are both set: Kapacitor refuses the file while Flux tasks are enabled. Keep one and remove the other.',
        },
      ],
    },
    { name: 'a client certificate with its key', toml: lines('[[influxdb]]', 'ssl-cert = "/c.pem"', 'ssl-key = "/k.pem"'), expected: [] },
    {
      name: 'a client key without its certificate',
      toml: lines('[[influxdb]]', 'ssl-key = "/k.pem"'),
      expected: [
        {
          severity: 'error',
          rule: 'ssl-pair',
          path: ['influxdb', 0, 'ssl-key'],
          line: 2,
          message: '[[influxdb]] ssl-key is set without ssl-cert: Kapacitor refuses a client certificate without its key (or the other way round). Set both, or neither.',
        },
      ],
    },
    { name: 'min below max', toml: lines('[tls]', 'min-version = "tls1.2"', 'max-version = "1.3"'), expected: [] },
    {
      name: 'min above max',
      toml: lines('[tls]', 'min-version = "TLS1.3"', 'max-version = "TLS1.2"'),
      expected: [{ severity: 'warning', rule: 'tls-version-order', path: ['tls', 'min-version'], line: 2 }],
    },
  ]);
});
