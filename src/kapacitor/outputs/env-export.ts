// The document as KAPACITOR_* environment variables (reference §2), what variables cannot express, and the minimal
// kapacitor.conf that has to sit next to them; plus renderers for a .env file, a `docker run` line and a Kubernetes
// `env:` list.
import type { KeyPath, TomlTable, TomlValue } from '../../toml/types';
import { isTable } from '../../toml/values';
import { formatValue } from '../../toml/format';
import type { FieldDef, KapacitorVersion } from '../types';
import { envVarName } from '../env';
import { parseGoDuration } from '../fields';
import { baseline, documentEntries, fieldFor, identityOf, isSecretPath, secretPlaceholder, secretsMasked, sameValue, type Entry } from './entries';
import { writeBlocks, type Block } from './writer';

export interface EnvVar {
  name: string;
  /** as Kapacitor parses it: booleans true/false, durations as written, integers in decimal */
  value: string;
  secret: boolean;
  /** the document key this variable sets */
  path: KeyPath;
}

export interface FileOnly {
  path: KeyPath;
  reason: string;
}

export interface EnvExport {
  vars: EnvVar[];
  fileOnly: FileOnly[];
  /** the kapacitor.conf the variables need: array entries, list lengths, maps of lists, udf functions, empty strings */
  minimalFile: string;
}

export interface EnvOptions {
  version: KapacitorVersion;
  includeSecrets: boolean;
}

/** sections tagged env-config:"implicit-index": a lone element may be named without its index */
const IMPLICIT_INDEX = new Set(['kubernetes']);
/** what may follow the map prefix in a variable name and still be passed around by shells, Docker and Kubernetes */
const PORTABLE_MAP_KEY = /^[A-Za-z0-9_.-]+$/;

/** Every value of the document as KAPACITOR_* variables, and what has to stay in the file. */
export function toEnvVars(values: TomlTable, opts: EnvOptions): EnvExport {
  const ctx: Ctx = { opts, vars: [], fileOnly: [] };
  // without secrets, the variables and the file both get "<section.key>" placeholders
  const masked = opts.includeSecrets ? { values, count: 0 } : secretsMasked(values);
  const { entries, strays } = documentEntries(masked.values);
  const blocks: Block[] = [];
  for (const entry of entries) blocks.push(...entryBlocks(ctx, entry));
  // the root block comes first; strays are written there as inline values, so they need no header
  const rootBlock = blocks[0];
  for (const stray of strays) {
    ctx.fileOnly.push({ path: [stray.key], reason: `${stray.reason}; no variable reads it, so it stays in the file as written.` });
    rootBlock.pairs.push({ comments: [`${stray.reason}.`], key: stray.key, value: stray.value });
  }
  const preamble = [
    'kapacitor.conf to use together with the KAPACITOR_* environment variables exported from this document.',
    'It holds only what the variables cannot express: array entries and list items that must exist, empty strings,',
    'maps of lists, udf functions and keys Kapacitor does not know. Every other value comes from the variables.',
  ];
  if (masked.count > 0) preamble.push('Secrets are left out, here and in the variables: each "<section.key>" placeholder stands for one.');
  return { vars: ctx.vars, fileOnly: ctx.fileOnly, minimalFile: writeBlocks(preamble, blocks) };
}

interface Ctx {
  opts: EnvOptions;
  vars: EnvVar[];
  fileOnly: FileOnly[];
}

/** the part of the variable name that names the entry: [], ['smtp'], ['influxdb', 1], ['kubernetes'] (implicit index) */
function envBase(entry: Entry): KeyPath {
  const s = entry.section;
  if (s.kind === 'root') return [];
  if (s.kind === 'table') return [s.name];
  if (IMPLICIT_INDEX.has(s.name) && entry.count === 1) return [s.name];
  return [s.name, entry.index];
}

/** why this entry must be in the file, or undefined when the variables reach it without the file */
function entryReason(entry: Entry): string | undefined {
  const s = entry.section;
  if (s.kind === 'root' || s.kind === 'table') return undefined;
  if (s.kind === 'array' && s.defaultElement && entry.count === 1) return undefined;
  if (!s.defaultElement) {
    return `Kapacitor has no [[${s.name}]] entry of its own and environment variables cannot add one, so the file must have this entry.`;
  }
  if (entry.count >= 2) {
    return `Environment variables cannot add entries: Kapacitor has one built-in [[${s.name}]] entry, so the file must hold all ${entry.count} (with two or more, every entry starts from zero values).`;
  }
  return `Writing [${s.name}] replaces Kapacitor's built-in entry, whose keys then start from zero values; the file keeps the entry so the variables land on the same result.`;
}

