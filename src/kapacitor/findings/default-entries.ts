// Which entry is the default (reference §6.1–6.3): influxdb, mqtt, slack and discord each have their own rule.
import { entryLabel, keyLabel, type Ctx, type SectionEntry } from './context';
import { effective, truthy, str } from './effective';

export function checkDefaultEntries(ctx: Ctx): void {
  influxdb(ctx);
  mqtt(ctx);
  for (const name of ['slack', 'discord']) chat(ctx, name);
}

/** a finding placed on the entry's `default` key, so that its fix sets that key */
function onDefaultKey(ctx: Ctx, entry: SectionEntry) {
  const path = [...entry.path, 'default'];
  return { path, line: ctx.lineNear(path), fix: { label: `Set default = true on ${entryLabel(entry)}`, setValue: true } };
}

function influxdb(ctx: Ctx): void {
  const entries = ctx.entriesOf('influxdb');
  const enabled = entries.filter((e) => truthy(effective(e, 'enabled')));
  const defaults = enabled.filter((e) => truthy(effective(e, 'default')));
  for (const extra of defaults.slice(1)) {
    ctx.report({
      severity: 'error',
      rule: 'influxdb-default',
      path: [...extra.path, 'default'],
      message: `${entryLabel(extra)} is an enabled default, and so is ${entryLabel(defaults[0])}: Kapacitor refuses more than one. Set default = false on all but one.`,
      fix: { label: 'Set default = false', setValue: false },
    });
  }
  if (enabled.length > 1 && defaults.length === 0) {
    ctx.report({
      severity: 'error',
      rule: 'influxdb-default',
      ...onDefaultKey(ctx, enabled[0]),
      message: `${enabled.length} [[influxdb]] entries are enabled but none has default = true: Kapacitor refuses the file. Mark exactly one enabled entry with default = true.`,
    });
  }
}

function mqtt(ctx: Ctx): void {
  const entries = ctx.entriesOf('mqtt');
  const defaults = entries.filter((e) => truthy(effective(e, 'default')));
  for (const extra of defaults.slice(1)) {
    ctx.report({
      severity: 'error',
      rule: 'mqtt-default',
      path: [...extra.path, 'default'],
      message: `${entryLabel(extra)} has default = true, and so has ${entryLabel(defaults[0])}: Kapacitor refuses more than one default broker. Set default = false on all but one.`,
      fix: { label: 'Set default = false', setValue: false },
    });
  }
  if (entries.length > 1 && defaults.length === 0) {
    ctx.report({
      severity: 'error',
      rule: 'mqtt-default',
      ...onDefaultKey(ctx, entries[0]),
      message: `There are ${entries.length} [[mqtt]] entries but none has default = true: Kapacitor refuses the file. Mark exactly one with default = true.`,
    });
  }
}

function chat(ctx: Ctx, name: string): void {
  const entries = ctx.entriesOf(name);
  if (entries.length > 1) {
    for (const e of entries) {
      if (str(effective(e, 'workspace')) !== '') continue;
      ctx.report({
        severity: 'error',
        rule: `${name}-workspace`,
        path: [...e.path, 'workspace'],
        line: ctx.lineNear([...e.path, 'workspace']),
        message: `${keyLabel(e, 'workspace')} is empty: with more than one [[${name}]] entry each needs its own workspace, or Kapacitor refuses the file ("id must not be empty").`,
      });
    }
    if (!entries.some((e) => truthy(effective(e, 'default')))) {
      ctx.report({
        severity: 'error',
        rule: `${name}-default`,
        ...onDefaultKey(ctx, entries[0]),
        message: `There are ${entries.length} [[${name}]] entries but none has default = true: Kapacitor refuses the file. Mark one with default = true.`,
      });
    }
  }
  for (const e of entries) {
    const isDefault = truthy(effective(e, 'default'));
    const global = truthy(effective(e, 'global'));
    if (global && !isDefault) {
      ctx.report({
        severity: 'error',
        rule: `${name}-global`,
        path: [...e.path, 'global'],
        message: `${keyLabel(e, 'global')} = true needs default = true on the same entry, and Kapacitor refuses the file without it. Once the file has a ${name} section, default is false unless written: add default = true.`,
      });
    } else if (truthy(effective(e, 'state-changes-only')) && !(isDefault && global)) {
      ctx.report({
        severity: 'error',
        rule: `${name}-global`,
        path: [...e.path, 'state-changes-only'],
        message: `${keyLabel(e, 'state-changes-only')} = true only works on an entry with default = true and global = true; Kapacitor refuses the file otherwise. Set both, or set state-changes-only = false.`,
        fix: { label: 'Set state-changes-only = false', setValue: false },
      });
    }
  }
}
