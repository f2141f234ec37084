import { describe, expect, test } from 'vitest';
import { canSetFromEnv, envVarName, envVarsForField } from './env';
import { fieldOf, sectionByName } from './schema';

describe('envVarName', () => {
  test.each([
    [['hostname'], 'KAPACITOR_HOSTNAME'],
    [['data_dir'], 'KAPACITOR_DATA_DIR'],
    [['', 'skip-config-overrides'], 'KAPACITOR_SKIP_CONFIG_OVERRIDES'],
    [['http', 'bind-address'], 'KAPACITOR_HTTP_BIND_ADDRESS'],
    [['config-override', 'enabled'], 'KAPACITOR_CONFIG_OVERRIDE_ENABLED'],
    [['smtp', 'toTemplates'], 'KAPACITOR_SMTP_TOTEMPLATES'],
    [['opsgenie', 'recovery_url'], 'KAPACITOR_OPSGENIE_RECOVERY_URL'],
    [['slack', 1, 'channel'], 'KAPACITOR_SLACK_1_CHANNEL'],
    [['influxdb', 0, 'urls', 0], 'KAPACITOR_INFLUXDB_0_URLS_0'],
    [['smtp', 'to', 0], 'KAPACITOR_SMTP_TO_0'],
    [['httppost', 0, 'headers', 'Authorization'], 'KAPACITOR_HTTPPOST_0_HEADERS_Authorization'],
    [['httppost', 0, 'basic-auth', 'username'], 'KAPACITOR_HTTPPOST_0_BASIC_AUTH_USERNAME'],
    [['static-discovery', 0, 'labels', 'region'], 'KAPACITOR_STATIC_DISCOVERY_0_LABELS_region'],
    [['fluxtask', 'secrets', 'myToken'], 'KAPACITOR_FLUXTASK_SECRETS_myToken'],
    [['zenoss', 'severity-map', 'OK'], 'KAPACITOR_ZENOSS_SEVERITY_MAP_OK'],
    [['kafka', 0, 'sasl-username'], 'KAPACITOR_KAFKA_0__SASL_USERNAME'],
    [['kafka', 0, 'sasl-mechanism'], 'KAPACITOR_KAFKA_0__SASL_MECHANISM'],
    [['kafka', 0, 'sasl_extensions', 'poolId'], 'KAPACITOR_KAFKA_0__SASL_EXTENSIONS_poolId'],
    [['kafka', 0, 'sasl-oauth-parameters', 'audience'], 'KAPACITOR_KAFKA_0__SASL_OAUTH_PARAMETERS_audience'],
    [['kafka', 0, 'sasl-oauth-scopes', 0], 'KAPACITOR_KAFKA_0__SASL_OAUTH_SCOPES_0'],
    [['kafka', 0, 'brokers', 0], 'KAPACITOR_KAFKA_0_BROKERS_0'],
    [['kafka', 0, 'ssl-ca'], 'KAPACITOR_KAFKA_0_SSL_CA'],
    [['kubernetes', 0, 'enabled'], 'KAPACITOR_KUBERNETES_0_ENABLED'],
    [['enterprise', 'license-key'], 'KAPACITOR_ENTERPRISE_LICENSE_KEY'],
    [['not-a-section', 'some-key'], 'KAPACITOR_NOT_A_SECTION_SOME_KEY'],
  ] as [(string | number)[], string][])('%j → %s', (path, name) => {
    expect(envVarName(path)).toBe(name);
  });
});

describe('envVarsForField', () => {
  const vars = (s: string, k: string) => envVarsForField(s, fieldOf(s, k)!);
  test('single tables and root keys', () => {
    expect(vars('', 'hostname')).toEqual(['KAPACITOR_HOSTNAME']);
    expect(vars('http', 'bind-address')).toEqual(['KAPACITOR_HTTP_BIND_ADDRESS']);
  });
  test('array sections use the first element', () => {
    expect(vars('influxdb', 'enabled')).toEqual(['KAPACITOR_INFLUXDB_0_ENABLED']);
    expect(vars('slack', 'url')).toEqual(['KAPACITOR_SLACK_0_URL']);
    expect(vars('kafka', 'sasl-password')).toEqual(['KAPACITOR_KAFKA_0__SASL_PASSWORD']);
  });
  test('kubernetes also works without the index', () => {
    expect(vars('kubernetes', 'enabled')).toEqual(['KAPACITOR_KUBERNETES_ENABLED', 'KAPACITOR_KUBERNETES_0_ENABLED']);
  });
  test('lists, maps and nested tables', () => {
    expect(vars('smtp', 'to')).toEqual(['KAPACITOR_SMTP_TO_0']);
    expect(vars('influxdb', 'urls')).toEqual(['KAPACITOR_INFLUXDB_0_URLS_0']);
    expect(vars('httppost', 'headers')).toEqual(['KAPACITOR_HTTPPOST_0_HEADERS_<key>']);
    expect(vars('httppost', 'basic-auth')).toEqual(['KAPACITOR_HTTPPOST_0_BASIC_AUTH_USERNAME', 'KAPACITOR_HTTPPOST_0_BASIC_AUTH_PASSWORD']);
  });
  test('Enterprise license keys carry their documented aliases', () => {
    expect(vars('enterprise', 'license-key')).toEqual(['KAPACITOR_ENTERPRISE_LICENSE_KEY', 'KAPACITOR_LICENSE_KEY']);
    expect(vars('enterprise', 'license-path')).toEqual(['KAPACITOR_ENTERPRISE_LICENSE_PATH', 'KAPACITOR_LICENSE_PATH']);
  });
  test('keys the environment cannot set get no name', () => {
    expect(vars('influxdb', 'subscriptions')).toEqual([]);
    expect(vars('influxdb', 'excluded-subscriptions')).toEqual([]);
    expect(vars('scraper', 'params')).toEqual([]);
    expect(vars('udf', 'functions')).toEqual([]);
    expect(envVarsForField('nope', 'x')).toEqual([]);
    expect(envVarsForField(sectionByName('http')!, 'nope')).toEqual([]);
  });
});

describe('canSetFromEnv', () => {
  test('false for maps of lists, udf functions and keys unreadable from a file', () => {
    expect(canSetFromEnv(fieldOf('influxdb', 'subscriptions')!)).toBe(false);
    expect(canSetFromEnv(fieldOf('scraper', 'params')!)).toBe(false);
    expect(canSetFromEnv(fieldOf('udf', 'functions')!)).toBe(false);
    expect(canSetFromEnv(fieldOf('scraper', 'proxy-url')!)).toBe(false);
  });
  test('true for scalars, lists and string maps', () => {
    expect(canSetFromEnv(fieldOf('http', 'bind-address')!)).toBe(true);
    expect(canSetFromEnv(fieldOf('smtp', 'to')!)).toBe(true);
    expect(canSetFromEnv(fieldOf('httppost', 'headers')!)).toBe(true);
  });
});
