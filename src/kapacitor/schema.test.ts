import { describe, expect, test } from 'vitest';
import { durationPattern, formatGoDuration, parseGoDuration } from './fields';
import { zodForField } from './zod';
import { allFields, defaultsOf, fieldOf, fieldPath, isArraySection, resolvePath, sectionByName, sections } from './schema';
import type { FieldDef } from './types';

const name = (section: string, keys: string[]) => [section, ...keys].filter(Boolean).join('.');
const everyField = allFields().map((x) => ({ ...x, id: name(x.section.name, x.keys) }));

/** keys whose built-in value is "unset" rather than a Go zero value: documented in their help */
const NO_DEFAULT = ['kafka.sasl-version', 'scraper.proxy-url'];

/** reference §3 (keys Kapacitor redacts) plus the brief's Kafka SASL, Enterprise and auth secrets */
const SECRETS_REQUIRED = [
  'influxdb.password', 'influxdb.token', 'slack.url', 'slack.token', 'smtp.password', 'mqtt.password',
  'servicenow.password', 'zenoss.password', 'consul.password', 'scraper.password', 'opsgenie.api-key',
  'opsgenie2.api-key', 'victorops.api-key', 'pagerduty.service-key', 'pagerduty2.routing-key', 'snmptrap.community',
  'talk.url', 'httppost.basic-auth', 'hipchat.token', 'telegram.token', 'pushover.token', 'alerta.token',
  'bigpanda.token', 'kubernetes.token', 'pushover.user-key', 'azure.client-secret', 'ec2.secret-key',
  'marathon.bearer-token', 'scraper.bearer-token',
  // not redacted by Kapacitor, secret all the same
  'kafka.sasl-password', 'kafka.sasl-access-token', 'kafka.sasl-oauth-client-secret', 'enterprise.license-key',
  'auth.meta-password', 'auth.meta-internal-shared-secret', 'http.shared-secret',
];
/** our own additions: webhook URLs that embed a token (like slack/talk url), the Consul ACL token, and the basic-auth password inside the secret table */
const SECRETS_EXTRA = ['discord.url', 'teams.channel-url', 'consul.token', 'httppost.basic-auth.password'];

function defaultFits(f: FieldDef): string | undefined {
  const d = f.default;
  const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  switch (f.kind) {
    case 'boolean':
      return typeof d === 'boolean' ? undefined : 'boolean expected';
    case 'string':
      if (f.anyScalar) return ['string', 'number', 'boolean'].includes(typeof d) ? undefined : 'scalar expected';
      return typeof d === 'string' ? undefined : 'string expected';
    case 'path':
    case 'url':
    case 'email':
    case 'hostport':
      return typeof d === 'string' ? undefined : 'string expected';
    case 'integer':
      return typeof d === 'number' && Number.isInteger(d) ? undefined : 'integer expected';
    case 'float':
      return typeof d === 'number' ? undefined : 'number expected';
    case 'duration': {
      if (typeof d !== 'string' || !durationPattern.test(d)) return 'Go duration string expected';
      return formatGoDuration(parseGoDuration(d)!) === d ? undefined : `Go String() form expected: ${formatGoDuration(parseGoDuration(d)!)}`;
    }
    case 'enum':
      if (typeof d !== 'string') return 'string expected';
      return f.options?.includes(d) || (f.required && d === '') ? undefined : 'default not among options';
    case 'stringList':
      return Array.isArray(d) && d.every((x) => typeof x === 'string') ? undefined : 'list of strings expected';
    case 'stringMap':
      return isObj(d) && Object.values(d).every((x) => typeof x === 'string') ? undefined : 'table of strings expected';
    case 'stringListMap':
      return isObj(d) && Object.values(d).every((x) => Array.isArray(x)) ? undefined : 'table of lists expected';
    case 'table':
      return isObj(d) && Object.keys(d).every((k) => f.fields?.some((x) => x.key === k)) ? undefined : 'table of known keys expected';
    case 'tableMap':
      return isObj(d) && Object.keys(d).length === 0 ? undefined : 'empty table expected';
  }
}

