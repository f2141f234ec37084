// Parsed numbers cannot tell `1` from `1.0`, but Kapacitor's decoder can: look at the text.
import type { KeyPath } from '../../toml/types';
import type { FieldDef } from '../types';
import type { Ctx } from './context';
import { scalarTextOnLine } from './text';
import { atLeast } from './versions';

export function numberLiteral(ctx: Ctx, field: FieldDef, path: KeyPath, label: string): void {
  if (field.kind !== 'integer' && field.kind !== 'float') return;
  const line = ctx.input.lineOf(path);
  const key = path[path.length - 1];
  if (line === undefined || typeof key !== 'string') return;
  const literal = scalarTextOnLine(ctx.lines.text(line), key);
  if (!literal) return;
  if (field.kind === 'integer' && /[.eE]|inf|nan/.test(literal.text) && !/^[+-]?0x/i.test(literal.text)) {
    ctx.report({ severity: 'error', rule: 'invalid-value', path, message: `${label} = ${literal.text}: it must be a whole number written without a decimal point; Kapacitor refuses a float here.` });
  }
  if (field.kind === 'float' && /^[+-]?\d[\d_]*$/.test(literal.text) && !atLeast(ctx.options.version, '1.7')) {
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

