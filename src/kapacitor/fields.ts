// Value checks generated from FieldDefs (zod.ts wraps them as zod schemas). They check one TOML value as smol-toml parses it
// (strings, numbers, bigint for huge integers, booleans, arrays, tables) the way Kapacitor would read it,
// and explain a failure in a sentence that names the accepted form.
// Rules that span several keys (enabled + required, xor pairs, defaults among entries) live in findings/.
import type { FieldDef } from './types';

// ---- Go durations -------------------------------------------------------------------------------

/** what Go's time.ParseDuration accepts (apart from overflow); "" is handled separately */
export const durationPattern = /^[-+]?(0|((\d+\.?\d*|\.\d+)(ns|us|µs|μs|ms|s|m|h))+)$/;

const UNIT_NS: Record<string, number> = { ns: 1, us: 1e3, 'µs': 1e3, 'μs': 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9 };
const MAX_DURATION_NS = 9223372036854775807;

/** nanoseconds for a Go duration string, or undefined when Go would reject it ("" included) */
export function parseGoDuration(text: string): number | undefined {
  if (!durationPattern.test(text)) return undefined;
  const neg = text.startsWith('-');
  const body = text.replace(/^[-+]/, '');
  if (body === '0') return 0;
  let total = 0;
  for (const m of body.matchAll(/(\d+\.?\d*|\.\d+)(ns|us|µs|μs|ms|s|m|h)/g)) {
    total += Number.parseFloat(m[1]) * UNIT_NS[m[2]];
  }
  if (total > MAX_DURATION_NS) return undefined;
  return neg ? -total : total;
}

function fraction(value: bigint, unit: bigint): string {
  const whole = value / unit;
  const rest = value % unit;
  if (rest === 0n) return whole.toString();
  const digits = unit.toString().length - 1;
  return `${whole}.${rest.toString().padStart(digits, '0').replace(/0+$/, '')}`;
}

/** Go's Duration.String(): 90e9 → "1m30s", 0 → "0s", 1.5e6 → "1.5ms" */
export function formatGoDuration(nanoseconds: number | bigint): string {
  let u = BigInt(typeof nanoseconds === 'number' ? Math.round(nanoseconds) : nanoseconds);
  const sign = u < 0n ? '-' : '';
  if (u < 0n) u = -u;
  if (u === 0n) return '0s';
  if (u < 1000n) return `${sign}${u}ns`;
  if (u < 1000000n) return `${sign}${fraction(u, 1000n)}µs`;
  if (u < 1000000000n) return `${sign}${fraction(u, 1000000n)}ms`;
  const hours = u / 3600000000000n;
  const minutes = (u / 60000000000n) % 60n;
  const seconds = u % 60000000000n;
  let out = sign;
  if (hours > 0n) out += `${hours}h`;
  if (hours > 0n || minutes > 0n) out += `${minutes}m`;
  return `${out}${fraction(seconds, 1000000000n)}s`;
}

// ---- host:port ----------------------------------------------------------------------------------

export type HostPortResult = { host: string; port: string } | { error: string };

/** Go's net.SplitHostPort, with its error texts */
export function splitHostPort(hostport: string): HostPortResult {
  const i = hostport.lastIndexOf(':');
  if (i < 0) return { error: 'missing port in address' };
  let host: string;
  let j = 0;
  let k = 0;
  if (hostport[0] === '[') {
    const end = hostport.indexOf(']');
    if (end < 0) return { error: "missing ']' in address" };
    if (end + 1 === hostport.length) return { error: 'missing port in address' };
    if (end + 1 !== i) return { error: hostport[end + 1] === ':' ? 'too many colons in address' : 'missing port in address' };
    host = hostport.slice(1, end);
    j = 1;
    k = end + 1;
  } else {
    host = hostport.slice(0, i);
    if (host.includes(':')) return { error: 'too many colons in address' };
  }
  if (hostport.slice(j).includes('[')) return { error: "unexpected '[' in address" };
  if (hostport.slice(k).includes(']')) return { error: "unexpected ']' in address" };
  return { host, port: hostport.slice(i + 1) };
}

