import { describe, expect, it } from 'vitest';
import type { Finding } from '../../kapacitor/types';
import { FieldFindingsSource, findingsAt, findingsByPrefix } from './fieldFindings';
import { pathKey } from '../problems/useFindings';

const finding = (severity: Finding['severity'], path: Finding['path'], rule = 'r'): Finding => ({ severity, rule, path, message: `${severity} ${rule}` });

describe('findingsByPrefix', () => {
  it('shows a list item\'s finding at the list, and a map entry\'s at the map', () => {
    const role = finding('error', ['cluster', 'roles', 1]);
    const header = finding('warning', ['httppost', 0, 'headers', 'X']);
    const map = findingsByPrefix([role, header]);
    expect(findingsAt(map, ['cluster', 'roles'])).toEqual({ top: role, count: 1 });
    expect(findingsAt(map, ['httppost', 0, 'headers'])).toEqual({ top: header, count: 1 });
    expect(findingsAt(map, ['cluster', 'roles', 1])?.top).toBe(role);
  });
  it('does not show a finding of a table at its keys, nor one of a key at its neighbours', () => {
    const map = findingsByPrefix([finding('warning', ['cluster']), finding('error', ['http', 'bind-address'])]);
    expect(findingsAt(map, ['cluster', 'roles'])).toBeUndefined();
    expect(findingsAt(map, ['http', 'bind-addr'])).toBeUndefined();
    expect(findingsAt(map, ['http', 'bind-address', 0])).toBeUndefined();
  });
  it('picks the most severe, the first in order on a tie, and counts them all', () => {
    const info = finding('info', ['kafka', 0, 'brokers']);
    const warnA = finding('warning', ['kafka', 0, 'brokers', 0], 'a');
    const warnB = finding('warning', ['kafka', 0, 'brokers', 1], 'b');
    const error = finding('error', ['kafka', 0, 'brokers', 2]);
    expect(findingsAt(findingsByPrefix([info, warnA, warnB]), ['kafka', 0, 'brokers'])).toEqual({ top: warnA, count: 3 });
    expect(findingsAt(findingsByPrefix([info, warnA, error, warnB]), ['kafka', 0, 'brokers'])).toEqual({ top: error, count: 4 });
    expect(findingsAt(findingsByPrefix([info]), ['kafka', 0, 'brokers'])?.top).toBe(info);
  });
  it('tells entries apart by index', () => {
    const map = findingsByPrefix([finding('error', ['influxdb', 1, 'urls'])]);
    expect(findingsAt(map, ['influxdb', 0, 'urls'])).toBeUndefined();
    expect(findingsAt(map, ['influxdb', 1, 'urls'])?.count).toBe(1);
  });
});

describe('FieldFindingsSource', () => {
  it('keeps a field\'s finding object while a new set says the same, so only fields whose finding changed render', () => {
    const source = new FieldFindingsSource();
    let calls = 0;
    source.subscribe(() => { calls++; });
    const key = pathKey(['http', 'bind-address']);
    source.set([finding('error', ['http', 'bind-address']), finding('warning', ['kafka', 0, 'brokers'])]);
    const first = source.get(key);
    expect(first?.top.message).toBe('error r');
    // a new check of the document: new objects, same content
    source.set([finding('error', ['http', 'bind-address']), finding('warning', ['kafka', 0, 'brokers'], 'other')]);
    expect(source.get(key)).toBe(first);
    expect(source.get(pathKey(['kafka', 0, 'brokers']))?.top.rule).toBe('other');
    source.set([finding('warning', ['http', 'bind-address'])]);
    expect(source.get(key)).not.toBe(first);
    expect(source.get(key)?.top.severity).toBe('warning');
    source.set([]);
    expect(source.get(key)).toBeUndefined();
    expect(calls).toBe(4);
  });

  it('treats a finding whose fix changed as a new finding (a kept object would apply the old fix)', () => {
    const source = new FieldFindingsSource();
    const withFix = (value: string): Finding => ({ ...finding('error', ['logging', 'level']), fix: { label: 'Use INFO', edits: [{ op: 'set', path: ['logging', 'level'], value }] } } as Finding);
    source.set([withFix('INFO')]);
    const first = source.get(pathKey(['logging', 'level']));
    source.set([withFix('DEBUG')]);
    expect(source.get(pathKey(['logging', 'level']))).not.toBe(first);
  });
});
