// Kapacitor 1.5.x and 1.6.0–1.6.5 read the file with a TOML 0.4 decoder (reference §1.4): arrays must hold
// one type. (Integers in float keys are judged with the value, in field-values.ts.)
import type { KeyPath, TomlValue } from '../../toml/types';
import { isTable, type Ctx } from './context';

function typeOf(v: TomlValue): string {
  if (typeof v === 'bigint') return 'number';
  if (Array.isArray(v)) return 'array';
  if (isTable(v)) return 'table';
  if (typeof v === 'object') return 'date';
  return typeof v;
}

export function checkToml04(ctx: Ctx): void {
  const version = ctx.options.version;
  if (version !== '1.5' && version !== '1.6') return;
  const visit = (value: TomlValue, path: KeyPath) => {
    if (Array.isArray(value)) {
      const types = new Set(value.map(typeOf));
      if (types.size > 1 && !(types.size === 1 && types.has('table'))) {
        ctx.report({
          severity: version === '1.5' ? 'error' : 'warning',
          rule: 'toml04-mixed-array',
          path,
          message: `${path.filter((p) => typeof p === 'string').join('.')} mixes ${[...types].join(' and ')} values in one array: ${
            version === '1.5' ? 'Kapacitor 1.5 reads TOML 0.4, which' : 'Kapacitor 1.6.0–1.6.5 read TOML 0.4, which'
          } refuses that. Use one type for every element.`,
        });
      }
      value.forEach((v, i) => visit(v, [...path, i]));
    } else if (isTable(value)) {
      for (const [k, v] of Object.entries(value)) visit(v, [...path, k]);
    }
  };
  visit(ctx.input.values, []);
}
