// Small builders that keep the section files readable. Each returns a plain FieldDef;
// nothing here knows a particular section.
import type { FieldDef } from '../types';
import type { TomlTable } from '../../toml/types';

/** everything a builder does not set positionally */
export type FieldOpts = Omit<Partial<FieldDef>, 'key' | 'kind' | 'description' | 'default'>;

function make(key: string, kind: FieldDef['kind'], def: FieldDef['default'], description: string, o?: FieldOpts): FieldDef {
  const f: FieldDef = { key, kind, description, ...(o ?? {}) };
  if (def !== undefined) f.default = def;
  return f;
}

export const bool = (key: string, def: boolean, description: string, o?: FieldOpts) => make(key, 'boolean', def, description, o);
export const str = (key: string, def: string, description: string, o?: FieldOpts) => make(key, 'string', def, description, o);
export const int = (key: string, def: number | undefined, description: string, o?: FieldOpts) => make(key, 'integer', def, description, o);
export const float = (key: string, def: number, description: string, o?: FieldOpts) => make(key, 'float', def, description, o);
/** `def` in Go's Duration.String() form: "10s", "1m0s", "0s" */
export const dur = (key: string, def: string, description: string, o?: FieldOpts) => make(key, 'duration', def, description, o);
export const hostport = (key: string, def: string, description: string, o?: FieldOpts) => make(key, 'hostport', def, description, o);
export const url = (key: string, def: string | undefined, description: string, o?: FieldOpts) => make(key, 'url', def, description, o);
export const email = (key: string, def: string, description: string, o?: FieldOpts) => make(key, 'email', def, description, o);
export const path = (key: string, def: string, description: string, o?: FieldOpts) => make(key, 'path', def, description, o);
export const enumOf = (key: string, options: readonly string[], def: string, description: string, o?: FieldOpts) =>
  make(key, 'enum', def, description, { options, ...(o ?? {}) });
export const list = (key: string, def: string[], description: string, o?: FieldOpts) =>
  make(key, 'stringList', def, description, { item: 'string', ...(o ?? {}) });
export const map = (key: string, def: Record<string, string>, description: string, o?: FieldOpts) =>
  make(key, 'stringMap', def, description, o);
export const listMap = (key: string, def: Record<string, string[]>, description: string, o?: FieldOpts) =>
  make(key, 'stringListMap', def, description, o);
export const table = (key: string, fields: FieldDef[], def: TomlTable, description: string, o?: FieldOpts) =>
  make(key, 'table', def, description, { fields, ...(o ?? {}) });
export const tableMap = (key: string, fields: FieldDef[], description: string, o?: FieldOpts) =>
  make(key, 'tableMap', {}, description, { fields, ...(o ?? {}) });

/** give several fields the same options (e.g. the section's `since`); a field's own setting wins */
export function withOpts(o: FieldOpts, fields: FieldDef[]): FieldDef[] {
  return fields.map((f) => ({ ...o, ...f }));
}

// ---- recurring groups of keys -------------------------------------------------------------

export const enabled = (what: string, def = false, o?: FieldOpts) =>
  bool('enabled', def, `Turn ${what} on.`, o);

/** `global` + `state-changes-only`, shared by most alert handlers */
export function globalPair(service: string, o?: FieldOpts): FieldDef[] {
  return [
    bool('global', false, `Send every alert to ${service}, even when the TICKscript does not name it.`, {
      help: `When true, each alert from every task goes to ${service} without an explicit handler in the TICKscript.`,
      ...(o ?? {}),
    }),
    bool('state-changes-only', false, `With global on, send only alerts whose level changed.`, {
      help: 'Only matters when global = true: the handler then only fires when an alert changes level (for example OK to WARNING), not on every repeat.',
      ...(o ?? {}),
    }),
  ];
}

/** ssl-ca / ssl-cert / ssl-key / insecure-skip-verify for an outgoing TLS client */
export function tlsClient(target: string, o?: FieldOpts, withServerName = false): FieldDef[] {
  const out: FieldDef[] = [
    path('ssl-ca', '', `CA certificate (PEM) used to verify ${target}.`, {
      help: 'Path to a PEM file with the certificate authority that signed the server certificate. A CA can be given without a client key/certificate pair.',
      ...(o ?? {}),
    }),
    path('ssl-cert', '', `Client certificate (PEM) presented to ${target}.`, {
      help: 'Path to a PEM client certificate. Give it together with ssl-key.',
      ...(o ?? {}),
    }),
    path('ssl-key', '', `Private key (PEM) for the client certificate.`, {
      help: 'Path to the PEM private key that belongs to ssl-cert. Give both or neither.',
      ...(o ?? {}),
    }),
  ];
  if (withServerName) {
    out.push(
      str('ssl-server-name', '', `Server name expected in ${target}'s certificate.`, {
        help: 'Overrides the host name that the TLS certificate is checked against (SNI). Leave empty to use the host of the address.',
        ...(o ?? {}),
      }),
    );
  }
  out.push(
    bool('insecure-skip-verify', false, `Skip verifying ${target}'s TLS certificate (insecure).`, {
      help: 'Accepts any certificate, including self-signed or expired ones. Only for testing: it removes protection against interception.',
      ...(o ?? {}),
    }),
  );
  return out;
}

/** common port-number bounds */
export const PORT = { min: 0, max: 65535 } as const;
