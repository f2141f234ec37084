import { describe, expect, it } from 'vitest';
import { runRuleCases } from './rule-cases';
import { check, lines } from './test-support';

describe('notices', () => {
  runRuleCases(['config-override', 'udf-file-only'], [
    { name: 'no API-overridable section in the file', toml: lines('data_dir = "/x"', '[http]'), expected: [] },
    { name: 'overrides switched off', toml: lines('[config-override]', 'enabled = false', '[smtp]'), expected: [] },
    { name: 'overrides skipped at startup', toml: lines('skip-config-overrides = true', '[smtp]'), expected: [] },
    {
      name: 'overrides on (the default): one notice, not one per section',
      toml: lines('[config-override]', 'enabled = true', '[smtp]', '[[influxdb]]', '[slack]'),
      expected: [
        {
          severity: 'info',
          rule: 'config-override',
          path: ['config-override', 'enabled'],
          line: 2,
          message:
            'Settings changed through the HTTP config API are stored in kapacitor.db and win over this file for [smtp], [influxdb], [slack]. Set [config-override] enabled = false (or skip-config-overrides = true) to make the file the only source.',
        },
      ],
    },
    { name: 'no [config-override] table', toml: lines('[smtp]'), expected: [{ rule: 'config-override', path: ['config-override', 'enabled'] }] },
    {
      name: 'udf lives only in the file',
      toml: lines('[udf]', '[udf.functions]'),
      expected: [{ severity: 'info', rule: 'udf-file-only', path: ['udf'], line: 1, message: '[udf] can only be set in this file: the HTTP config API and KAPACITOR_* variables cannot change user-defined functions.' }],
    },
  ]);

  it('a notice about a key that is not in the file has no line, and comes first', () => {
    const findings = check(lines('data_dir = "/x"', '[smtp]', 'port = "25"'));
    expect(findings.map((f) => [f.rule, f.line])).toEqual([
      ['config-override', undefined],
      ['invalid-value', 3],
    ]);
    expect('line' in findings[0]).toBe(false);
  });
});
