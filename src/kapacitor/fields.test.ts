import { describe, expect, test } from 'vitest';
import {
  durationPattern,
  formatGoDuration,
  isEmailAddress,
  parseGoDuration,
  splitHostPort,
  urlProblem,
  valueProblems,
} from './fields';
import { zodForField, zodForSection } from './zod';
import { fieldOf, sectionByName } from './schema';
import type { FieldDef } from './types';

const field = (section: string, key: string): FieldDef => {
  const f = fieldOf(section, key);
  if (!f) throw new Error(`no field ${section}.${key}`);
  return f;
};

/** [field, value, expected]: true = valid, a string = the exact message of the first issue */
type Row = [FieldDef, unknown, true | string];

function check(rows: Row[]) {
  for (const [f, value, expected] of rows) {
    const r = zodForField(f).safeParse(value);
    const got = r.success ? true : r.error.issues[0].message;
    expect(got, `${f.key} = ${JSON.stringify(String(value))}`).toBe(expected);
  }
}

describe('duration', () => {
  const d = field('http', 'shutdown-timeout');
  test('Go syntax, "" and the integer 0 pass', () => {
    check([
      [d, '10s', true],
      [d, '1m30s', true],
      [d, '.5s', true],
      [d, '-1s', true],
      [d, '1.5h', true],
      [d, '100ms', true],
      [d, '3µs', true],
      [d, '3us', true],
      [d, '0', true],
      [d, 0, true],
      [d, '', true],
    ]);
  });
  test('anything else is refused with the quoted form', () => {
    check([
      [d, '10', 'Add a unit: use "10s" (units are ns, us, ms, s, m, h).'],
      [d, 10, 'A bare number is not a duration: use "10s" (quoted, with a unit; units are ns, us, ms, s, m, h).'],
      [d, 10n, 'A bare number is not a duration: use "10s" (quoted, with a unit; units are ns, us, ms, s, m, h).'],
      [d, '1d', 'Go durations have no days or weeks: use "24h".'],
      [d, '2w', 'Go durations have no days or weeks: use "336h".'],
      [d, '10 s', 'Remove the spaces: use "10s".'],
      [d, 1.5, 'A bare number is not a duration: write it quoted with a unit, e.g. "1.5s".'],
      [d, 'ten seconds', 'Use a Go duration such as "10s", "1m30s" or "1.5h" (units ns, us, ms, s, m, h; no days).'],
      [d, true, 'Write a duration as a quoted string with a unit, e.g. "10s".'],
      [d, '99999999999h', 'This duration is too long for Kapacitor (more than about 292 years).'],
    ]);
  });
  test('smtp idle-timeout must not be negative', () => {
    const f = field('smtp', 'idle-timeout');
    check([
      [f, '0s', true],
      [f, '-1s', 'The value must not be negative.'],
    ]);
  });
  test('udf timeout must be longer than 1ms and cannot stay empty', () => {
    const f = field('udf', 'functions.*.timeout');
    check([
      [f, '10s', true],
      [f, '2ms', true],
      [f, '1ms', 'Use a value greater than 1ms.'],
      [f, 0, 'Use a value greater than 1ms.'],
      [f, '', 'An empty duration keeps the built-in "0s", which Kapacitor rejects here: write e.g. "10s".'],
    ]);
  });
  test('kafka sasl-oauth-token-expiry-margin is a plain time.Duration: integers are nanoseconds, "" fails', () => {
    const f = field('kafka', 'sasl-oauth-token-expiry-margin');
    check([
      [f, '10s', true],
      [f, 10000000000, true],
      [f, '', 'This duration cannot be empty here: write e.g. "10s".'],
    ]);
  });
  test('pattern, parse and format agree with Go', () => {
    expect(durationPattern.test('1h2m3.5s')).toBe(true);
    expect(durationPattern.test('1h 2m')).toBe(false);
    expect(parseGoDuration('1m30s')).toBe(90e9);
    expect(parseGoDuration('-1.5h')).toBe(-5400e9);
    expect(parseGoDuration('')).toBeUndefined();
    expect(formatGoDuration(60e9)).toBe('1m0s');
    expect(formatGoDuration(300e9)).toBe('5m0s');
    expect(formatGoDuration(3600e9)).toBe('1h0m0s');
    expect(formatGoDuration(10e9)).toBe('10s');
    expect(formatGoDuration(1.5e9)).toBe('1.5s');
    expect(formatGoDuration(1.5e6)).toBe('1.5ms');
    expect(formatGoDuration(0)).toBe('0s');
    expect(formatGoDuration(-90e9)).toBe('-1m30s');
  });
});

