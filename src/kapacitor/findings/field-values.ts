// Every key of every entry: known or not, in this version or not, and its value against the field's zod schema.
import type { KeyPath, TomlTable, TomlValue } from '../../toml/types';
import type { FieldDef } from '../types';
import { durationPattern } from '../fields';
import { zodForField } from '../zod';
import { entryLabel, fieldIn, isTable, show, type Ctx, type SectionEntry } from './context';
import { customValueCheck } from './custom-values';
import { capturedKeys } from './captured-keys';
import { numberLiteral } from './number-literals';
import { durationFix, patternFix } from './value-fixes';
import { explainUnknownKey } from './unknown-keys';
import { isUnchecked } from './unchecked';
import { availability, removedBefore } from './versions';

export function checkFieldValues(ctx: Ctx): void {
  for (const entry of ctx.entries) {
    if (ctx.skipped.has(entry)) continue;
    const owner = entry.section.name === '' ? '' : entryLabel(entry);
    checkTable(ctx, entry, entry.section.fields, entry.table, entry.path, owner);
  }
}

function joinLabel(owner: string, key: string): string {
  return owner ? `${owner} ${key}` : key;
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
      const subLabel = `[${[...path.filter((p) => typeof p === 'string'), name].join('.')}]`;
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

function checkValue(ctx: Ctx, field: FieldDef, value: TomlValue, path: KeyPath, label: string, rule?: string): void {
  const result = zodForField(field).safeParse(value);
  if (!result.success) {
    const unchecked = rule === 'unchecked-value';
    // one finding per problem: each bad list item, map value or table key has its own path
    for (const issue of result.error.issues) {
      const sub = issue.path.filter((p): p is string | number => typeof p === 'string' || typeof p === 'number');
      const fix = sub.length ? undefined : field.kind === 'duration' ? durationFix(field, value) : patternFix(field, value);
      const shown = sub.length ? `${label} (${sub.join('.')})` : `${label} = ${show(value)}`;
      ctx.report({
        severity: unchecked ? 'warning' : 'error',
        rule: rule ?? (field.kind === 'duration' && !isGoDuration(value) ? 'duration-format' : 'invalid-value'),
        path: [...path, ...sub],
        message: `${shown}: ${issue.message}${unchecked ? ' (Kapacitor does not check this when it starts, so the mistake only shows once the value is used.)' : ''}`,
        ...(fix && { fix }),
      });
    }
    return;
  }
  if (typeof value === 'number') numberLiteral(ctx, field, path, label);
}

function isGoDuration(value: TomlValue): boolean {
  return value === 0 || (typeof value === 'string' && (value === '' || durationPattern.test(value)));
}
