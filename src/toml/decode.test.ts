import { describe, expect, it } from 'vitest';
import { decodeBytes, encodeText } from './decode';
import { TomlInputError } from './types';

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...parts: (number[] | Uint8Array)[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

function utf16(s: string, order: 'le' | 'be'): Uint8Array {
  const out = [order === 'le' ? 0xff : 0xfe, order === 'le' ? 0xfe : 0xff];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out.push(...(order === 'le' ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff]));
  }
  return Uint8Array.from(out);
}

function inputError(run: () => unknown): TomlInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof TomlInputError) return error;
    throw error;
  }
  throw new Error('expected a TomlInputError');
}

describe('decodeBytes', () => {
  it('reads plain UTF-8 with LF', () => {
    expect(decodeBytes(utf8('a = "é"\n'))).toEqual({ text: 'a = "é"\n', encoding: 'utf-8', bom: false, newline: '\n', notices: [] });
  });

  it('strips a UTF-8 BOM from the text and remembers it; encodeText writes it back', () => {
    const source = bytes([0xef, 0xbb, 0xbf], utf8('a = 1\r\n'));
    const decoded = decodeBytes(source);
    expect(decoded).toEqual({ text: 'a = 1\r\n', encoding: 'utf-8', bom: true, newline: '\r\n', notices: [] });
    expect(encodeText(decoded.text, decoded)).toEqual(source);
  });

  it('detects CRLF from the first line break only', () => {
    expect(decodeBytes(utf8('a = 1\r\nb = 2\n')).newline).toBe('\r\n');
    expect(decodeBytes(utf8('a = 1\nb = 2\r\n')).newline).toBe('\n');
    expect(decodeBytes(utf8('a = 1')).newline).toBe('\n');
  });

  it('decodes UTF-16LE with BOM and says the export will be UTF-8', () => {
    const decoded = decodeBytes(utf16('a = "ü"\r\n', 'le'));
    expect(decoded.text).toBe('a = "ü"\r\n');
    expect(decoded.encoding).toBe('utf-16le');
    expect(decoded.bom).toBe(true);
    expect(decoded.newline).toBe('\r\n');
    expect(decoded.notices).toEqual([
      'The file is UTF-16 (little-endian, with a byte order mark). Kapacitor reads only UTF-8, so the export will be UTF-8 without a byte order mark.',
    ]);
    expect(encodeText(decoded.text, decoded)).toEqual(utf8('a = "ü"\r\n'));
  });

  it('decodes UTF-16BE with BOM, surrogate pairs included', () => {
    const decoded = decodeBytes(utf16('a = "😀"\n', 'be'));
    expect(decoded.text).toBe('a = "😀"\n');
    expect(decoded.encoding).toBe('utf-16be');
    expect(decoded.notices[0]).toContain('big-endian');
    expect(decoded.notices[0]).toContain('Kapacitor reads only UTF-8');
  });

  it('refuses UTF-16 with a lone surrogate or an odd length', () => {
    const lone = utf16('a = "x"\n', 'le');
    lone[12] = 0x00;
    lone[13] = 0xd8; // the x becomes U+D800
    const error = inputError(() => decodeBytes(lone));
    expect([error.line, error.column]).toEqual([1, 6]);
    expect(inputError(() => decodeBytes(bytes(utf16('a', 'le'), [0x41]))).message).toContain('not valid UTF-16');
  });

  it('names line, column, byte and offset of invalid UTF-8', () => {
    const source = bytes(utf8('a = 1\nb = 2\nc = "'), [0xe9], utf8('"\n'));
    const error = inputError(() => decodeBytes(source));
    expect(error.line).toBe(3);
    expect(error.column).toBe(6);
    expect(error.message).toBe(
      'Line 3, column 6: byte 0xE9 (at byte offset 17) is not valid UTF-8; Kapacitor reads only UTF-8. Save the file as UTF-8 and import it again.',
    );
  });

  it('counts columns in characters after multi-byte text on the same line', () => {
    const source = bytes(utf8('k = "äö'), [0xc3, 0x28]);
    const error = inputError(() => decodeBytes(source));
    expect([error.line, error.column]).toEqual([1, 8]);
  });

  it('refuses truncated sequences, overlongs and encoded surrogates', () => {
    expect(inputError(() => decodeBytes(bytes(utf8('a'), [0xe2, 0x82]))).column).toBe(2);
    expect(inputError(() => decodeBytes(bytes([0xc0, 0xaf]))).message).toContain('byte 0xC0');
    expect(inputError(() => decodeBytes(bytes([0xed, 0xa0, 0x80]))).message).toContain('byte 0xED');
  });

  it('refuses NUL with its position, hinting at UTF-16 without BOM', () => {
    const error = inputError(() => decodeBytes(utf8('a = 1\nb = "\0"\n')));
    expect([error.line, error.column]).toEqual([2, 6]);
    expect(error.message).toBe('Line 2, column 6: the file holds a NUL character (U+0000), which TOML does not allow.');
    const bomless = utf16('a = 1\n', 'le').subarray(2);
    expect(inputError(() => decodeBytes(bomless)).message).toContain('UTF-16 without a byte order mark');
  });

  it('refuses NUL in UTF-16 text too', () => {
    expect(inputError(() => decodeBytes(utf16('a\0', 'le'))).column).toBe(2);
  });
});

describe('encodeText', () => {
  it('writes UTF-8 without BOM unless the source was UTF-8 with one', () => {
    expect(encodeText('é', { encoding: 'utf-8', bom: false })).toEqual(bytes([0xc3, 0xa9]));
    expect(encodeText('é', { encoding: 'utf-8', bom: true })).toEqual(bytes([0xef, 0xbb, 0xbf, 0xc3, 0xa9]));
    expect(encodeText('é', { encoding: 'utf-16le', bom: true })).toEqual(bytes([0xc3, 0xa9]));
  });
});
