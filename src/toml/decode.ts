// Bytes -> text and back. Kapacitor reads only UTF-8, so anything else is either transcoded with a notice or refused.
import { detectNewline, LineIndex } from './text';
import { TomlInputError, type Newline, type SourceEncoding } from './types';

export interface DecodedText {
  /** the text, without the byte order mark */
  text: string;
  encoding: SourceEncoding;
  bom: boolean;
  newline: Newline;
  /** sentences for the user about what the import changed */
  notices: string[];
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xff, 0xfe])) return utf16(bytes, 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return utf16(bytes, 'utf-16be');
  const bom = startsWith(bytes, UTF8_BOM);
  const text = decodeUtf8(bom ? bytes.subarray(3) : bytes);
  refuseNul(text, bytes);
  return { text, encoding: 'utf-8', bom, newline: detectNewline(text), notices: [] };
}

/** UTF-8 for Kapacitor; the byte order mark is written back only when the source was UTF-8 with one. */
export function encodeText(text: string, source: { encoding: SourceEncoding; bom: boolean }): Uint8Array {
  const body = new TextEncoder().encode(text);
  if (source.encoding !== 'utf-8' || !source.bom) return body;
  const out = new Uint8Array(body.length + 3);
  out.set(UTF8_BOM);
  out.set(body, 3);
  return out;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    // TextDecoder does not say where the bad byte is: find it ourselves for a useful message.
    const offset = firstInvalidUtf8(bytes);
    let lineStartByte = 0;
    let line = 1;
    for (let i = 0; i < offset; i++) {
      if (bytes[i] === 0x0a) {
        line++;
        lineStartByte = i + 1;
      }
    }
    const column = new TextDecoder().decode(bytes.subarray(lineStartByte, offset)).length + 1;
    const hex = bytes[offset].toString(16).toUpperCase().padStart(2, '0');
    throw new TomlInputError(
      `Line ${line}, column ${column}: byte 0x${hex} (at byte offset ${offset}) is not valid UTF-8; Kapacitor reads only UTF-8. Save the file as UTF-8 and import it again.`,
      line,
      column,
    );
  }
}

/** Offset of the byte that starts the first malformed sequence (RFC 3629), or bytes.length if none. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i++;
      continue;
    }
    const trailing = lead >= 0xc2 && lead <= 0xdf ? 1 : lead >= 0xe0 && lead <= 0xef ? 2 : lead >= 0xf0 && lead <= 0xf4 ? 3 : 0;
    if (trailing === 0) return i;
    // The second byte's range is narrower for a few leads: no overlongs, no surrogates, nothing above U+10FFFF.
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k <= trailing; k++) {
      const b = bytes[i + k];
      if (b === undefined) return i;
      if (k === 1 ? b < low || b > high : b < 0x80 || b > 0xbf) return i;
    }
    i += trailing + 1;
  }
  return bytes.length;
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodedText {
  const units = (bytes.length - 2) >> 1;
  const codes = new Uint16Array(units);
  for (let u = 0; u < units; u++) {
    const a = bytes[2 + 2 * u];
    const b = bytes[3 + 2 * u];
    codes[u] = encoding === 'utf-16le' ? a | (b << 8) : (a << 8) | b;
  }
  let text = '';
  for (let u = 0; u < units; u += 8192) text += String.fromCharCode(...codes.subarray(u, u + 8192));
  const lone = firstLoneSurrogate(text);
  const where = LineIndex.of(text);
  if (bytes.length % 2 === 1 || lone !== -1) {
    const { line, column } = where.position(lone === -1 ? text.length : lone);
    throw new TomlInputError(
      `Line ${line}, column ${column}: the file starts with a UTF-16 byte order mark but is not valid UTF-16. Save it as UTF-8 and import it again.`,
      line,
      column,
    );
  }
  refuseNul(text, bytes);
  const order = encoding === 'utf-16le' ? 'little-endian' : 'big-endian';
  return {
    text,
    encoding,
    bom: true,
    newline: detectNewline(text),
    notices: [
      `The file is UTF-16 (${order}, with a byte order mark). Kapacitor reads only UTF-8, so the export will be UTF-8 without a byte order mark.`,
    ],
  };
}

function firstLoneSurrogate(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else return i;
    } else if (c >= 0xdc00 && c <= 0xdfff) return i;
  }
  return -1;
}

function refuseNul(text: string, bytes: Uint8Array): void {
  const at = text.indexOf('\0');
  if (at === -1) return;
  const { line, column } = LineIndex.of(text).position(at);
  // A UTF-16 file without a byte order mark decodes as UTF-8 full of NULs: say so, it is the usual cause.
  const hint = bytes[0] === 0 || bytes[1] === 0 ? ' It looks like UTF-16 without a byte order mark; save it as UTF-8.' : '';
  throw new TomlInputError(
    `Line ${line}, column ${column}: the file holds a NUL character (U+0000), which TOML does not allow.${hint}`,
    line,
    column,
  );
}
