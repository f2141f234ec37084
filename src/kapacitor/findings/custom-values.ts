// Keys whose verdict depends on more than the zod schema says: the target version ([tls] names),
// or Kapacitor's leniency ([logging] level is never rejected).
import type { KeyPath, TomlValue } from '../../toml/types';
import type { FieldDef } from '../types';
import { zodForField } from '../zod';
import { show, type Ctx, type SectionEntry } from './context';
import { effective } from './effective';
import { atLeast } from './versions';

type Check = (ctx: Ctx, entry: SectionEntry, field: FieldDef, value: TomlValue, path: KeyPath, label: string) => boolean;

/** cipher suites dropped in 1.6.4 (RC4/3DES) and 1.6.3 (the ECDSA CBC-SHA256 suite) */
const oldCiphers: Record<string, string> = {
  TLS_RSA_WITH_RC4_128_SHA: '1.6.3',
  TLS_RSA_WITH_3DES_EDE_CBC_SHA: '1.6.3',
  TLS_ECDHE_ECDSA_WITH_RC4_128_SHA: '1.6.3',
  TLS_ECDHE_RSA_WITH_RC4_128_SHA: '1.6.3',
  TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA: '1.6.3',
  TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256: '1.6.2',
};
/** protocol versions dropped in 1.6.3 */
const oldVersions: Record<string, string> = { 'SSL3.0': '1.6.2', 'TLS1.0': '1.6.2', '1.0': '1.6.2' };

function oldTlsName(ctx: Ctx, name: string, table: Record<string, string>, path: KeyPath, label: string, what: string): boolean {
  const key = Object.keys(table).find((k) => k.toLowerCase() === name.toLowerCase());
  if (!key) return false;
  const last = table[key];
  const version = ctx.options.version;
  if (version === '1.5') return true;
  if (version === '1.6') {
    ctx.report({
      severity: 'warning',
      rule: 'tls-names',
      path,
      message: `${label}: ${what} ${key} is only accepted up to Kapacitor ${last}; later 1.6 releases refuse to start with it. Remove it.`,
    });
    return true;
  }
  ctx.report({
    severity: 'error',
    rule: 'tls-names',
    path,
    message: `${label}: ${what} ${key} was dropped after Kapacitor ${last}; Kapacitor ${version} refuses to start with it. Remove it.`,
  });
  return true;
}

const tlsCiphers: Check = (ctx, _entry, field, value, path, label) => {
  if (!Array.isArray(value)) return false;
  const item = { ...field, kind: 'enum' as const };
  value.forEach((name, i) => {
    if (typeof name !== 'string') return;
    if (zodForField(item).safeParse(name).success) return;
    if (oldTlsName(ctx, name, oldCiphers, [...path, i], label, 'the cipher suite')) return;
    ctx.report({
      severity: 'error',
      rule: 'tls-names',
      path: [...path, i],
      message: `${label}: ${show(name)} is not a cipher suite Kapacitor knows, so it refuses to start. Use a Go name such as "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", or leave the list empty for all allowed suites.`,
    });
  });
  return value.every((v) => typeof v === 'string');
};

const tlsVersion: Check = (ctx, _entry, field, value, path, label) => {
  if (typeof value !== 'string' || zodForField(field).safeParse(value).success) return false;
  if (oldTlsName(ctx, value, oldVersions, path, label, 'the version')) return true;
  ctx.report({
    severity: 'error',
    rule: 'tls-names',
    path,
    message: `${label} = ${show(value)} is not a TLS version Kapacitor knows, so it refuses to start. Write "TLS1.2", "TLS1.3" or "TLS1.1" (or leave it empty).`,
  });
  return true;
};

