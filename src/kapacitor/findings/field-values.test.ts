import { describe, expect } from 'vitest';
import { runRuleCases } from './rule-cases';
import { lines } from './test-support';

const containing = (s: string) => expect.stringContaining(s);

describe('values against the schema', () => {
  runRuleCases(['invalid-value'], [
    { name: 'valid values', toml: lines('hostname = "h"', '[http]', 'bind-address = ":9092"', 'log-enabled = false', '[[influxdb]]', 'urls = ["http://a:8086"]', 'http-port = 9092'), expected: [] },
    {
      name: 'a quoted boolean',
      toml: lines('[http]', 'log-enabled = "true"'),
      expected: [{ severity: 'error', path: ['http', 'log-enabled'], line: 2, message: '[http] log-enabled = "true": Write true without quotes: a quoted "true" is text, not a boolean.' }],
    },
    { name: 'an enum value Kapacitor does not know', toml: lines('[[influxdb]]', 'subscription-protocol = "tcp"'), expected: [{ path: ['influxdb', 0, 'subscription-protocol'], line: 2, message: containing('[[influxdb]] subscription-protocol = "tcp": ') }] },
    { name: 'host:port without a colon', toml: lines('[http]', 'bind-address = "9092"'), expected: [{ path: ['http', 'bind-address'], line: 2, message: containing('[http] bind-address = "9092": ') }] },
    { name: 'a port out of range in host:port', toml: lines('[http]', 'bind-address = ":70000"'), expected: [{ path: ['http', 'bind-address'], line: 2 }] },
    { name: 'an smtp port of 0', toml: lines('[smtp]', 'port = 0'), expected: [{ path: ['smtp', 'port'], line: 2 }] },
    { name: 'a wrong type stays an error where the form is not checked', toml: lines('[[kafka]]', 'brokers = "k:9092"'), expected: [{ path: ['kafka', 0, 'brokers'], line: 2 }] },
    { name: 'hostname empty', toml: lines('hostname = ""'), expected: [{ path: ['hostname'], line: 1, message: containing('hostname = "": ') }] },
    { name: 'replay dir empty', toml: lines('[replay]', 'dir = ""'), expected: [{ path: ['replay', 'dir'], line: 2 }] },
    { name: 'storage boltdb empty', toml: lines('[storage]', 'boltdb = ""'), expected: [{ path: ['storage', 'boltdb'], line: 2 }] },
    {
      name: 'the path goes into array entries and list items',
      toml: lines('[[influxdb]]', 'name = "a"', 'urls = ["http://a:8086"]', '[[influxdb]]', 'name = "b"', 'urls = ["http://b:port"]'),
      expected: [{ path: ['influxdb', 1, 'urls', 0], line: 6, message: containing('[[influxdb]] #2 urls (0): ') }],
    },
    {
      name: 'a float written into an integer key',
      toml: lines('[stats]', 'timing-movavg-size = 1.0'),
      expected: [{ path: ['stats', 'timing-movavg-size'], line: 2, message: '[stats] timing-movavg-size = 1.0: it must be a whole number written without a decimal point; Kapacitor refuses a float here.' }],
    },
    { name: 'a fixed table given a string', toml: lines('[[httppost]]', 'basic-auth = "user:pass"'), expected: [{ path: ['httppost', 0, 'basic-auth'], line: 2, message: '[[httppost]] basic-auth must be a table, not "user:pass": Kapacitor refuses the file.' }] },
  ]);

  runRuleCases(['unchecked-value'], [
    { name: 'well-formed values', toml: lines('[[kafka]]', 'brokers = ["k:9092"]', '[smtp]', 'port = 587'), expected: [] },
    {
      name: 'a port Kapacitor never range-checks',
      toml: lines('[[influxdb]]', 'http-port = 70000'),
      expected: [
        {
          severity: 'warning',
          path: ['influxdb', 0, 'http-port'],
          line: 2,
          message: containing('(Kapacitor does not check this when it starts, so the mistake only shows once the value is used.)'),
        },
      ],
    },
    { name: 'a broker without a port', toml: lines('[[kafka]]', 'brokers = ["kafka"]'), expected: [{ severity: 'warning', path: ['kafka', 0, 'brokers', 0], line: 2 }] },
    { name: 'smtp only refuses ports of 0 and below', toml: lines('[smtp]', 'port = 70000'), expected: [{ severity: 'warning', path: ['smtp', 'port'], line: 2 }] },
    { name: 'kubernetes api-servers are parsed only when enabled', toml: lines('[kubernetes]', 'api-servers = ["://x"]'), expected: [{ severity: 'warning', path: ['kubernetes', 'api-servers', 0], line: 2 }] },
  ]);

  runRuleCases(['duration-format'], [
    { name: 'quoted durations, the integer 0 and "" are fine', toml: lines('[http]', 'shutdown-timeout = "1m30s"', '[[influxdb]]', 'timeout = 0', 'startup-timeout = ""'), expected: [] },
    { name: 'a plain Go duration takes integer nanoseconds', toml: lines('[[kafka]]', 'sasl-oauth-token-expiry-margin = 5000000000'), expected: [] },
    {
      name: 'a bare integer: quote it with a unit',
      toml: lines('[http]', 'shutdown-timeout = 10'),
      expected: [
        {
          severity: 'error',
          path: ['http', 'shutdown-timeout'],
          line: 2,
          message: containing('[http] shutdown-timeout = 10: '),
          fix: { label: 'Write "10s"', setValue: '10s' },
        },
      ],
    },
    { name: 'a number in quotes without a unit', toml: lines('[task]', 'snapshot-interval = "60"'), expected: [{ path: ['task', 'snapshot-interval'], line: 2, fix: { setValue: '60s' } }] },
    { name: 'days are not a Go unit', toml: lines('[stats]', 'stats-interval = "1d"'), expected: [{ path: ['stats', 'stats-interval'], line: 2, fix: { setValue: '24h' } }] },
    { name: 'a float is not a duration either', toml: lines('[deadman]', 'interval = 1.5'), expected: [{ path: ['deadman', 'interval'], line: 2, fix: { setValue: '1.5s' } }] },
  ]);

  runRuleCases(['float-needs-point'], [
    { name: 'a float written with a point', toml: lines('[deadman]', 'threshold = 0.0'), options: { version: '1.5' }, expected: [] },
    { name: '1.7 accepts an integer in a float key', toml: lines('[deadman]', 'threshold = 0'), options: { version: '1.7' }, expected: [] },
    {
      name: '1.5 refuses an integer in a float key',
      toml: lines('[deadman]', 'threshold = 0'),
      options: { version: '1.5' },
      expected: [
        {
          severity: 'error',
          path: ['deadman', 'threshold'],
          line: 2,
          message: '[deadman] threshold = 0: Kapacitor 1.5 refuses an integer in a float key (1.7 and later accept it). Write 0.0.',
          fix: { label: 'Write 0.0', replaceText: { start: 22, end: 23, text: '0.0' } },
        },
      ],
    },
    { name: 'so does 1.6', toml: lines('[stats]', 'timing-sample-rate = 1 # all'), options: { version: '1.6' }, expected: [{ path: ['stats', 'timing-sample-rate'], line: 2 }] },
  ]);

  runRuleCases(['not-in-file'], [
    { name: 'a scraper without proxy-url', toml: lines('[[scraper]]', 'name = "s"'), expected: [] },
    {
      name: 'proxy-url cannot be decoded from the file',
      toml: lines('[[scraper]]', 'name = "s"', 'proxy-url = "http://proxy:3128"'),
      expected: [{ severity: 'error', path: ['scraper', 0, 'proxy-url'], line: 3, message: '[[scraper]] proxy-url cannot be set in the file: Kapacitor cannot decode it from TOML and refuses the file. Remove it.' }],
    },
  ]);

  runRuleCases(['influxdb-name', 'udf-timeout', 'smtp-address'], [
    { name: 'good names, timeouts and addresses', toml: lines('[[influxdb]]', 'name = "prod-1.eu_west"', '[smtp]', 'from = "Kapacitor <k@example.com>"', 'to = ["a@example.com"]', '[udf.functions.f]', 'prog = "/bin/f"', 'timeout = "10s"'), expected: [] },
    {
      name: 'an influxdb name with a space, fixed by a dash',
      toml: lines('[[influxdb]]', 'name = "my influx"'),
      expected: [{ severity: 'error', rule: 'influxdb-name', path: ['influxdb', 0, 'name'], line: 2, message: containing('[[influxdb]] name = "my influx": '), fix: { label: 'Write "my-influx"', setValue: 'my-influx' } }],
    },
    { name: 'a udf timeout of 1ms is too short', toml: lines('[udf.functions.f]', 'prog = "/bin/f"', 'timeout = "1ms"'), expected: [{ rule: 'udf-timeout', path: ['udf', 'functions', 'f', 'timeout'], line: 3, message: containing('[udf.functions.f] timeout = "1ms": ') }] },
    { name: 'an smtp sender that is not an address', toml: lines('[smtp]', 'from = "kapacitor"'), expected: [{ rule: 'smtp-address', path: ['smtp', 'from'], line: 2 }] },
    { name: 'an smtp recipient that is not an address', toml: lines('[smtp]', 'to = ["ops@example.com", "oncall"]'), expected: [{ rule: 'smtp-address', path: ['smtp', 'to', 1], line: 2 }] },
  ]);
});

