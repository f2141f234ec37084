// What the preview and the Changes view show in place of secrets. Only what is shown is masked: export, copy,
// download and the patch keep the real text.
import { isSecretPath, urlPasswordsReplaced } from '../../kapacitor/outputs/entries';
import type { TomlDocument } from '../../toml/document';
import type { TomlValue } from '../../toml/types';
import { isTable, isTableArray } from '../../toml/values';
import { pathAtLine } from './pathAtLine';

export const MASK = '••••••';

/** Masks the password of every URL with credentials: http://user:•••••• @host. Line structure is kept. */
export function maskUrlPasswords(text: string): string {
  return urlPasswordsReplaced(text, MASK);
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

/** Above this size the preview masks only the lines it shows: finding every secret of a 10 MB file on each
 *  keystroke took most of a second. */
export const MASK_BY_LINE_CHARS = 100_000;

/** One line of the text as the preview shows it, secrets masked. `spans` (from secretSpans) when the whole
 *  document was searched; without them the line's own key is looked up (a large document). */
export function maskedLine(doc: TomlDocument, line: number, spans?: readonly [number, number][]): string {
  const { text, start } = doc.lineAt(line);
  const end = start + text.length;
  const overlapping = spans ? spansIn(spans, start, end) : spanOfLineKey(doc, line);
  let out = '';
  let at = start;
  for (const [s, e] of overlapping) {
    const from = Math.max(s, start);
    const to = Math.min(e, end);
    if (from < at) continue;
    // the masked value keeps the value's lines: take the piece of it that lies on this line
    const pieces = maskValueText(doc.slice(s, e)).split(/\r?\n/);
    const piece = pieces[lineBreaks(doc.slice(s, start))] ?? MASK;
    out += text.slice(at - start, from - start) + piece;
    at = to;
  }
  out += text.slice(at - start);
  return maskUrlPasswords(out);
}

/** Spans overlapping [start, end), from sorted spans, by binary search. */
function spansIn(spans: readonly [number, number][], start: number, end: number): [number, number][] {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid][1] <= start) lo = mid + 1;
    else hi = mid;
  }
  const out: [number, number][] = [];
  for (let i = lo; i < spans.length && spans[i][0] < end; i++) if (spans[i][1] > start) out.push(spans[i]);
  return out;
}

/** How many line breaks the text holds. */
function lineBreaks(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** The secret value written on this line (a key = value line whose key is a secret), if any. */
function spanOfLineKey(doc: TomlDocument, line: number): [number, number][] {
  const path = pathAtLine(doc, line);
  if (!path || path.length === 0) return [];
  const shapeKey = path.map((p) => (typeof p === 'number' ? '#' : p)).join('\u0000');
  if (!isSecret(`\u0000${shapeKey}`, path)) return [];
  const at = doc.locate(path);
  if (!at || at.value.line !== line || at.value.end <= at.value.start) return [];
  return [[at.value.start, at.value.end]];
}
