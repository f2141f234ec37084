// Every key of every entry: known or not, in this version or not, and its value against the field's zod schema.
import type { KeyPath, TomlTable, TomlValue } from '../../toml/types';
import type { FieldDef } from '../types';
import { durationPattern, zodForField } from '../fields';
import { fieldIn, isTable, keyLabel, show, type Ctx, type SectionEntry } from './context';
import { customValueCheck } from './custom-values';
import { durationFix } from './durations';
import { explainUnknownKey } from './unknown-keys';
import { isUnchecked } from './unchecked';
import { scalarTextOnLine } from './text';
import { atLeast, availability, removedBefore } from './versions';

export function checkFieldValues(ctx: Ctx): void {
  for (const entry of ctx.entries) {
    if (ctx.skipped.has(entry)) continue;
    const owner = entry.section.name === '' ? '' : entryOwner(entry);
    checkTable(ctx, entry, entry.section.fields, entry.table, entry.path, owner);
  }
}

function joinLabel(owner: string, key: string): string {
  return owner ? `${owner} ${key}` : key;
}

function entryOwner(entry: SectionEntry): string {
  return keyLabel(entry, '').trim();
}

function checkTable(ctx: Ctx, entry: SectionEntry, fields: readonly FieldDef[], table: TomlTable, base: KeyPath, owner: string): void {
  for (const [key, value] of Object.entries(table)) {
    const path = [...base, key];
    const found = fieldIn(fields, key);
    if (!found) {
      explainUnknownKey(ctx, entry, fields, table, key, path, owner);
      continue;
    }
    if (!found.exact) {
      ctx.report({
        severity: 'warning',
        rule: 'key-case',
        path,
        message: `${joinLabel(owner, key)} works only because Kapacitor ignores case when nothing matches exactly. Write it as ${found.field.key}.`,
        fix: { label: `Rename to ${found.field.key}`, renameTo: found.field.key },
      });
    }
    checkField(ctx, entry, found.field, value, path, joinLabel(owner, found.field.key));
  }
}

function checkField(ctx: Ctx, entry: SectionEntry, field: FieldDef, value: TomlValue, path: KeyPath, label: string): void {
  const { version, enterprise } = ctx.options;
  if (field.enterprise && !enterprise && !entry.section.enterprise) {
    ctx.report({ severity: 'warning', rule: 'enterprise-only', path, message: `${label} is Enterprise-only: open-source Kapacitor ignores it.` });
    return;
  }
  const available = availability(field.since, version);
  if (available === 'no') {
    ctx.report({ severity: 'warning', rule: 'version-missing', path, message: `${label} is not in Kapacitor ${version} (added in ${field.since}): it is ignored.` });
    return;
  }
  if (available === 'later-patch' && field.since !== entry.section.since) {
    ctx.report({ severity: 'info', rule: 'version-patch', path, message: `${label} needs Kapacitor ${field.since} or later; older ${version}.x releases ignore it.` });
  }
  if (removedBefore(field.removedIn, version)) {
    const fromSample = entry.section.name === 'marathon' && field.key === 'timeout';
    ctx.report({
      severity: 'warning',
      rule: fromSample ? 'sample-marathon-timeout' : 'version-removed',
      path,
      message: `${label} is not in Kapacitor ${version} (its last release was ${field.removedIn}), so it is ignored${fromSample ? ', although the shipped sample still has it' : ''}. Remove it.`,
    });
    return;
  }
  if (field.notInFile) {
    ctx.report({ severity: 'error', rule: 'not-in-file', path, message: `${label} cannot be set in the file: Kapacitor cannot decode it from TOML and refuses the file. Remove it.` });
    return;
  }
  if (field.kind === 'table' || field.kind === 'tableMap') {
    if (!isTable(value)) {
      ctx.report({ severity: 'error', rule: 'invalid-value', path, message: `${label} must be a table, not ${show(value)}: Kapacitor refuses the file.` });
      return;
    }
    if (field.kind === 'table') {
      checkTable(ctx, entry, field.fields ?? [], value, path, label);
      return;
    }
    for (const [name, sub] of Object.entries(value)) {
      const subLabel = `[${[...pathNames(entry, path), name].join('.')}]`;
      if (!isTable(sub)) {
        ctx.report({ severity: 'error', rule: 'invalid-value', path: [...path, name], message: `${subLabel} must be a table, not ${show(sub)}: Kapacitor refuses the file.` });
        continue;
      }
      checkTable(ctx, entry, field.fields ?? [], sub, [...path, name], subLabel);
    }
    return;
  }
  if (field.kind === 'stringMap' || field.kind === 'stringListMap') capturedKeys(ctx, field, value, path, label);
  if (customValueCheck(ctx, entry, field, value, path, label)) return;
  const lenient = hasTomlType(field, value) && isUnchecked(entry, field.key, value);
  checkValue(ctx, field, value, path, label, lenient ? 'unchecked-value' : ruleIds[`${entry.section.name}.${field.key}`]);
}

/** the value has the TOML type the key needs, so only its form can be wrong */
function hasTomlType(field: FieldDef, value: TomlValue): boolean {
  switch (field.kind) {
    case 'integer':
      return typeof value === 'bigint' || (typeof value === 'number' && Number.isInteger(value));
    case 'stringList':
      return Array.isArray(value) && value.every((v) => typeof v === 'string');
    case 'hostport':
    case 'url':
    case 'enum':
    case 'string':
      return typeof value === 'string';
    default:
      return false;
  }
}