describe('a list (or map) with several bad items: one finding per item, each with its own path', () => {
  const email = 'Use an email address such as "name@example.com" or "Name <name@example.com>".';
  runRuleCases(['smtp-address', 'invalid-value', 'unchecked-value'], [
    { name: 'every recipient an address', toml: lines('[smtp]', 'to = ["a@b.c", "Ops <ops@example.com>", "x@y.z"]'), expected: [] },
    {
      name: 'two bad recipients after a good one',
      toml: lines('[smtp]', 'to = ["a@b.c","bad","bad2"]'),
      expected: [
        { severity: 'error', rule: 'smtp-address', path: ['smtp', 'to', 1], line: 2, message: `[smtp] to (1): ${email}` },
        { severity: 'error', rule: 'smtp-address', path: ['smtp', 'to', 2], line: 2, message: `[smtp] to (2): ${email}` },
      ],
    },
    {
      name: 'the same on 1.5, where only an "@" is needed',
      toml: lines('[smtp]', 'to = ["a@b.c","bad","bad2"]'),
      options: { version: '1.5' },
      expected: [
        { severity: 'error', rule: 'smtp-address', path: ['smtp', 'to', 1], line: 2, message: '[smtp] to: "bad" is not an email address, so Kapacitor refuses the file. Write e.g. "name@example.com".' },
        { severity: 'error', rule: 'smtp-address', path: ['smtp', 'to', 2], line: 2, message: '[smtp] to: "bad2" is not an email address, so Kapacitor refuses the file. Write e.g. "name@example.com".' },
      ],
    },
    {
      name: 'two influxdb urls that do not parse, on their own lines',
      toml: lines('[[influxdb]]', 'urls = [', '  "http://a:x",', '  "http://ok:8086",', '  "http://b:y",', ']'),
      expected: [
        { severity: 'error', rule: 'invalid-value', path: ['influxdb', 0, 'urls', 0], line: 2, message: '[[influxdb]] urls (0): The port after the host must be a number, e.g. "http://host:8086" (got "x").' },
        { severity: 'error', rule: 'invalid-value', path: ['influxdb', 0, 'urls', 2], line: 2, message: '[[influxdb]] urls (2): The port after the host must be a number, e.g. "http://host:8086" (got "y").' },
      ],
    },
    {
      name: 'a list item of the wrong type and one of the wrong form',
      toml: lines('[[graphite]]', 'tags = ["a=b", 1]', '[smtp]', 'to = [1, "bad"]'),
      expected: [
        { severity: 'error', rule: 'invalid-value', path: ['graphite', 0, 'tags', 1], line: 2, message: '[[graphite]] tags (1): Put the value in double quotes: "1".' },
        { severity: 'error', rule: 'smtp-address', path: ['smtp', 'to', 0], line: 4, message: '[smtp] to (0): Put the value in double quotes: "1".' },
        { severity: 'error', rule: 'smtp-address', path: ['smtp', 'to', 1], line: 4, message: `[smtp] to (1): ${email}` },
      ],
    },
    {
      name: 'two header values that are not text',
      toml: lines('[[httppost]]', 'headers = { A = 1, B = "ok", C = true }'),
      expected: [
        { severity: 'error', rule: 'invalid-value', path: ['httppost', 0, 'headers', 'A'], line: 2, message: '[[httppost]] headers (A): Put the value of "A" in double quotes: every value here is text.' },
        { severity: 'error', rule: 'invalid-value', path: ['httppost', 0, 'headers', 'C'], line: 2, message: '[[httppost]] headers (C): Put the value of "C" in double quotes: every value here is text.' },
      ],
    },
    {
      name: 'two brokers without a port: two warnings',
      toml: lines('[[kafka]]', 'brokers = ["k1", "k2:9092", "k3"]'),
      expected: [
        { severity: 'warning', rule: 'unchecked-value', path: ['kafka', 0, 'brokers', 0], line: 2, message: '[[kafka]] brokers (0): Add a port: write host:port, e.g. "localhost:9092" or ":9092". (Kapacitor does not check this when it starts, so the mistake only shows once the value is used.)' },
        { severity: 'warning', rule: 'unchecked-value', path: ['kafka', 0, 'brokers', 2], line: 2, message: '[[kafka]] brokers (2): Add a port: write host:port, e.g. "localhost:9092" or ":9092". (Kapacitor does not check this when it starts, so the mistake only shows once the value is used.)' },
      ],
    },
  ]);
});