/** undefined when Kapacitor accepts the address (an empty port passes, as in Kapacitor), else a sentence */
export function hostPortProblem(value: string): string | undefined {
  const r = splitHostPort(value);
  if ('error' in r) {
    if (r.error === 'missing port in address') {
      return /^\d+$/.test(value)
        ? `Add a colon before the port: use ":${value}" (all interfaces) or "host:${value}".`
        : 'Add a port: write host:port, e.g. "localhost:9092" or ":9092".';
    }
    if (r.error === 'too many colons in address') {
      return 'Put an IPv6 address in brackets, e.g. "[::1]:9092"; otherwise host:port has exactly one colon.';
    }
    return `Write host:port, e.g. "localhost:9092" or "[::1]:9092" (${r.error}).`;
  }
  if (r.port === '') return undefined;
  if (!/^\d+$/.test(r.port)) return `The port must be a number from 0 to 65535 (named ports such as "${r.port}" are not accepted), e.g. ":9092".`;
  if (Number(r.port) > 65535) return `The port must be from 0 to 65535; ${r.port} is too large.`;
  return undefined;
}

// ---- URLs ---------------------------------------------------------------------------------------

const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;

function badEscape(s: string): boolean {
  return /%(?![0-9A-Fa-f]{2})/.test(s);
}

/** undefined when Kapacitor's URL check passes, else a sentence. `form` as FieldDef.urlForm. */
export function urlProblem(value: string, form: FieldDef['urlForm'] = 'reference'): string | undefined {
  // Go templates (httppost url since 1.5.7) are only parsed as URLs when they have no template actions
  if (value.includes('{{')) return undefined;
  if (/[\x00-\x1f\x7f]/.test(value)) return 'Remove the control characters (tabs, line breaks) from the URL.';
  if (value.startsWith(':')) return 'The URL is missing its scheme: write e.g. "http://host:port".';
  const scheme = SCHEME.exec(value)?.[0];
  if (form === 'absolute' && (!scheme || !value.slice(scheme.length).startsWith('//'))) {
    return 'Include the scheme, e.g. "https://host:port".';
  }
  if (form === 'request-uri' && !scheme && !value.startsWith('/')) {
    return 'Use an absolute URL such as "https://host:8080/path" (or a path starting with "/"); a relative URL is rejected.';
  }
  const withoutFragment = value.split('#')[0];
  const fragment = value.slice(withoutFragment.length + 1);
  const [beforeQuery] = withoutFragment.split('?');
  if (badEscape(beforeQuery) || (form !== 'request-uri' && badEscape(fragment))) {
    return 'Fix the "%" escape: a "%" must be followed by two hex digits (write "%25" for a percent sign).';
  }
  if (!scheme) {
    const firstSegment = beforeQuery.split('/')[0];
    if (firstSegment.includes(':')) return 'Add the scheme, e.g. "http://10.0.0.1:8086": without one, a colon may not appear before the first "/".';
    return undefined;
  }
  const rest = beforeQuery.slice(scheme.length);
  if (rest.startsWith('//')) {
    const authority = rest.slice(2).split('/')[0];
    const hostport = authority.slice(authority.lastIndexOf('@') + 1);
    if (/[\s"<>\\^`{|}]/.test(hostport)) return 'The host part of the URL contains a character that is not allowed there.';
    let portPart: string | undefined;
    if (hostport.startsWith('[')) {
      const end = hostport.indexOf(']');
      if (end < 0) return 'Close the IPv6 address with "]", e.g. "http://[::1]:8086".';
      const after = hostport.slice(end + 1);
      if (after !== '' && !after.startsWith(':')) return 'Only ":port" may follow "]" in the URL host.';
      portPart = after ? after.slice(1) : undefined;
    } else {
      const c = hostport.indexOf(':');
      portPart = c >= 0 ? hostport.slice(c + 1) : undefined;
    }
    if (portPart !== undefined && !/^\d*$/.test(portPart)) return `The port after the host must be a number, e.g. "http://host:8086" (got "${portPart}").`;
  }
  return undefined;
}

// ---- email addresses (Go net/mail.ParseAddress, approximately) -----------------------------------

const ATEXT = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~\\-\\u0080-\\uFFFF]";
const DOT_ATOM = `${ATEXT}+(?:\\.${ATEXT}+)*`;
const QUOTED = '"(?:[^"\\\\\\r\\n]|\\\\.)*"';
const ADDR_SPEC = `(?:${DOT_ATOM}|${QUOTED})@(?:${DOT_ATOM}|\\[[^\\[\\]\\\\]*\\])`;
const WORD = `(?:(?:${ATEXT}|\\.)+|${QUOTED})`;
const EMAIL = new RegExp(`^\\s*(?:${ADDR_SPEC}|(?:${WORD}(?:\\s+${WORD})*\\s*)?<${ADDR_SPEC}>)\\s*$`, 'u');

export function isEmailAddress(value: string): boolean {
  return EMAIL.test(value);
}

// ---- value checks ------------------------------------------------------------------------------

export type Problem = { message: string; path?: (string | number)[] };

/** a TOML table: smol-toml builds them with a null prototype; dates are objects too, but of a class */
const isTable = (v: unknown): v is Record<string, unknown> => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === null || proto === Object.prototype;
};
const isInteger = (v: unknown): v is number | bigint => typeof v === 'bigint' || (typeof v === 'number' && Number.isInteger(v));
const quoteList = (xs: readonly string[]) => xs.map((x) => `"${x}"`).join(', ');

