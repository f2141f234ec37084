// The schema's keys must equal the keys of Kapacitor's 1.8.3 sample file (written or commented out),
// plus the keys the reference lists beyond the sample, minus the sample's known mistakes. Nothing missing, nothing invented.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'smol-toml';
import { describe, expect, test } from 'vitest';
import { allFields, resolvePath, sections } from '../schema';
import type { FieldDef } from '../types';

const sampleText = readFileSync(fileURLToPath(new URL('../samples/kapacitor-1.8.3.conf', import.meta.url)), 'utf8');

/** Keys Kapacitor 1.8.3 (and Enterprise, §9) has that the sample neither writes nor shows in a comment. */
const BEYOND_SAMPLE: Record<string, string> = {
  'alert.persist-topics': '§5.1 ([alert] is absent from the sample)',
  'alert.topic-buffer-length': '§5.1',
  'alert.redundancy': '§9 Enterprise extras in OSS sections',
  'alert.delay-per-member': '§9',
  'alert.full-sync-interval': '§9',
  'enterprise.registration-enabled': '§9 [enterprise]',
  'enterprise.registration-server-url': '§9 [enterprise]',
  'enterprise.license-key': '§9 [enterprise]',
  'enterprise.license-path': '§9 [enterprise]',
  'cluster.bind-address': '§9 [cluster]',
  'cluster.advertise-address': '§9 [cluster]',
  'cluster.roles': '§9 [cluster]',
  'cluster.gossip-members': '§9 [cluster]',
  'cluster.gossip-interval': '§9 [cluster]',
  'cluster.gossip-sync-interval': '§9 [cluster]',
  'rpc.bind-address': '§9 [rpc]',
  'rpc.advertise-address': '§9 [rpc]',
  'rpc.enable-grpc-logging': '§9 [rpc]',
  'http.shutdown-timeout': '§5.3, §7.10',
  'http.shared-secret': '§5.3, §7.10',
  'fluxtask.secrets': '§5.5, §7.10',
  'fluxtask.default-influxdb': '§5.5, §7.10',
  'influxdb.token': '§5.6, §7.10',
  'influxdb.http-shared-secret': '§5.6, §7.10',
  'influxdb.subscription-path': '§5.6, §7.10',
  'influxdb.compression': '§5.6, §7.10',
  'stats.timing-sample-rate': '§5.13, §7.10',
  'stats.timing-movavg-size': '§5.13, §7.10',
  ...Object.fromEntries(
    [
      'enabled', 'bind-address', 'database', 'retention-policy', 'protocol', 'batch-size', 'batch-pending',
      'batch-timeout', 'consistency-level', 'templates', 'tags', 'separator', 'udp-read-buffer',
    ].map((k) => [`graphite.${k}`, '§5.9 [[graphite]] (absent from the sample)']),
  ),
  'collectd.read-buffer': '§5.9 [collectd]',
  'collectd.security-level': '§5.9 [collectd] (1.6.5+)',
  'collectd.auth-file': '§5.9 [collectd] (1.6.5+)',
  'collectd.parse-multivalue-plugin': '§5.9 [collectd] (1.6.5+)',
  'opentsdb.log-point-errors': '§5.9 [opentsdb]',
  ...Object.fromEntries(
    ['enabled', 'bind-address', 'read-buffer', 'buffer', 'database', 'retention-policy'].map((k) => [`udp.${k}`, '§5.9 [[udp]] (absent from the sample)']),
  ),
  'alerta.insecure-skip-verify': '§5.10 [alerta]',
  'alerta.timeout': '§5.10 [alerta]',
  'bigpanda.global': '§5.10 [bigpanda]',
  'bigpanda.state-changes-only': '§5.10 [bigpanda]',
  'bigpanda.insecure-skip-verify': '§5.10 [bigpanda]',
  'smtp.toTemplates': '§5.10 [smtp], §7.10',
  'sensu.handlers': '§5.10 [sensu]',
  'servicenow.global': '§5.10 [servicenow]',
  'servicenow.state-changes-only': '§5.10 [servicenow]',
  'teams.enabled': '§5.10 [teams] (absent from the sample)',
  'teams.channel-url': '§5.10 [teams]',
  'teams.global': '§5.10 [teams]',
  'teams.state-changes-only': '§5.10 [teams]',
  'zenoss.global': '§5.10 [zenoss]',
  'zenoss.state-changes-only': '§5.10 [zenoss]',
  'slack.username': '§5.11 [[slack]]',
  'slack.icon-emoji': '§5.11 [[slack]]',
  'slack.ssl-ca': '§5.11 [[slack]]',
  'slack.ssl-cert': '§5.11 [[slack]]',
  'slack.ssl-key': '§5.11 [[slack]]',
  'slack.insecure-skip-verify': '§5.11 [[slack]]',
  ...Object.fromEntries(
    [
      'enabled', 'default', 'workspace', 'url', 'timestamp', 'username', 'avatar-url', 'embed-title', 'global',
      'state-changes-only', 'ssl-ca', 'ssl-cert', 'ssl-key', 'insecure-skip-verify',
    ].map((k) => [`discord.${k}`, '§5.11 [[discord]] (absent from the sample)']),
  ),
  'kafka.sasl_extensions': '§5.11 [[kafka]]: the sample comment misspells it sasl-extensions (§7.4)',
  'kafka.sasl-access-token': '§5.11 [[kafka]]: the sample comment sits under the captured [kafka.sasl-oauth-parameters] (§7.3)',
  'kafka.sasl-version': '§5.11 [[kafka]]: same capture (§7.3)',
  'mqtt.insecure-skip-verify': '§5.11 [[mqtt]]',
  'scraper.params': '§5.12 [[scraper]], §7.10',
  'scraper.blacklist': '§5.12 [[scraper]], §7.10',
  'scraper.proxy-url': '§5.12 [[scraper]], §7.10 (exists, cannot be read from a file)',
  'consul.services': '§5.12 [[consul]], §7.10',
  'dns.record-names': '§5.12 [[dns]], §7.10',
  'marathon.servers': '§5.12 [[marathon]], §7.10',
  'nerve.servers': '§5.12 [[nerve]]',
  'nerve.paths': '§5.12 [[nerve]]',
  'serverset.servers': '§5.12 [[serverset]]',
  'serverset.paths': '§5.12 [[serverset]]',
  'static-discovery.labels': '§5.12 (the sample writes it as [static.labels], §7.1)',
  'kubernetes.id': '§5.12 [kubernetes]',
  'kubernetes.namespace': '§5.12 [kubernetes]',
};

