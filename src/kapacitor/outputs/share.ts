// Share links: the document text, deflate-raw compressed (CompressionStream, in browsers and Node 20) and base64url
// encoded, for a URL fragment `#doc=…` (a fragment never reaches a server). stripSecrets blanks every secret first.
import type { KeyPath } from '../../toml/types';
import type { TomlDocument } from '../../toml/document';
import { parseDocument } from '../../toml/document';
import { TomlEditError } from '../../toml/types';
import { formatValue } from '../../toml/format';
import { isSecretPath, leaves, secretPlaceholder, URL_PASSWORD_PLACEHOLDER, urlPasswordCount, urlPasswordsReplaced } from './entries';

export const SHARE_PARAM = 'doc';
/** URLs longer than this get cut by some browsers, chat tools and proxies */
export const SHARE_URL_LIMIT = 8000;
/** refuse to inflate more than this, so a crafted link cannot fill the memory */
const MAX_DECODED_BYTES = 16 * 1024 * 1024;

/** The base64url payload for `#doc=<payload>`. */
export async function encodeShare(text: string): Promise<string> {
  const bytes = await pipe(new TextEncoder().encode(text), new CompressionStream('deflate-raw'));
  return toBase64Url(bytes);
}

/** The text back from a payload; accepts the bare payload, `doc=…`, `#doc=…` or a whole URL with that fragment. */
export async function decodeShare(fragment: string): Promise<string> {
  const payload = payloadOf(fragment);
  const bytes = fromBase64Url(payload);
  let inflated: Uint8Array;
  try {
    inflated = await pipe(bytes, new DecompressionStream('deflate-raw'), MAX_DECODED_BYTES);
  } catch (error) {
    if (error instanceof ShareTooLarge) throw error;
    throw new Error('The link is damaged: its document cannot be unpacked.');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(inflated);
  } catch {
    throw new Error('The link is damaged: its document is not UTF-8 text.');
  }
}

/** The sentence to show when a share URL of this length may not survive being passed around, else undefined. */
export function shareWarning(length: number): string | undefined {
  if (length <= SHARE_URL_LIMIT) return undefined;
  return `This link is ${length.toLocaleString('en-US')} characters long. Some browsers, chat tools and servers cut links longer than about ${SHARE_URL_LIMIT.toLocaleString('en-US')} characters, so share the file itself instead.`;
}

/** The document with every secret value replaced by "" (see secretsBlanked), read again so its values are checked. */
export function stripSecrets(doc: TomlDocument): TomlDocument {
  const text = secretsBlanked(doc);
  if (text === doc.text) return doc;
  const out = parseDocument(text);
  for (const path of secretPaths(doc)) {
    if (out.get(path) !== '') throw new TomlEditError(`Could not blank the secret at ${path.join('.')}.`);
  }
  return out;
}

/** The text with every secret value replaced by "", in one pass over the text (a draft is saved as the user types,
 *  and a file with thousands of entries has thousands of passwords): schema secrets (FieldDef.secret, also inside
 *  array entries and nested tables such as httppost basic-auth, keys matched ignoring case like Kapacitor does),
 *  fluxtask secrets, and map entries or unknown keys named like credentials (password, token, secret, api-key,
 *  authorization), and the password of every URL with credentials, in comments too. Only that text changes. */
export function secretsBlanked(doc: TomlDocument): string {
  return secretsReplaced(doc, () => '""', '').text;
}

/** The text with every secret value (the ones secretsBlanked blanks) replaced by its "<section.key>" placeholder as a
 *  TOML string, and how many were replaced: for files handed out without their secrets, where a blank would read
 *  as "not set" and a placeholder says what to fill in. */
export function secretsPlaceholdered(doc: TomlDocument): { text: string; count: number } {
  return secretsReplaced(doc, (path) => formatValue(secretPlaceholder(path)), URL_PASSWORD_PLACEHOLDER);
}