function stringProblem(v: unknown, example = 'text'): string | undefined {
  if (typeof v === 'string') return undefined;
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return `Put the value in double quotes: "${String(v)}".`;
  if (Array.isArray(v)) return `Write a single quoted string, not a list, e.g. "${example}".`;
  return `Write a quoted string, e.g. "${example}".`;
}

function boundsMessage(f: FieldDef, fmt: (n: number) => string): string {
  const { min, max } = f;
  if (min !== undefined && max !== undefined) return `Use a value from ${fmt(min)} to ${fmt(max)}.`;
  if (min !== undefined) {
    if (f.minExclusive) return `Use a value greater than ${fmt(min)}.`;
    return min === 0 ? 'The value must not be negative.' : `Use a value of at least ${fmt(min)}.`;
  }
  return `Use a value of at most ${fmt(max as number)}.`;
}

function outOfBounds(f: FieldDef, n: number): boolean {
  if (f.min !== undefined && (f.minExclusive ? n <= f.min : n < f.min)) return true;
  return f.max !== undefined && n > f.max;
}

function emptyProblem(f: FieldDef): string {
  return `This cannot be empty: Kapacitor refuses to start without a value${f.default !== undefined && f.default !== '' ? ` (built-in: ${JSON.stringify(f.default)})` : ''}.`;
}

function patternProblem(f: FieldDef, s: string): string | undefined {
  if (!f.pattern) return undefined;
  return new RegExp(f.pattern, 'u').test(s) ? undefined : (f.patternMessage ?? `The value does not have the accepted form (${f.pattern}).`);
}

