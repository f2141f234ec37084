import { describe, expect, it } from 'vitest';
import { runRuleCases } from './rule-cases';
import { parseDocument } from '../../toml/document';
import { findProblems } from './index';
import { check, inputFromText, lines } from './test-support';

const overrideMessage = (shown: string) =>
  `Settings changed through the HTTP config API are stored in kapacitor.db and win over this file for ${shown}. Set [config-override] enabled = false (or skip-config-overrides = true) to make the file the only source.`;
const udfMessage = '[udf] can only be set in this file: the HTTP config API and KAPACITOR_* variables cannot change user-defined functions.';

describe('notices', () => {
  runRuleCases(['config-override', 'udf-file-only'], [
    { name: 'no API-overridable section in the file', toml: lines('data_dir = "/x"', '[http]'), expected: [] },
    { name: 'overrides switched off', toml: lines('[config-override]', 'enabled = false', '[smtp]'), expected: [] },
    { name: 'overrides switched off, key in other case', toml: lines('[config-override]', 'Enabled = false', '[smtp]'), expected: [] },
    { name: 'overrides skipped at startup', toml: lines('skip-config-overrides = true', '[smtp]'), expected: [] },
    {
      name: 'overrides on (the default): one notice, not one per section, on the enabled line',
      toml: lines('[config-override]', 'enabled = true', '[smtp]', '[[influxdb]]', '[slack]'),
      expected: [
        {
          severity: 'info',
          rule: 'config-override',
          path: ['config-override', 'enabled'],
          line: 2,
          message: overrideMessage('[smtp], [influxdb], [slack]'),
        },
      ],
    },
    {
      name: 'enabled written in other case: its line',
      toml: lines('[smtp]', '[config-override]', 'Enabled = true'),
      expected: [{ rule: 'config-override', path: ['config-override', 'enabled'], line: 3, message: overrideMessage('[smtp]') }],
    },
    {
      name: '[config-override] without enabled: its header line',
      toml: lines('[smtp]', 'enabled = false', '[config-override]'),
      expected: [{ severity: 'info', rule: 'config-override', path: ['config-override', 'enabled'], line: 3, message: overrideMessage('[smtp]') }],
    },
    {
      name: 'no [config-override] table: the first section the API overrides',
      toml: lines('data_dir = "/x"', '[http]', '[smtp]', '[[influxdb]]'),
      expected: [{ severity: 'info', rule: 'config-override', path: ['config-override', 'enabled'], line: 3, message: overrideMessage('[smtp], [influxdb]') }],
    },
    {
      name: 'no [config-override] table, skip-config-overrides = false: that line',
      toml: lines('data_dir = "/x"', 'skip-config-overrides = false', '[smtp]'),
      expected: [{ severity: 'info', rule: 'config-override', path: ['config-override', 'enabled'], line: 2, message: overrideMessage('[smtp]') }],
    },
    {
      name: 'a section written with dotted keys only: the first such key',
      toml: lines('data_dir = "/x"', 'smtp.enabled = false', 'smtp.host = "mail"'),
      expected: [{ rule: 'config-override', path: ['config-override', 'enabled'], line: 2, message: overrideMessage('[smtp]') }],
    },
    {
      name: 'more than four sections: the first four and a count',
      toml: lines('[alerta]', '[hipchat]', '[smtp]', '[slack]', '[talk]', '[telegram]'),
      expected: [{ rule: 'config-override', line: 1, message: overrideMessage('[alerta], [hipchat], [smtp], [slack] and 2 more') }],
    },
    {
      name: 'udf lives only in the file',
      toml: lines('[udf]', '[udf.functions]'),
      expected: [{ severity: 'info', rule: 'udf-file-only', path: ['udf'], line: 1, message: udfMessage }],
    },
    {
      name: 'udf written only as [udf.functions.<name>]: that header',
      toml: lines('data_dir = "/x"', '', '[udf.functions.tick]', 'prog = "/usr/bin/tick"', 'timeout = "10s"'),
      expected: [{ severity: 'info', rule: 'udf-file-only', path: ['udf'], line: 3, message: udfMessage }],
    },
    {
      name: 'udf written as dotted keys under [udf.functions]: the header',
      toml: lines('[udf.functions]', 'tick.prog = "/usr/bin/tick"', 'tick.timeout = "10s"'),
      expected: [{ rule: 'udf-file-only', path: ['udf'], line: 1, message: udfMessage }],
    },
    { name: 'no udf', toml: lines('data_dir = "/x"'), expected: [] },
  ]);

  it('notices sort by their line among the other findings', () => {
    const findings = check(lines('data_dir = "/x"', '[smtp]', 'port = "25"'));
    expect(findings.map((f) => [f.rule, f.line])).toEqual([
      ['config-override', 2],
      ['invalid-value', 3],
    ]);
  });

  it('a document that gives no lines at all: the notices have none either', () => {
    const input = inputFromText(lines('[smtp]', '[udf.functions.tick]', 'prog = "/p"', 'timeout = "10s"'));
    const findings = findProblems({ ...input, tables: [], lineOf: () => undefined }, { version: '1.8', enterprise: false });
    const notices = findings.filter((f) => f.rule === 'config-override' || f.rule === 'udf-file-only');
    expect(notices.map((f) => f.rule)).toEqual(['config-override', 'udf-file-only']);
    expect(notices.every((f) => !('line' in f))).toBe(true);
  });

  it.each([
    ['no [config-override]: the first overridable section', lines('data_dir = "/x"', '[http]', '[smtp]'), 'config-override', 3],
    ['dotted keys only', lines('data_dir = "/x"', 'smtp.enabled = false'), 'config-override', 2],
    ['[udf.functions.<name>] only', lines('data_dir = "/x"', '[udf.functions.tick]', 'prog = "/p"', 'timeout = "10s"'), 'udf-file-only', 2],
  ])('with the document model too: %s', (_name, text, rule, line) => {
    const doc = parseDocument(text);
    const findings = findProblems({ values: doc.values, text: doc.text, tables: doc.tables, lineOf: (p) => doc.lineOf(p) }, { version: '1.8', enterprise: false });
    expect(findings.find((f) => f.rule === rule)?.line).toBe(line);
  });
});