/** What the sample says that is not a 1.8.3 key (reference §7), and comment lines that only look like keys. */
const SAMPLE_MISTAKES: Record<string, string> = {
  'static.labels': '§7.1: wrong table name, labels never applied',
  'marathon.timeout': '§7.2: removed in 1.6.0, silently ignored (kept in the schema with removedIn)',
  'kafka.sasl-extensions': '§7.4: the real key is sasl_extensions',
  'zenoss.KAPACITOR_HTTPPOST_0_ENDPOINT': 'an environment-variable example in a comment, not a key',
  'zenoss.KAPACITOR_HTTPPOST_0_URL': 'an environment-variable example in a comment, not a key',
  'zenoss.KAPACITOR_HTTPPOST_0_HEADERS_Example': 'an environment-variable example in a comment, not a key',
};

const isTable = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && [null, Object.prototype].includes(Object.getPrototypeOf(v));

/** the dotted name for a field reached by a document path: 'influxdb.urls', 'httppost.basic-auth.username', 'udf.functions.*.prog' */
function keyName(path: (string | number)[]): string | undefined {
  const r = resolvePath(path);
  if (!r?.field) return undefined;
  const section = r.section.kind === 'root' ? [] : [r.section.name];
  const keys: string[] = [];
  let fields: readonly FieldDef[] | undefined = r.section.fields;
  for (const k of r.fieldKeys) {
    const f: FieldDef | undefined = fields?.find((x) => x.key === k);
    keys.push(k);
    if (f?.kind === 'tableMap') keys.push('*');
    fields = f?.fields;
  }
  if (r.field.kind === 'tableMap' && keys[keys.length - 1] === '*') keys.pop();
  return [...section, ...keys].join('.');
}

function addValue(out: Set<string>, path: (string | number)[], value: unknown) {
  const r = resolvePath(path);
  if (!r) {
    // unknown to the schema: record it as written, one level deep
    out.add(path.filter((p) => typeof p === 'string').join('.'));
    return;
  }
  const f = r.field;
  if (f?.kind === 'table' && isTable(value)) {
    for (const [k, v] of Object.entries(value)) addValue(out, [...path, k], v);
    return;
  }
  if (f?.kind === 'tableMap' && isTable(value)) {
    for (const [name, entry] of Object.entries(value)) {
      if (isTable(entry)) for (const [k, v] of Object.entries(entry)) addValue(out, [...path, name, k], v);
    }
    return;
  }
  const name = keyName(path);
  if (name) out.add(name);
}

/** every key the sample writes */
function writtenKeys(doc: Record<string, unknown>): Set<string> {
  const out = new Set<string>();
  for (const [top, value] of Object.entries(doc)) {
    const isSection = sections.some((s) => s.name === top) || (isTable(value) && !resolvePath([top])) || Array.isArray(value) && value.every(isTable);
    if (!isSection) {
      addValue(out, [top], value);
      continue;
    }
    const elements = Array.isArray(value) ? value : [value];
    elements.forEach((el, i) => {
      if (!isTable(el)) return;
      for (const [k, v] of Object.entries(el)) addValue(out, Array.isArray(value) ? [top, i, k] : [top, k], v);
    });
  }
  return out;
}

/** every key shown only in a comment (`# key = value`), attributed to the table it sits in; commented headers
 *  (`# [[httppost]]`, `#[udf.functions.goavg]`) open a table for the comments below them */
