// Every real kapacitor.conf of the corpus imports, exports byte for byte, and takes a one-line edit.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBytes, encodeText } from './decode';
import { Document, parseDocument } from './document';
import { setValue } from './edit';
import { formatValue } from './format';
import { changedLines, expectSameAsFreshParse } from './test-support';
import type { TomlValue } from './types';

const CORPUS = join(__dirname, '../../fixtures/corpus');
const files = ['upstream', 'real'].flatMap((dir) =>
  readdirSync(join(CORPUS, dir))
    .filter((name) => name.endsWith('.conf'))
    .map((name) => join(dir, name)),
);

/** A different value of the same kind, so the edit stays on one line. */
function another(value: TomlValue): TomlValue | undefined {
  if (typeof value === 'string') return value + '-edited';
  if (typeof value === 'boolean') return !value;
  if (typeof value === 'number') return value + 1;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return [...value, 'added'];
  return undefined;
}

describe('corpus', () => {
  it('has the 45 files the README describes', () => {
    expect(files).toHaveLength(45);
  });

  describe.each(files)('%s', (file) => {
    const bytes = new Uint8Array(readFileSync(join(CORPUS, file)));
    const decoded = decodeBytes(bytes);
    const doc = parseDocument(decoded.text);

    it('decodes, parses and exports the same bytes (UTF-16 as its UTF-8 transcoding)', () => {
      const exported = encodeText(doc.text, decoded);
      if (decoded.encoding === 'utf-8') {
        expect(exported).toEqual(bytes);
        expect(decoded.notices).toEqual([]);
      } else {
        expect(file).toBe('real/generated-dump-utf16le-bom-crlf-v1.3.conf');
        expect(decoded.encoding).toBe('utf-16le');
        expect(exported).toEqual(new TextEncoder().encode(new TextDecoder('utf-16le').decode(bytes.subarray(2))));
        expect(decoded.notices).toHaveLength(1);
      }
      expect(Object.keys(doc.values).length).toBeGreaterThan(0);
    });

    it('changes exactly one line when one existing value is set', () => {
      const pairs = [...(doc as Document).index.allPairs()].filter((p) => p.container === 'table');
      const target = pairs.find((p) => another(doc.get(p.path)!) !== undefined && !doc.text.slice(...p.value).includes('\n'));
      expect(target).toBeDefined();
      const value = another(doc.get(target!.path)!)!;
      const edited = setValue(doc, target!.path, value);
      expectSameAsFreshParse(edited);
      expect(edited.get(target!.path)).toEqual(value);
      const { removed, added } = changedLines(doc.text, edited.text);
      expect(removed).toHaveLength(1);
      expect(added).toEqual([removed[0].replace(doc.text.slice(...target!.value), formatValue(value))]);
    });
  });
});