describe('hostport', () => {
  const h = field('http', 'bind-address');
  test('net.SplitHostPort forms pass, the empty port too (Kapacitor quirk)', () => {
    check([
      [h, ':9092', true],
      [h, 'localhost:9092', true],
      [h, '[::1]:9092', true],
      [h, '0.0.0.0:0', true],
      [h, 'localhost:', true],
    ]);
  });
  test('other forms are refused', () => {
    check([
      [h, '9092', 'Add a colon before the port: use ":9092" (all interfaces) or "host:9092".'],
      [h, 'localhost', 'Add a port: write host:port, e.g. "localhost:9092" or ":9092".'],
      [h, 'a:b:c', 'Put an IPv6 address in brackets, e.g. "[::1]:9092"; otherwise host:port has exactly one colon.'],
      [h, ':http', 'The port must be a number from 0 to 65535 (named ports such as "http" are not accepted), e.g. ":9092".'],
      [h, ':70000', 'The port must be from 0 to 65535; 70000 is too large.'],
      [h, ':$PORT', 'The port must be a number from 0 to 65535 (named ports such as "$PORT" are not accepted), e.g. ":9092".'],
      [h, '[::1:9092', `Write host:port, e.g. "localhost:9092" or "[::1]:9092" (missing ']' in address).`],
      [h, '', 'This cannot be empty: Kapacitor refuses to start without a value (built-in: ":9092").'],
      [h, 9092, 'Put the value in double quotes: "9092".'],
    ]);
  });
  test('an optional address may be empty', () => {
    check([[field('auth', 'meta-addr'), '', true]]);
  });
  test('splitHostPort mirrors Go', () => {
    expect(splitHostPort('[::1]:80')).toEqual({ host: '::1', port: '80' });
    expect(splitHostPort('[::1]')).toEqual({ error: 'missing port in address' });
    expect(splitHostPort('[::1]x:80')).toEqual({ error: 'missing port in address' });
    expect(splitHostPort('[::1]:80:90')).toEqual({ error: 'too many colons in address' });
  });
  test('list items: kafka brokers', () => {
    const b = field('kafka', 'brokers');
    check([
      [b, [], true],
      [b, ['k1:9092', 'k2:9092'], true],
      [b, ['k1'], 'Add a port: write host:port, e.g. "localhost:9092" or ":9092".'],
    ]);
    const r = zodForField(b).safeParse(['k1:9092', 'k2']);
    expect(r.success ? [] : r.error.issues[0].path).toEqual([1]);
  });
});

describe('url', () => {
  const u = field('alerta', 'url');
  test('net/url.Parse is lenient', () => {
    check([
      [u, '', true],
      [u, 'http://alerta:8080/api', true],
      [u, 'localhost:8086', true], // parses as scheme "localhost"
      [u, '/relative/path', true],
      [u, 'http://[::1]:8080/', true],
      [u, 'https://host/a%20b?q=%zz', true], // Go does not check escapes in the query
    ]);
  });
  test('what net/url.Parse refuses', () => {
    check([
      [u, '://x', 'The URL is missing its scheme: write e.g. "http://host:port".'],
      [u, 'http://host/\tx', 'Remove the control characters (tabs, line breaks) from the URL.'],
      [u, 'http://host/%zz', 'Fix the "%" escape: a "%" must be followed by two hex digits (write "%25" for a percent sign).'],
      [u, '10.0.0.1:8086', 'Add the scheme, e.g. "http://10.0.0.1:8086": without one, a colon may not appear before the first "/".'],
      [u, 'http://host:abc/', 'The port after the host must be a number, e.g. "http://host:8086" (got "abc").'],
    ]);
  });
  test('required URLs cannot be empty', () => {
    check([[field('opsgenie', 'url'), '', 'This cannot be empty: Kapacitor refuses to start without a value (built-in: "https://api.opsgenie.com/v1/json/alert").']]);
  });
  test('zenoss url: url.ParseRequestURI (absolute only, never empty)', () => {
    const z = field('zenoss', 'url');
    check([
      [z, 'https://tenant.zenoss.io:8080/zport/dmd/evconsole_router', true],
      [z, '/zport/dmd/evconsole_router', true],
      [z, 'zport/dmd', 'Use an absolute URL such as "https://host:8080/path" (or a path starting with "/"); a relative URL is rejected.'],
      [z, '', 'This cannot be empty: Kapacitor refuses to start without a value (built-in: "https://tenant.zenoss.io:8080/zport/dmd/evconsole_router").'],
    ]);
  });
  test('Enterprise registration-server-url must name its scheme', () => {
    const r = field('enterprise', 'registration-server-url');
    check([
      [r, '', true],
      [r, 'https://reg.example.com:8090', true],
      [r, 'reg.example.com:8090', 'Include the scheme, e.g. "https://host:port".'],
    ]);
  });
  test('httppost url may be a Go template', () => {
    check([[field('httppost', 'url'), 'http://{{ index .Tags "host" }}:8080/alert', true]]);
  });
  test('influxdb urls: required list of URLs', () => {
    const f = field('influxdb', 'urls');
    check([
      [f, ['http://localhost:8086'], true],
      [f, [], 'Give at least one entry: Kapacitor refuses to start with an empty list here.'],
      [f, 'http://localhost:8086', 'Write a list in brackets, even for one entry: ["http://localhost:8086"].'],
    ]);
    // a space is not a scheme character, so Go reads a relative path whose first segment has a colon
    expect(urlProblem('ht tp://x')).toMatch(/^Add the scheme/);
  });
});

