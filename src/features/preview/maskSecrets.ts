// What the preview and the Changes view show in place of secrets. Only what is shown is masked: export, copy,
// download and the patch keep the real text.
import { isSecretPath } from '../../kapacitor/outputs/entries';
import type { TomlDocument } from '../../toml/document';
import type { TomlValue } from '../../toml/types';
import { isTable, isTableArray } from '../../toml/values';

export const MASK = '••••••';

/** user:password@ in a URL (scheme://user:password@host): the password part */
const URL_PASSWORD = /([A-Za-z][A-Za-z0-9+.-]*:\/\/[^\s/:@"'[\]{}]*:)([^\s/@"'[\]{}]+)(@)/g;

/** Masks the password of every URL with credentials: http://user:•••••• @host. Line structure is kept. */
export function maskUrlPasswords(text: string): string {
  return text.replace(URL_PASSWORD, (_, before: string, _pw: string, at: string) => `${before}${MASK}${at}`);
}

/** The value's text with its content masked: the quotes (and line breaks of a multi-line string) stay, so a
 *  masked text has the same lines as the real one. */
export function maskValueText(value: string): string {
  const quote = ['"""', "'''", '"', "'"].find((q) => value.length >= q.length * 2 && value.startsWith(q) && value.endsWith(q)) ?? '';
  const inner = value.slice(quote.length, value.length - quote.length);
  if (quote && inner === '') return value; // "" hides nothing and says the secret is not set
  const masked = inner.split(/(\r?\n)/).map((part) => (part === '' || /^\r?\n$/.test(part) ? part : MASK)).join('');
  return quote + masked + quote;
}

/** isSecretPath reads no array index (an entry's index never makes a key secret): one answer per key shape */
const secretShape = new Map<string, boolean>();
function isSecret(shapeKey: string, path: readonly (string | number)[]): boolean {
  let answer = secretShape.get(shapeKey);
  if (answer === undefined) {
    answer = isSecretPath(path.map((p) => (typeof p === 'number' ? 0 : p)));
    if (secretShape.size > 5000) secretShape.clear();
    secretShape.set(shapeKey, answer);
  }
  return answer;
}

/** Where the document's secret values sit in its text (the schema's secret keys, and keys whose name says they
 *  hold a credential), as [start, end) offsets, in order. Every leaf is visited: a walk of its own, with one path
 *  array, since this runs on each keystroke. */
export function secretSpans(doc: TomlDocument): [number, number][] {
  const spans: [number, number][] = [];
  const path: (string | number)[] = [];
  const visit = (value: TomlValue, shapeKey: string) => {
    if (isTable(value)) {
      for (const k of Object.keys(value)) {
        path.push(k);
        visit(value[k], `${shapeKey}\u0000${k}`);
        path.pop();
      }
    } else if (isTableArray(value)) {
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        visit(value[i], `${shapeKey}\u0000#`);
        path.pop();
      }
    } else if (path.length && isSecret(shapeKey, path)) {
      const at = doc.locate(path.slice());
      if (at && at.value.end > at.value.start) spans.push([at.value.start, at.value.end]);
    }
  };
  visit(doc.values, '');
  spans.sort((a, b) => a[0] - b[0]);
  return spans;
}

/** The document's text with every secret value and every password in a URL masked; same line count as doc.text. */
export function maskSecrets(doc: TomlDocument): string {
  const text = doc.text;
  const spans = secretSpans(doc);
  let out = '';
  let at = 0;
  for (const [start, end] of spans) {
    if (start < at) continue; // nested in a span already masked
    out += text.slice(at, start) + maskValueText(text.slice(start, end));
    at = end;
  }
  out += text.slice(at);
  return maskUrlPasswords(out);
}
