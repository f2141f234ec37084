import { describe, expect, test } from 'vitest';
import { parseDocument } from '../../toml/document';
import { removeValue, setValue } from '../../toml/edit';
import { findProblems } from '../findings';
import { presetMatches, presets } from './presets';

describe('presets', () => {
  test('five presets with unique ids, titles and explanations', () => {
    expect(presets.map((p) => p.id)).toEqual([
      'single-node-local-influxdb',
      'influxdb-tls',
      'alerting-slack-smtp',
      'kafka-output',
      'enterprise-cluster-node',
    ]);
    for (const p of presets) {
      expect(p.title.length).toBeGreaterThan(5);
      expect(p.explanation.length).toBeGreaterThan(40);
    }
  });

  test.each(presets.map((p) => [p.id, p] as const))('%s parses, is commented, and has no error finding for Kapacitor 1.8', (_id, p) => {
    const doc = parseDocument(p.text);
    expect(p.text.split('\n').filter((l) => l.trim().startsWith('#')).length).toBeGreaterThan(3);
    const findings = findProblems(doc, { version: '1.8', enterprise: p.enterprise ?? false });
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(doc.get(['data_dir'])).toBe('/var/lib/kapacitor');
  });

  test('what each preset sets', () => {
    const values = Object.fromEntries(presets.map((p) => [p.id, parseDocument(p.text).values]));
    expect(values['single-node-local-influxdb'].influxdb).toEqual([
      { enabled: true, default: true, name: 'localhost', urls: ['http://localhost:8086'], timeout: '0s', 'subscription-protocol': 'http' },
    ]);
    expect(values['influxdb-tls'].http).toMatchObject({ 'https-enabled': true });
    expect(values['influxdb-tls'].influxdb).toMatchObject([{ urls: ['https://influxdb.example.com:8086'], 'subscription-protocol': 'https', 'ssl-ca': '/etc/ssl/influxdb/ca.pem' }]);
    expect(values['alerting-slack-smtp'].smtp).toMatchObject({ enabled: true, port: 587, to: ['oncall@example.com'] });
    expect(values['alerting-slack-smtp'].slack).toMatchObject([{ enabled: true, default: true, workspace: 'example' }]);
    expect(values['kafka-output'].kafka).toMatchObject([{ enabled: true, id: 'default', brokers: ['kafka-1.example.com:9092', 'kafka-2.example.com:9092'] }]);
    expect(values['enterprise-cluster-node']).toMatchObject({
      enterprise: { 'license-path': '/etc/kapacitor/license.json' },
      cluster: { 'advertise-address': 'kapacitor-1.example.com:9090' },
      rpc: { 'advertise-address': 'kapacitor-1.example.com:9091' },
      alert: { redundancy: 2 },
    });
  });

  test('the Enterprise preset is judged as Enterprise (its sections are errors in open source)', () => {
    const p = presets.find((x) => x.id === 'enterprise-cluster-node')!;
    expect(p.enterprise).toBe(true);
  });
});

describe('presetMatches', () => {
  const kafka = presets.find((p) => p.id === 'kafka-output')!;

  test('true for the preset itself and while other values are added', () => {
    let doc = parseDocument(kafka.text);
    expect(presetMatches(kafka, doc.values)).toBe(true);
    doc = setValue(doc, ['smtp', 'enabled'], true);
    doc = setValue(doc, ['kafka', 0, 'use-ssl'], false);
    expect(presetMatches(kafka, doc.values)).toBe(true);
  });

  test('values compare as Kapacitor reads them ("10s" = "10000ms")', () => {
    const doc = setValue(parseDocument(kafka.text), ['kafka', 0, 'timeout'], '10000ms');
    expect(presetMatches(kafka, doc.values)).toBe(true);
  });

  test('false once a value the preset sets is changed or removed', () => {
    const doc = parseDocument(kafka.text);
    expect(presetMatches(kafka, setValue(doc, ['kafka', 0, 'brokers'], ['other:9092']).values)).toBe(false);
    expect(presetMatches(kafka, removeValue(doc, ['kafka', 0, 'batch-size']).values)).toBe(false);
    expect(presetMatches(kafka, setValue(doc, ['hostname'], 'kap-2').values)).toBe(false);
  });

  test('across presets: only the single-node preset matches the two that build on it', () => {
    const matches = presets.flatMap((a) => presets.filter((b) => a !== b && presetMatches(a, parseDocument(b.text).values)).map((b) => `${a.id} ⊂ ${b.id}`));
    expect(matches).toEqual(['single-node-local-influxdb ⊂ alerting-slack-smtp', 'single-node-local-influxdb ⊂ kafka-output']);
  });
});