function entryBlocks(ctx: Ctx, entry: Entry): Block[] {
  const s = entry.section;
  const base = envBase(entry);
  const block: Block = { comments: [], pairs: [] };
  if (s.kind !== 'root') {
    block.header = [s.name];
    block.array = entry.fromArray || s.kind === 'array';
  }
  const extra: Block[] = [];
  for (const [key, value] of Object.entries(entry.table)) {
    const field = fieldFor(s.fields, key);
    const docPath = [...entry.path, key];
    if (!field) {
      ctx.fileOnly.push({ path: docPath, reason: 'Kapacitor does not know this key, so no variable sets it; it stays in the file as written.' });
      block.pairs.push({ comments: ['not a Kapacitor key: Kapacitor ignores it'], key, value });
      continue;
    }
    if (field.kind === 'tableMap') {
      if (!isTable(value) || Object.keys(value).length === 0) continue;
      ctx.fileOnly.push({ path: docPath, reason: `${field.key} cannot be set from environment variables (Kapacitor builds the value and drops it), so the file keeps it.` });
      for (const [name, fn] of Object.entries(value)) {
        if (isTable(fn)) {
          extra.push({ comments: [], header: [s.name, field.key, name], pairs: Object.entries(fn).map(([k, v]) => ({ comments: [], key: k, value: v })) });
        } else {
          block.pairs.push({ comments: [], key, value: { [name]: fn } });
        }
      }
      continue;
    }
    const kept = handleField(ctx, entry, field, value, baseline(entry, field), [...base, field.key], docPath);
    if (kept !== undefined) block.pairs.push({ comments: kept.comments, key, value: kept.value, float: field.kind === 'float' });
  }
  const reason = entryReason(entry);
  if (reason) {
    ctx.fileOnly.push({ path: entry.path, reason });
    const id = identityOf(entry);
    const idNote = id ? ` (${s.identityKey} = ${formatValue(id)})` : '';
    block.comments.push(`entry ${entry.index + 1} of ${entry.count}${idNote}: values from ${envVarName(base)}_*`);
  }
  const out: Block[] = [];
  if (s.kind === 'root' || reason || block.pairs.length > 0) out.push(block);
  return [...out, ...extra];
}

interface Kept {
  value: TomlValue;
  comments: string[];
}