describe('email', () => {
  const from = field('smtp', 'from');
  test('RFC 5322 addresses as net/mail.ParseAddress reads them', () => {
    check([
      [from, '', true],
      [from, 'kapacitor@example.com', true],
      [from, 'Kapacitor <kapacitor@example.com>', true],
      [from, '"Ops Team" <ops@example.com>', true],
      [from, 'a@b', true],
      [from, 'kapacitor', 'Use an email address such as "name@example.com" or "Name <name@example.com>".'],
      [from, 'a@@b', 'Use an email address such as "name@example.com" or "Name <name@example.com>".'],
      [from, 'Name <a@b', 'Use an email address such as "name@example.com" or "Name <name@example.com>".'],
    ]);
    expect(isEmailAddress('first.last+tag@sub.example.org')).toBe(true);
    expect(isEmailAddress('.a@b')).toBe(false);
  });
  test('smtp to: every item is checked, with its index', () => {
    const to = field('smtp', 'to');
    check([
      [to, ['oncall@example.com'], true],
      [to, ['oncall@example.com', 'nobody'], 'Use an email address such as "name@example.com" or "Name <name@example.com>".'],
    ]);
    expect(valueProblems(to, ['x@y', 'bad'])).toEqual([
      { message: 'Use an email address such as "name@example.com" or "Name <name@example.com>".', path: [1] },
    ]);
  });
});

describe('enum', () => {
  test('exact match where Kapacitor compares exactly', () => {
    const mode = field('influxdb', 'subscription-mode');
    const mech = field('kafka', 'sasl-mechanism');
    check([
      [mode, 'cluster', true],
      [mode, 'server', true],
      [mode, 'Cluster', 'Capitals matter here: use "cluster".'],
      [mode, '', 'Use one of "cluster", "server".'],
      [mech, '', true],
      [mech, 'SCRAM-SHA-256', true],
      [mech, 'plain', 'Capitals matter here: use "PLAIN".'],
      [mech, 'KERBEROS', 'Use one of "PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512", "GSSAPI", "OAUTHBEARER" (or "" for the built-in choice).'],
      [field('influxdb', 'subscription-protocol'), 'tcp', 'Use one of "http", "https", "udp" (or "" for the built-in choice).'],
      [field('influxdb', 'compression'), 'none', true],
      [field('kubernetes', 'resource'), 'endpoints', 'Use one of "node", "pod", "service", "endpoint" (or "" for the built-in choice).'],
    ]);
  });
  test('case-insensitive where Kapacitor folds case', () => {
    check([
      [field('tls', 'min-version'), 'tls1.2', true],
      [field('tls', 'min-version'), 'TLS1.0', 'Use one of "TLS1.1", "1.1", "TLS1.2", "1.2", "TLS1.3", "1.3" (or "" for the built-in choice).'],
      [field('dns', 'type'), 'srv', true],
      [field('dns', 'type'), '', 'This cannot be empty: Kapacitor refuses to start without a value.'],
      [field('kafka', 'sasl-oauth-service'), 'AzureAD', true],
    ]);
  });
  test('logging level: only DEBUG/INFO/ERROR in one case', () => {
    const level = field('logging', 'level');
    check([
      [level, 'INFO', true],
      [level, 'info', true],
      [level, 'WARN', 'Use one of "DEBUG", "INFO", "ERROR", "debug", "info", "error".'],
      [level, 'Info', 'Capitals matter here: use "INFO".'],
    ]);
  });
  test('enum list items: tls ciphers fold case', () => {
    const c = field('tls', 'ciphers');
    check([[c, ['TLS_AES_128_GCM_SHA256', 'tls_ecdhe_rsa_with_aes_128_gcm_sha256'], true]]);
    const r = zodForField(c).safeParse(['TLS_RSA_WITH_RC4_128_SHA']);
    expect(r.success).toBe(false);
    expect(r.success ? '' : r.error.issues[0].message).toMatch(/^Use one of "TLS_RSA_WITH_AES_128_CBC_SHA", /);
  });
});

