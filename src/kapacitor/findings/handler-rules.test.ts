import { describe } from 'vitest';
import { runRuleCases } from './rule-cases';
import { lines } from './test-support';

describe('alert handlers', () => {
  runRuleCases(['required-when-enabled'], [
    { name: 'disabled handlers need nothing', toml: lines('[alerta]', '[pushover]', '[telegram]', '[bigpanda]'), expected: [] },
    { name: 'enabled with what it needs', toml: lines('[alerta]', 'enabled = true', 'url = "http://alerta"', '[smtp]', 'enabled = true', 'from = "k@example.com"'), expected: [] },
    {
      name: 'an enabled handler without its url',
      toml: lines('[alerta]', 'enabled = true'),
      expected: [
        {
          severity: 'error',
          path: ['alerta', 'url'],
          line: 1,
          message: '[alerta] url is empty, and Kapacitor refuses to start while [alerta] is enabled without it. Set url, or set enabled = false.',
        },
      ],
    },
    { name: 'smtp enabled without a sender', toml: lines('[smtp]', 'enabled = true', 'from = ""'), expected: [{ path: ['smtp', 'from'], line: 3 }] },
    {
      name: 'bigpanda needs app-key and token',
      toml: lines('[bigpanda]', 'enabled = true'),
      expected: [
        { path: ['bigpanda', 'app-key'], line: 1 },
        { path: ['bigpanda', 'token'], line: 1 },
      ],
    },
    { name: 'pushover needs token and user-key', toml: lines('[pushover]', 'enabled = true', 'token = "t"'), expected: [{ path: ['pushover', 'user-key'] }] },
    { name: 'teams needs its channel-url', toml: lines('[teams]', 'enabled = true'), expected: [{ path: ['teams', 'channel-url'] }] },
    { name: 'an enabled mqtt broker needs a url', toml: lines('[[mqtt]]', 'enabled = true', 'name = "m"'), expected: [{ path: ['mqtt', 0, 'url'], line: 1 }] },
    { name: 'an enabled swarm needs servers', toml: lines('[[swarm]]', 'enabled = true', 'id = "s"'), expected: [{ path: ['swarm', 0, 'servers'], line: 1 }] },
    { name: 'an empty addr written out', toml: lines('[sensu]', 'enabled = true', 'addr = ""'), expected: [{ path: ['sensu', 'addr'], line: 3 }] },
  ]);

  runRuleCases(['mutually-exclusive', 'httppost-template-file'], [
    { name: 'one template each, absolute file', toml: lines('[[httppost]]', 'alert-template = "{{.Message}}"', 'row-template-file = "/etc/row.tmpl"'), expected: [] },
    {
      name: 'an inline template and a template file',
      toml: lines('[[httppost]]', 'alert-template = "{{.Message}}"', 'alert-template-file = "/etc/alert.tmpl"'),
      expected: [{ rule: 'mutually-exclusive', path: ['httppost', 0, 'alert-template-file'], line: 3, message: '[[httppost]] alert-template and alert-template-file are both set: Kapacitor refuses the file. Keep one and remove the other.' }],
    },
    {
      name: 'a relative template file',
      toml: lines('[[httppost]]', 'row-template-file = "row.tmpl"'),
      expected: [
        {
          severity: 'error',
          rule: 'httppost-template-file',
          path: ['httppost', 0, 'row-template-file'],
          line: 2,
          message: '[[httppost]] row-template-file = "row.tmpl" is not an absolute path, so Kapacitor refuses the file. Write the full path, e.g. "/etc/kapacitor/templates/alert.tmpl".',
        },
      ],
    },
  ]);
});
