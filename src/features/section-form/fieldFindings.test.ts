import { describe, expect, it } from 'vitest';
import type { Finding } from '../../kapacitor/types';
import { findingsAt, findingsByPrefix } from './fieldFindings';

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
