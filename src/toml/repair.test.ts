import { describe, expect, it } from 'vitest';
import { parseDocument } from './document';
import { repairLines, suggestRepair } from './repair';

describe('repairLines', () => {
  it('turns ; comment lines into # comments, naming the lines, and keeps every other byte', () => {
    const text = '; Kapacitor config\nhostname = "a"\n\n[http]\n  ; the port\n  bind-address = ":9092"\n';
    const repair = repairLines(text)!;
    expect(repair.text).toBe('# Kapacitor config\nhostname = "a"\n\n[http]\n  # the port\n  bind-address = ":9092"\n');
    expect(repair.lines).toEqual([1, 5]);
    expect(repair.description).toBe('Replace 2 ";" comments with "#" (lines 1 and 5)');
    expect(parseDocument(repair.text).get(['http', 'bind-address'])).toBe(':9092');
  });

  it('blanks lines that hold only no-break spaces (with spaces or tabs among them)', () => {
    const text = 'a = 1\n\u00a0\u00a0\n[http]\n \u00a0\t\nx = 2\n';
    const repair = repairLines(text)!;
    expect(repair.text).toBe('a = 1\n\n[http]\n\nx = 2\n');
    expect(repair.lines).toEqual([2, 4]);
    expect(repair.description).toBe('Blank 2 lines of no-break spaces (lines 2 and 4)');
  });

  it('keeps CRLF line breaks and a missing final line break', () => {
    expect(repairLines('; one\r\n\u00a0\r\na = 1\r\n;two')!.text).toBe('# one\r\n\r\na = 1\r\n#two');
  });

  it('says both repairs in one sentence', () => {
    expect(repairLines('; one\n\u00a0\n')!.description).toBe('Replace 1 ";" comment with "#" (line 1) and blank 1 line of no-break spaces (line 2)');
  });

  it('leaves ; inside strings and after values alone', () => {
    expect(repairLines('a = "x;y"\nb = \'; not a comment\'\n')).toBeUndefined();
    expect(repairLines('a = 1 ; trailing\n')).toBeUndefined();
    expect(repairLines('a = 1\n')).toBeUndefined();
    expect(repairLines('')).toBeUndefined();
  });

  it('leaves lines inside multi-line strings alone', () => {
    const text = 'a = """\n; kept\n\u00a0\n"""\nb = \'\'\'\n; kept\n\'\'\'\n; comment\n';
    const repair = repairLines(text)!;
    expect(repair.lines).toEqual([8]);
    expect(repair.text).toBe(text.replace('\n; comment', '\n# comment'));
    expect(parseDocument(repair.text).get(['a'])).toBe('; kept\n\u00a0\n');
  });

  it('knows where a multi-line string ends, escaped quotes and extra closing quotes included', () => {
    const text = 'a = """x \\""" y"""""\n; one\nb = \'\'\'z\'\'\'\'\'\n; two\n';
    expect(repairLines(text)!.lines).toEqual([2, 4]);
    expect(parseDocument(repairLines(text)!.text).get(['a'])).toBe('x """ y""');
  });

  it('does not take a line with text after no-break spaces for a blank line', () => {
    expect(repairLines('\u00a0a = 1\n')).toBeUndefined();
  });

  it('names a few lines and counts the rest', () => {
    const text = Array.from({ length: 9 }, (_, i) => `; ${i}`).join('\n');
    expect(repairLines(text)!.description).toBe('Replace 9 ";" comments with "#" (lines 1, 2, 3, 4, 5 and 4 more)');
  });
});

describe('suggestRepair', () => {
  it('offers the line repair when the result parses', () => {
    expect(suggestRepair('; a\nx = 1\n')).toEqual({ description: 'Replace 1 ";" comment with "#" (line 1)', lines: [1], text: '# a\nx = 1\n' });
  });

  it('offers nothing when the result still does not parse, or when nothing is to repair', () => {
    expect(suggestRepair('; a\nx = \n')).toBeUndefined();
    expect(suggestRepair('x = \n')).toBeUndefined();
    expect(suggestRepair('x = 1\n')).toBeUndefined();
  });

  it('merges a table defined twice, after the line repairs', () => {
    const repair = suggestRepair('; a\n[http]\nx = 1\n[other]\n[http]\ny = 2\n');
    expect(repair).toEqual({
      description: 'Replace 1 ";" comment with "#" (line 1), then merge the second [http] (line 5) into the first (line 2)',
      lines: [1, 2, 5],
      text: '# a\n[http]\nx = 1\ny = 2\n[other]\n',
    });
  });

  it('says why a merge is not offered', () => {
    expect(suggestRepair('[http]\nbind-address = ":1"\n[http]\nbind-address = ":2"\n')).toEqual({
      refusal: '[http] is defined twice (lines 1 and 3) and both define bind-address; keep one by hand.',
    });
  });
});