function commentedKeys(text: string): Set<string> {
  const out = new Set<string>();
  let table: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const header = /^\s*(#+)?\s*\[\[?\s*([A-Za-z0-9_.-]+)\s*\]\]?\s*$/.exec(line);
    if (header) {
      table = header[2].split('.');
      if (header[1]) {
        // a commented header that names a field (e.g. [udf.functions.pyavg.env]) shows that key
        const name = keyName(table);
        if (name && resolvePath(table)?.field && resolvePath(table)?.rest.length === 0) out.add(name);
      }
      continue;
    }
    const kv = /^\s*#+\s*([A-Za-z_][A-Za-z0-9_-]*)\s*=\s*\S/.exec(line);
    if (!kv) continue;
    const r = table.length ? resolvePath(table) : undefined;
    const f = r?.field;
    // entries inside a map-valued table are data, not keys
    if (f && (f.kind === 'stringMap' || f.kind === 'stringListMap')) continue;
    let value: unknown;
    try {
      value = parse(`x = ${line.replace(/^\s*#+\s*[A-Za-z_][A-Za-z0-9_-]*\s*=\s*/, '')}`).x;
    } catch {
      value = undefined; // a multi-line array or prose: only the key matters
    }
    const path = [...table, kv[1]];
    if (!r && table.length) {
      // a table the schema does not know: keep it as written
      out.add(path.join('.'));
      continue;
    }
    addValue(out, path, value);
  }
  return out;
}

/** the schema's current keys, named as above */
function schemaKeys(includeRemoved: boolean): Set<string> {
  const out = new Set<string>();
  for (const { section, keys, field } of allFields()) {
    if (!includeRemoved && field.removedIn) continue;
    if (field.kind === 'table' || field.kind === 'tableMap') continue; // counted by their leaves
    const parts: string[] = section.kind === 'root' ? [] : [section.name];
    let fields: readonly FieldDef[] = section.fields;
    for (const k of keys) {
      const f = fields.find((x) => x.key === k) as FieldDef;
      parts.push(k);
      if (f.kind === 'tableMap') parts.push('*');
      fields = f.fields ?? [];
    }
    out.add(parts.join('.'));
  }
  return out;
}

describe('schema coverage of the 1.8.3 sample', () => {
  const doc = parse(sampleText) as Record<string, unknown>;
  const fromSample = new Set([...writtenKeys(doc), ...commentedKeys(sampleText)]);

  test('the sample reader finds written, commented, nested and commented-header keys', () => {
    for (const k of [
      'hostname', 'data_dir', 'influxdb.urls', 'influxdb.subscriptions', 'influxdb.ssl-ca', 'tls.ciphers',
      'zenoss.severity-map.OK', 'httppost.basic-auth.username', 'httppost.headers', 'udf.functions.*.prog',
      'udf.functions.*.socket', 'udf.functions.*.env', 'kafka.sasl-oauth-parameters', 'kafka.sasl-gssapi-realm',
      'telegram.parse-mode', 'kubernetes.in-cluster',
    ]) {
      expect(fromSample, k).toContain(k);
    }
    expect(fromSample.size).toBeGreaterThan(350);
  });

  test('every mistake listed is really in the sample', () => {
    for (const k of Object.keys(SAMPLE_MISTAKES)) expect(fromSample, k).toContain(k);
  });

  test('no key listed beyond the sample is in the sample', () => {
    for (const k of Object.keys(BEYOND_SAMPLE)) expect(fromSample.has(k), k).toBe(false);
  });

  test('schema keys = sample keys + keys beyond the sample − sample mistakes', () => {
    const expected = new Set([...fromSample, ...Object.keys(BEYOND_SAMPLE)]);
    for (const k of Object.keys(SAMPLE_MISTAKES)) expected.delete(k);
    const actual = schemaKeys(false);
    const missing = [...expected].filter((k) => !actual.has(k)).sort();
    const invented = [...actual].filter((k) => !expected.has(k)).sort();
    expect({ missing, invented }).toEqual({ missing: [], invented: [] });
  });

  test('the one removed key is the sample\'s marathon timeout', () => {
    const removed = allFields().filter((x) => x.field.removedIn);
    expect(removed.map((x) => `${x.section.name}.${x.keys.join('.')}`)).toEqual(['marathon.timeout']);
  });

  test('open-source key count matches the reference (450 leaf keys in 1.8.3)', () => {
    const oss = [...schemaKeys(false)].filter((k) => {
      const [s, ...rest] = k.split('.');
      const sec = sections.find((x) => x.name === s);
      if (!sec) return true; // root keys
      if (sec.enterprise) return false;
      const f = sec.fields.find((x) => x.key === rest[0]);
      return !f?.enterprise;
    });
    expect(oss.length).toBe(450);
  });

  test('section order: root first, then the sample\'s order, Enterprise sections right after [auth]', () => {
    const names = sections.map((s) => s.name);
    expect(names[0]).toBe('');
    expect(names.slice(1, 5)).toEqual(['auth', 'enterprise', 'cluster', 'rpc']);
    const sampleOrder = [...sampleText.matchAll(/^\s*\[\[?([A-Za-z0-9_-]+)\]\]?\s*$/gm)].map((m) => m[1]);
    const seen = [...new Set(sampleOrder)].filter((n) => names.includes(n));
    const schemaOrder = names.filter((n) => seen.includes(n));
    expect(schemaOrder).toEqual(seen);
  });
});
