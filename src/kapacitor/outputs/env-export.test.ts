import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { parseDocument, parseValues } from '../../toml/document';
import { renderDockerRun, renderDotEnv, renderKubernetesEnv, shellQuote, toEnvVars, yamlString, type EnvVar } from './env-export';
import { applyEnv, differences, effectiveConfig } from './test-support';

const lines = (...rows: string[]) => `${rows.join('\n')}\n`;
const env18 = (text: string, includeSecrets = false) => toEnvVars(parseValues(text), { version: '1.8', includeSecrets });
const names = (vars: EnvVar[]) => Object.fromEntries(vars.map((v) => [v.name, v.value]));

describe('variable names for every kind of key (reference §2)', () => {
  test('root keys and single tables: upper case, "-" → "_"', () => {
    const { vars } = env18(lines(
      'hostname = "kapacitor-1"',
      'data_dir = "/var/lib/kapacitor"',
      'skip-config-overrides = true',
      '[http]',
      '  bind-address = ":9093"',
      '[smtp]',
      '  toTemplates = ["x"]',
      '[opsgenie]',
      '  recovery_url = "https://api.opsgenie.com/v1/json/alert/note"',
    ));
    expect(names(vars)).toEqual({
      KAPACITOR_HOSTNAME: 'kapacitor-1',
      KAPACITOR_DATA_DIR: '/var/lib/kapacitor',
      KAPACITOR_SKIP_CONFIG_OVERRIDES: 'true',
      KAPACITOR_HTTP_BIND_ADDRESS: ':9093',
      KAPACITOR_SMTP_TOTEMPLATES_0: 'x',
      KAPACITOR_OPSGENIE_RECOVERY_URL: 'https://api.opsgenie.com/v1/json/alert/note',
    });
  });

  test('array entries and list items by index', () => {
    const { vars } = env18(lines(
      '[[influxdb]]',
      '  name = "a"',
      '  default = true',
      '  urls = ["http://a:8086", "http://b:8086"]',
      '[[influxdb]]',
      '  name = "b"',
      '  enabled = true',
    ));
    expect(names(vars)).toEqual({
      KAPACITOR_INFLUXDB_0_NAME: 'a',
      KAPACITOR_INFLUXDB_0_DEFAULT: 'true',
      KAPACITOR_INFLUXDB_0_URLS_0: 'http://a:8086',
      KAPACITOR_INFLUXDB_0_URLS_1: 'http://b:8086',
      KAPACITOR_INFLUXDB_1_NAME: 'b',
      KAPACITOR_INFLUXDB_1_ENABLED: 'true',
    });
  });

  test('map keys keep their case; nested tables join their keys', () => {
    const { vars } = env18(lines(
      '[[httppost]]',
      '  endpoint = "hook"',
      '  url = "https://example.com/hook"',
      '  headers = { Authorization = "Bearer abc", X-Team = "ops" }',
      '  [httppost.basic-auth]',
      '    username = "kap"',
      '    password = "pw"',
    ), true);
    expect(names(vars)).toEqual({
      KAPACITOR_HTTPPOST_0_ENDPOINT: 'hook',
      KAPACITOR_HTTPPOST_0_URL: 'https://example.com/hook',
      KAPACITOR_HTTPPOST_0_HEADERS_Authorization: 'Bearer abc',
      'KAPACITOR_HTTPPOST_0_HEADERS_X-Team': 'ops',
      KAPACITOR_HTTPPOST_0_BASIC_AUTH_USERNAME: 'kap',
      KAPACITOR_HTTPPOST_0_BASIC_AUTH_PASSWORD: 'pw',
    });
  });

  test("kafka's embedded SASL keys get a double underscore", () => {
    const { vars } = env18(lines(
      '[[kafka]]',
      '  id = "k"',
      '  brokers = ["kafka:9092"]',
      '  sasl-username = "user"',
      '  sasl-password = "pw"',
      '  sasl-mechanism = "SCRAM-SHA-256"',
      '  sasl_extensions = { logicalCluster = "c-1" }',
      '  sasl-oauth-scopes = ["a"]',
    ), true);
    expect(names(vars)).toMatchObject({
      KAPACITOR_KAFKA_0_ID: 'k',
      KAPACITOR_KAFKA_0_BROKERS_0: 'kafka:9092',
      KAPACITOR_KAFKA_0__SASL_USERNAME: 'user',
      KAPACITOR_KAFKA_0__SASL_PASSWORD: 'pw',
      KAPACITOR_KAFKA_0__SASL_MECHANISM: 'SCRAM-SHA-256',
      KAPACITOR_KAFKA_0__SASL_EXTENSIONS_logicalCluster: 'c-1',
      KAPACITOR_KAFKA_0__SASL_OAUTH_SCOPES_0: 'a',
    });
  });

  test('kubernetes: no index with one element, indices with two', () => {
    expect(names(env18(lines('[kubernetes]', '  enabled = true', '  in-cluster = true')).vars)).toEqual({
      KAPACITOR_KUBERNETES_ENABLED: 'true',
      KAPACITOR_KUBERNETES_IN_CLUSTER: 'true',
    });
    expect(names(env18(lines('[[kubernetes]]', '  id = "a"', '[[kubernetes]]', '  id = "b"')).vars)).toEqual({
      KAPACITOR_KUBERNETES_0_ID: 'a',
      KAPACITOR_KUBERNETES_1_ID: 'b',
    });
  });

  test('slack written as one [slack] table still needs its index', () => {
    expect(names(env18(lines('[slack]', '  enabled = true', '  channel = "#a"')).vars)).toEqual({
      KAPACITOR_SLACK_0_ENABLED: 'true',
      KAPACITOR_SLACK_0_CHANNEL: '#a',
    });
  });

  test('the Enterprise license key also goes out under its documented alias', () => {
    const { vars } = env18(lines('[enterprise]', '  license-key = "LIC"'), true);
    expect(vars.map((v) => [v.name, v.value, v.secret])).toEqual([
      ['KAPACITOR_ENTERPRISE_LICENSE_KEY', 'LIC', true],
      ['KAPACITOR_LICENSE_KEY', 'LIC', true],
    ]);
  });

  test('a key written in other case is named by its canonical spelling', () => {
    expect(names(env18(lines('[kafka]', '  id = "x"').replace('[kafka]', '[[Kafka]]')).vars)).toEqual({ KAPACITOR_KAFKA_0_ID: 'x' });
    expect(names(env18(lines('[[kafka]]', '  SASL-Username = "u"')).vars)).toEqual({ KAPACITOR_KAFKA_0__SASL_USERNAME: 'u' });
  });
});

