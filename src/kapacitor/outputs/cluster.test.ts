import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from '../../toml/document';
import { findProblems } from '../findings';
import { clusterBundle, joinHostPort, suggestedHosts } from './cluster';
import { crc32, zipFiles } from './zip';
import { presets } from './presets';

const lines = (...rows: string[]) => `${rows.join('\n')}\n`;

const shared = lines(
  '# shared by every member',
  'hostname = "localhost"',
  'data_dir = "/var/lib/kapacitor"',
  '',
  '[auth]',
  '  cache-expiration = "10m"',
  '  bcrypt-cost = 10',
  '  meta-addr = "meta.example.com:8091"',
  '',
  '[enterprise]',
  '  license-key = "0000-1111-2222"',
  '',
  '[cluster]',
  '  bind-address = ":9090"',
  '  roles = ["worker"]',
  '',
  '[rpc]',
  '  bind-address = ":9091"',
  '',
  '[[influxdb]]',
  '  enabled = true',
  '  default = true',
  '  name = "influxdb"',
  '  urls = ["http://influxdb.example.com:8086"]',
  '  subscription-mode = "server"',
);
const nodes = [{ host: 'kapacitor-1.example.com' }, { host: 'kapacitor-2.example.com' }, { host: 'kapacitor-3.example.com' }];

/** lines of b that are not at the same place in a, for files whose line count is the same */
function changed(a: string, b: string): { line: number; before: string; after: string }[] {
  const x = a.split('\n');
  const y = b.split('\n');
  const out = [];
  for (let i = 0; i < Math.max(x.length, y.length); i++) if (x[i] !== y[i]) out.push({ line: i + 1, before: x[i], after: y[i] });
  return out;
}