describe('keys the schema does not know', () => {
  runRuleCases(['unknown-key', 'key-case', 'misplaced-root-key'], [
    { name: 'known keys', toml: lines('data_dir = "/x"', '[storage]', 'boltdb = "/x/k.db"'), expected: [] },
    {
      name: 'an alias: [storage] dir means boltdb',
      toml: lines('[storage]', 'dir = "/var/lib/kapacitor/kapacitor.db"'),
      expected: [
        {
          severity: 'warning',
          rule: 'unknown-key',
          path: ['storage', 'dir'],
          line: 2,
          message: '[storage] has no key dir: Kapacitor ignores it. Did you mean boltdb?',
          fix: { label: 'Rename to boltdb', renameTo: 'boltdb' },
        },
      ],
    },
    { name: 'a typo, found by edit distance', toml: lines('[http]', 'log-enabld = true'), expected: [{ rule: 'unknown-key', path: ['http', 'log-enabld'], line: 2, message: '[http] has no key log-enabld: Kapacitor ignores it. Did you mean log-enabled?', fix: { renameTo: 'log-enabled' } }] },
    { name: 'hyphen for underscore', toml: lines('[[kafka]]', 'sasl-extensions = { a = "b" }'), expected: [{ rule: 'unknown-key', path: ['kafka', 0, 'sasl-extensions'], line: 2, fix: { renameTo: 'sasl_extensions' } }] },
    { name: 'a top-level typo', toml: lines('hostnme = "h"'), expected: [{ rule: 'unknown-key', path: ['hostnme'], line: 1, message: 'The top level has no key hostnme: Kapacitor ignores it. Did you mean hostname?' }] },
    { name: 'nothing close', toml: lines('[http]', 'organization = "x"'), expected: [{ rule: 'unknown-key', message: '[http] has no key organization: Kapacitor ignores it.' }] },
    {
      name: 'the suggestion is already set: no rename',
      toml: lines('[storage]', 'boltdb = "/a"', 'dir = "/b"'),
      expected: [{ rule: 'unknown-key', path: ['storage', 'dir'], line: 3, message: '[storage] has no key dir: Kapacitor ignores it. Did you mean boltdb? It is set as well, so this line can go.' }],
    },
    { name: 'inside a fixed table', toml: lines('[[httppost]]', 'basic-auth = { user = "u", password = "p" }'), expected: [{ rule: 'unknown-key', path: ['httppost', 0, 'basic-auth', 'user'], line: 2, fix: { renameTo: 'username' } }] },
    {
      name: 'a key in other case works, but say the canonical one',
      toml: lines('[opsgenie]', 'Enabled = false'),
      expected: [
        {
          severity: 'warning',
          rule: 'key-case',
          path: ['opsgenie', 'Enabled'],
          line: 2,
          message: '[opsgenie] Enabled works only because Kapacitor ignores case when nothing matches exactly. Write it as enabled.',
          fix: { label: 'Rename to enabled', renameTo: 'enabled' },
        },
      ],
    },
    {
      name: 'a top-level key written after a header',
      toml: lines('[storage]', 'boltdb = "/x/k.db"', 'data_dir = "/var/lib/kapacitor"'),
      expected: [
        {
          severity: 'warning',
          rule: 'misplaced-root-key',
          path: ['storage', 'data_dir'],
          line: 3,
          message: 'data_dir is written below [storage], so TOML puts it inside that table and Kapacitor never reads it as the top-level data_dir. Move it above the first [table] header.',
        },
      ],
    },
  ]);

  runRuleCases(['version-missing', 'version-patch', 'sample-marathon-timeout', 'enterprise-only'], [
    { name: 'keys of the target version', toml: lines('[[influxdb]]', 'token = "t"', '[[marathon]]', 'id = "m"'), expected: [] },
    {
      name: 'a key newer than the target',
      toml: lines('[[influxdb]]', 'token = "t"'),
      options: { version: '1.5' },
      expected: [{ severity: 'warning', rule: 'version-missing', path: ['influxdb', 0, 'token'], line: 2, message: '[[influxdb]] token is not in Kapacitor 1.5 (added in 1.6.0): it is ignored.' }],
    },
    {
      name: 'a key added in a later patch of the target line',
      toml: lines('[[influxdb]]', 'compression = "gzip"'),
      options: { version: '1.5' },
      expected: [{ severity: 'info', rule: 'version-patch', path: ['influxdb', 0, 'compression'], line: 2, message: '[[influxdb]] compression needs Kapacitor 1.5.8 or later; older 1.5.x releases ignore it.' }],
    },
    { name: 'kafka OAuth keys are not in 1.6', toml: lines('[[kafka]]', 'sasl-oauth-service = "auth0"'), options: { version: '1.6' }, expected: [{ rule: 'version-missing', path: ['kafka', 0, 'sasl-oauth-service'], line: 2, message: '[[kafka]] sasl-oauth-service is not in Kapacitor 1.6 (added in 1.7.6): it is ignored.' }] },
    { name: 'kafka SASL keys came with 1.6.4', toml: lines('[[kafka]]', 'sasl-username = "u"'), options: { version: '1.6' }, expected: [{ rule: 'version-patch', path: ['kafka', 0, 'sasl-username'], line: 2 }] },
    { name: 'kafka SASL keys are not in 1.5', toml: lines('[[kafka]]', 'sasl-username = "u"'), options: { version: '1.5' }, expected: [{ rule: 'version-missing', path: ['kafka', 0, 'sasl-username'], line: 2 }] },
    { name: 'marathon timeout still exists in 1.5', toml: lines('[[marathon]]', 'id = "m"', 'timeout = "30s"'), options: { version: '1.5' }, expected: [] },
    {
      name: "the sample's marathon timeout, gone since 1.6.0",
      toml: lines('[[marathon]]', 'id = "m"', 'timeout = "30s"'),
      expected: [
        {
          severity: 'warning',
          rule: 'sample-marathon-timeout',
          path: ['marathon', 0, 'timeout'],
          line: 3,
          message: '[[marathon]] timeout is not in Kapacitor 1.8 (its last release was 1.5.9), so it is ignored, although the shipped sample still has it. Remove it.',
        },
      ],
    },
    {
      name: 'an Enterprise key in open source',
      toml: lines('[alert]', 'redundancy = 2'),
      expected: [{ severity: 'warning', rule: 'enterprise-only', path: ['alert', 'redundancy'], line: 2, message: '[alert] redundancy is Enterprise-only: open-source Kapacitor ignores it.' }],
    },
    { name: 'an Enterprise key in Enterprise', toml: lines('[alert]', 'redundancy = 2'), options: { enterprise: true }, expected: [] },
  ]);

  runRuleCases(['captured-by-subtable'], [
    { name: 'keys above the map header', toml: lines('[[kafka]]', 'sasl-access-token = "t"', '[kafka.sasl-oauth-parameters]', 'audience = "a"'), expected: [] },
    {
      name: "kafka keys written below the sample's [kafka.sasl-oauth-parameters]",
      toml: lines('[[kafka]]', 'enabled = false', '[kafka.sasl-oauth-parameters]', 'sasl-access-token = "t"'),
      expected: [
        {
          severity: 'warning',
          path: ['kafka', 0, 'sasl-oauth-parameters', 'sasl-access-token'],
          line: 4,
          message:
            "sasl-access-token sits below the [[kafka]] sasl-oauth-parameters table header, so it is stored as an entry of that table, not as the setting sasl-access-token. Move it above the header. (The 1.7/1.8 sample's uncommented [kafka.sasl-oauth-parameters] header invites this.)",
        },
      ],
    },
    { name: 'also when the value is not even text', toml: lines('[[kafka]]', '[kafka.sasl-oauth-parameters]', 'sasl-version = 1'), expected: [{ path: ['kafka', 0, 'sasl-oauth-parameters', 'sasl-version'], line: 3 }] },
  ]);
});
