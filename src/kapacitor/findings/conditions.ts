// Building blocks for the cross-key rules of reference §6: keys required while an entry is enabled,
// and pairs of keys that exclude each other.
import { fieldIn, keyLabel, entryLabel, type Ctx, type SectionEntry } from './context';
import { effective, isBlank, truthy } from './effective';
import { availability } from './versions';

export function isEnabled(entry: SectionEntry): boolean {
  return truthy(effective(entry, 'enabled'));
}

function known(ctx: Ctx, entry: SectionEntry, key: string): boolean {
  const f = fieldIn(entry.section.fields, key);
  return !!f && availability(f.field.since, ctx.options.version) !== 'no';
}

/** Kapacitor refuses an enabled entry that leaves one of these keys empty */
export function requireWhenEnabled(ctx: Ctx, section: string, keys: readonly string[]): void {
  for (const entry of ctx.entriesOf(section)) {
    if (!isEnabled(entry)) continue;
    for (const key of keys) {
      const path = [...entry.path, key];
      if (!known(ctx, entry, key) || ctx.hasErrorAt(path)) continue;
      if (!isBlank(effective(entry, key))) continue;
      ctx.report({
        severity: 'error',
        rule: 'required-when-enabled',
        path,
        message: `${keyLabel(entry, key)} is empty, and Kapacitor refuses to start while ${entryLabel(entry)} is enabled without it. Set ${key}, or set enabled = false.`,
      });
    }
  }
}

/** both keys set is an error; reported on the second */
export function exclusive(ctx: Ctx, entry: SectionEntry, a: string, b: string, note = ''): void {
  const path = [...entry.path, b];
  if (!known(ctx, entry, a) || !known(ctx, entry, b) || ctx.hasErrorAt(path)) return;
  if (isBlank(effective(entry, a)) || isBlank(effective(entry, b))) return;
  ctx.report({
    severity: 'error',
    rule: 'mutually-exclusive',
    path,
    message: `${keyLabel(entry, a)} and ${b} are both set: Kapacitor refuses the file${note}. Keep one and remove the other.`,
  });
}

/** `filepath.IsAbs`: we do not know the server's OS, so either form counts */
export function isAbsolutePath(p: string): boolean {
  return p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\');
}