/** Emits the variables for one key and returns what the file must keep of it (undefined: nothing). */
function handleField(
  ctx: Ctx,
  entry: Entry,
  field: FieldDef,
  value: TomlValue,
  base: TomlValue | undefined,
  envPath: KeyPath,
  docPath: KeyPath,
): Kept | undefined {
  const keep = (reason: string, v: TomlValue = value): Kept => {
    ctx.fileOnly.push({ path: docPath, reason });
    return { value: v, comments: [] };
  };

  switch (field.kind) {
    case 'stringListMap':
      if (!isTable(value) || Object.keys(value).length === 0) return undefined;
      return keep(`${field.key} is a map of lists, which Kapacitor cannot take from environment variables (it builds the value and drops it), so the file keeps it.`);

    case 'table': {
      if (!isTable(value)) return keep(`${field.key} is not a table here, so no variable can stand for it; it stays in the file as written.`);
      const kept: TomlTable = Object.create(null);
      for (const [k, v] of Object.entries(value)) {
        const inner = fieldFor(field.fields, k);
        const innerDoc = [...docPath, k];
        if (!inner) {
          ctx.fileOnly.push({ path: innerDoc, reason: 'Kapacitor does not know this key, so no variable sets it; it stays in the file as written.' });
          kept[k] = v;
          continue;
        }
        const innerBase = isTable(base) ? base[inner.key] : inner.default;
        const r = handleField(ctx, entry, inner, v, innerBase, [...envPath, inner.key], innerDoc);
        if (r !== undefined) kept[k] = r.value;
      }
      return Object.keys(kept).length > 0 ? { value: kept, comments: [] } : undefined;
    }

    case 'stringMap': {
      if (!isTable(value)) return keep(`${field.key} is not a table here, so no variable can stand for it; it stays in the file as written.`);
      const baseMap = isTable(base) ? base : {};
      const kept: TomlTable = Object.create(null);
      for (const [k, v] of Object.entries(value)) {
        const itemDoc = [...docPath, k];
        const why =
          typeof v !== 'string' ? 'it is not a string, so no variable can stand for it'
          : v === '' ? 'an empty variable is skipped, so only the file can set an empty value'
          : !PORTABLE_MAP_KEY.test(k) ? `the key "${k}" cannot be part of a variable name that shells, Docker and Kubernetes pass on`
          : ctx.opts.version === '1.5' && !Object.prototype.hasOwnProperty.call(baseMap, k) ? 'Kapacitor 1.5 only overrides map keys the file already has'
          : undefined;
        if (typeof v === 'string' && v !== '' && PORTABLE_MAP_KEY.test(k)) pushVar(ctx, [...envPath, k], v, itemDoc);
        if (why) {
          ctx.fileOnly.push({ path: itemDoc, reason: `${why}; the file keeps it.` });
          kept[k] = v;
        }
      }
      return Object.keys(kept).length > 0 ? { value: kept, comments: [] } : undefined;
    }

    case 'stringList': {
      if (!Array.isArray(value)) return keep(`${field.key} is not a list here, so no variable can stand for it; it stays in the file as written.`);
      const baseList = Array.isArray(base) ? base : [];
      value.forEach((item, i) => {
        if (item !== '' && !Array.isArray(item) && !isTable(item)) pushVar(ctx, [...envPath, i], envText(item), [...docPath, i]);
      });
      const items = `${value.length} item${value.length === 1 ? '' : 's'}`;
      if (value.length !== baseList.length) {
        const has = baseList.length === 0 ? 'no items' : `${baseList.length} item${baseList.length === 1 ? '' : 's'}`;
        return keep(`Environment variables can only change list items that already exist, and Kapacitor starts with ${has} here: the file must list all ${items}.`);
      }
      if (value.some((item, i) => (item === '' || Array.isArray(item) || isTable(item)) && !sameValue(undefined, item, baseList[i]))) {
        return keep('An empty variable is skipped, so an empty list item can only come from the file; the file keeps the list.');
      }
      return undefined;
    }

    default:
      return scalar(ctx, entry, field, value, base, envPath, docPath, keep);
  }
}

function scalar(
  ctx: Ctx,
  entry: Entry,
  field: FieldDef,
  value: TomlValue,
  base: TomlValue | undefined,
  envPath: KeyPath,
  docPath: KeyPath,
  keep: (reason: string, v?: TomlValue) => Kept,
): Kept | undefined {
  const isBase = base !== undefined && sameValue(field, value, base);
  if (Array.isArray(value) || isTable(value)) return keep(`${field.key} holds a ${Array.isArray(value) ? 'list' : 'table'} where Kapacitor wants one value, so no variable can stand for it; it stays in the file as written.`);
  if (field.notInFile) return isBase ? undefined : keep(`Kapacitor cannot read ${field.key} from a file or from the environment; it stays in the file as written.`);
  if (entry.section.name === 'kafka' && field.key === 'sasl-version') {
    return keep('sasl-version is a pointer in Kapacitor: set from a variable while the file leaves it out, it probably crashes Kapacitor (reference §2), so the file keeps it.');
  }
  if (field.anyScalar) {
    if (isBase) return undefined;
    return keep(`Kapacitor keeps ${field.key} as an untyped value, which its environment-variable code does not set, so the file keeps it.`);
  }
  if (value === '') {
    if (field.kind === 'duration' && !field.plainDuration) return undefined; // "" keeps the default, in the file as in the environment
    if (sameValue(field, base, '') || base === undefined) return undefined;
    return keep(`An empty variable is skipped, so only the file can set ${field.key} to "" (Kapacitor's default here is ${formatValue(base)}).`);
  }
  let text = envText(value);
  if (field.plainDuration && typeof value === 'string') {
    // a plain time.Duration from the environment is read as integer nanoseconds (reference §2)
    const ns = parseGoDuration(value);
    if (ns === undefined) return keep(`${JSON.stringify(value)} is not a duration, so no variable can stand for it; it stays in the file.`);
    text = String(Math.round(ns));
  }
  pushVar(ctx, envPath, text, docPath, field);
  return undefined;
}

