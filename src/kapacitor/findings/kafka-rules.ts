// [[kafka]]: brokers and id while enabled, and the SASL checks Kapacitor added in 1.7.6 (reference §5.11).
import { keyLabel, show, type Ctx, type SectionEntry } from './context';
import { effective, isBlank, isWritten, str } from './effective';
import { exclusive, isEnabled, requireWhenEnabled } from './conditions';
import { atLeast } from './versions';

export function checkKafkaRules(ctx: Ctx): void {
  requireWhenEnabled(ctx, 'kafka', ['id', 'brokers']);
  if (!atLeast(ctx.options.version, '1.7')) return;
  for (const entry of ctx.entriesOf('kafka')) {
    if (!isEnabled(entry)) continue;
    exclusive(ctx, entry, 'sasl-access-token', 'sasl-oauth-service');
    exclusive(ctx, entry, 'sasl-access-token', 'sasl-oauth-token-url');
    if (str(effective(entry, 'sasl-mechanism')) === 'OAUTHBEARER') oauth(ctx, entry);
  }
}

function oauth(ctx: Ctx, entry: SectionEntry): void {
  const service = str(effective(entry, 'sasl-oauth-service')).toLowerCase();
  const need = (key: string, why: string) => {
    const path = [...entry.path, key];
    if (!isBlank(effective(entry, key)) || ctx.hasErrorAt(path)) return;
    ctx.report({
      severity: 'error',
      rule: 'kafka-sasl',
      path,
      message: `${keyLabel(entry, key)} is empty: with sasl-mechanism = "OAUTHBEARER"${why} Kapacitor refuses the file without it.`,
    });
  };
  need('sasl-oauth-client-id', '');
  need('sasl-oauth-client-secret', '');
  if (service === 'azuread') {
    need('sasl-oauth-tenant-id', ' and sasl-oauth-service = "azuread"');
    if (!isBlank(effective(entry, 'sasl-oauth-token-url'))) {
      ctx.report({
        severity: 'error',
        rule: 'kafka-sasl',
        path: [...entry.path, 'sasl-oauth-token-url'],
        message: `${keyLabel(entry, 'sasl-oauth-token-url')} must be empty with sasl-oauth-service = "azuread" (the token URL comes from the tenant): Kapacitor refuses the file. Remove it.`,
      });
    }
  } else if (['', 'custom', 'auth0'].includes(service)) {
    if (isBlank(effective(entry, 'sasl-access-token'))) need('sasl-oauth-token-url', service ? ` and sasl-oauth-service = ${show(service)}` : '');
    else if (!isWritten(entry, 'sasl-oauth-token-url')) {
      ctx.report({
        severity: 'error',
        rule: 'kafka-sasl',
        path: [...entry.path, 'sasl-access-token'],
        message: `${keyLabel(entry, 'sasl-access-token')} cannot pass Kapacitor's checks: OAUTHBEARER always needs sasl-oauth-token-url, which may not be combined with sasl-access-token. Use client credentials (sasl-oauth-client-id, -client-secret, -token-url) instead.`,
      });
    }
    if (service === 'auth0') {
      const params = effective(entry, 'sasl-oauth-parameters');
      const has = typeof params === 'object' && params !== null && !Array.isArray(params) && 'audience' in params;
      if (!has) {
        ctx.report({
          severity: 'error',
          rule: 'kafka-sasl',
          path: [...entry.path, 'sasl-oauth-parameters'],
          message: `${keyLabel(entry, 'sasl-oauth-parameters')} needs an audience key with sasl-oauth-service = "auth0"; Kapacitor refuses the file without it. Add audience = "…" to [kafka.sasl-oauth-parameters].`,
        });
      }
    }
  }
}
