import { describe, expect, it } from 'vitest';
import { runRuleCases } from './rule-cases';
import { parseDocument } from '../../toml/document';
import { renameKey } from '../../toml/edit';
import { findProblems } from './index';
import { lines } from './test-support';

describe('section layout', () => {
  runRuleCases(['array-table-required', 'table-required'], [
    { name: '[[influxdb]] and [http] are fine', toml: lines('[http]', '[[influxdb]]', 'urls = ["http://a:8086"]'), expected: [] },
    {
      name: 'a single [influxdb] table is refused, with a fix on the header',
      toml: lines('data_dir = "/x"', '[influxdb]', 'urls = ["http://a:8086"]', '[influxdb.subscriptions]', 'telegraf = ["autogen"]'),
      expected: [
        {
          severity: 'error',
          rule: 'array-table-required',
          path: ['influxdb'],
          line: 2,
          message:
            '[influxdb] must be written [[influxdb]]: Kapacitor reads influxdb as a list of entries and refuses a single table ("expected slice but found map"). Change the header to [[influxdb]].',
          fix: { label: 'Change the header to [[influxdb]]', replaceText: { start: 16, end: 26, text: '[[influxdb]]' } },
        },
      ],
    },
    { name: 'every plain-slice section: [kafka]', toml: lines('[kafka]', 'enabled = false'), expected: [{ rule: 'array-table-required', path: ['kafka'], line: 1 }] },
    { name: 'every plain-slice section: [scraper]', toml: lines('[scraper]', 'name = "a"'), expected: [{ rule: 'array-table-required', path: ['scraper'], line: 1 }] },
    { name: 'slack accepts a single table', toml: lines('[slack]', 'enabled = false'), expected: [] },
    { name: 'kubernetes accepts a single table', toml: lines('[kubernetes]', 'enabled = false'), expected: [] },
    {
      name: '[[http]] where a single table is required',
      toml: lines('[[http]]', 'bind-address = ":9092"'),
      expected: [
        {
          severity: 'error',
          rule: 'table-required',
          path: ['http', 0],
          line: 1,
          message: '[[http]] is written as an array of tables, but Kapacitor expects a single [http] table and refuses the file. Write one [http] header.',
        },
      ],
    },
  ]);

  runRuleCases(['unknown-section', 'sample-static-labels'], [
    { name: 'known sections only', toml: lines('[http]', '[[static-discovery]]', 'id = "s"', '[static-discovery.labels]', 'a = "b"'), expected: [] },
    {
      name: 'a misspelt section, with the rename as fix',
      toml: lines('data_dir = "/x"', '[infludb]', 'x = 1'),
      expected: [
        {
          severity: 'warning',
          rule: 'unknown-section',
          path: ['infludb'],
          line: 2,
          message: '[infludb] is not a Kapacitor section: Kapacitor ignores it and everything in it. Did you mean [influxdb]?',
          fix: { label: 'Rename to [influxdb]', replaceText: { start: 16, end: 25, text: '[influxdb]' } },
        },
      ],
    },
    {
      name: 'a section far from every name',
      toml: lines('[eii]', 'x = 1'),
      expected: [{ rule: 'unknown-section', path: ['eii'], line: 1, message: '[eii] is not a Kapacitor section: Kapacitor ignores it and everything in it.' }],
    },
    { name: 'an alias: [email] means [smtp]', toml: lines('[email]', 'enabled = true'), expected: [{ rule: 'unknown-section', message: expect.stringContaining('Did you mean [smtp]?') }] },
    {
      name: "the sample's [static.labels]",
      toml: lines('[[static-discovery]]', 'id = "s"', '[static.labels]', 'region = "x"'),
      expected: [
        {
          severity: 'warning',
          rule: 'sample-static-labels',
          path: ['static', 'labels'],
          line: 3,
          message:
            '[static.labels] belongs to no section, so Kapacitor ignores it and these labels are never applied (a mistake copied from the shipped sample). Write the header as [static-discovery.labels], under its [[static-discovery]] entry.',
          fix: { label: 'Rename to [static-discovery.labels]', replaceText: { start: 30, end: 45, text: '[static-discovery.labels]' } },
        },
      ],
    },
  ]);

  runRuleCases(['key-case', 'enterprise-only', 'version-missing', 'version-patch'], [
    { name: 'canonical names in the target version', toml: lines('[http]', '[auth]', '[tls]'), expected: [] },
    {
      name: 'a section name in other case',
      toml: lines('[HTTP]', 'bind-address = ":9092"'),
      expected: [
        {
          severity: 'warning',
          rule: 'key-case',
          path: ['HTTP'],
          line: 1,
          message: '[HTTP] is read as [http] because Kapacitor ignores case when nothing matches exactly. Write it as [http].',
          fix: { label: 'Rename to [http]', renameTo: 'http' },
        },
      ],
    },
    {
      name: 'an array section in other case, with a sub-table',
      toml: lines('[[InfluxDB]]', 'urls = ["http://a:8086"]', '[InfluxDB.subscriptions]', 'telegraf = ["autogen"]'),
      expected: [
        {
          severity: 'warning',
          rule: 'key-case',
          path: ['InfluxDB'],
          line: 1,
          message: '[InfluxDB] is read as [influxdb] because Kapacitor ignores case when nothing matches exactly. Write it as [influxdb].',
          fix: { label: 'Rename to [influxdb]', renameTo: 'influxdb' },
        },
      ],
    },
    {
      name: 'both spellings: no rename (it would collide), keep one',
      toml: lines('[http]', 'log-enabled = false', '[HTTP]', 'bind-address = ":9092"'),
      expected: [
        {
          severity: 'warning',
          rule: 'key-case',
          path: ['HTTP'],
          line: 3,
          message:
            '[HTTP] is read as [http] because Kapacitor ignores case when nothing matches exactly, and [http] is in the file as well: Kapacitor reads both into the same section in no fixed order. Keep one of them.',
        },
      ],
    },
    {
      name: 'Enterprise sections in open source',
      toml: lines('[enterprise]', 'license-key = "k"', '[cluster]', '[rpc]'),
      expected: [
        { severity: 'warning', rule: 'enterprise-only', path: ['enterprise'], line: 1, message: '[enterprise] is Enterprise-only: open-source Kapacitor ignores it.' },
        { rule: 'enterprise-only', path: ['cluster'], line: 3 },
        { rule: 'enterprise-only', path: ['rpc'], line: 4 },
      ],
    },
    { name: 'Enterprise sections in Enterprise', toml: lines('[enterprise]', '[cluster]', '[rpc]'), options: { enterprise: true }, expected: [] },
    {
      name: 'a section newer than the target',
      toml: lines('[auth]', 'enabled = true'),
      options: { version: '1.5' },
      expected: [{ severity: 'warning', rule: 'version-missing', path: ['auth'], line: 1, message: '[auth] is not in Kapacitor 1.5 (added in 1.6.0): it is ignored.' }],
    },
    {
      name: 'a section added in a later patch of the target line',
      toml: lines('[tls]'),
      options: { version: '1.5' },
      expected: [{ severity: 'info', rule: 'version-patch', path: ['tls'], line: 1, message: '[tls] needs Kapacitor 1.5.3 or later; older 1.5.x releases ignore it.' }],
    },
  ]);

  // The fix is applied the way src/features/problems/applyFix.ts applies a renameTo: renameKey on the finding's path.
  it.each([
    ['[HTTP]', lines('data_dir = "/x"', '[HTTP]', 'bind-address = ":9092"'), lines('data_dir = "/x"', '[http]', 'bind-address = ":9092"')],
    [
      '[[InfluxDB]] and its sub-table',
      lines('data_dir = "/x"', '[[InfluxDB]]', 'urls = ["http://a:8086"]', '[InfluxDB.subscriptions]', 'telegraf = ["autogen"]'),
      lines('data_dir = "/x"', '[[influxdb]]', 'urls = ["http://a:8086"]', '[influxdb.subscriptions]', 'telegraf = ["autogen"]'),
    ],
    ['dotted keys', lines('data_dir = "/x"', 'SMTP.enabled = false', 'SMTP.host = "mail"'), lines('data_dir = "/x"', 'smtp.enabled = false', 'smtp.host = "mail"')],
  ])('the rename fix for %s gives the canonical name and leaves no key-case finding', (_name, text, fixed) => {
    const judge = (t: string) => {
      const doc = parseDocument(t);
      return { doc, findings: findProblems({ values: doc.values, text: doc.text, tables: doc.tables, lineOf: (p) => doc.lineOf(p) }, { version: '1.8', enterprise: false }) };
    };
    const before = judge(text);
    const finding = before.findings.find((f) => f.rule === 'key-case');
    expect(finding?.fix?.renameTo).toBeDefined();
    const next = renameKey(before.doc, finding!.path, finding!.fix!.renameTo!);
    expect(next.text).toBe(fixed);
    expect(judge(next.text).findings.filter((f) => f.rule === 'key-case')).toEqual([]);
  });
});
