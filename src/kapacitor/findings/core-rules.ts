// Cross-key rules of the core sections: [auth], [load], [fluxtask], [[influxdb]] TLS pairs, [tls] order.
import { keyLabel, show, type Ctx } from './context';
import { effective, isBlank, isWritten, str } from './effective';
import { exclusive, isAbsolutePath, isEnabled } from './conditions';
import { builtInDefault } from '../defaults';

export function checkCoreRules(ctx: Ctx): void {
  for (const entry of ctx.entriesOf('auth')) {
    const path = [...entry.path, 'bcrypt-cost'];
    // Kapacitor Enterprise starts [auth] from NewEnabledConfig, whose bcrypt-cost is 10 (reference §9)
    const field = entry.section.fields.find((f) => f.key === 'bcrypt-cost');
    const cost = ctx.options.enterprise && !isWritten(entry, 'bcrypt-cost') && field ? builtInDefault(field, ctx.options) : effective(entry, 'bcrypt-cost');
    if (!isEnabled(entry) || ctx.hasErrorAt(path) || typeof cost !== 'number' || cost >= 4) continue;
    ctx.report({
      severity: 'error',
      rule: 'auth-bcrypt-cost',
      path,
      message: `${keyLabel(entry, 'bcrypt-cost')} is ${cost}: with [auth] enabled Kapacitor refuses a cost below 4 (the open-source default is 0). Set bcrypt-cost = 10.`,
      fix: { label: 'Set bcrypt-cost = 10', setValue: 10 },
    });
  }

  for (const entry of ctx.entriesOf('load')) {
    const path = [...entry.path, 'dir'];
    const dir = str(effective(entry, 'dir'));
    if (!isEnabled(entry) || ctx.hasErrorAt(path) || isAbsolutePath(dir)) continue;
    ctx.report({
      severity: 'error',
      rule: 'load-dir-absolute',
      path,
      message: `${keyLabel(entry, 'dir')} = ${show(dir)} is not an absolute path, and Kapacitor refuses that while [load] is enabled. Write the full path, e.g. "/etc/kapacitor/load" (or "C:\\\\kapacitor\\\\load" on Windows).`,
    });
  }

  for (const entry of ctx.entriesOf('fluxtask')) {
    if (isEnabled(entry) && str(effective(entry, 'task-run-influxdb')) !== 'none') {
      exclusive(ctx, entry, 'task-run-org', 'task-run-orgid', ' while Flux tasks are enabled');
    }
  }

  for (const entry of ctx.entriesOf('influxdb')) {
    const cert = !isBlank(effective(entry, 'ssl-cert'));
    const key = !isBlank(effective(entry, 'ssl-key'));
    if (cert === key) continue;
    const [set, missing] = cert ? ['ssl-cert', 'ssl-key'] : ['ssl-key', 'ssl-cert'];
    const path = [...entry.path, set];
    if (ctx.hasErrorAt(path)) continue;
    ctx.report({
      severity: 'error',
      rule: 'ssl-pair',
      path,
      message: `${keyLabel(entry, set)} is set without ${missing}: Kapacitor refuses a client certificate without its key (or the other way round). Set both, or neither.`,
    });
  }

  for (const entry of ctx.entriesOf('tls')) {
    const min = tlsRank(str(effective(entry, 'min-version')));
    const max = tlsRank(str(effective(entry, 'max-version')));
    if (min === undefined || max === undefined || min <= max) continue;
    ctx.report({
      severity: 'warning',
      rule: 'tls-version-order',
      path: [...entry.path, 'min-version'],
      message: `${keyLabel(entry, 'min-version')} is above max-version: Kapacitor does not check this, but no TLS version is then left and HTTPS clients cannot connect.`,
    });
  }
}

function tlsRank(v: string): number | undefined {
  const m = /^(?:tls)?1\.([0-3])$/i.exec(v.trim());
  return m ? Number(m[1]) : undefined;
}
