import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode';
import { parseDocument, type Document } from './document';
import { setValue } from './edit';
import { corpusFiles } from './test-support';
import { deepEqual } from './equal';
import { DocumentAssembler, documentSlices, packDocument, sliceTransferables, transferables, unpackDocument, type DocumentSlice } from './transfer';


/** What postMessage does to the packed document. */
const carried = (text: string) => {
  const packed = packDocument(parseDocument(text));
  return unpackDocument(structuredClone(packed, { transfer: transferables(packed) }));
};

describe('a document carried from a Worker', () => {
  it.each(corpusFiles())('%s arrives as parsed, and edits as before', (_, file) => {
    const text = decodeBytes(new Uint8Array(readFileSync(file))).text;
    const here = parseDocument(text) as Document;
    const there = carried(text);
    expect(there.text).toBe(text);
    expect(deepEqual(there.values, here.values)).toBe(true);
    expect(there.tables).toEqual(here.tables);
    expect([...there.index.allPairs()]).toEqual([...here.index.allPairs()]);
    const edited = (doc: typeof here) => setValue(doc, ['hostname'], 'carried.example').text;
    expect(edited(there)).toBe(edited(here));
  });

  it('keeps dates as TOML dates, and keys named __proto__ as plain keys of tables without a prototype', () => {
    const doc = carried('"__proto__" = { polluted = 1 }\nd = 1979-05-27\nt = 07:32:00\nz = 1979-05-27T07:32:00-08:00\n[constructor]\nprototype = 2\n');
    expect(Object.getPrototypeOf(doc.values)).toBeNull();
    expect(Object.keys(doc.values)).toEqual(['__proto__', 'd', 't', 'z', 'constructor']);
    expect(doc.get(['__proto__', 'polluted'])).toBe(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((doc.get(['d']) as Date).toISOString()).toBe('1979-05-27');
    expect((doc.get(['t']) as Date).toISOString()).toBe('07:32:00.000');
    expect((doc.get(['z']) as Date).toISOString()).toBe('1979-05-27T07:32:00.000-08:00');
    expect(doc.get(['constructor', 'prototype'])).toBe(2);
  });

  it('arrives the same in slices: 3,000 [[influxdb]] entries in slices of 500, each cloned on its own', () => {
    let text = 'hostname = "h"\n';
    for (let i = 0; i < 3000; i++) text += `[[influxdb]]\n  name = "db${i}"\n  urls = ["http://db${i}:8086"]\n  [influxdb.subscriptions]\n    telegraf = ["autogen"]\n`;
    const here = parseDocument(text) as Document;
    // a document of its own: transferring the offsets detaches them from the one sliced
    const slices = [...documentSlices(parseDocument(text), 500)];
    expect(slices.filter((s) => s.kind === 'items')).toHaveLength(6);
    expect(slices.filter((s) => s.kind === 'pairs').length).toBeGreaterThan(10);
    // by default records go 2,000 to a slice, entries 500
    const byDefault = [...documentSlices(parseDocument(text))];
    expect(byDefault.filter((s) => s.kind === 'items').map((s) => s.kind === 'items' && s.items.length)).toEqual([500, 500, 500, 500, 500, 500]);
    expect(Math.max(...byDefault.map((s) => (s.kind === 'pairs' ? s.entries.length : 0)))).toBe(2000);
    const assembler = new DocumentAssembler();
    let there: Document | undefined;
    for (const slice of slices) there = assembler.add(structuredClone(slice, { transfer: sliceTransferables(slice) }) as DocumentSlice) ?? there;
    expect(there).toBeDefined();
    expect(deepEqual(there!.values, here.values)).toBe(true);
    expect(Object.keys(there!.values)).toEqual(['hostname', 'influxdb']);
    expect([...there!.index.allPairs()]).toEqual([...here.index.allPairs()]);
    expect(there!.tables).toEqual(here.tables);
    expect(there!.lineOf(['influxdb', 2999, 'subscriptions', 'telegraf'])).toBe(here.lineOf(['influxdb', 2999, 'subscriptions', 'telegraf']));
    expect(setValue(there!, ['influxdb', 1500, 'name'], 'x').text).toBe(setValue(here, ['influxdb', 1500, 'name'], 'x').text);
  });

  it('refuses to pack an index with edits overlaid (it would lose them)', () => {
    const edited = setValue(parseDocument('a = 1\n'), ['a'], 2);
    expect(() => packDocument(edited)).toThrow('an edited index cannot be transferred');
  });
});
