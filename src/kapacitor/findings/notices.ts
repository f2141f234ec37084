// Information that changes how the file should be read: API overrides win over it, and [udf] lives only here.
import { sections } from '../schema';
import { firstLineWithin, keyIn, type Ctx, type SectionEntry } from './context';
import { effective } from './effective';

export function checkNotices(ctx: Ctx): void {
  configOverride(ctx);
  const udf = ctx.entriesOf('udf')[0];
  if (udf) {
    ctx.report({
      severity: 'info',
      rule: 'udf-file-only',
      path: udf.path,
      // [udf] itself, else the first [udf.functions.x] header or udf.* key the file has
      line: firstLineWithin(ctx, udf.path),
      message: '[udf] can only be set in this file: the HTTP config API and KAPACITOR_* variables cannot change user-defined functions.',
    });
  }
}

function configOverride(ctx: Ctx): void {
  const root = ctx.entries.find((e) => e.section.name === '');
  if (root && effective(root, 'skip-config-overrides') === true) return;
  const section = ctx.entriesOf('config-override')[0];
  if (section && effective(section, 'enabled') === false) return;
  const overridable = new Set(sections.filter((s) => s.apiOverridable).map((s) => s.name));
  const entries = ctx.entries.filter((e) => !ctx.skipped.has(e) && overridable.has(e.section.name));
  const present = [...new Set(entries.map((e) => e.section.name))];
  if (present.length === 0) return;
  const shown = present.length > 4 ? `${present.slice(0, 4).map((n) => `[${n}]`).join(', ')} and ${present.length - 4} more` : present.map((n) => `[${n}]`).join(', ');
  ctx.report({
    severity: 'info',
    rule: 'config-override',
    path: section ? [...section.path, 'enabled'] : ['config-override', 'enabled'],
    line: overrideLine(ctx, section, root, entries),
    message: `Settings changed through the HTTP config API are stored in kapacitor.db and win over this file for ${shown}. Set [config-override] enabled = false (or skip-config-overrides = true) to make the file the only source.`,
  });
}

/** where the notice belongs: [config-override] enabled (or its header), else skip-config-overrides = false,
 *  else the first section the API can override */
function overrideLine(ctx: Ctx, section: SectionEntry | undefined, root: SectionEntry | undefined, entries: SectionEntry[]): number | undefined {
  if (section) {
    const enabled = keyIn(section.table, 'enabled');
    const line = (enabled !== undefined ? ctx.input.lineOf([...section.path, enabled]) : undefined) ?? firstLineWithin(ctx, section.path);
    if (line !== undefined) return line;
  }
  const skip = root && keyIn(root.table, 'skip-config-overrides');
  const skipLine = skip !== undefined ? ctx.input.lineOf([skip]) : undefined;
  if (skipLine !== undefined) return skipLine;
  let first: number | undefined;
  for (const e of entries) {
    const line = firstLineWithin(ctx, e.path);
    if (line !== undefined && (first === undefined || line < first)) first = line;
  }
  return first;
}