describe('clusterBundle', () => {
  test('secrets are left out of the files unless asked: placeholders in place, the checks still see the license', () => {
    const text = shared.replace('  name = "influxdb"\n', '  name = "influxdb"\n  password = "db-pass"\n');
    const bundle = clusterBundle(parseDocument(text), nodes);
    // the license key is a secret too; the check for a license ran on the real document
    expect(bundle.problems).toEqual([]);
    expect(bundle.placeholders).toBe(2);
    for (const f of bundle.files) {
      expect(f.text).not.toContain('0000-1111-2222');
      expect(f.text).not.toContain('db-pass');
      expect(f.text).toContain('  license-key = "<enterprise.license-key>"\n');
      expect(f.text).toContain('  password = "<influxdb.password>"\n');
    }
    // everything else is as with secrets, line for line
    const withSecrets = clusterBundle(parseDocument(text), nodes, { includeSecrets: true });
    expect(withSecrets.placeholders).toBe(0);
    expect(changed(withSecrets.files[0].text, bundle.files[0].text)).toEqual([
      { line: 11, before: '  license-key = "0000-1111-2222"', after: '  license-key = "<enterprise.license-key>"' },
      { line: 26, before: '  password = "db-pass"', after: '  password = "<influxdb.password>"' },
    ]);
  });

  test('one file per node; each differs from the document only in hostname and the two advertise addresses', () => {
    const doc = parseDocument(shared);
    const bundle = clusterBundle(doc, nodes, { includeSecrets: true });
    expect(bundle.problems).toEqual([]);
    expect(bundle.placeholders).toBe(0);
    expect(bundle.files.map((f) => f.name)).toEqual([
      'kapacitor-1.example.com/kapacitor.conf',
      'kapacitor-2.example.com/kapacitor.conf',
      'kapacitor-3.example.com/kapacitor.conf',
    ]);
    const second = bundle.files[1].text;
    // hostname replaced in place; the advertise addresses join the end of their tables
    const a = shared.split('\n');
    const b = second.split('\n');
    expect(b.length).toBe(a.length + 2);
    const added = b.filter((l) => !a.includes(l));
    expect(added).toEqual([
      'hostname = "kapacitor-2.example.com"',
      '  advertise-address = "kapacitor-2.example.com:9090"',
      '  advertise-address = "kapacitor-2.example.com:9091"',
    ]);
    expect(a.filter((l) => !b.includes(l))).toEqual(['hostname = "localhost"']);
    // the added lines sit in [cluster] and [rpc]
    expect(b[b.indexOf('[cluster]') + 3]).toBe('  advertise-address = "kapacitor-2.example.com:9090"');
    expect(b[b.indexOf('[rpc]') + 2]).toBe('  advertise-address = "kapacitor-2.example.com:9091"');
  });

  test('files parse, validate as Enterprise, and differ between nodes only in the three lines', () => {
    const bundle = clusterBundle(parseDocument(shared), nodes, { includeSecrets: true });
    const texts = bundle.files.map((f) => f.text);
    for (const [i, text] of texts.entries()) {
      const d = parseDocument(text);
      expect(findProblems(d, { version: '1.8', enterprise: true }).filter((f) => f.severity === 'error')).toEqual([]);
      expect(d.get(['hostname'])).toBe(nodes[i].host);
      expect(d.get(['cluster', 'advertise-address'])).toBe(`${nodes[i].host}:9090`);
      expect(d.get(['rpc', 'advertise-address'])).toBe(`${nodes[i].host}:9091`);
      expect(d.get(['enterprise'])).toEqual({ 'license-key': '0000-1111-2222' });
      expect(d.get(['auth'])).toEqual({ 'cache-expiration': '10m', 'bcrypt-cost': 10, 'meta-addr': 'meta.example.com:8091' });
    }
    expect(changed(texts[0], texts[2])).toEqual([
      { line: 2, before: 'hostname = "kapacitor-1.example.com"', after: 'hostname = "kapacitor-3.example.com"' },
      { line: 16, before: '  advertise-address = "kapacitor-1.example.com:9090"', after: '  advertise-address = "kapacitor-3.example.com:9090"' },
      { line: 20, before: '  advertise-address = "kapacitor-1.example.com:9091"', after: '  advertise-address = "kapacitor-3.example.com:9091"' },
    ]);
  });

  test('the Enterprise preset: existing advertise addresses are replaced in place, nothing else moves', () => {
    const preset = presets.find((p) => p.id === 'enterprise-cluster-node')!;
    const bundle = clusterBundle(parseDocument(preset.text), [{ host: 'k1' }, { host: 'k2' }, { host: 'k3' }]);
    expect(bundle.problems).toEqual([]);
    const diff = changed(preset.text, bundle.files[1].text);
    expect(diff.map((d) => d.after)).toEqual([
      'hostname = "k2"',
      '  advertise-address = "k2:9090"',
      '  advertise-address = "k2:9091"',
    ]);
    expect(diff.map((d) => d.before)).toEqual([
      'hostname = "kapacitor-1.example.com"',
      '  advertise-address = "kapacitor-1.example.com:9090"',
      '  advertise-address = "kapacitor-1.example.com:9091"',
    ]);
  });

  test('ports come from the bind addresses; IPv6 hosts get brackets', () => {
    const text = shared.replace('bind-address = ":9090"', 'bind-address = ":7946"').replace('bind-address = ":9091"', 'bind-address = "0.0.0.0:7947"');
    const bundle = clusterBundle(parseDocument(text), [{ host: 'a' }, { host: 'fd00::2' }]);
    expect(bundle.problems).toEqual([]);
    expect(bundle.files.map((f) => f.name)).toEqual(['a/kapacitor.conf', 'fd00__2/kapacitor.conf']);
    const d = parseDocument(bundle.files[1].text);
    expect(d.get(['cluster', 'advertise-address'])).toBe('[fd00::2]:7946');
    expect(d.get(['rpc', 'advertise-address'])).toBe('[fd00::2]:7947');
    expect(joinHostPort('h', '1')).toBe('h:1');
  });

  test('[cluster] and [rpc] missing from the document are added', () => {
    const text = lines('hostname = "x"', 'data_dir = "/var/lib/kapacitor"', '[enterprise]', '  license-path = "/etc/kapacitor/license.json"');
    const bundle = clusterBundle(parseDocument(text), [{ host: 'n1' }, { host: 'n2' }]);
    expect(bundle.problems).toEqual([]);
    const d = parseDocument(bundle.files[0].text);
    expect(d.values).toEqual({
      hostname: 'n1',
      data_dir: '/var/lib/kapacitor',
      enterprise: { 'license-path': '/etc/kapacitor/license.json' },
      cluster: { 'advertise-address': 'n1:9090' },
      rpc: { 'advertise-address': 'n1:9091' },
    });
    expect(bundle.files[0].text.startsWith(lines('hostname = "n1"', 'data_dir = "/var/lib/kapacitor"', '[enterprise]', '  license-path = "/etc/kapacitor/license.json"'))).toBe(true);
  });

  test('problems: duplicate hosts, bad hosts, no license, a host in bind-address, error findings', () => {
    const noLicense = shared.replace('  license-key = "0000-1111-2222"\n', '').replace('bind-address = ":9091"', 'bind-address = "10.0.0.5:9091"');
    const bundle = clusterBundle(parseDocument(noLicense), [{ host: 'a' }, { host: 'A' }, { host: 'b:9092' }, { host: ' ' }]);
    expect(bundle.problems).toEqual([
      'Nodes 1 and 2 have the same host "A"; every member needs its own.',
      'Node 3: "b:9092" is not a host name or IP address (give it without a port or scheme).',
      'Node 4 has no host name.',
      '[rpc] bind-address names the host "10.0.0.5", so every node would try to bind that one address; leave the host out (":9091").',
      'No license: set [enterprise] license-key or license-path; without one a node does not join the cluster and runs like open-source Kapacitor.',
      'A and a advertise the same address A:9090.',
      'A and a advertise the same address A:9091.',
    ]);
    expect(clusterBundle(parseDocument(shared), []).problems).toEqual(['Add at least one node.']);
    const broken = shared.replace('bcrypt-cost = 10', 'bcrypt-cost = "ten"');
    const problems = clusterBundle(parseDocument(broken), nodes).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^Every node, line 7: /);
  });

  test('license-key and license-path together is an error finding on every node', () => {
    const both = shared.replace('  license-key = "0000-1111-2222"\n', '  license-key = "0000-1111-2222"\n  license-path = "/etc/l.json"\n');
    expect(clusterBundle(parseDocument(both), nodes.slice(0, 2)).problems.join('\n')).toMatch(/^Every node, line 12: .*license/);
  });
});