function durationProblem(f: FieldDef, v: unknown): string | undefined {
  let ns: number | undefined;
  if (typeof v === 'number' || typeof v === 'bigint') {
    if (f.plainDuration && isInteger(v)) ns = Number(v);
    else if (Number(v) === 0 && isInteger(v)) ns = 0;
    else if (isInteger(v)) return `A bare number is not a duration: use "${v}s" (quoted, with a unit; units are ns, us, ms, s, m, h).`;
    else return `A bare number is not a duration: write it quoted with a unit, e.g. "${v}s".`;
  } else if (typeof v === 'string') {
    if (v === '') {
      if (f.plainDuration) return 'This duration cannot be empty here: write e.g. "10s".';
      if (f.required) return `An empty duration keeps the built-in ${JSON.stringify(f.default ?? '0s')}, which Kapacitor rejects here: write e.g. "10s".`;
      return undefined; // Kapacitor ignores "" and keeps the default
    }
    ns = parseGoDuration(v);
    if (ns === undefined) {
      const t = v.trim();
      if (/^[-+]?(\d+\.?\d*|\.\d+)$/.test(t)) return `Add a unit: use "${t}s" (units are ns, us, ms, s, m, h).`;
      const days = /^(\d+)\s*([dw])$/.exec(t);
      if (days) return `Go durations have no days or weeks: use "${Number(days[1]) * (days[2] === 'd' ? 24 : 168)}h".`;
      if (/\s/.test(v) && durationPattern.test(v.replace(/\s+/g, ''))) return `Remove the spaces: use "${v.replace(/\s+/g, '')}".`;
      if (durationPattern.test(t)) return 'This duration is too long for Kapacitor (more than about 292 years).';
      return 'Use a Go duration such as "10s", "1m30s" or "1.5h" (units ns, us, ms, s, m, h; no days).';
    }
  } else {
    return 'Write a duration as a quoted string with a unit, e.g. "10s".';
  }
  if (outOfBounds(f, ns)) return boundsMessage(f, formatGoDuration);
  return undefined;
}

function enumProblem(f: FieldDef, v: unknown): string | undefined {
  const options = f.options ?? [];
  const named = options.filter((o) => o !== '');
  const sp = stringProblem(v, named[0]);
  if (sp) return sp;
  const s = v as string;
  if (options.includes(s)) return undefined;
  const folded = options.find((o) => o.toLowerCase() === s.toLowerCase());
  if (folded !== undefined && f.caseInsensitive) return undefined;
  if (s === '' && f.required) return emptyProblem(f);
  const emptyNote = options.includes('') ? ' (or "" for the built-in choice)' : '';
  if (folded !== undefined) return `Capitals matter here: use "${folded}".`;
  return `Use one of ${quoteList(named)}${emptyNote}.`;
}

/** checks a string by the item kind of a list, or by the field kind */
function textProblem(f: FieldDef, kind: NonNullable<FieldDef['item']> | 'string', s: string, isItem: boolean): string | undefined {
  if (s === '' && !isItem) {
    if (f.required || f.urlForm === 'request-uri') return emptyProblem(f);
    return undefined;
  }
  let p: string | undefined;
  switch (kind) {
    case 'hostport':
      p = s === '' ? 'Write host:port, e.g. "localhost:9092".' : hostPortProblem(s);
      break;
    case 'url':
      p = urlProblem(s, f.urlForm);
      break;
    case 'email':
      p = isEmailAddress(s) ? undefined : 'Use an email address such as "name@example.com" or "Name <name@example.com>".';
      break;
    case 'path':
      p = s.includes('\0') ? 'A path cannot contain a NUL character.' : undefined;
      break;
    case 'enum':
      p = enumProblem(f, s);
      break;
    default:
      p = undefined;
  }
  return p ?? patternProblem(f, s);
}

function mapProblems(v: unknown, each: (value: unknown, key: string) => Problem[], example: string): Problem[] {
  if (!isTable(v)) return [{ message: `Write a table, e.g. ${example}.` }];
  const out: Problem[] = [];
  for (const [k, val] of Object.entries(v)) out.push(...each(val, k));
  return out;
}

