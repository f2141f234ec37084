// What every rule family gets: the input, the options, the section entries found in the document,
// and one way to report a finding with the nearest line.
import type { KeyPath, TomlTable, TomlValue } from '../../toml/types';
import { getIn, startsWithPath } from '../../toml/values';
import type { CheckOptions, FieldDef, Finding, SectionDef } from '../types';
import type { FindingsInput } from './index';
import { indexLines, type LineIndex } from './text';

/** one table of a section as written in the file: `[http]`, one `[[influxdb]]`, or the top-level keys */
export interface SectionEntry {
  section: SectionDef;
  /** [] for the top-level keys, ['http'], ['influxdb', 1]; a lone `[influxdb]` written as a table is ['influxdb'] */
  path: KeyPath;
  table: TomlTable;
  /** position among the section's entries (0 for a table) */
  index: number;
  /** how many entries the section has in this file */
  count: number;
  /** false when a section written as `[x]` (or the root) */
  fromArray: boolean;
}

export interface Ctx {
  input: FindingsInput;
  options: CheckOptions;
  lines: LineIndex;
  entries: SectionEntry[];
  /** sections whose entries are not judged at all (not in this version, Enterprise-only, wrong shape) */
  skipped: Set<SectionEntry>;
  report(finding: Omit<Finding, 'line'> & { line?: number }): void;
  lineNear(path: KeyPath): number | undefined;
  entriesOf(section: string): SectionEntry[];
  /** an error is already reported for this key (or below it): cross-key rules then stay quiet */
  hasErrorAt(path: KeyPath): boolean;
  findings: Finding[];
}

export function createContext(input: FindingsInput, options: CheckOptions): Ctx {
  const findings: Finding[] = [];
  const lineNear = (path: KeyPath): number | undefined => {
    for (let n = path.length; n > 0; n--) {
      const line = input.lineOf(path.slice(0, n));
      if (line !== undefined) return line;
    }
    return undefined;
  };
  const ctx: Ctx = {
    input,
    options,
    lines: indexLines(input.text),
    entries: [],
    skipped: new Set(),
    findings,
    lineNear,
    hasErrorAt: (path) =>
      findings.some((f) => f.severity === 'error' && f.path.length >= path.length && path.every((p, i) => f.path[i] === p)),
    entriesOf: (name) => ctx.entries.filter((e) => e.section.name === name && !ctx.skipped.has(e)),
    report: (f) => {
      const line = f.line ?? lineNear(f.path);
      const finding: Finding = { ...f, line };
      if (line === undefined) delete finding.line;
      findings.push(finding);
    },
  };
  return ctx;
}

/** the line of `path` itself, else the first line in the text that writes something inside it (a header such as
 *  [udf.functions.x] without [udf], or a dotted key such as smtp.enabled = true); undefined when nothing is in the text */
export function firstLineWithin(ctx: Ctx, path: KeyPath): number | undefined {
  const { input } = ctx;
  const own = input.lineOf(path);
  if (own !== undefined) return own;
  let first: number | undefined;
  const consider = (line: number | undefined) => {
    if (line !== undefined && (first === undefined || line < first)) first = line;
  };
  for (const t of input.tables) if (t.path.length > path.length && startsWithPath(t.path, path)) consider(t.header.line);
  const walk = (value: TomlValue | undefined, at: KeyPath, depth: number): void => {
    if (depth > 8) return;
    if (isTable(value)) {
      for (const [key, sub] of Object.entries(value)) {
        const p = [...at, key];
        consider(input.lineOf(p));
        walk(sub, p, depth + 1);
      }
    } else if (isTableArray(value)) {
      value.forEach((sub, i) => {
        const p = [...at, i];
        consider(input.lineOf(p));
        walk(sub, p, depth + 1);
      });
    }
  };
  walk(getIn(input.values, path), path, 0);
  return first;
}

export function isTable(v: TomlValue | undefined): v is TomlTable {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date) && !('toISOString' in v && typeof v.toISOString === 'function');
}

export function isTableArray(v: TomlValue | undefined): v is TomlTable[] {
  return Array.isArray(v) && v.length > 0 && v.every(isTable);
}

/** the key as Kapacitor finds it: exact spelling first, then any case (strings.EqualFold) */
export function keyIn(table: TomlTable, key: string): string | undefined {
  if (Object.prototype.hasOwnProperty.call(table, key)) return key;
  const lower = key.toLowerCase();
  return Object.keys(table).find((k) => k.toLowerCase() === lower);
}

export function fieldIn(fields: readonly FieldDef[], key: string): { field: FieldDef; exact: boolean } | undefined {
  const exact = fields.find((f) => f.key === key);
  if (exact) return { field: exact, exact: true };
  const lower = key.toLowerCase();
  const loose = fields.find((f) => f.key.toLowerCase() === lower);
  return loose ? { field: loose, exact: false } : undefined;
}

export function entryLabel(entry: SectionEntry): string {
  const name = entry.section.name;
  if (name === '') return 'the top level';
  if (!entry.fromArray) return `[${name}]`;
  return entry.count > 1 ? `[[${name}]] #${entry.index + 1}` : `[[${name}]]`;
}

/** how a key is named in a message: `[http] bind-address`, `[[influxdb]] #2 urls`, `hostname` */
export function keyLabel(entry: SectionEntry, key: string): string {
  return entry.section.name === '' ? key : `${entryLabel(entry)} ${key}`;
}

export function show(v: TomlValue | undefined): string {
  if (v === undefined) return 'nothing';
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'bigint') return v.toString();
  if (Array.isArray(v)) return `[${v.map(show).join(', ')}]`;
  if (isTable(v)) return 'a table';
  if (typeof v === 'object') return v.toISOString();
  return String(v);
}
