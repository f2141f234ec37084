// `$VAR` and `${VAR}` in string values: Kapacitor never expands them (reference §1.12), the value is used
// literally. The way to feed a value from the environment is the KAPACITOR_* variable of that key.
import type { KeyPath, TomlValue } from '../../toml/types';
import { fieldPath } from '../schema';
import { isTable, keyLabel, show, type Ctx, type SectionEntry } from './context';
import { envNameFor } from './env-names';

const placeholder = /\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*/;

export function checkEnvPlaceholders(ctx: Ctx): void {
  for (const entry of ctx.entries) {
    if (ctx.skipped.has(entry)) continue;
    for (const [key, value] of Object.entries(entry.table)) walk(ctx, entry, value, [...entry.path, key]);
  }
}

function walk(ctx: Ctx, entry: SectionEntry, value: TomlValue, path: KeyPath): void {
  if (typeof value === 'string') check(ctx, entry, value, path);
  else if (Array.isArray(value)) value.forEach((v, i) => walk(ctx, entry, v, [...path, i]));
  else if (isTable(value)) for (const [k, v] of Object.entries(value)) walk(ctx, entry, v, [...path, k]);
}

function check(ctx: Ctx, entry: SectionEntry, value: string, path: KeyPath): void {
  // Go templates (deadman, httppost) legitimately use $variables inside {{ }}
  const outsideTemplates = value.replace(/\{\{[\s\S]*?\}\}/g, '');
  const match = placeholder.exec(outsideTemplates);
  if (!match) return;
  const field = fieldPath(path);
  // a secret may well contain a `$`; only a value that is nothing but a placeholder is suspicious there
  if (field?.secret && !/^\s*(\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*)\s*$/.test(value)) return;
  const env = envNameFor(path);
  const where = keyLabel(entry, path.slice(entry.path.length).filter((p) => typeof p === 'string').join('.'));
  ctx.report({
    severity: 'warning',
    rule: 'env-placeholder',
    path,
    message: `${where} = ${show(value)}: Kapacitor does not expand ${match[0]} in the file, it uses the text literally.${env ? ` To take the value from the environment, write a real value here and set ${env} instead.` : ' Write the real value.'}`,
  });
}
