// One door for everything imported: bytes of any origin (file, drop, paste, sample) pass the same decode and parse.
import { decodeBytes } from '../../toml/decode';
import { parseDocument, type TomlDocument } from '../../toml/document';
import type { SourceEncoding } from '../../toml/types';
import type { VersionGuess } from '../../kapacitor/version';

export interface ReadResult {
  doc: TomlDocument;
  encoding: SourceEncoding;
  bom: boolean;
  notices: string[];
  /** what the file says about its Kapacitor version, when the reader already made the guess (the parse Worker) */
  guess?: VersionGuess;
}

/** Decodes and parses; throws TomlInputError (with line and column) when the bytes cannot be read. */
export function readDocument(bytes: Uint8Array): ReadResult {
  const decoded = decodeBytes(bytes);
  const doc = parseDocument(decoded.text);
  return { doc, encoding: decoded.encoding, bom: decoded.bom, notices: decoded.notices };
}

export function readText(text: string): ReadResult {
  return readDocument(new TextEncoder().encode(text));
}