describe('suggestedHosts: the nodes\' hosts come from the document where it names them', () => {
  const doc = (...rows: string[]) => parseDocument(lines(...rows));

  test('[cluster] advertise-address first: the other members are numbered after it (the Enterprise preset)', () => {
    const preset = presets.find((p) => p.id === 'enterprise-cluster-node')!;
    expect(suggestedHosts(parseDocument(preset.text), 3)).toEqual({
      hosts: ['kapacitor-1.example.com', 'kapacitor-2.example.com', 'kapacitor-3.example.com'],
      from: { key: '[cluster] advertise-address', host: 'kapacitor-1.example.com' },
    });
  });

  test('the document\'s host keeps its place when its number fits the node count; past it the row starts there', () => {
    const two = doc('hostname = "x"', '[cluster]', '  advertise-address = "kap-2.prod.example.com:9090"');
    expect(suggestedHosts(two, 3).hosts).toEqual(['kap-1.prod.example.com', 'kap-2.prod.example.com', 'kap-3.prod.example.com']);
    expect(suggestedHosts(two, 1).hosts).toEqual(['kap-2.prod.example.com']);
    const padded = doc('[cluster]', '  advertise-address = "kap07:9090"');
    expect(suggestedHosts(padded, 3).hosts).toEqual(['kap07', 'kap08', 'kap09']);
  });

  test('[rpc] advertise-address, then hostname; an IPv4 address counts on in its last part', () => {
    expect(suggestedHosts(doc('hostname = "h.example.com"', '[rpc]', '  advertise-address = "10.0.0.11:9091"'), 3)).toEqual({
      hosts: ['10.0.0.11', '10.0.0.12', '10.0.0.13'],
      from: { key: '[rpc] advertise-address', host: '10.0.0.11' },
    });
    expect(suggestedHosts(doc('hostname = "kapacitor.example.com"'), 3)).toEqual({
      hosts: ['kapacitor.example.com', 'kapacitor-2.example.com', 'kapacitor-3.example.com'],
      from: { key: 'hostname', host: 'kapacitor.example.com' },
    });
    expect(suggestedHosts(doc('[cluster]', '  advertise-address = "[fd00::2]:9090"'), 2).hosts).toEqual(['fd00::1', 'fd00::2']);
  });

  test('a series that cannot go on keeps the document\'s host first and placeholders after it', () => {
    expect(suggestedHosts(doc('[cluster]', '  advertise-address = "10.0.0.254:9090"'), 3).hosts).toEqual(['10.0.0.254', 'kapacitor-2', 'kapacitor-3']);
  });

  test('no host named (localhost, an any-address, a bad address, nothing): kapacitor-1, -2, -3', () => {
    const placeholders = { hosts: ['kapacitor-1', 'kapacitor-2', 'kapacitor-3'] };
    expect(suggestedHosts(doc('hostname = "localhost"', '[cluster]', '  advertise-address = ":9090"', '[rpc]', '  advertise-address = "0.0.0.0:9091"'), 3)).toEqual(placeholders);
    expect(suggestedHosts(doc('[cluster]', '  advertise-address = "no-port"'), 3)).toEqual(placeholders);
    expect(suggestedHosts(doc(''), 3)).toEqual(placeholders);
    expect(suggestedHosts(doc('hostname = "127.0.0.1"'), 3)).toEqual(placeholders);
  });

  test('the suggested hosts make a bundle without problems', () => {
    const named = shared.replace('hostname = "localhost"', 'hostname = "kap-a1.example.com"');
    const hosts = suggestedHosts(parseDocument(named), 3).hosts;
    expect(hosts).toEqual(['kap-a1.example.com', 'kap-a2.example.com', 'kap-a3.example.com']);
    const bundle = clusterBundle(parseDocument(named), hosts.map((host) => ({ host })), { includeSecrets: true });
    expect(bundle.problems).toEqual([]);
    expect(bundle.files.map((f) => f.name)).toEqual(hosts.map((h) => `${h}/kapacitor.conf`));
  });
});

