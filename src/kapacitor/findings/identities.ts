// Names that identify entries. Kapacitor refuses bad or repeated [[influxdb]] names; for every other
// section a repeated identity passes, and the later entry silently replaces the earlier one.
import { entryLabel, keyLabel, show, type Ctx, type SectionEntry } from './context';
import { effective, isWritten, str } from './effective';

const influxdbName = /^[-._\p{L}0-9]+$/u;

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
  const entries = ctx.entriesOf('influxdb');
  for (const entry of entries) {
    const path = [...entry.path, 'name'];
    if (ctx.hasErrorAt(path)) continue;
    const name = str(effective(entry, 'name'));
    if (name === '') {
      const why = isWritten(entry, 'name') ? '' : ` It is not set, and with ${entry.count} entries there is no default name.`;
      ctx.report({
        severity: 'error',
        rule: 'influxdb-name',
        path,
        line: ctx.lineNear(path),
        message: `${keyLabel(entry, 'name')} is empty: Kapacitor refuses an [[influxdb]] entry without a name.${why} Add name = "…" (letters, digits, -, . and _).`,
      });
    } else if (!influxdbName.test(name)) {
      const fixed = name.replace(/[^-._\p{L}0-9]+/gu, '-');
      ctx.report({
        severity: 'error',
        rule: 'influxdb-name',
        path,
        message: `${keyLabel(entry, 'name')} = ${show(name)}: only letters, digits, -, . and _ are allowed (no spaces), so Kapacitor refuses it. Write ${show(fixed)}.`,
        fix: { label: `Write ${show(fixed)}`, setValue: fixed },
      });
    }
  }
  duplicates(ctx, entries, 'error');
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
