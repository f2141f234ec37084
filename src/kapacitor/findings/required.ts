// Required keys that the file leaves out, where the default that applies is empty (data_dir, or any
// required key of an entry that starts from zero values).
import type { Ctx } from './context';
import { keyLabel } from './context';
import { defaultFor, isBlank, isWritten, startsFromZero } from './effective';
import { availability } from './versions';

/** what to offer when a required key is missing and the usual value is clear */
const usualValues: Record<string, string> = { data_dir: '/var/lib/kapacitor' };

export function checkMissingRequired(ctx: Ctx): void {
  for (const entry of ctx.entries) {
    if (ctx.skipped.has(entry)) continue;
    for (const field of entry.section.fields) {
      if (!field.required || isWritten(entry, field.key)) continue;
      if (availability(field.since, ctx.options.version) === 'no') continue;
      if (field.enterprise && !ctx.options.enterprise) continue;
      if (!isBlank(defaultFor(entry, field))) continue;
      const usual = usualValues[field.key];
      const env = entry.section.name === '' ? ` (or set KAPACITOR_${field.key.toUpperCase().replace(/-/g, '_')} in the environment)` : '';
      const lost = startsFromZero(entry) && !isBlank(field.default);
      const why = !lost
        ? 'has no default, so Kapacitor refuses to start'
        : entry.section.defaultElement
          ? `is missing: with ${entry.count} [[${entry.section.name}]] entries each starts from empty values, so the default ${JSON.stringify(field.default)} does not apply and Kapacitor refuses to start`
          : 'is missing: entries read from the file start from empty values, so Kapacitor refuses to start';
      ctx.report({
        severity: 'error',
        rule: 'required',
        path: [...entry.path, field.key],
        message: `${keyLabel(entry, field.key)} ${lost ? why : `is missing and ${why}`}. Add it${usual ? `, e.g. ${field.key} = "${usual}"` : ''}${env}.`,
        ...(usual && { fix: { label: `Set ${field.key} = "${usual}"`, setValue: usual } }),
      });
    }
  }
}