const loggingLevel: Check = (ctx, _entry, field, value, path, label) => {
  if (typeof value !== 'string' || zodForField(field).safeParse(value).success) return false;
  const upper = value.toUpperCase();
  const known = ['DEBUG', 'INFO', 'ERROR'].includes(upper);
  ctx.report({
    severity: 'warning',
    rule: 'logging-level',
    path,
    message: `${label} = ${show(value)} is not DEBUG, INFO or ERROR: Kapacitor accepts it but logs at DEBUG level.${known ? ` Write "${upper}".` : ' Write "INFO" or "ERROR" for less output.'}`,
    ...(known && { fix: { label: `Write "${upper}"`, setValue: upper } }),
  });
  return true;
};

/** a check Kapacitor only makes in some versions or situations: an error there, a warning elsewhere */
function conditional(when: (ctx: Ctx, entry: SectionEntry) => boolean, otherwise: string): Check {
  return (ctx, entry, field, value, path, label) => {
    const result = zodForField(field).safeParse(value);
    if (result.success) return false;
    const problem = result.error.issues[0].message;
    if (when(ctx, entry)) {
      ctx.report({ severity: 'error', rule: 'invalid-value', path, message: `${label} = ${show(value)}: ${problem}` });
    } else {
      ctx.report({ severity: 'warning', rule: 'kafka-sasl', path, message: `${label} = ${show(value)}: ${otherwise} ${problem}` });
    }
    return true;
  };
}

const kafkaChecksSasl = (ctx: Ctx, entry: SectionEntry) => atLeast(ctx.options.version, '1.7') && effective(entry, 'enabled') === true;

/** smtp addresses: up to 1.6.2 Kapacitor only looked for an "@", later it parses them as RFC 5322 */
const smtpAddress: Check = (ctx, _entry, field, value, path, label) => {
  const version = ctx.options.version;
  if (version !== '1.5' && version !== '1.6') return false;
  const items = Array.isArray(value) ? value.map((v, i) => [v, [...path, i]] as const) : [[value, path] as const];
  for (const [item, at] of items) {
    if (typeof item !== 'string' || item === '' || zodForField({ ...field, kind: 'email' }).safeParse(item).success) continue;
    if (!item.includes('@')) {
      ctx.report({ severity: 'error', rule: 'smtp-address', path: at, message: `${label}: ${show(item)} is not an email address, so Kapacitor refuses the file. Write e.g. "name@example.com".` });
    } else if (version === '1.6') {
      ctx.report({
        severity: 'warning',
        rule: 'smtp-address',
        path: at,
        message: `${label}: ${show(item)} is not a valid address. Kapacitor 1.6.0–1.6.2 accept it (they only look for "@"), later releases refuse the file. Write e.g. "Name <name@example.com>".`,
      });
    }
  }
  return Array.isArray(value) ? value.every((v) => typeof v === 'string') : typeof value === 'string';
};

const checks: Record<string, Check> = {
  'kafka.sasl-mechanism': conditional(kafkaChecksSasl, 'Kapacitor checks this only on enabled entries from 1.7.6 on, but the Kafka client will not understand it.'),
  'kafka.sasl-oauth-service': conditional(
    (ctx, entry) => kafkaChecksSasl(ctx, entry) && effective(entry, 'sasl-mechanism') === 'OAUTHBEARER',
    'Kapacitor checks this only with sasl-mechanism = "OAUTHBEARER" on an enabled entry (1.7.6+).',
  ),
  'kafka.sasl-gssapi-auth-type': conditional(() => false, 'Kapacitor accepts it but treats it as unset, so Kerberos will not log in.'),
  'kafka.sasl-version': conditional(() => false, 'Kapacitor starts, but the Kafka producer cannot be created with it.'),
  'smtp.from': smtpAddress,
  'smtp.to': smtpAddress,
  'tls.ciphers': tlsCiphers,
  'tls.min-version': tlsVersion,
  'tls.max-version': tlsVersion,
  'logging.level': loggingLevel,
};

export function customValueCheck(ctx: Ctx, entry: SectionEntry, field: FieldDef, value: TomlValue, path: KeyPath, label: string): boolean {
  const check = checks[`${entry.section.name}.${field.key}`];
  return check ? check(ctx, entry, field, value, path, label) : false;
}