export function fieldProblems(f: FieldDef, v: unknown): Problem[] {
  const one = (m: string | undefined): Problem[] => (m ? [{ message: m }] : []);
  if (f.notInFile) {
    return one('Kapacitor cannot read this key from a file (it stops with a type error): remove it and set it through the config API.');
  }
  switch (f.kind) {
    case 'string':
      if (f.anyScalar) {
        return one(
          typeof v === 'string' || typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean'
            ? undefined
            : 'Write a single value: a quoted string or a number.',
        );
      }
      return one(stringProblem(v) ?? textProblem(f, 'string', v as string, false));
    case 'path':
    case 'url':
    case 'email':
    case 'hostport': {
      const example = f.kind === 'hostport' ? 'host:port' : f.kind === 'url' ? 'https://host/path' : f.kind === 'email' ? 'name@example.com' : '/path/to/file';
      return one(stringProblem(v, example) ?? textProblem(f, f.kind, v as string, false));
    }
    case 'enum':
      return one(enumProblem(f, v));
    case 'boolean':
      if (typeof v === 'boolean') return [];
      if (typeof v === 'string' && /^(true|false)$/i.test(v)) return one(`Write ${v.toLowerCase()} without quotes: a quoted "${v}" is text, not a boolean.`);
      return one('Use true or false (without quotes).');
    case 'integer': {
      if (typeof v === 'string' && /^[-+]?\d+$/.test(v.trim())) return one(`Write the number without quotes: ${v.trim()}.`);
      if (typeof v === 'number' && !Number.isInteger(v)) return one(`Use a whole number; ${v} has a fraction.`);
      if (!isInteger(v)) return one('Use a whole number without quotes, e.g. 10.');
      return one(outOfBounds(f, Number(v)) ? boundsMessage(f, String) : undefined);
    }
    case 'float': {
      if (typeof v === 'string' && /^[-+]?(\d+\.?\d*|\.\d+)$/.test(v.trim())) return one(`Write the number without quotes: ${v.trim()}.`);
      if (typeof v !== 'number' && typeof v !== 'bigint') return one('Use a number with a decimal point, e.g. 0.5.');
      return one(outOfBounds(f, Number(v)) ? boundsMessage(f, String) : undefined);
    }
    case 'duration':
      return one(durationProblem(f, v));
    case 'stringList': {
      if (!Array.isArray(v)) {
        return one(typeof v === 'string' ? `Write a list in brackets, even for one entry: ["${v}"].` : 'Write a list in brackets, e.g. ["a", "b"].');
      }
      if (v.length === 0 && f.required) return one('Give at least one entry: Kapacitor refuses to start with an empty list here.');
      const out: Problem[] = [];
      v.forEach((item, i) => {
        const m = stringProblem(item) ?? textProblem(f, f.item ?? 'string', item as string, true);
        if (m) out.push({ message: m, path: [i] });
      });
      return out;
    }
    case 'stringMap':
      return mapProblems(
        v,
        (val, k) => (typeof val === 'string' ? [] : [{ message: `Put the value of "${k}" in double quotes: every value here is text.`, path: [k] }]),
        '{ Name = "value" }',
      );
    case 'stringListMap':
      return mapProblems(
        v,
        (val, k) => {
          if (!Array.isArray(val)) {
            return [{ message: `Write the value of "${k}" as a list in brackets, e.g. ${k} = [${typeof val === 'string' ? `"${val}"` : '"autogen"'}].`, path: [k] }];
          }
          return val.flatMap((item, i) => (typeof item === 'string' ? [] : [{ message: 'Each entry must be a quoted string.', path: [k, i] }]));
        },
        'mydb = ["autogen"]',
      );
    case 'table':
      return tableProblems(f.fields ?? [], v, `{ ${(f.fields ?? []).map((x) => `${x.key} = ...`).join(', ')} }`);
    case 'tableMap':
      return mapProblems(
        v,
        (val, k) => tableProblems(f.fields ?? [], val, '[udf.functions.<name>] with its keys').map((p) => ({ ...p, path: [k, ...(p.path ?? [])] })),
        '[udf.functions.<name>]',
      );
  }
}

function tableProblems(fields: readonly FieldDef[], v: unknown, example: string): Problem[] {
  if (!isTable(v)) return [{ message: `Write a table, e.g. ${example}.` }];
  const out: Problem[] = [];
  for (const f of fields) {
    if (!(f.key in v)) continue;
    for (const p of fieldProblems(f, v[f.key])) out.push({ ...p, path: [f.key, ...(p.path ?? [])] });
  }
  return out;
}

/** all problems of one value, each with a path below the field ([] = the value itself). Empty = valid. */
export function valueProblems(field: FieldDef, value: unknown): { message: string; path: (string | number)[] }[] {
  return fieldProblems(field, value).map((p) => ({ message: p.message, path: p.path ?? [] }));
}