describe('zipFiles', () => {
  test('CRC-32 check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });

  test('round trip through our own reader: names, texts, CRCs, offsets', () => {
    const files = [
      { name: 'kapacitor-1.example.com/kapacitor.conf', text: 'hostname = "kapacitor-1"\n' },
      { name: 'ünïcode/kapacitor.conf', text: 'data_dir = "/var/lib/kapacitor" # é\n' },
      { name: 'empty.txt', text: '' },
    ];
    const zip = zipFiles(files);
    expect(readZip(zip)).toEqual(files);
    // deterministic
    expect(zipFiles(files)).toEqual(zip);
  });

  test('the bundle zips, and Python\'s zipfile module reads it back', () => {
    const bundle = clusterBundle(parseDocument(shared), nodes);
    const zip = zipFiles(bundle.files);
    expect(readZip(zip)).toEqual(bundle.files);
    const python = spawnSync('python3', ['--version']);
    if (python.status !== 0) return; // no Python here: the own-reader check above stands
    const dir = mkdtempSync(join(tmpdir(), 'kap-zip-'));
    try {
      const path = join(dir, 'bundle.zip');
      writeFileSync(path, zip);
      const check = spawnSync('python3', ['-c', [
        'import sys, zipfile, json',
        'z = zipfile.ZipFile(sys.argv[1])',
        'assert z.testzip() is None',
        'print(json.dumps([[i.filename, i.compress_type, z.read(i).decode("utf-8")] for i in z.infolist()]))',
      ].join('\n'), path], { encoding: 'utf8' });
      expect(check.stderr).toBe('');
      expect(JSON.parse(check.stdout)).toEqual(bundle.files.map((f) => [f.name, 0, f.text]));
      expect(readFileSync(path).length).toBe(zip.length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('refuses unsafe or repeated names', () => {
    expect(() => zipFiles([{ name: '../x', text: '' }])).toThrow(/not a safe file name/);
    expect(() => zipFiles([{ name: '/etc/x', text: '' }])).toThrow(/not a safe file name/);
    expect(() => zipFiles([{ name: 'a', text: '' }, { name: 'a', text: '' }])).toThrow(/appears twice/);
  });
});

/** A small ZIP reader for the test: end record → central directory → local headers → stored data. */
function readZip(zip: Uint8Array): { name: string; text: string }[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const dec = new TextDecoder('utf-8', { fatal: true });
  const end = zip.length - 22;
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const count = view.getUint16(end + 10, true);
  const cdSize = view.getUint32(end + 12, true);
  let at = view.getUint32(end + 16, true);
  expect(at + cdSize).toBe(end);
  const out: { name: string; text: string }[] = [];
  for (let i = 0; i < count; i++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    expect(view.getUint16(at + 10, true)).toBe(0); // stored
    const crc = view.getUint32(at + 16, true);
    const size = view.getUint32(at + 20, true);
    expect(view.getUint32(at + 24, true)).toBe(size);
    const nameLen = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = dec.decode(zip.subarray(at + 46, at + 46 + nameLen));
    expect(view.getUint32(local, true)).toBe(0x04034b50);
    expect(view.getUint32(local + 14, true)).toBe(crc);
    const localName = view.getUint16(local + 26, true);
    const localExtra = view.getUint16(local + 28, true);
    const data = zip.subarray(local + 30 + localName + localExtra, local + 30 + localName + localExtra + size);
    expect(crc32(data)).toBe(crc);
    out.push({ name, text: dec.decode(data) });
    at += 46 + nameLen + extra + comment;
  }
  return out;
}
