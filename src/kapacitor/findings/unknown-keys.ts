// Keys Kapacitor does not know. It drops them without a word, so each gets a warning that says
// where it went wrong and, when one is close, what was meant.
import type { KeyPath, TomlTable } from '../../toml/types';
import type { FieldDef } from '../types';
import { sectionByName } from '../schema';
import { fieldIn, type Ctx, type SectionEntry } from './context';
import { closest, keyAlias } from './suggest';

export function explainUnknownKey(
  ctx: Ctx,
  entry: SectionEntry,
  fields: readonly FieldDef[],
  table: TomlTable,
  key: string,
  path: KeyPath,
  owner: string,
): void {
  const section = entry.section.name;
  const atSectionLevel = path.length === entry.path.length + 1;

  const root = sectionByName('');
  const rootField = root && section !== '' && atSectionLevel ? fieldIn(root.fields, key) : undefined;
  if (rootField) {
    ctx.report({
      severity: 'warning',
      rule: 'misplaced-root-key',
      path,
      message: `${rootField.field.key} is written below ${owner}, so TOML puts it inside that table and Kapacitor never reads it as the top-level ${rootField.field.key}. Move it above the first [table] header.`,
    });
    return;
  }

  const names = fields.map((f) => f.key);
  const suggestion = (atSectionLevel ? keyAlias(section, key) : undefined) ?? closest(key, names);
  const taken = suggestion !== undefined && Object.keys(table).some((k) => k.toLowerCase() === suggestion.toLowerCase());
  let hint = '';
  if (suggestion) hint = taken ? ` Did you mean ${suggestion}? It is set as well, so this line can go.` : ` Did you mean ${suggestion}?`;
  ctx.report({
    severity: 'warning',
    rule: 'unknown-key',
    path,
    message: `${owner || 'The top level'} has no key ${key}: Kapacitor ignores it.${hint}`,
    ...(suggestion && !taken && { fix: { label: `Rename to ${suggestion}`, renameTo: suggestion } }),
  });
}
