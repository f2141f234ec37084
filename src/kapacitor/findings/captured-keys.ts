// A map sub-table ([kafka.sasl-oauth-parameters], [influxdb.subscriptions]) takes every key below its header,
// including keys meant for the entry above it.
import type { KeyPath, TomlValue } from '../../toml/types';
import type { FieldDef } from '../types';
import { fieldIn, isTable, type Ctx } from './context';

export function capturedKeys(ctx: Ctx, field: FieldDef, value: TomlValue, path: KeyPath, label: string): void {
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
