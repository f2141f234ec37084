// Names that identify entries. Kapacitor refuses bad or repeated [[influxdb]] names; for every other
// section a repeated identity passes, and the later entry silently replaces the earlier one.
import { entryLabel, keyLabel, show, type Ctx, type SectionEntry } from './context';
import { effective, str } from './effective';

export function checkIdentities(ctx: Ctx): void {
  influxdbNames(ctx);
  const bySection = new Map<string, SectionEntry[]>();
  for (const e of ctx.entries) {
    if (ctx.skipped.has(e) || !e.section.identityKey || e.section.name === 'influxdb') continue;
    bySection.set(e.section.name, [...(bySection.get(e.section.name) ?? []), e]);
  }
  for (const entries of bySection.values()) duplicates(ctx, entries, 'warning');
}

function influxdbNames(ctx: Ctx): void {
  // empty names and bad characters are judged with the value (required, pattern); here only repeats
  duplicates(ctx, ctx.entriesOf('influxdb'), 'error');
}

function duplicates(ctx: Ctx, entries: SectionEntry[], severity: 'error' | 'warning'): void {
  const first = new Map<string, SectionEntry>();
  for (const entry of entries) {
    const key = entry.section.identityKey;
    if (!key) continue;
    const id = str(effective(entry, key));
    if (id === '') continue;
    const earlier = first.get(id);
    if (!earlier) {
      first.set(id, entry);
      continue;
    }
    const name = entry.section.name;
    ctx.report({
      severity,
      rule: severity === 'error' ? 'duplicate-name' : 'duplicate-identity',
      path: [...entry.path, key],
      line: ctx.lineNear([...entry.path, key]),
      message:
        severity === 'error'
          ? `${keyLabel(entry, key)} = ${show(id)} is already used by ${entryLabel(earlier)}: Kapacitor refuses two [[${name}]] entries with the same name. Give each a different name.`
          : `${keyLabel(entry, key)} = ${show(id)} is already used by ${entryLabel(earlier)}: Kapacitor accepts it, but this entry silently replaces the earlier one. Give each a different ${key}.`,
    });
  }
}
