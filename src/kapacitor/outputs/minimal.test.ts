import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { parseDocument, parseValues } from '../../toml/document';
import { checkToml04 } from '../../toml/strict';
import { minimalFile } from './minimal';
import { differences, effectiveConfig } from './test-support';

const lines = (...rows: string[]) => `${rows.join('\n')}\n`;
const body = (text: string) => text.split('\n').slice(2).join('\n'); // without the preamble and its blank line

describe('only values that differ from the defaults, each with its default', () => {
  test('root keys and single tables', () => {
    const out = minimalFile(parseValues(lines(
      'hostname = "localhost"',
      'data_dir = "/var/lib/kapacitor"',
      '[http]',
      '  bind-address = ":9092"',
      '  log-enabled = false',
      '[deadman]',
      '  threshold = 1',
      '  interval = "10s"',
      '[task]',
      '  snapshot-interval = "1m"',
    )));
    expect(out).toBe(lines(
      "# Only the values that differ from what Kapacitor uses when a key is left out; each says what that default is.",
      '',
      '# default: ""',
      'data_dir = "/var/lib/kapacitor"',
      '',
      '[http]',
      '  # default: true',
      '  log-enabled = false',
      '',
      '[deadman]',
      '  # default: 0.0',
      '  threshold = 1.0',
    ));
  });

  test('a lone [[influxdb]] keeps NewConfig defaults: enabled = true and the default URL are not written', () => {
    const out = minimalFile(parseValues(lines(
      '[[influxdb]]', '  enabled = true', '  name = "localhost"', '  urls = ["http://localhost:8086"]', '  startup-timeout = "5m"',
    )));
    expect(body(out)).toBe(lines('[[influxdb]]', '  # default: "default"', '  name = "localhost"'));
  });

  test('two [[influxdb]] entries start from zero values (reference §1.5): enabled and urls must be written', () => {
    const out = minimalFile(parseValues(lines(
      '[[influxdb]]', '  enabled = true', '  default = true', '  name = "a"', '  urls = ["http://localhost:8086"]', '  startup-timeout = "5m0s"',
      '[[influxdb]]', '  enabled = false', '  name = "b"', '  urls = ["http://b:8086"]',
    )));
    expect(body(out)).toBe(lines(
      '# With 2 [[influxdb]] entries every entry starts from Go zero values, not from Kapacitor\'s built-in entry.',
      '[[influxdb]]',
      "  # default: false here (Kapacitor's built-in true does not apply to this entry)",
      '  enabled = true',
      '  # default: false',
      '  default = true',
      '  # default: "" here (Kapacitor\'s built-in "default" does not apply to this entry)',
      '  name = "a"',
      '  # default: [] here (Kapacitor\'s built-in ["http://localhost:8086"] does not apply to this entry)',
      '  urls = ["http://localhost:8086"]',
      '',
      '# With 2 [[influxdb]] entries every entry starts from Go zero values, not from Kapacitor\'s built-in entry.',
      '[[influxdb]]',
      '  # default: "" here (Kapacitor\'s built-in "default" does not apply to this entry)',
      '  name = "b"',
      '  # default: [] here (Kapacitor\'s built-in ["http://localhost:8086"] does not apply to this entry)',
      '  urls = ["http://b:8086"]',
    ));
  });

  test('[[slack]] loses username "kapacitor" once written; an all-default slack entry goes entirely', () => {
    const kept = minimalFile(parseValues(lines('[[slack]]', '  enabled = false', '  default = true', '  channel = ""')));
    expect(body(kept)).toBe(lines(
      "# Writing [slack] starts its entries from Go zero values, not from Kapacitor's built-in entry.",
      '[[slack]]',
      "  # default: false here (Kapacitor's built-in true does not apply to this entry)",
      '  default = true',
    ));
    const gone = minimalFile(parseValues(lines('[[slack]]', '  default = true', '  username = "kapacitor"', '  global = false')));
    expect(body(gone)).toBe('');
  });

  test('maps add to their default; fixed tables keep the keys left out', () => {
    const out = minimalFile(parseValues(lines(
      '[[influxdb]]',
      '  [influxdb.excluded-subscriptions]',
      '    _kapacitor = ["autogen"]',
      '    telegraf = ["autogen"]',
      '[zenoss]',
      '  severity-map = { OK = "Clear", Info = "Info", Warning = "Warning", Critical = 5 }',
    )));
    expect(body(out)).toBe(lines(
      '[[influxdb]]',
      '  # default: { _kapacitor = ["autogen"] }; Kapacitor adds these keys to the default',
      '  excluded-subscriptions = { telegraf = ["autogen"] }',
      '',
      '[zenoss]',
      '  # default: { OK = "Clear", Info = "Info", Warning = "Warning", Critical = "Critical" }; keys left out keep their defaults',
      '  severity-map = { Critical = 5 }',
    ));
  });

  test('unknown keys, unknown sections and udf functions are kept', () => {
    const out = minimalFile(parseValues(lines(
      'hostnme = "x"',
      '[http]',
      '  bind-adress = ":1"',
      '[udf.functions.goavg]',
      '  prog = "/usr/bin/goavg"',
      '  timeout = "10s"',
      '[static.labels]',
      '  region = "eu"',
    )));
    expect(body(out)).toBe(lines(
      '# not a Kapacitor key: Kapacitor ignores it; kept as written',
      'hostnme = "x"',
      '# [static] is not a Kapacitor section; Kapacitor ignores it; kept as written.',
      'static = { labels = { region = "eu" } }',
      '',
      '[http]',
      '  # not a Kapacitor key: Kapacitor ignores it; kept as written',
      '  bind-adress = ":1"',
      '',
      '# functions "goavg": no built-in default',
      '[udf.functions.goavg]',
      '  prog = "/usr/bin/goavg"',
      '  timeout = "10s"',
    ));
  });

  test('Enterprise [auth] defaults (reference §9)', () => {
    const values = parseValues(lines('[auth]', '  cache-expiration = "10m"', '  bcrypt-cost = 12'));
    expect(body(minimalFile(values))).toBe(lines('[auth]', '  # default: "0s"', '  cache-expiration = "10m"', '  # default: 0', '  bcrypt-cost = 12'));
    expect(body(minimalFile(values, { enterprise: true }))).toBe(lines('[auth]', '  # default: 10 (Kapacitor Enterprise; open source: 0)', '  bcrypt-cost = 12'));
  });

  test('durations compare by length, "" keeps the default', () => {
    expect(body(minimalFile(parseValues(lines('[smtp]', '  idle-timeout = "30000ms"', '[task]', '  snapshot-interval = ""'))))).toBe('');
  });
});