describe('values as Kapacitor parses them', () => {
  test('booleans, integers in decimal, floats, durations as written', () => {
    const { vars } = env18(lines(
      '[deadman]',
      '  threshold = 0.0',
      '  interval = "1m30s"',
      '[stats]',
      '  timing-sample-rate = 0.25',
      '[smtp]',
      '  port = 0x24B',
      '  no-verify = true',
      '[[influxdb]]',
      '  timeout = 0',
      '  udp-buffer = 9007199254740993',
    ));
    expect(names(vars)).toEqual({
      KAPACITOR_DEADMAN_THRESHOLD: '0',
      KAPACITOR_DEADMAN_INTERVAL: '1m30s',
      KAPACITOR_STATS_TIMING_SAMPLE_RATE: '0.25',
      KAPACITOR_SMTP_PORT: '587',
      KAPACITOR_SMTP_NO_VERIFY: 'true',
      KAPACITOR_INFLUXDB_0_TIMEOUT: '0',
      KAPACITOR_INFLUXDB_0_UDP_BUFFER: '9007199254740993',
    });
  });

  test('sasl-oauth-token-expiry-margin is a plain time.Duration: integer nanoseconds from the environment', () => {
    expect(names(env18(lines('[[kafka]]', '  sasl-oauth-token-expiry-margin = "1m30s"')).vars)).toEqual({
      KAPACITOR_KAFKA_0__SASL_OAUTH_TOKEN_EXPIRY_MARGIN: '90000000000',
    });
  });

  test('secrets become placeholders unless included', () => {
    const text = lines('[[slack]]', '  url = "https://hooks.slack.com/services/T/B/X"', '  channel = "#ops"', '[smtp]', '  password = "hunter2"');
    expect(env18(text).vars.map((v) => [v.name, v.value, v.secret])).toEqual([
      ['KAPACITOR_SLACK_0_URL', '<slack.url>', true],
      ['KAPACITOR_SLACK_0_CHANNEL', '#ops', false],
      ['KAPACITOR_SMTP_PASSWORD', '<smtp.password>', true],
    ]);
    expect(env18(text, true).vars.map((v) => v.value)).toEqual(['https://hooks.slack.com/services/T/B/X', '#ops', 'hunter2']);
  });

  test('a secret matched ignoring case is still a secret', () => {
    expect(env18(lines('[smtp]', '  Password = "hunter2"')).vars).toEqual([
      { name: 'KAPACITOR_SMTP_PASSWORD', value: '<smtp.Password>', secret: true, path: ['smtp', 'Password'] },
    ]);
  });
});

