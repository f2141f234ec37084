import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../toml/document';
import { keyHits } from './keyHits';

const text = `hostname = "kapa-1"
mystery = "top-level unknown"

[http]
  bind-address = ":9092"
  weird-key = "nobody reads me"

[[influxdb]]
  name = "first"
  urls = ["http://first:8086"]
  password = "hunter2"

[[influxdb]]
  name = "second"
  urls = ["http://second-influx:8086"]
  timeout = "7s"
  [influxdb.subscriptions]
    mydb = ["autogen"]

[udf]
[udf.functions]
  [udf.functions.goavg]
    prog = "/usr/bin/avg"
    args = ["-x"]

[not-kapacitor]
  thing = "stray value"
`;

const doc = parseDocument(text);
const hits = keyHits(doc);
const byId = (path: (string | number)[]) => hits.find((h) => h.id === JSON.stringify(path));
const matching = (q: string) => hits.filter((h) => h.label.toLowerCase().includes(q) || h.description.toLowerCase().includes(q) || h.keywords.join(',').toLowerCase().includes(q));

describe('keyHits', () => {
  it('finds a value of the second [[influxdb]] entry and jumps to that entry', () => {
    const found = matching('second-influx');
    expect(found.map((h) => h.path)).toEqual([['influxdb', 1, 'urls']]);
    expect(found[0].label).toBe('[[influxdb]] #2 urls');
    expect(found[0].description).toContain('http://second-influx:8086');
    expect(byId(['influxdb', 1, 'timeout'])?.description).toContain('"7s"');
    expect(byId(['influxdb', 0, 'timeout'])?.description).toContain('default');
  });

  it('covers every entry: keys written in one entry and defaults of keys the entry leaves out', () => {
    expect(byId(['influxdb', 0, 'name'])?.label).toBe('[[influxdb]] #1 name');
    expect(byId(['influxdb', 1, 'name'])?.label).toBe('[[influxdb]] #2 name');
    // a map entry of the second entry
    expect(byId(['influxdb', 1, 'subscriptions', 'mydb'])?.keywords).toContain('["autogen"]');
    // a key of the schema the file does not have, in a section it does have
    expect(byId(['http', 'log-enabled'])).toBeDefined();
    // a section the file does not have
    expect(byId(['smtp', 'host'])?.description).toMatch(/default "localhost"/);
  });

  it('finds unknown keys, with what they are', () => {
    expect(byId(['http', 'weird-key'])?.description).toMatch(/Not a key Kapacitor knows — "nobody reads me"/);
    expect(byId(['mystery'])?.description).toContain('top-level unknown');
    expect(matching('stray value').map((h) => h.path)).toEqual([['not-kapacitor', 'thing']]);
  });

  it('finds udf functions by name and value, with the schema description', () => {
    const prog = byId(['udf', 'functions', 'goavg', 'prog']);
    expect(prog?.label).toBe('[udf] functions.goavg.prog');
    expect(prog?.description).toContain('/usr/bin/avg');
    expect(matching('goavg').length).toBeGreaterThanOrEqual(2);
    // the function's keys left out, with their defaults
    expect(byId(['udf', 'functions', 'goavg', 'timeout'])).toBeDefined();
  });

  it('never shows or searches a secret value', () => {
    expect(matching('hunter2')).toEqual([]);
    expect(byId(['influxdb', 0, 'password'])?.description).not.toContain('hunter2');
  });

  it('gives each hit a unique id', () => {
    expect(new Set(hits.map((h) => h.id)).size).toBe(hits.length);
  });

  it('the 1.8.3 sample: every written key is a hit', () => {
    const sample = parseDocument(readFileSync('fixtures/corpus/upstream/kapacitor-1.8.3.conf', 'utf8'));
    const all = keyHits(sample);
    expect(all.find((h) => h.id === JSON.stringify(['kafka', 0, 'brokers']))).toBeDefined();
    expect(all.find((h) => h.id === JSON.stringify(['hostname']))?.description).toContain('"localhost"');
  });
});