/** rule ids for keys whose rule has a name of its own */
const ruleIds: Record<string, string> = {
  'influxdb.name': 'influxdb-name',
  'udf.timeout': 'udf-timeout',
  'smtp.from': 'smtp-address',
  'smtp.to': 'smtp-address',
};

/** dotted TOML name of a path, without array indices: ['udf', 'functions'] → udf.functions */
function pathNames(_entry: SectionEntry, path: KeyPath): string[] {
  return path.filter((p): p is string => typeof p === 'string');
}

export function checkValue(ctx: Ctx, field: FieldDef, value: TomlValue, path: KeyPath, label: string, rule?: string): void {
  const result = zodForField(field).safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    const sub = issue.path.filter((p): p is string | number => typeof p === 'string' || typeof p === 'number');
    const fix = field.kind === 'duration' ? durationFix(field, value) : patternFix(field, value);
    const shown = sub.length ? `${label} (${sub.join('.')})` : `${label} = ${show(value)}`;
    const unchecked = rule === 'unchecked-value';
    ctx.report({
      severity: unchecked ? 'warning' : 'error',
      rule: rule ?? (field.kind === 'duration' && !isGoDuration(value) ? 'duration-format' : 'invalid-value'),
      path: [...path, ...sub],
      message: `${shown}: ${issue.message}${unchecked ? ' (Kapacitor does not check this when it starts, so the mistake only shows once the value is used.)' : ''}`,
      ...(fix && { fix }),
    });
    return;
  }
  if (typeof value === 'number') numberLiteral(ctx, field, path, label);
}

function isGoDuration(value: TomlValue): boolean {
  return value === 0 || (typeof value === 'string' && (value === '' || durationPattern.test(value)));
}

/** a name with characters the pattern forbids: the same name with each run of them turned into "-" */
function patternFix(field: FieldDef, value: TomlValue) {
  if (!field.pattern || typeof value !== 'string' || value === '' || field.kind !== 'string') return undefined;
  const allowed = /^\^\[([^\]]+)\]\+\$$/.exec(field.pattern);
  if (!allowed) return undefined;
  const fixed = value.replace(new RegExp(`[^${allowed[1]}]+`, 'gu'), '-');
  return fixed !== value && new RegExp(field.pattern, 'u').test(fixed) ? { label: `Write ${show(fixed)}`, setValue: fixed } : undefined;
}

/** parsed numbers cannot tell `1` from `1.0`: look at the text */
function numberLiteral(ctx: Ctx, field: FieldDef, path: KeyPath, label: string): void {
  if (field.kind !== 'integer' && field.kind !== 'float') return;
  const line = ctx.input.lineOf(path);
  const key = path[path.length - 1];
  if (line === undefined || typeof key !== 'string') return;
  const literal = scalarTextOnLine(ctx.lines.text(line), key);
  if (!literal) return;
  const looksFloat = /[.eE]|inf|nan/.test(literal.text) && !/^[+-]?0x/i.test(literal.text);
  if (field.kind === 'integer' && looksFloat) {
    ctx.report({ severity: 'error', rule: 'invalid-value', path, message: `${label} = ${literal.text}: it must be a whole number written without a decimal point; Kapacitor refuses a float here.` });
  }
  if (field.kind === 'float' && !looksFloat && !atLeast(ctx.options.version, '1.7')) {
    const start = ctx.lines.start(line) + literal.column;
    ctx.report({
      severity: 'error',
      rule: 'float-needs-point',
      path,
      message: `${label} = ${literal.text}: Kapacitor ${ctx.options.version} refuses an integer in a float key (1.7 and later accept it). Write ${literal.text}.0.`,
      fix: { label: `Write ${literal.text}.0`, replaceText: { start, end: start + literal.text.length, text: `${literal.text}.0` } },
    });
  }
}

/** a map sub-table takes every key below its header, including keys meant for the entry above it */
function capturedKeys(ctx: Ctx, field: FieldDef, value: TomlValue, path: KeyPath, label: string): void {
  if (!isTable(value)) return;
  const parent = path.slice(0, -1);
  const siblings = ctxSiblingFields(ctx, parent);
  for (const key of Object.keys(value)) {
    const sibling = siblings && fieldIn(siblings, key);
    if (!sibling || sibling.field.key === field.key) continue;
    ctx.report({
      severity: 'warning',
      rule: 'captured-by-subtable',
      path: [...path, key],
      message: `${key} sits below the ${label} table header, so it is stored as an entry of that table, not as the setting ${sibling.field.key}. Move it above the header.${
        field.key === 'sasl-oauth-parameters' ? " (The 1.7/1.8 sample's uncommented [kafka.sasl-oauth-parameters] header invites this.)" : ''
      }`,
    });
  }
}

function ctxSiblingFields(ctx: Ctx, parent: KeyPath): readonly FieldDef[] | undefined {
  const entry = ctx.entries.find((e) => e.path.length === parent.length && e.path.every((p, i) => p === parent[i]));
  return entry?.section.fields;
}