describe('what variables cannot express stays in the file', () => {
  const fileOnly = (r: ReturnType<typeof env18>) => r.fileOnly.map((f) => JSON.stringify(f.path));

  test('kafka brokers: env vars cannot add list items (issue #2254)', () => {
    const r = env18(lines('[[kafka]]', '  enabled = true', '  id = "k"', '  brokers = ["a:9092", "b:9092"]'));
    expect(names(r.vars)).toMatchObject({ KAPACITOR_KAFKA_0_BROKERS_0: 'a:9092', KAPACITOR_KAFKA_0_BROKERS_1: 'b:9092' });
    expect(fileOnly(r)).toEqual(['["kafka",0,"brokers"]']);
    expect(r.fileOnly[0].reason).toMatch(/can only change list items that already exist.*no items.*all 2 items/);
    expect(parseValues(r.minimalFile)).toEqual({ kafka: [{ brokers: ['a:9092', 'b:9092'] }] });
  });

  test('smtp to (issue #1280) and a second influxdb URL (issue #1479)', () => {
    const r = env18(lines('[smtp]', '  to = ["a@example.com"]', '[[influxdb]]', '  urls = ["http://a:8086", "http://b:8086"]'));
    expect(fileOnly(r)).toEqual(['["smtp","to"]', '["influxdb",0,"urls"]']);
    expect(r.fileOnly[1].reason).toMatch(/starts with 1 item here/);
    expect(parseValues(r.minimalFile)).toEqual({ smtp: { to: ['a@example.com'] }, influxdb: [{ urls: ['http://a:8086', 'http://b:8086'] }] });
  });

  test('one influxdb URL needs no file: NewConfig already has one item', () => {
    const r = env18(lines('[[influxdb]]', '  urls = ["http://influx:8086"]'));
    expect(r.fileOnly).toEqual([]);
    expect(names(r.vars)).toEqual({ KAPACITOR_INFLUXDB_0_URLS_0: 'http://influx:8086' });
    expect(parseValues(r.minimalFile)).toEqual({});
  });

  test('a second [[httppost]] must exist in the file (issue #2587); with two, both do', () => {
    const r = env18(lines('[[httppost]]', '  endpoint = "a"', '[[httppost]]', '  endpoint = "b"'));
    expect(fileOnly(r)).toEqual(['["httppost",0]', '["httppost",1]']);
    expect(r.fileOnly[1].reason).toMatch(/cannot add entries.*all 2/);
    expect(parseValues(r.minimalFile)).toEqual({ httppost: [{}, {}] });
    expect(r.minimalFile).toContain('# entry 2 of 2 (endpoint = "b"): values from KAPACITOR_HTTPPOST_1_*');
  });

  test('sections without a built-in entry (kubernetes, scraper) must be in the file', () => {
    const r = env18(lines('[kubernetes]', '  enabled = true', '[[scraper]]', '  name = "s"'));
    expect(fileOnly(r)).toEqual(['["kubernetes"]', '["scraper",0]']);
    expect(parseValues(r.minimalFile)).toEqual({ kubernetes: {}, scraper: [{}] });
  });

  test('maps of lists (influxdata-docker #129) and udf functions', () => {
    const r = env18(lines(
      '[[influxdb]]',
      '  [influxdb.subscriptions]',
      '    telegraf = ["autogen"]',
      '[udf.functions.goavg]',
      '  prog = "/usr/bin/goavg"',
      '  timeout = "10s"',
      '  env = { GOMAXPROCS = "2" }',
    ));
    expect(r.vars).toEqual([]);
    expect(fileOnly(r)).toEqual(['["influxdb",0,"subscriptions"]', '["udf","functions"]']);
    expect(parseValues(r.minimalFile)).toEqual({
      influxdb: [{ subscriptions: { telegraf: ['autogen'] } }],
      udf: { functions: { goavg: { prog: '/usr/bin/goavg', timeout: '10s', env: { GOMAXPROCS: '2' } } } },
    });
  });

  test('an empty string only where it differs from the default (an empty variable is skipped)', () => {
    const r = env18(lines('[smtp]', '  host = ""', '  username = ""', '  idle-timeout = ""'));
    expect(r.vars).toEqual([]);
    expect(fileOnly(r)).toEqual(['["smtp","host"]']);
    expect(r.fileOnly[0].reason).toMatch(/empty variable is skipped.*default here is "localhost"/);
    expect(parseValues(r.minimalFile)).toEqual({ smtp: { host: '' } });
  });

  test('map keys: variables from 1.6 on, the file on 1.5 (issue #2280)', () => {
    const text = lines('[[httppost]]', '  headers = { Example1 = "header1" }');
    const r18 = toEnvVars(parseValues(text), { version: '1.8', includeSecrets: false });
    const r15 = toEnvVars(parseValues(text), { version: '1.5', includeSecrets: false });
    expect(names(r18.vars)).toEqual({ KAPACITOR_HTTPPOST_0_HEADERS_Example1: 'header1' });
    expect(r18.fileOnly).toEqual([]);
    expect(r15.fileOnly.map((f) => f.reason)).toEqual(['Kapacitor 1.5 only overrides map keys the file already has; the file keeps it.']);
    expect(parseValues(r15.minimalFile)).toEqual({ httppost: [{ headers: { Example1: 'header1' } }] });
  });

  test('sasl-version stays in the file (a *int set from env while unset may crash)', () => {
    const r = env18(lines('[[kafka]]', '  sasl-version = 0'));
    expect(r.vars).toEqual([]);
    expect(parseValues(r.minimalFile)).toEqual({ kafka: [{ 'sasl-version': 0 }] });
  });

  test('unknown keys and sections stay as written', () => {
    const r = env18(lines('hostnmae = "x"', '[http]', '  bind-adress = ":1"', '[static.labels]', '  region = "eu"'));
    expect(r.vars).toEqual([]);
    expect(fileOnly(r)).toEqual(['["hostnmae"]', '["http","bind-adress"]', '["static"]']);
    expect(parseValues(r.minimalFile)).toEqual({ hostnmae: 'x', static: { labels: { region: 'eu' } }, http: { 'bind-adress': ':1' } });
  });
});

