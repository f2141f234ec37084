// Kapacitor 1.5.x and 1.6.0–1.6.5 read the file with a TOML 0.4 decoder (reference §1.4): dotted keys,
// mixed arrays, local dates and so on stop them. 1.6.6 reads TOML 1.0, hence only a warning for a 1.6 target.
// (Integers in float keys depend on the schema and are judged with the value, in field-values.ts.)
import type { KeyPath } from '../../toml/types';
import { checkToml04 as toml04Problems, type Toml04Problem } from '../../toml/strict';
import type { Ctx } from './context';

export function checkToml04(ctx: Ctx): void {
  const version = ctx.options.version;
  if (version !== '1.5' && version !== '1.6') return;
  let problems: Toml04Problem[];
  try {
    problems = toml04Problems(ctx.input.text);
  } catch {
    return; // not TOML 1.0 at all: the import already says so
  }
  for (const p of problems) {
    ctx.report({
      severity: version === '1.5' ? 'error' : 'warning',
      rule: 'toml04',
      path: tableAt(ctx, p.line),
      line: p.line,
      message: version === '1.5' ? p.message : `${p.message} (Kapacitor 1.6.6 reads it; 1.6.0–1.6.5 refuse the file.)`,
    });
  }
}

/** the table whose body holds `line` ([] for the top level) */
function tableAt(ctx: Ctx, line: number): KeyPath {
  let path: KeyPath = [];
  for (const t of ctx.input.tables) {
    if (t.header.line > line) break;
    path = t.path;
  }
  return path;
}
