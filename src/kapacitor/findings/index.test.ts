import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../toml/document';
import { findProblems } from './index';
import { check, inputFromText, lines } from './test-support';

const messy = lines(
  'hostname = "h"',
  '[http]',
  'bind-address = "9092"',
  'log-enabld = true',
  '[storage]',
  'data_dir = "/var/lib/kapacitor"',
  '[[influxdb]]',
  'name = "a"',
  'urls = ["http://a:8086"]',
  'timeout = 10',
  '[[influxdb]]',
  'name = "a"',
  'urls = ["http://$HOST:8086"]',
);

describe('findProblems', () => {
  it('sorts by line, file-wide findings first, errors before warnings on a line', () => {
    const findings = check(messy);
    const order = findings.map((f) => f.line ?? 0);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(findings[0]).toMatchObject({ rule: 'required', path: ['data_dir'] });
    const line12 = findings.filter((f) => f.line === 12).map((f) => f.severity);
    expect(line12).toEqual([...line12].sort((a, b) => (a === b ? 0 : a === 'error' ? -1 : 1)));
  });

  it('reports each problem once', () => {
    const findings = check(messy);
    const ids = findings.map((f) => `${f.rule} ${JSON.stringify(f.path)} ${f.message}`);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives every finding a rule, a severity, a path and a sentence', () => {
    for (const f of check(messy)) {
      expect(f.rule).toMatch(/^[a-z0-9-]+$/);
      expect(['error', 'warning', 'info']).toContain(f.severity);
      expect(Array.isArray(f.path)).toBe(true);
      expect(f.message).toMatch(/[.)?]$/);
    }
  });

  it('reads the document model the same way as the test helper', () => {
    const doc = parseDocument(messy);
    const fromDocument = findProblems({ values: doc.values, text: doc.text, lineOf: (p) => doc.lineOf(p), tables: doc.tables }, { version: '1.8', enterprise: false });
    expect(fromDocument).toEqual(findProblems(inputFromText(messy), { version: '1.8', enterprise: false }));
  });

  it('the shipped 1.8.3 sample has no errors on 1.8', () => {
    const doc = parseDocument(readFileSync('src/kapacitor/samples/kapacitor-1.8.3.conf', 'utf8'));
    const findings = findProblems({ values: doc.values, text: doc.text, lineOf: (p) => doc.lineOf(p), tables: doc.tables }, { version: '1.8', enterprise: false });
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.filter((f) => f.severity === 'warning').map((f) => f.rule)).toEqual(['sample-marathon-timeout', 'sample-static-labels']);
  });
});
