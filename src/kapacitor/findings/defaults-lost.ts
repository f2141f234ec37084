// Reference §1.5: with two or more [[influxdb]], [[kafka]], [[mqtt]] or [[httppost]] entries the decoder
// builds a new list, so every entry (the first included) starts from zero values instead of NewConfig's.
import type { TomlValue } from '../../toml/types';
import { entryLabel, isTable, show, type Ctx } from './context';
import { defaultFor, isWritten } from './effective';

function sameValue(a: TomlValue | undefined, b: TomlValue | undefined): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

function display(v: TomlValue): string {
  if (isTable(v)) {
    const inner = Object.entries(v).map(([k, x]) => `${k} = ${show(x)}`).join(', ');
    return `{ ${inner} }`;
  }
  return show(v);
}

function isZero(v: TomlValue): boolean {
  if (v === '' || v === 0 || v === false) return true;
  if (Array.isArray(v)) return v.length === 0;
  if (isTable(v)) return Object.values(v).every(isZero);
  return false;
}

export function checkDefaultsLost(ctx: Ctx): void {
  for (const entry of ctx.entries) {
    const s = entry.section;
    if (ctx.skipped.has(entry) || s.kind !== 'array' || !s.defaultElement || entry.count < 2 || !entry.fromArray) continue;
    const lost = s.fields.filter((f) => {
      if (f.default === undefined || isWritten(entry, f.key)) return false;
      if (isZero(f.default)) return false;
      return !sameValue(defaultFor(entry, f), f.default);
    });
    if (lost.length === 0) continue;
    const list = lost.map((f) => `${f.key} = ${display(f.default as TomlValue)}`).join(', ');
    ctx.report({
      severity: 'warning',
      rule: 'defaults-lost',
      path: entry.path,
      message: `${entryLabel(entry)}: with ${entry.count} [[${s.name}]] entries Kapacitor starts every entry from empty values, so this one loses the defaults it does not set: ${list}. Write the ones you rely on.`,
    });
  }
}