function pushVar(ctx: Ctx, envPath: KeyPath, text: string, docPath: KeyPath, field?: FieldDef): void {
  const secret = isSecretPath(docPath);
  const value = secret && !ctx.opts.includeSecrets ? secretPlaceholder(docPath) : text;
  ctx.vars.push({ name: envVarName(envPath), value, secret, path: docPath });
  for (const alias of field?.envAliases ?? []) ctx.vars.push({ name: alias, value, secret, path: docPath });
}

/** the text Kapacitor's ParseBool/ParseInt/ParseFloat/UnmarshalText read back as this value */
export function envText(v: TomlValue): string {
  switch (typeof v) {
    case 'string':
      return v;
    case 'boolean':
      return v ? 'true' : 'false';
    case 'bigint':
      return v.toString();
    case 'number':
      if (Number.isNaN(v)) return 'NaN';
      if (v === Infinity) return '+Inf';
      if (v === -Infinity) return '-Inf';
      return String(v);
  }
  if (typeof v === 'object' && v !== null && 'toISOString' in v && typeof v.toISOString === 'function') return v.toISOString();
  return formatValue(v);
}

// ---- renderers ----

/** shell-safe without quotes */
const SHELL_SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;

/** POSIX shell single quotes: everything literal; a ' becomes '\'' */
export function shellQuote(s: string): string {
  if (s !== '' && SHELL_SAFE.test(s)) return s;
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** A .env file (Docker Compose syntax): NAME=value, quoted only when needed. Single quotes keep everything
 *  literal; a value holding ' or a line break is double-quoted with \\, \", \n escapes and $ doubled. */
export function renderDotEnv(vars: readonly EnvVar[]): string {
  const lines = [
    '# KAPACITOR_* environment variables (Docker Compose .env syntax).',
    '# Quoted values use Compose quoting; `docker run --env-file` does not remove quotes.',
  ];
  if (vars.some((v) => v.secret)) lines.push('# Secret values are marked below; keep this file out of version control.');
  for (const v of vars) {
    if (v.secret) lines.push(`# secret: ${v.name}`);
    lines.push(`${v.name}=${dotEnvValue(v.value)}`);
  }
  return `${lines.join('\n')}\n`;
}

function dotEnvValue(s: string): string {
  if (SHELL_SAFE.test(s)) return s;
  if (!/['\n\r]/.test(s)) return `'${s}'`;
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\$/g, '$$$$')}"`;
}

export interface DockerRunOptions {
  /** default "kapacitor:1.8" */
  image?: string;
  /** mount ./kapacitor.conf (the minimal file) at /etc/kapacitor/kapacitor.conf */
  mountConfig?: boolean;
}

/** `docker run -e NAME=value … image`, one option per line, every argument shell-quoted */
export function renderDockerRun(vars: readonly EnvVar[], opts: DockerRunOptions = {}): string {
  const args = vars.map((v) => `-e ${shellQuote(`${v.name}=${v.value}`)}`);
  if (opts.mountConfig) args.push('-v "$PWD/kapacitor.conf:/etc/kapacitor/kapacitor.conf:ro"');
  args.push(shellQuote(opts.image ?? 'kapacitor:1.8'));
  return `docker run \\\n${args.map((a) => `  ${a}`).join(' \\\n')}\n`;
}

export interface KubernetesEnvOptions {
  /** when given, secret variables read their value from this Secret (key = variable name) instead of inline */
  secretName?: string;
}

/** A Kubernetes container `env:` list; names and values double-quoted YAML scalars where needed */
export function renderKubernetesEnv(vars: readonly EnvVar[], opts: KubernetesEnvOptions = {}): string {
  const lines = ['env:'];
  for (const v of vars) {
    lines.push(`  - name: ${yamlName(v.name)}`);
    if (v.secret && opts.secretName) {
      lines.push('    valueFrom:', '      secretKeyRef:', `        name: ${yamlString(opts.secretName)}`, `        key: ${yamlName(v.name)}`);
    } else {
      lines.push(`    value: ${yamlString(v.value)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function yamlName(s: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(s) ? s : yamlString(s);
}

/** a YAML double-quoted scalar: JSON escapes, plus \u escapes for what YAML does not allow or reads as a line break */
export function yamlString(s: string): string {
  return JSON.stringify(s).replace(/[\u007f-\u009f\u2028\u2029\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