describe('scalars', () => {
  test('boolean', () => {
    const b = field('http', 'log-enabled');
    check([
      [b, true, true],
      [b, false, true],
      [b, 'true', 'Write true without quotes: a quoted "true" is text, not a boolean.'],
      [b, 1, 'Use true or false (without quotes).'],
    ]);
  });
  test('integer with bounds', () => {
    const port = field('smtp', 'port');
    check([
      [port, 25, true],
      [port, 587n, true],
      [port, 0, 'Use a value from 1 to 65535.'],
      [port, 70000, 'Use a value from 1 to 65535.'],
      [port, '25', 'Write the number without quotes: 25.'],
      [port, 2.5, 'Use a whole number; 2.5 has a fraction.'],
      [field('kafka', 'sasl-version'), 2, 'Use a value from 0 to 1.'],
      [field('auth', 'bcrypt-cost'), 32, 'Use a value of at most 31.'],
      [field('cluster', 'gossip-members'), -1, 'The value must not be negative.'],
    ]);
  });
  test('float accepts integers too (cannot tell 1 from 1.0 after parsing)', () => {
    const t = field('deadman', 'threshold');
    check([
      [t, 0.5, true],
      [t, 0, true],
      [t, '0.5', 'Write the number without quotes: 0.5.'],
      [t, 'high', 'Use a number with a decimal point, e.g. 0.5.'],
    ]);
  });
  test('string and required string', () => {
    check([
      [field('', 'hostname'), 'kapacitor-1', true],
      [field('', 'hostname'), '', 'This cannot be empty: Kapacitor refuses to start without a value (built-in: "localhost").'],
      [field('', 'data_dir'), '', 'This cannot be empty: Kapacitor refuses to start without a value.'],
      [field('', 'default-retention-policy'), 7, 'Put the value in double quotes: "7".'],
      [field('', 'default-retention-policy'), ['a'], 'Write a single quoted string, not a list, e.g. "text".'],
    ]);
  });
  test('patterns: influxdb name, file-discovery files, nerve paths, graphite tags', () => {
    check([
      [field('influxdb', 'name'), 'prod.eu-1_ö', true],
      [field('influxdb', 'name'), 'my influx', 'Use only letters, digits, ".", "-" and "_" (no spaces).'],
      [field('file-discovery', 'files'), ['/etc/targets/*.json', 'a.YML'], true],
      [field('file-discovery', 'files'), ['/etc/*/targets.json'], 'Use a path ending in .json, .yml or .yaml, with "*" only in the last path segment.'],
      [field('file-discovery', 'files'), ['/etc/targets.txt'], 'Use a path ending in .json, .yml or .yaml, with "*" only in the last path segment.'],
      [field('nerve', 'paths'), ['/nerve/services'], true],
      [field('nerve', 'paths'), ['nerve'], 'Start each ZooKeeper path with "/".'],
      [field('graphite', 'tags'), ['region=us-east'], true],
      [field('graphite', 'tags'), ['region'], 'Write each tag as key=value, with text on both sides of one "=".'],
    ]);
  });
});

