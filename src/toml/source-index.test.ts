// Long runs of keystrokes on the fast path: the offsets and line starts sit in chunks (offsets.ts) that each edit
// moves or copies and that every document of the history shares. Each document must still read as a fresh parse.
// Chunks of 8 here, so that a small file has hundreds of them.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeBytes } from './decode';
import { parseDocument, type Document, type TomlDocument } from './document';
import { addArrayEntry, moveArrayEntry, removeArrayEntry, removeValue, setValue } from './edit';
import { CHUNK } from './offsets';
import { corpusFiles, expectSameAsFreshParse } from './test-support';
import { DocumentAssembler, documentSlices, packDocument, sliceTransferables, transferables, unpackDocument, type DocumentSlice } from './transfer';
import type { KeyPath } from './types';

/** keystrokes to a run: more than fields typed into */
const RUN = 16;
beforeAll(() => { CHUNK.bits = 3; });
afterAll(() => { CHUNK.bits = 12; });

const keystroke = fc.record({
  kind: fc.constantFrom('type', 'type', 'type', 'erase', 'number', 'list', 'add'),
  field: fc.nat(),
  text: fc.string({ unit: fc.constantFrom('a', 'z', '.', '-', ' ', 'é'), minLength: 1, maxLength: 3 }),
});
type Keystroke = typeof keystroke extends fc.Arbitrary<infer T> ? T : never;

/** String keys of table bodies (what the form's text fields edit), and the tables keys can be added to. */
function fields(doc: Document): { strings: KeyPath[]; tables: KeyPath[] } {
  const strings = [...doc.index.allPairs()].filter((p) => p.container === 'table' && p.valueKind === 'string').map((p) => p.path);
  return { strings, tables: [[], ...doc.tables.map((t) => t.path)] };
}

function press(doc: TomlDocument, k: Keystroke, { strings, tables }: ReturnType<typeof fields>, added: { n: number }): TomlDocument {
  const path = strings[k.field % strings.length];
  const value = doc.get(path);
  if (k.kind === 'type' && typeof value === 'string') return setValue(doc, path, value + k.text);
  if (k.kind === 'erase' && typeof value === 'string') return setValue(doc, path, value.slice(0, -1));
  if (k.kind === 'number') return setValue(doc, path, k.field % 1000);
  if (k.kind === 'list') return setValue(doc, path, [k.text, k.field % 7]);
  if (k.kind === 'add') return setValue(doc, [...tables[k.field % tables.length], `new-key-${added.n++}`], k.text);
  return doc;
}

/** Every document of a run, each checked against a fresh parse (the later ones share the earlier ones' offsets). */
function run(start: Document, keys: Keystroke[], lines: boolean): TomlDocument[] {
  if (lines) start.lineOf(['hostname']); // the line index is then spliced at each edit
  const f = fields(start);
  const added = { n: 0 };
  const docs: TomlDocument[] = [start];
  for (const k of keys) if (f.strings.length) docs.push(press(docs[docs.length - 1], k, f, added));
  return docs;
}

const texts = corpusFiles().slice(0, 6).map(([name, file]) => ({ name, text: decodeBytes(new Uint8Array(readFileSync(file))).text }));

describe('a document after many keystrokes', () => {
  it.each(texts)('$name: reads as a fresh parse along the way', ({ text }) => {
    fc.assert(fc.property(fc.array(keystroke, { minLength: 1, maxLength: 3 * RUN }), fc.boolean(), (keys, lines) => {
      const docs = run(parseDocument(text) as Document, keys, lines);
      docs.forEach((doc, i) => { if (i % 7 === 0 || i === docs.length - 1) expectSameAsFreshParse(doc); });
    }), { numRuns: 6 });
  }, 60_000);

  it('types a field for a long time, moving between fields', () => {
    let doc = parseDocument(texts[0].text) as Document;
    doc.lineCount();
    const { strings } = fields(doc);
    for (let i = 0; i < 400; i++) {
      const path = strings[Math.floor(i / 25) % strings.length];
      const value = doc.get(path) as string;
      doc = setValue(doc, path, i % 5 === 4 ? value.slice(0, -1) : `${value}x`) as Document;
    }
    expectSameAsFreshParse(doc);
  });

  it('takes entry actions, undo and redo (older documents) as a fresh parse does', () => {
    const text = texts.find((t) => t.text.includes('[[influxdb]]'))!.text;
    let doc = parseDocument(text) as Document;
    for (let i = 0; i < 3; i++) doc = addArrayEntry(doc, 'influxdb', Object.assign(Object.create(null), { name: `db${i}` })) as Document;
    const typed = run(doc, fc.sample(keystroke, { numRuns: 2 * RUN, seed: 7 }), true);
    const last = typed[typed.length - 1];
    const fresh = parseDocument(last.text);
    const ops = [
      (d: TomlDocument) => addArrayEntry(d, 'influxdb', Object.assign(Object.create(null), { name: 'more' })),
      (d: TomlDocument) => removeArrayEntry(d, 'influxdb', 1),
      (d: TomlDocument) => moveArrayEntry(d, 'influxdb', 0, 2),
      (d: TomlDocument) => removeValue(d, ['influxdb', 0, 'name']),
    ];
    for (const op of ops) expect(op(last).text).toBe(op(fresh).text);
    // undo: an earlier document is edited again after the later ones were made from it
    const middle = typed[RUN];
    const again = run(middle as Document, fc.sample(keystroke, { numRuns: RUN, seed: 8 }), false);
    [...typed, ...again].forEach((d, i) => { if (i % 3 === 0) expectSameAsFreshParse(d); });
  });

  it('edits the same after the document came from a Worker, whole or in slices', () => {
    const text = texts[0].text;
    const packed = packDocument(parseDocument(text));
    const whole = unpackDocument(structuredClone(packed, { transfer: transferables(packed) }));
    const assembler = new DocumentAssembler();
    let sliced: Document | undefined;
    for (const slice of documentSlices(parseDocument(text), 50)) {
      sliced = assembler.add(structuredClone(slice, { transfer: sliceTransferables(slice) }) as DocumentSlice) ?? sliced;
    }
    const keys = fc.sample(keystroke, { numRuns: 2 * RUN, seed: 3 });
    const here = run(parseDocument(text) as Document, keys, true).map((d) => d.text);
    for (const doc of [whole, sliced!]) {
      const docs = run(doc, keys, true);
      expect(docs.map((d) => d.text)).toEqual(here);
      expectSameAsFreshParse(docs[docs.length - 1]);
    }
  });
});
