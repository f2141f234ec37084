import { describe, expect, it } from 'vitest';
import { fieldOf } from '../../kapacitor/schema';
import { parseDocument, type TomlDocument } from '../../toml/document';
import { setValue } from '../../toml/edit';
import type { KeyPath } from '../../toml/types';
import { fromInput, toInput, type MapRow } from './convert';
import { domId } from './domId';
import { addDraft, applyChange, entryInputIds, isSecretEntry, type MapItem } from './mapRows';

const headers = fieldOf('httppost', 'headers')!;
const subscriptions = fieldOf('influxdb', 'subscriptions')!;
const path: KeyPath = ['httppost', 0, 'headers'];

const items = (rows: MapRow[]): MapItem[] => rows.map((row, uid) => ({ row, draft: false, uid }));
const edit = (list: MapItem[], uid: number, patch: Partial<MapRow>) => list.map((it) => (it.uid === uid ? { ...it, row: { ...it.row, ...patch } } : it));

/** what the form does with rows to write: convert them and set the map */
function write(doc: TomlDocument, at: KeyPath, field = headers, rows: MapRow[]): TomlDocument {
  const converted = fromInput(field, rows);
  if (!converted.ok) throw new Error(converted.message);
  return setValue(doc, at, converted.value);
}

describe('a map row added with Add', () => {
  const text = '[[httppost]]\n  endpoint = "hook"\n  url = "http://example.com/hook"\n  [httppost.headers]\n    X-Trace = "on"\n';

  it('writes nothing until it has a key and a value, then adds that one entry', () => {
    const doc = parseDocument(text);
    const written = toInput(headers, doc.get(path)) as MapRow[];
    let shown = items(written);

    // Add: a draft, nothing to write
    let step = applyChange(addDraft(shown, 7), written);
    expect(step.write).toBeUndefined();
    shown = step.items;
    expect(shown.map((it) => it.draft)).toEqual([false, true]);

    // a key alone: still nothing
    step = applyChange(edit(shown, 7, { key: 'Authorization' }), written);
    expect(step.write).toBeUndefined();
    shown = step.items;
    // a value alone (key cleared again): nothing
    expect(applyChange(edit(shown, 7, { key: '', value: 'Bearer t0k' }), written).write).toBeUndefined();

    // key and value: written, the row is an ordinary row from now on
    step = applyChange(edit(shown, 7, { value: 'Bearer t0k' }), written);
    expect(step.write).toEqual([{ key: 'X-Trace', value: 'on' }, { key: 'Authorization', value: 'Bearer t0k' }]);
    expect(step.items.map((it) => it.draft)).toEqual([false, false]);
    const after = write(doc, path, headers, step.write!);
    expect(after.text).toBe(text + '    Authorization = "Bearer t0k"\n');

    // clearing the value of a written row writes the empty value: the row does not go back to a draft
    const cleared = applyChange(edit(step.items, 7, { value: '' }), step.write!);
    expect(cleared.write).toEqual([{ key: 'X-Trace', value: 'on' }, { key: 'Authorization', value: '' }]);
  });

  it('on a map the file does not have, Add writes no empty table', () => {
    const doc = parseDocument('[[httppost]]\n  endpoint = "hook"\n  url = "http://example.com/hook"\n');
    const written = toInput(headers, doc.get(path)) as MapRow[];
    expect(written).toEqual([]);
    let step = applyChange(addDraft([], 0), written);
    expect(step.write).toBeUndefined();
    step = applyChange(edit(step.items, 0, { key: 'X-Trace' }), written);
    expect(step.write).toBeUndefined();
    step = applyChange(edit(step.items, 0, { value: 'on' }), written);
    expect(step.write).toEqual([{ key: 'X-Trace', value: 'on' }]);
    expect(write(doc, path, headers, step.write!).values).toEqual({
      httppost: [{ endpoint: 'hook', url: 'http://example.com/hook', headers: { 'X-Trace': 'on' } }],
    });
  });

  it('a list map (influxdb subscriptions) waits for a database and its retention policies', () => {
    const text = '[[influxdb]]\n  name = "a"\n  urls = ["http://localhost:8086"]\n  [influxdb.subscriptions]\n    telegraf = ["autogen"]\n';
    const doc = parseDocument(text);
    const at: KeyPath = ['influxdb', 0, 'subscriptions'];
    const written = toInput(subscriptions, doc.get(at)) as MapRow[];
    let step = applyChange(addDraft(items(written), 5), written);
    expect(step.write).toBeUndefined();
    step = applyChange(edit(step.items, 5, { key: 'mydb' }), written);
    expect(step.write).toBeUndefined();
    step = applyChange(edit(step.items, 5, { value: 'autogen, weekly' }), written);
    expect(write(doc, at, subscriptions, step.write!).text).toBe(text + '    mydb = ["autogen", "weekly"]\n');
  });

  it('removing a draft writes nothing; removing a written row writes the rest', () => {
    const written: MapRow[] = [{ key: 'A', value: '1' }, { key: 'B', value: '2' }];
    const shown = addDraft(items(written), 9);
    expect(applyChange(shown.filter((it) => it.uid !== 9), written).write).toBeUndefined();
    expect(applyChange(shown.filter((it) => it.uid !== 0), written).write).toEqual([{ key: 'B', value: '2' }]);
  });
});

describe('map entry inputs', () => {
  it('have the DOM id of their entry path, the id search and problems focus', () => {
    const ids = entryInputIds(path, [{ key: 'X-Trace', value: 'on' }, { key: ' Authorization ', value: 'x' }, { key: '', value: '' }, { key: 'X-Trace', value: 'again' }]);
    expect(ids).toEqual([domId(['httppost', 0, 'headers', 'X-Trace']), domId(['httppost', 0, 'headers', 'Authorization']), undefined, undefined]);
    expect(ids[0]).toBe('field-httppost--0--headers--X-Trace');
  });

  it('are secret where the preview masks the value', () => {
    expect(isSecretEntry(path, 'Authorization')).toBe(true);
    expect(isSecretEntry(path, 'X-Api-Key')).toBe(true);
    expect(isSecretEntry(path, 'X-Trace')).toBe(false);
    expect(isSecretEntry(path, '')).toBe(false);
    // every value of fluxtask secrets, whatever its name
    expect(isSecretEntry(['fluxtask', 'secrets'], 'db')).toBe(true);
    expect(isSecretEntry(['influxdb', 0, 'subscriptions'], 'telegraf')).toBe(false);
  });
});