describe('maps and tables', () => {
  test('stringMap', () => {
    const h = field('httppost', 'headers');
    check([
      [h, {}, true],
      [h, { Authorization: 'Bearer x' }, true],
      [h, { Retries: 3 }, 'Put the value of "Retries" in double quotes: every value here is text.'],
      [h, 'Authorization: x', 'Write a table, e.g. { Name = "value" }.'],
    ]);
  });
  test('stringListMap: influxdb subscriptions', () => {
    const s = field('influxdb', 'subscriptions');
    check([
      [s, { telegraf: ['autogen', 'longterm'] }, true],
      [s, { telegraf: 'autogen' }, 'Write the value of "telegraf" as a list in brackets, e.g. telegraf = ["autogen"].'],
      [s, { telegraf: [1] }, 'Each entry must be a quoted string.'],
    ]);
    const r = zodForField(s).safeParse({ telegraf: ['a', 2] });
    expect(r.success ? [] : r.error.issues[0].path).toEqual(['telegraf', 1]);
  });
  test('table: httppost basic-auth and zenoss severity-map', () => {
    const b = field('httppost', 'basic-auth');
    check([
      [b, { username: 'u', password: 'p' }, true],
      [b, { username: 1 }, 'Put the value in double quotes: "1".'],
      [b, 'u:p', 'Write a table, e.g. { username = ..., password = ... }.'],
    ]);
    const m = field('zenoss', 'severity-map');
    check([
      [m, { OK: 'Clear', Info: 'Info', Warning: 'Warning', Critical: 5 }, true],
      [m, { OK: ['Clear'] }, 'Write a single value: a quoted string or a number.'],
    ]);
  });
  test('tableMap: udf functions', () => {
    const f = field('udf', 'functions');
    check([
      [f, {}, true],
      [f, { goavg: { prog: './avg_udf', args: [], timeout: '10s' } }, true],
      [f, { goavg: { prog: './avg_udf', timeout: '10' } }, 'Add a unit: use "10s" (units are ns, us, ms, s, m, h).'],
      [f, { pyavg: { prog: 'python3', timeout: '10s', env: { PYTHONPATH: 1 } } }, 'Put the value of "PYTHONPATH" in double quotes: every value here is text.'],
      [f, { goavg: 'x' }, 'Write a table, e.g. [udf.functions.<name>] with its keys.'],
    ]);
    const r = zodForField(f).safeParse({ goavg: { timeout: 10 } });
    expect(r.success ? [] : r.error.issues[0].path).toEqual(['goavg', 'timeout']);
  });
  test('a key Kapacitor cannot read from a file', () => {
    check([[field('scraper', 'proxy-url'), 'http://proxy:3128', 'Kapacitor cannot read this key from a file (it stops with a type error): remove it and set it through the config API.']]);
  });
});

describe('zodForSection', () => {
  test('all keys optional, unknown keys kept, problems carry the key path', () => {
    const s = zodForSection(sectionByName('http')!);
    expect(s.safeParse({}).success).toBe(true);
    const ok = s.safeParse({ 'bind-address': ':9092', 'bind-adress': 'typo' });
    expect(ok.success && ok.data).toEqual({ 'bind-address': ':9092', 'bind-adress': 'typo' });
    const bad = s.safeParse({ 'bind-address': '9092', 'shutdown-timeout': 10 });
    expect(bad.success).toBe(false);
    expect(bad.success ? [] : bad.error.issues.map((i) => i.path)).toEqual([['bind-address'], ['shutdown-timeout']]);
  });
  test('an array section validates one element', () => {
    const s = zodForSection(sectionByName('influxdb')!);
    expect(s.safeParse({ name: 'a', urls: ['http://x:8086'], subscriptions: { db: ['rp'] } }).success).toBe(true);
    const bad = s.safeParse({ urls: ['http://x:8086'], 'excluded-subscriptions': { db: 'rp' } });
    expect(bad.success ? [] : bad.error.issues[0].path).toEqual(['excluded-subscriptions', 'db']);
  });
  test('every section\'s built-in values pass its own validation, sample defaults too', () => {
    for (const name of ['', 'http', 'influxdb', 'kafka', 'zenoss', 'httppost', 'slack', 'smtp', 'tls', 'deadman']) {
      const s = sectionByName(name)!;
      const defaults = Object.fromEntries(s.fields.filter((f) => f.default !== undefined && !f.required).map((f) => [f.key, f.default]));
      const r = zodForSection(s).safeParse(defaults);
      expect(r.success ? [] : r.error.issues, name).toEqual([]);
    }
  });
});