describe('the minimal file plus the variables give what the document gives', () => {
  const corpus = [
    ...readdirSync('fixtures/corpus/upstream').map((f) => `fixtures/corpus/upstream/${f}`),
    ...readdirSync('fixtures/corpus/real').map((f) => `fixtures/corpus/real/${f}`),
  ];
  const readable = corpus.flatMap((file) => {
    try {
      return [{ file, values: parseDocument(readFileSync(file, 'utf8')).values }];
    } catch {
      return [];
    }
  });

  test('most corpus files are readable', () => {
    expect(readable.length).toBeGreaterThan(35);
  });

  test.each(readable.map((r) => [r.file, r.values] as const))('%s', (_file, values) => {
    for (const version of ['1.8', '1.5'] as const) {
      const r = toEnvVars(values, { version, includeSecrets: true });
      const rebuilt = applyEnv(parseValues(r.minimalFile), r.vars);
      expect(differences(effectiveConfig(values), effectiveConfig(rebuilt))).toEqual([]);
    }
  });
});

describe('renderers', () => {
  const vars: EnvVar[] = [
    { name: 'KAPACITOR_HOSTNAME', value: 'kapacitor-1', secret: false, path: ['hostname'] },
    { name: 'KAPACITOR_DEADMAN_ID', value: `node 'NODE_NAME' in task '{{ .TaskName }}'`, secret: false, path: ['deadman', 'id'] },
    { name: 'KAPACITOR_SLACK_0_URL', value: '<slack.url>', secret: true, path: ['slack', 0, 'url'] },
    { name: 'KAPACITOR_SMTP_FROM', value: 'a b $HOME "q"\nline2', secret: false, path: ['smtp', 'from'] },
    { name: 'KAPACITOR_HTTPPOST_0_HEADERS_X-Team', value: 'ops', secret: false, path: ['httppost', 0, 'headers', 'X-Team'] },
  ];

  test('.env: bare when safe, single quotes, else double quotes with escapes and $$', () => {
    expect(renderDotEnv(vars).split('\n')).toEqual([
      '# KAPACITOR_* environment variables (Docker Compose .env syntax).',
      '# Quoted values use Compose quoting; `docker run --env-file` does not remove quotes.',
      '# Secret values are marked below; keep this file out of version control.',
      'KAPACITOR_HOSTNAME=kapacitor-1',
      `KAPACITOR_DEADMAN_ID="node 'NODE_NAME' in task '{{ .TaskName }}'"`,
      '# secret: KAPACITOR_SLACK_0_URL',
      `KAPACITOR_SLACK_0_URL='<slack.url>'`,
      'KAPACITOR_SMTP_FROM="a b $$HOME \\"q\\"\\nline2"',
      'KAPACITOR_HTTPPOST_0_HEADERS_X-Team=ops',
      '',
    ]);
  });

  test('shellQuote survives a real shell', () => {
    const tricky = [`it's`, 'a b', '$HOME', '`id`', '"x"', 'line\nbreak', '', '\\', "''"];
    for (const s of tricky) {
      expect(execFileSync('sh', ['-c', `printf %s ${shellQuote(s)}`], { encoding: 'utf8' })).toBe(s);
    }
  });

  test('docker run: one -e per variable, every argument quoted for sh', () => {
    const line = renderDockerRun(vars, { mountConfig: true });
    expect(line.split('\n')).toEqual([
      'docker run \\',
      '  -e KAPACITOR_HOSTNAME=kapacitor-1 \\',
      `  -e 'KAPACITOR_DEADMAN_ID=node '\\''NODE_NAME'\\'' in task '\\''{{ .TaskName }}'\\''' \\`,
      `  -e 'KAPACITOR_SLACK_0_URL=<slack.url>' \\`,
      `  -e 'KAPACITOR_SMTP_FROM=a b $HOME "q"`,
      `line2' \\`,
      '  -e KAPACITOR_HTTPPOST_0_HEADERS_X-Team=ops \\',
      '  -v "$PWD/kapacitor.conf:/etc/kapacitor/kapacitor.conf:ro" \\',
      '  kapacitor:1.8',
      '',
    ]);
    // the shell hands docker exactly these arguments
    const argv = execFileSync('sh', ['-c', line.replace(/^docker run/, `printf '%s\\0'`)], { encoding: 'utf8', cwd: '/tmp' }).split('\0');
    expect(argv.slice(0, -1)).toEqual([
      '-e', 'KAPACITOR_HOSTNAME=kapacitor-1',
      '-e', `KAPACITOR_DEADMAN_ID=node 'NODE_NAME' in task '{{ .TaskName }}'`,
      '-e', 'KAPACITOR_SLACK_0_URL=<slack.url>',
      '-e', 'KAPACITOR_SMTP_FROM=a b $HOME "q"\nline2',
      '-e', 'KAPACITOR_HTTPPOST_0_HEADERS_X-Team=ops',
      '-v', '/tmp/kapacitor.conf:/etc/kapacitor/kapacitor.conf:ro',
      'kapacitor:1.8',
    ]);
  });

  test('kubernetes env: double-quoted values, secrets from a Secret when named', () => {
    expect(renderKubernetesEnv(vars.slice(0, 3), { secretName: 'kapacitor-secrets' }).split('\n')).toEqual([
      'env:',
      '  - name: KAPACITOR_HOSTNAME',
      '    value: "kapacitor-1"',
      '  - name: KAPACITOR_DEADMAN_ID',
      `    value: "node 'NODE_NAME' in task '{{ .TaskName }}'"`,
      '  - name: KAPACITOR_SLACK_0_URL',
      '    valueFrom:',
      '      secretKeyRef:',
      '        name: "kapacitor-secrets"',
      '        key: KAPACITOR_SLACK_0_URL',
      '',
    ]);
    expect(renderKubernetesEnv(vars.slice(3))).toBe(
      'env:\n  - name: KAPACITOR_SMTP_FROM\n    value: "a b $HOME \\"q\\"\\nline2"\n  - name: "KAPACITOR_HTTPPOST_0_HEADERS_X-Team"\n    value: "ops"\n',
    );
  });

  test('YAML strings escape what YAML reads as line breaks or forbids', () => {
    expect(yamlString('a\u2028b\u0085c\u007fd')).toBe('"a\\u2028b\\u0085c\\u007fd"');
    // a JSON string is a YAML double-quoted scalar: reading it back as JSON gives the value
    expect(JSON.parse(yamlString('tab\there "q" \\ é'))).toBe('tab\there "q" \\ é');
  });
});