describe('every FieldDef', () => {
  test('has a one-line description', () => {
    for (const { id, field } of everyField) {
      expect(field.description.trim().length, id).toBeGreaterThan(10);
      expect(field.description, id).not.toMatch(/\n/);
      expect(field.description.length, id).toBeLessThanOrEqual(110);
    }
  });

  test('has a help of its own: plain text of more than a few words that does not repeat the description', () => {
    const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').replace(/[.\s]+$/, '').trim();
    for (const { id, field } of everyField) {
      expect(typeof field.help, `${id} has no help`).toBe('string');
      const help = field.help!.trim();
      expect(help.length, id).toBeGreaterThan(0);
      expect(help.split(/\s+/).length, id).toBeGreaterThan(3);
      expect(norm(help), `${id} help is its description`).not.toBe(norm(field.description));
      expect(norm(help).startsWith(norm(field.description)), `${id} help opens with its description`).toBe(false);
      // plain text: one paragraph, no markdown code spans or emphasis
      expect(help, id).not.toMatch(/[`\n]|\*\*/);
    }
  });

  test('help names API-only start values only where reference §5.12 lists them (dns has none for port)', () => {
    expect(fieldOf('dns', 'port')!.help).not.toMatch(/config API start/);
    expect(fieldOf('ec2', 'port')!.help).toMatch(/config API start at 80/);
    expect(fieldOf('dns', 'refresh-interval')!.help).toMatch(/config API start at "30s"/);
  });

  test('has a default of its own kind (explicit zero values included)', () => {
    for (const { id, field } of everyField) {
      if (NO_DEFAULT.includes(id)) {
        expect(field.default, id).toBeUndefined();
        expect(field.help, id).toMatch(/Left out|cannot be read|cannot be set/);
        continue;
      }
      expect(defaultFits(field), id).toBeUndefined();
    }
  });

  test('its default passes its own validation, unless empty is exactly what makes it required', () => {
    for (const { id, field } of everyField) {
      if (field.default === undefined) continue;
      const ok = zodForField(field).safeParse(field.default).success;
      if (!ok) expect(field.required, `${id} default ${JSON.stringify(field.default)} fails`).toBe(true);
    }
  });

  test('has what its kind needs: options for enums, an item kind for lists, fields for tables', () => {
    for (const { id, field } of everyField) {
      if (field.kind === 'enum' || field.item === 'enum') expect(field.options?.length, id).toBeGreaterThan(0);
      if (field.kind === 'stringList') expect(field.item, id).toBeDefined();
      if (field.kind === 'table' || field.kind === 'tableMap') expect(field.fields?.length, id).toBeGreaterThan(0);
      if (field.since) expect(field.since, id).toMatch(/^\d+\.\d+\.\d+$/);
      if (field.pattern) expect(() => new RegExp(field.pattern!, 'u'), id).not.toThrow();
      if (field.min !== undefined && field.max !== undefined) expect(field.min, id).toBeLessThanOrEqual(field.max);
    }
  });

  test('keys are unique within their table', () => {
    for (const s of sections) {
      const check = (fields: readonly FieldDef[], where: string) => {
        const keys = fields.map((f) => f.key);
        expect(new Set(keys).size, where).toBe(keys.length);
        for (const f of fields) if (f.fields) check(f.fields, `${where}.${f.key}`);
      };
      check(s.fields, s.name);
    }
  });
});

describe('secrets', () => {
  const secret = everyField.filter((x) => x.field.secret).map((x) => x.id);
  test('every key reference §3 redacts, and the brief\'s extra secrets, is secret', () => {
    for (const k of SECRETS_REQUIRED) expect(secret, k).toContain(k);
  });
  test('nothing else is secret but the documented additions', () => {
    expect(secret.sort()).toEqual([...SECRETS_REQUIRED, ...SECRETS_EXTRA].sort());
  });
});

describe('sections', () => {
  test('names are unique and the group matches the brief', () => {
    const names = sections.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    const groups: Record<string, string[]> = {};
    for (const s of sections) (groups[s.group] ??= []).push(s.name);
    expect(groups['enterprise'].sort()).toEqual(['auth', 'cluster', 'enterprise', 'rpc']);
    expect(groups['influxdb-inputs'].sort()).toEqual(['collectd', 'graphite', 'influxdb', 'opentsdb', 'udp']);
    expect(groups['udf-tasks']).toEqual(['udf']);
    expect(groups['discovery'].sort()).toEqual(
      ['azure', 'consul', 'dns', 'ec2', 'file-discovery', 'gce', 'kubernetes', 'marathon', 'nerve', 'scraper', 'serverset', 'static-discovery', 'swarm', 'triton'].sort(),
    );
    expect(groups['alert-handlers'].length).toBe(22);
    expect(groups['core'].sort()).toEqual(['', 'alert', 'config-override', 'deadman', 'fluxtask', 'http', 'load', 'logging', 'replay', 'reporting', 'stats', 'storage', 'task', 'tls'].sort());
  });

  test('kinds and identity keys follow reference §4', () => {
    const kinds = Object.fromEntries(sections.map((s) => [s.name, s.kind]));
    expect(kinds['']).toBe('root');
    for (const n of ['slack', 'discord', 'kubernetes']) expect(kinds[n], n).toBe('tableOrArray');
    for (const n of ['influxdb', 'kafka', 'mqtt', 'httppost', 'graphite', 'udp', 'scraper', 'swarm', 'azure', 'triton']) expect(kinds[n], n).toBe('array');
    expect(kinds['collectd']).toBe('table');
    const ids = Object.fromEntries(sections.filter(isArraySection).map((s) => [s.name, s.identityKey]));
    expect(ids).toMatchObject({ influxdb: 'name', mqtt: 'name', scraper: 'name', kafka: 'id', httppost: 'endpoint', slack: 'workspace', discord: 'workspace', kubernetes: 'id', swarm: 'id', dns: 'id' });
    expect(ids['graphite']).toBeUndefined();
    expect(ids['udp']).toBeUndefined();
    for (const s of sections) if (s.identityKey) expect(s.fields.some((f) => f.key === s.identityKey), s.name).toBe(true);
  });

  test('default elements and API-overridable sections follow reference §4', () => {
    expect(sections.filter((s) => s.defaultElement).map((s) => s.name).sort()).toEqual(['discord', 'httppost', 'influxdb', 'kafka', 'mqtt', 'slack']);
    const notApi = sections.filter((s) => !s.apiOverridable).map((s) => s.name).sort();
    expect(notApi).toEqual(
      ['', 'alert', 'auth', 'cluster', 'collectd', 'config-override', 'deadman', 'enterprise', 'fluxtask', 'graphite', 'http', 'load', 'logging', 'opentsdb', 'replay', 'reporting', 'rpc', 'stats', 'storage', 'task', 'tls', 'udf', 'udp'].sort(),
    );
  });

  test('Enterprise: the three Enterprise sections and the three [alert] keys; [auth] is open source since 1.6.0', () => {
    expect(sections.filter((s) => s.enterprise).map((s) => s.name)).toEqual(['enterprise', 'cluster', 'rpc']);
    expect(sectionByName('alert')!.fields.filter((f) => f.enterprise).map((f) => f.key)).toEqual(['redundancy', 'delay-per-member', 'full-sync-interval']);
    expect(sectionByName('auth')!.enterprise).toBeUndefined();
    expect(sectionByName('auth')!.since).toBe('1.6.0');
    expect(fieldOf('auth', 'bcrypt-cost')!.help).toMatch(/Enterprise defaults to 10/);
  });

  test('fields inherit their section\'s since, but keep a later one of their own', () => {
    const since = (s: string, k: string) => fieldOf(s, k)!.since;
    expect(since('kafka', 'brokers')).toBe('1.5.0');
    expect(since('kafka', 'sasl-username')).toBe('1.6.4');
    expect(since('kafka', 'sasl-access-token')).toBe('1.6.4');
    expect(since('kafka', 'sasl_extensions')).toBe('1.7.6');
    expect(since('kafka', 'sasl-oauth-tenant-id')).toBe('1.7.6');
    expect(since('auth', 'enabled')).toBe('1.6.0');
    expect(since('auth', 'meta-internal-shared-secret')).toBe('1.6.6');
    expect(since('bigpanda', 'auto-attributes')).toBe('1.6.3');
    expect(since('opsgenie2', 'details')).toBe('1.5.8');
    expect(since('tls', 'ciphers')).toBe('1.5.3');
    expect(since('alert', 'topic-buffer-length')).toBe('1.6.3');
    expect(since('collectd', 'security-level')).toBe('1.6.5');
    expect(since('http', 'bind-address')).toBeUndefined();
    for (const s of sections) {
      if (!s.since) continue;
      for (const f of s.fields) if (!f.enterprise) expect(f.since ?? '', `${s.name}.${f.key}`).not.toBe('');
    }
  });

  test('every section has a one-line description', () => {
    for (const s of sections) {
      expect(s.description.length, s.name).toBeGreaterThan(10);
      expect(s.description, s.name).not.toMatch(/\n/);
    }
  });
});

describe('lookups', () => {
  test('sectionByName and fieldOf', () => {
    expect(sectionByName('')!.kind).toBe('root');
    expect(sectionByName('nope')).toBeUndefined();
    expect(fieldOf('', 'data_dir')!.required).toBe(true);
    expect(fieldOf('http', 'bind-address')!.kind).toBe('hostport');
    expect(fieldOf('httppost', 'basic-auth.password')!.secret).toBe(true);
    expect(fieldOf('udf', 'functions.myfunc.timeout')!.kind).toBe('duration');
    expect(fieldOf('http', 'nope')).toBeUndefined();
    expect(fieldOf('nope', 'enabled')).toBeUndefined();
  });

  test('fieldPath and resolvePath follow document key paths', () => {
    expect(fieldPath(['hostname'])!.key).toBe('hostname');
    expect(fieldPath(['', 'hostname'])!.key).toBe('hostname');
    expect(fieldPath(['influxdb', 0, 'urls'])!.kind).toBe('stringList');
    expect(fieldPath(['influxdb', 'urls'])!.kind).toBe('stringList');
    expect(fieldPath(['httppost', 1, 'basic-auth', 'username'])!.key).toBe('username');
    expect(fieldPath(['udf', 'functions', 'pyavg', 'env'])!.kind).toBe('stringMap');
    expect(fieldPath(['httppost', 0, 'basic-auth', 'token'])).toBeUndefined();
    expect(fieldPath(['influxdb', 0, 'nope'])).toBeUndefined();
    expect(fieldPath(['static', 'labels'])).toBeUndefined();

    const r = resolvePath(['influxdb', 1, 'subscriptions', 'telegraf'])!;
    expect(r.section.name).toBe('influxdb');
    expect(r.index).toBe(1);
    expect(r.field!.key).toBe('subscriptions');
    expect(r.fieldKeys).toEqual(['subscriptions']);
    expect(r.rest).toEqual(['telegraf']);

    const u = resolvePath(['udf', 'functions', 'goavg', 'timeout'])!;
    expect(u.fieldKeys).toEqual(['functions', 'timeout']);
    expect(resolvePath(['kafka', 0])!.field).toBeUndefined();
  });

  test('defaultsOf gives the built-in values, without unset keys', () => {
    const k = defaultsOf(sectionByName('kafka')!);
    expect(k.id).toBe('default');
    expect(k['sasl-oauth-token-expiry-margin']).toBe('10s');
    expect('sasl-version' in k).toBe(false);
    expect(defaultsOf(sectionByName('influxdb')!)['excluded-subscriptions']).toEqual({ _kapacitor: ['autogen'] });
    expect(defaultsOf(sectionByName('task')!)).toEqual({ dir: './tasks', 'snapshot-interval': '1m0s' });
  });
});