describe('the minimal file gives Kapacitor the same configuration', () => {
  const files = [
    ...readdirSync('fixtures/corpus/upstream').map((f) => `fixtures/corpus/upstream/${f}`),
    ...readdirSync('fixtures/corpus/real').map((f) => `fixtures/corpus/real/${f}`),
  ].flatMap((file) => {
    try {
      return [[file, parseDocument(readFileSync(file, 'utf8')).values] as const];
    } catch {
      return [];
    }
  });

  test.each(files)('%s', (_file, values) => {
    const out = minimalFile(values, { includeSecrets: true });
    const again = parseDocument(out);
    expect(differences(effectiveConfig(values), effectiveConfig(again.values))).toEqual([]);
    // idempotent: the minimal file of the minimal file is itself
    expect(minimalFile(again.values, { includeSecrets: true })).toBe(out);
  });

  test('the 1.8.3 sample shrinks to its non-default values, readable by TOML 0.4 (Kapacitor 1.5)', () => {
    const sample = readFileSync('fixtures/corpus/upstream/kapacitor-1.8.3.conf', 'utf8');
    const out = minimalFile(parseValues(sample));
    expect(checkToml04(out)).toEqual([]);
    const values = parseValues(out);
    expect(values.data_dir).toBe('/var/lib/kapacitor');
    expect(values.hostname).toBeUndefined();
    expect(values.http).toBeUndefined(); // every [http] key in the sample is the default
    expect(values.slack).toEqual([{ default: true }]);
    expect(values.kafka).toEqual([{ id: 'localhost', timeout: '10s', 'batch-size': 100, 'batch-timeout': '1s' }]);
    expect(out.length).toBeLessThan(sample.length / 4);
  });
});

describe('secrets in the minimal file', () => {
  const text = lines('[smtp]', '  enabled = true', '  password = "hunter2"', '[[httppost]]', '  endpoint = "hook"', '  basic-auth = { username = "u", password = "p" }', '[[influxdb]]', '  name = "a"', '  token = ""');
  test('left out unless asked: "<section.key>" placeholders, and a line that says so', () => {
    expect(minimalFile(parseValues(text))).toBe(lines(
      "# Only the values that differ from what Kapacitor uses when a key is left out; each says what that default is.",
      '# Secrets are left out: each "<section.key>" placeholder stands for one; put the real values in before using the file.',
      '',
      '[smtp]',
      '  # default: false',
      '  enabled = true',
      '  # default: ""',
      '  password = "<smtp.password>"',
      '',
      '[[httppost]]',
      '  # default: "example"',
      '  endpoint = "hook"',
      '  # default: { username = "", password = "" }; keys left out keep their defaults',
      '  basic-auth = { username = "<httppost.basic-auth.username>", password = "<httppost.basic-auth.password>" }',
      '',
      '[[influxdb]]',
      '  # default: "default"',
      '  name = "a"',
    ));
  });
  test('written as they are with includeSecrets', () => {
    const out = minimalFile(parseValues(text), { includeSecrets: true });
    expect(out).toContain('  password = "hunter2"');
    expect(out).toContain('basic-auth = { username = "u", password = "p" }');
    expect(out).not.toContain('placeholder');
  });
});

describe('URL passwords in the minimal file', () => {
  test('are placeholders unless secrets are asked for', () => {
    const values = parseValues('[[influxdb]]\n  name = "a"\n  enabled = true\n  urls = ["http://user:inlinepw@influx:8086"]\n');
    expect(minimalFile(values)).not.toContain('inlinepw');
    expect(minimalFile(values)).toContain('http://user:<password>@influx:8086');
    expect(minimalFile(values, { includeSecrets: true })).toContain('inlinepw');
  });
});
