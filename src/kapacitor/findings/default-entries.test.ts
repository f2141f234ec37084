import { describe } from 'vitest';
import { runRuleCases } from './rule-cases';
import { lines } from './test-support';

const influx = (name: string, ...rest: string[]) => ['[[influxdb]]', `name = "${name}"`, `urls = ["http://${name}:8086"]`, ...rest];

describe('which entry is the default', () => {
  runRuleCases(['influxdb-default'], [
    { name: 'one entry needs no default', toml: lines(...influx('a')), expected: [] },
    { name: 'two enabled, one default', toml: lines(...influx('a', 'enabled = true', 'default = true'), ...influx('b', 'enabled = true')), expected: [] },
    { name: 'one enabled and one disabled, no default', toml: lines(...influx('a', 'enabled = true'), ...influx('b')), expected: [] },
    {
      name: 'two enabled, no default',
      toml: lines(...influx('a', 'enabled = true'), ...influx('b', 'enabled = true')),
      expected: [
        {
          severity: 'error',
          path: ['influxdb', 0, 'default'],
          line: 1,
          message: '2 [[influxdb]] entries are enabled but none has default = true: Kapacitor refuses the file. Mark exactly one enabled entry with default = true.',
          fix: { label: 'Set default = true on [[influxdb]] #1', setValue: true },
        },
      ],
    },
    {
      name: 'two enabled defaults',
      toml: lines(...influx('a', 'enabled = true', 'default = true'), ...influx('b', 'enabled = true', 'default = true')),
      expected: [
        {
          path: ['influxdb', 1, 'default'],
          line: 10,
          message: '[[influxdb]] #2 is an enabled default, and so is [[influxdb]] #1: Kapacitor refuses more than one. Set default = false on all but one.',
          fix: { setValue: false },
        },
      ],
    },
    { name: 'a disabled default does not count', toml: lines(...influx('a', 'default = true'), ...influx('b', 'enabled = true', 'default = true')), expected: [] },
  ]);

  runRuleCases(['mqtt-default'], [
    { name: 'one broker', toml: lines('[[mqtt]]', 'name = "a"'), expected: [] },
    { name: 'two brokers, one default', toml: lines('[[mqtt]]', 'name = "a"', 'default = true', '[[mqtt]]', 'name = "b"'), expected: [] },
    { name: 'two brokers, no default', toml: lines('[[mqtt]]', 'name = "a"', '[[mqtt]]', 'name = "b"'), expected: [{ severity: 'error', path: ['mqtt', 0, 'default'], line: 1, message: 'There are 2 [[mqtt]] entries but none has default = true: Kapacitor refuses the file. Mark exactly one with default = true.' }] },
    { name: 'two defaults', toml: lines('[[mqtt]]', 'name = "a"', 'default = true', '[[mqtt]]', 'name = "b"', 'default = true'), expected: [{ path: ['mqtt', 1, 'default'], line: 6 }] },
  ]);

  runRuleCases(['slack-default', 'slack-workspace', 'slack-global'], [
    { name: 'a lone [slack] counts as the default', toml: lines('[slack]', 'enabled = true', 'url = "https://hooks"'), expected: [] },
    { name: 'global on the default', toml: lines('[slack]', 'default = true', 'global = true', 'state-changes-only = true'), expected: [] },
    {
      name: 'global on a lone [slack] without default = true',
      toml: lines('[slack]', 'enabled = true', 'url = "https://hooks"', 'global = true'),
      expected: [
        {
          severity: 'error',
          rule: 'slack-global',
          path: ['slack', 'global'],
          line: 4,
          message: '[slack] global = true needs default = true on the same entry, and Kapacitor refuses the file without it. Once the file has a slack section, default is false unless written: add default = true.',
        },
      ],
    },
    {
      name: 'state-changes-only without global',
      toml: lines('[[slack]]', 'default = true', 'state-changes-only = true'),
      expected: [{ rule: 'slack-global', path: ['slack', 0, 'state-changes-only'], line: 3, fix: { label: 'Set state-changes-only = false', setValue: false } }],
    },
    {
      name: 'two entries: workspaces and a default needed',
      toml: lines('[[slack]]', 'url = "https://a"', '[[slack]]', 'workspace = "b"'),
      expected: [
        {
          rule: 'slack-workspace',
          path: ['slack', 0, 'workspace'],
          line: 1,
          message: '[[slack]] #1 workspace is empty: with more than one [[slack]] entry each needs its own workspace, or Kapacitor refuses the file ("id must not be empty").',
        },
        { rule: 'slack-default', path: ['slack', 0, 'default'], line: 1, message: 'There are 2 [[slack]] entries but none has default = true: Kapacitor refuses the file. Mark one with default = true.' },
      ],
    },
  ]);

  runRuleCases(['discord-default', 'discord-workspace', 'discord-global'], [
    { name: 'two workspaces with a default', toml: lines('[[discord]]', 'workspace = "a"', 'default = true', '[[discord]]', 'workspace = "b"'), expected: [] },
    { name: 'a lone [discord] counts as the default', toml: lines('[discord]', 'enabled = true', 'url = "https://discord/hook"'), expected: [] },
    { name: 'global and state-changes-only on the default', toml: lines('[[discord]]', 'default = true', 'global = true', 'state-changes-only = true'), expected: [] },
    {
      name: 'two workspaces without a default',
      toml: lines('[[discord]]', 'workspace = "a"', '[[discord]]', 'workspace = "b"'),
      expected: [
        {
          severity: 'error',
          rule: 'discord-default',
          path: ['discord', 0, 'default'],
          line: 1,
          message: 'There are 2 [[discord]] entries but none has default = true: Kapacitor refuses the file. Mark one with default = true.',
          fix: { label: 'Set default = true on [[discord]] #1', setValue: true },
        },
      ],
    },
    {
      name: 'global without default',
      toml: lines('[[discord]]', 'global = true'),
      expected: [
        {
          severity: 'error',
          rule: 'discord-global',
          path: ['discord', 0, 'global'],
          line: 2,
          message: '[[discord]] global = true needs default = true on the same entry, and Kapacitor refuses the file without it. Once the file has a discord section, default is false unless written: add default = true.',
        },
      ],
    },
    {
      name: 'state-changes-only on a default that is not global',
      toml: lines('[discord]', 'default = true', 'state-changes-only = true'),
      expected: [
        {
          severity: 'error',
          rule: 'discord-global',
          path: ['discord', 'state-changes-only'],
          line: 3,
          message: '[discord] state-changes-only = true only works on an entry with default = true and global = true; Kapacitor refuses the file otherwise. Set both, or set state-changes-only = false.',
          fix: { label: 'Set state-changes-only = false', setValue: false },
        },
      ],
    },
    {
      name: 'two entries, one without a workspace',
      toml: lines('[[discord]]', 'workspace = "a"', 'default = true', '[[discord]]', 'url = "https://discord/hook"'),
      expected: [
        {
          severity: 'error',
          rule: 'discord-workspace',
          path: ['discord', 1, 'workspace'],
          line: 4,
          message: '[[discord]] #2 workspace is empty: with more than one [[discord]] entry each needs its own workspace, or Kapacitor refuses the file ("id must not be empty").',
        },
      ],
    },
  ]);
});