test('the file beside the variables leaves secrets out too unless asked (a credential-like key Kapacitor does not know stays in it)', () => {
  const text = lines('[[influxdb]]', '  name = "a"', '  password = "pw"', '  api_token = "tok"', '[[influxdb]]', '  name = "b"');
  const out = env18(text);
  expect(out.minimalFile).toBe(lines(
    '# kapacitor.conf to use together with the KAPACITOR_* environment variables exported from this document.',
    '# It holds only what the variables cannot express: array entries and list items that must exist, empty strings,',
    '# maps of lists, udf functions and keys Kapacitor does not know. Every other value comes from the variables.',
    '# Secrets are left out, here and in the variables: each "<section.key>" placeholder stands for one.',
    '',
    '# entry 1 of 2 (name = "a"): values from KAPACITOR_INFLUXDB_0_*',
    '[[influxdb]]',
    '  # not a Kapacitor key: Kapacitor ignores it',
    '  api_token = "<influxdb.api_token>"',
    '',
    '# entry 2 of 2 (name = "b"): values from KAPACITOR_INFLUXDB_1_*',
    '[[influxdb]]',
  ));
  expect(out.vars.map((v) => `${v.name}=${v.value}`)).toEqual(['KAPACITOR_INFLUXDB_0_NAME=a', 'KAPACITOR_INFLUXDB_0_PASSWORD=<influxdb.password>', 'KAPACITOR_INFLUXDB_1_NAME=b']);
  const all = env18(text, true);
  expect(all.minimalFile).toContain('  api_token = "tok"\n');
  expect(all.minimalFile).not.toContain('Secrets are left out');
  expect(all.vars.map((v) => v.value)).toContain('pw');
});

describe('URL passwords', () => {
  test('without secrets, a URL in a variable and in the file carries <password>, not the password', () => {
    const out = JSON.stringify(env18('[[influxdb]]\n  name = "a"\n  urls = ["http://user:inlinepw@influx:8086"]\n'));
    expect(out).not.toContain('inlinepw');
    expect(out).toContain('http://user:<password>@influx:8086');
    expect(JSON.stringify(env18('[[influxdb]]\n  name = "a"\n  urls = ["http://user:inlinepw@influx:8086"]\n', true))).toContain('inlinepw');
  });
});
