import { describe, expect, it } from 'vitest';
import { sectionByName } from '../../kapacitor/schema';
import type { SectionDef } from '../../kapacitor/types';
import { parseDocument } from '../../toml/document';
import { carriedDefaults, entryIndexAfter, withFirstEntry } from './entryActions';

const section = (name: string) => sectionByName(name)!;

describe('withFirstEntry: editing the built-in entry of a missing array section', () => {
  it('writes a [[kafka]] entry with that key only: a lone entry keeps the other built-in values', () => {
    const doc = withFirstEntry(parseDocument('hostname = "k1"\n'), section('kafka'), ['kafka', 0, 'timeout'], '5s');
    expect(doc.text).toBe('hostname = "k1"\n\n[[kafka]]\ntimeout = "5s"\n');
    expect(doc.values).toEqual({ hostname: 'k1', kafka: [{ timeout: '5s' }] });
  });
  it('carries [slack]\'s built-in values that a written entry would lose, not the key being written', () => {
    expect(carriedDefaults(section('slack'))).toEqual({ default: true, username: 'kapacitor' });
    const doc = withFirstEntry(parseDocument(''), section('slack'), ['slack', 0, 'username'], 'alerts');
    expect(doc.values).toEqual({ slack: [{ default: true, username: 'alerts' }] });
    for (const name of ['kafka', 'influxdb', 'mqtt', 'httppost']) expect(carriedDefaults(section(name))).toEqual({});
  });
  it('writes a nested table key under the new entry', () => {
    const doc = withFirstEntry(parseDocument(''), section('httppost'), ['httppost', 0, 'basic-auth', 'username'], 'u');
    expect(doc.values).toEqual({ httppost: [{ 'basic-auth': { username: 'u' } }] });
  });
  it('replaces a root `kafka = []` and keeps floats written as floats', () => {
    expect(withFirstEntry(parseDocument('kafka = []\n'), section('kafka'), ['kafka', 0, 'brokers'], ['b:9092']).text).toBe('[[kafka]]\nbrokers = ["b:9092"]\n');
    const rates: SectionDef = { name: 'rates', kind: 'array', group: 'core', description: '', defaultElement: true, fields: [{ key: 'rate', kind: 'float', default: 0.5, description: '' }] };
    expect(withFirstEntry(parseDocument(''), rates, ['rates', 0, 'rate'], 1, true).text).toBe('[[rates]]\nrate = 1.0\n');
  });
  it('refuses a path outside the first entry, and a document whose kafka is not entries', () => {
    expect(() => withFirstEntry(parseDocument(''), section('kafka'), ['kafka', 1, 'timeout'], '5s')).toThrow(/first \[\[kafka\]\] entry/);
    expect(() => withFirstEntry(parseDocument('kafka = ["x"]\n'), section('kafka'), ['kafka', 0, 'timeout'], '5s')).toThrow(/inline/);
  });
});

describe('entryIndexAfter: where an entry is after an entry action', () => {
  const all = (op: Parameters<typeof entryIndexAfter>[0]) => [0, 1, 2, 3, 4].map((i) => entryIndexAfter(op, i));
  it('follows each entry through add, duplicate, remove and both directions of move', () => {
    expect(all({ op: 'add', section: 'influxdb' })).toEqual([0, 1, 2, 3, 4]);
    expect(all({ op: 'duplicate', section: 'influxdb', index: 1 })).toEqual([0, 1, 3, 4, 5]);
    expect(all({ op: 'remove', section: 'influxdb', index: 1 })).toEqual([0, undefined, 1, 2, 3]);
    expect(all({ op: 'move', section: 'influxdb', from: 1, to: 3 })).toEqual([0, 3, 1, 2, 4]);
    expect(all({ op: 'move', section: 'influxdb', from: 3, to: 1 })).toEqual([0, 2, 3, 1, 4]);
  });
});
