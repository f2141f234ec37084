import { describe, expect, it } from 'vitest';
import { parseDocument } from './document';
import { mergeDuplicateTables } from './merge-tables';
import { TomlInputError } from './types';

const APPENDED = [
  'hostname = "a"', //                   1
  '', //                                 2
  '[http]', //                           3
  '  bind-address = ":9092" # port', //  4
  '  auth-enabled = false', //           5
  '  # log-enabled = true', //           6
  '', //                                 7
  '[logging]', //                        8
  '  level = "INFO"', //                 9
  '', //                                 10
  '# snippet from the wiki', //          11
  '[http]', //                           12
  '  # turn on HTTPS', //                13
  '  https-enabled = true', //           14
  '  https-certificate = """', //        15
  '/etc/ssl/kapacitor.pem"""', //        16
  '',
].join('\n');

describe('parseDocument on a table defined twice', () => {
  it('names both lines', () => {
    let error: unknown;
    try {
      parseDocument(APPENDED);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TomlInputError);
    expect((error as TomlInputError).message).toBe('Line 12, column 2: [http] is defined twice: line 3 and line 12');
    expect((error as TomlInputError).line).toBe(12);
  });

  it('says the table is defined again, not twice, when the first definition is not a [table] header', () => {
    // not "defined twice": the first definition is the dotted key, which no merge of [table]s can fix
    expect(() => parseDocument('http.x = 1\n[http]\ny = 2\n')).toThrow(/^Line 2, column \d+: \[http\] on line 2 defines http again/);
  });
});

describe('mergeDuplicateTables', () => {
  it('moves the second table\'s keys after the first table\'s last key and removes the second header', () => {
    const merge = mergeDuplicateTables(APPENDED)!;
    expect(merge).toEqual({
      description: 'Merge the second [http] (line 12) into the first (line 3)',
      lines: [3, 12],
      text: [
        'hostname = "a"',
        '',
        '[http]',
        '  bind-address = ":9092" # port',
        '  auth-enabled = false',
        '  # turn on HTTPS',
        '  https-enabled = true',
        '  https-certificate = """',
        '/etc/ssl/kapacitor.pem"""',
        '  # log-enabled = true',
        '',
        '[logging]',
        '  level = "INFO"',
        '',
        '# snippet from the wiki',
        '',
      ].join('\n'),
    });
    const doc = parseDocument((merge as { text: string }).text);
    expect(doc.get(['http', 'https-enabled'])).toBe(true);
    expect(doc.get(['http', 'bind-address'])).toBe(':9092');
  });

  it('refuses when both tables set the same key, and says which', () => {
    const text = '[http]\n  bind-address = ":9092"\n[http]\n  bind-address = ":9093"\n';
    expect(mergeDuplicateTables(text)).toEqual({
      refusal: '[http] is defined twice (lines 1 and 3) and both define bind-address; keep one by hand.',
      lines: [1, 3],
    });
    // dotted keys that meet in the same table count too
    expect(mergeDuplicateTables('[a]\nb.c = 1\n[a]\nb = { d = 2 }\n')).toMatchObject({ refusal: expect.stringContaining('both define b;') });
  });

  it('keeps CRLF, a missing final line break and the comment on the second header\'s line', () => {
    expect(mergeDuplicateTables('[http]\r\nx = 1\r\n\r\n[http] # appended\r\ny = 2\r\n\r\n[b]\r\nz = 3')).toMatchObject({
      text: '[http]\r\nx = 1\r\ny = 2\r\n\r\n# appended\r\n\r\n[b]\r\nz = 3',
    });
    expect(mergeDuplicateTables('[http]\nx = 1\n\n[http]\ny = 2')).toMatchObject({ text: '[http]\nx = 1\ny = 2' });
  });

  it('handles a first table without keys, a second without keys, and quoted names', () => {
    expect(mergeDuplicateTables('[http]\n[b]\nz = 1\n["http"]\ny = 2\n')).toMatchObject({ text: '[http]\ny = 2\n[b]\nz = 1\n' });
    expect(mergeDuplicateTables('[http]\nx = 1\n\n[http]\n\n[b]\n')).toMatchObject({ text: '[http]\nx = 1\n\n[b]\n' });
  });

  it('merges every repeat, naming the lines', () => {
    const merge = mergeDuplicateTables('[a]\nx = 1\n[b]\n[a]\ny = 2\n[c]\n[a]\nz = 3\n')!;
    expect(merge).toMatchObject({ description: 'Merge the 2 later [a] tables (lines 4 and 7) into the first (line 1)', text: '[a]\nx = 1\ny = 2\nz = 3\n[b]\n[c]\n' });
  });

  it('finds nothing to merge in tables of different [[array]] entries, or in strings and arrays', () => {
    expect(mergeDuplicateTables('[[i]]\n[i.s]\nx = 1\n[[i]]\n[i.s]\nx = 2\n')).toBeUndefined();
    expect(mergeDuplicateTables('a = """\n[http]\n"""\n[http]\nx = 1\n')).toBeUndefined();
    expect(mergeDuplicateTables('a = [\n[1],\n[1],\n]\n')).toBeUndefined();
  });
});
