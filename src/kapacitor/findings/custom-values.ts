// Keys whose verdict depends on more than the zod schema says: the target version ([tls] names),
// or Kapacitor's leniency ([logging] level is never rejected).
import type { KeyPath, TomlValue } from '../../toml/types';
import type { FieldDef } from '../types';
import { zodForField } from '../fields';
import { show, type Ctx, type SectionEntry } from './context';

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

const checks: Record<string, Check> = {
  'tls.ciphers': tlsCiphers,
  'tls.min-version': tlsVersion,
  'tls.max-version': tlsVersion,
  'logging.level': loggingLevel,
};

export function customValueCheck(ctx: Ctx, entry: SectionEntry, field: FieldDef, value: TomlValue, path: KeyPath, label: string): boolean {
  const check = checks[`${entry.section.name}.${field.key}`];
  return check ? check(ctx, entry, field, value, path, label) : false;
}