/** `urlPassword` stands for the password of every URL with credentials elsewhere in the text: in other strings and
 *  in comments too (a commented-out line keeps what it had: `# urls = ["http://u:pw@x"]`); '' drops it. */
function secretsReplaced(doc: TomlDocument, replacement: (path: KeyPath) => string, urlPassword: string): { text: string; count: number } {
  const ranges: [number, number, KeyPath][] = [];
  for (const path of secretPaths(doc)) {
    const at = doc.locate(path);
    if (!at) throw new TomlEditError(`Could not find the secret at ${path.join('.')} in the text.`);
    ranges.push([at.value.start, at.value.end, path]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let from = 0;
  let count = 0;
  for (const [start, end, path] of ranges) {
    if (start < from) continue; // nested in a range already replaced
    parts.push(doc.text.slice(from, start), replacement(path));
    from = end;
    count++;
  }
  parts.push(doc.text.slice(from));
  const text = parts.join('');
  const urls = urlPasswordCount(text);
  return urls === 0 ? { text, count } : { text: urlPasswordsReplaced(text, urlPassword), count: count + urls };
}

function secretPaths(doc: TomlDocument): KeyPath[] {
  const targets: KeyPath[] = [];
  // whether a key is secret does not depend on which entry it is in: ask once per key, not once per entry
  const secret = new Map<string, boolean>();
  for (const leaf of leaves(doc.values)) {
    if (isEmpty(leaf.value)) continue;
    const shape = leaf.path.map((seg) => (typeof seg === 'number' ? '#' : seg)).join('\u0000');
    let isSecret = secret.get(shape);
    if (isSecret === undefined) secret.set(shape, (isSecret = isSecretPath(leaf.path)));
    if (!isSecret) continue;
    if (Array.isArray(leaf.value)) {
      // a list of secrets: blank each item
      leaf.value.forEach((item, i) => {
        if (!isEmpty(item)) targets.push([...leaf.path, i]);
      });
    } else {
      targets.push(leaf.path);
    }
  }
  return targets;
}

function isEmpty(v: unknown): boolean {
  return v === '' || (Array.isArray(v) && v.length === 0);
}

// ---- bytes ----

class ShareTooLarge extends Error {}

async function pipe(input: Uint8Array, transform: CompressionStream | DecompressionStream, limit = Infinity): Promise<Uint8Array> {
  const writer = transform.writable.getWriter();
  const writing = writer.write(input as Uint8Array<ArrayBuffer>).then(() => writer.close());
  writing.catch(() => undefined);
  const reader = transform.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel();
      throw new ShareTooLarge(`The linked document is larger than ${Math.round(limit / 1024 / 1024)} MB; it is not opened.`);
    }
    chunks.push(value);
  }
  await writing;
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** base64url without padding (RFC 4648 §5) */
export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out += ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63] + ALPHABET[(n >> 6) & 63] + ALPHABET[n & 63];
  }
  if (bytes.length - i === 1) {
    const n = bytes[i] << 16;
    out += ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63];
  } else if (bytes.length - i === 2) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8);
    out += ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63] + ALPHABET[(n >> 6) & 63];
  }
  return out;
}

export function fromBase64Url(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '');
  if (!/^[A-Za-z0-9_-]*$/.test(clean) || clean.length % 4 === 1) throw new Error('The link is damaged: its document part is not base64url text.');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let at = 0;
  for (const ch of clean) {
    acc = ((acc << 6) | ALPHABET.indexOf(ch)) & 0xffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

function payloadOf(fragment: string): string {
  let s = fragment.trim();
  const hash = s.indexOf('#');
  if (hash >= 0) s = s.slice(hash + 1);
  const params = s.split('&');
  const doc = params.find((p) => p.startsWith(`${SHARE_PARAM}=`));
  if (doc !== undefined) return decodeURIComponent(doc.slice(SHARE_PARAM.length + 1));
  if (params.length === 1 && !s.includes('=')) return s;
  throw new Error('The link has no document in it (#doc=… is missing).');
}
