// User authentication ([auth], open source since 1.6.0) and the Kapacitor Enterprise-only sections.
// Enterprise rules come from InfluxData's documentation (the Enterprise source is not public): documented, not verified.
import type { SectionDef } from '../types';
import { bool, dur, enabled, hostport, int, list, path, str, url, withOpts } from './helpers';

export const auth: SectionDef = {
  name: 'auth',
  kind: 'table',
  group: 'enterprise',
  description: 'Where API users come from (InfluxDB Enterprise meta nodes) and how they are cached.',
  since: '1.6.0',
  fields: withOpts({ since: '1.6.0' }, [
    enabled('the user store', false, {
      help: 'Open-source Kapacitor only: switches the [auth] user store on. Needs bcrypt-cost of 4 or more. Requests are only checked when [http] auth-enabled is true as well. The Enterprise 1.4/1.5 examples have no enabled key: there [http] auth-enabled alone turns authentication on.',
    }),
    dur('cache-expiration', '0s', 'How long user records fetched from meta are cached.', {
      enterpriseDefault: '10m',
      help: 'Open-source default is 0s; Kapacitor Enterprise defaults to "10m". The packaged sample writes "10m", which is not the open-source default.',
    }),
    int('bcrypt-cost', 0, 'bcrypt work factor for password hashes (rounds = 2^cost).', {
      enterpriseDefault: 10,
      max: 31,
      help: 'With enabled = true it must be 4 or more, or Kapacitor refuses to start ("must provide a bcrypt cost >= 4, got 0"). bcrypt refuses more than 31 when it hashes. The open-source default is 0 (so a file that turns auth on must set it); Kapacitor Enterprise defaults to 10, as the sample shows.',
    }),
    hostport('meta-addr', '', 'host:port of an InfluxDB Enterprise meta node used as the user store.', {
      help: 'Empty means meta nodes are not used for users. With meta-use-tls the host must match the name in the meta server certificate.',
    }),
    str('meta-username', '', 'User for basic authentication against the meta API.', {
      help: 'Give it together with meta-password. Ignored when meta-internal-shared-secret is set.',
    }),
    str('meta-password', '', 'Password for basic authentication against the meta API.', {
      secret: true,
      help: 'Give it together with meta-username. Ignored when meta-internal-shared-secret is set.',
    }),
    str('meta-internal-shared-secret', '', 'Shared secret for JWT authentication against the meta API.', {
      secret: true,
      since: '1.6.6',
      help: 'Must equal [meta] internal-shared-secret on the meta nodes. When set, meta-username and meta-password are ignored.',
    }),
    bool('meta-use-tls', false, 'Talk to the meta node over TLS.', {
      help: 'When true, the connection to meta-addr uses TLS, and the host in meta-addr must then match the name in the meta server certificate. Add meta-ca for a private CA, or meta-insecure-skip-verify for a self-signed certificate. The default false talks plain HTTP.',
    }),
    path('meta-ca', '', 'CA certificate (PEM) for the meta node, absolute path.', {
      help: 'A CA can be given without a key/certificate pair.',
    }),
    path('meta-cert', '', 'Client certificate (PEM) for the meta node, absolute path.', {
      help: 'Only needed when the meta node asks for a client certificate; set it together with meta-key, or leave both empty. A CA in meta-ca works without this pair.',
    }),
    path('meta-key', '', 'Private key (PEM) for meta-cert, absolute path.', {
      help: 'Set it together with meta-cert, or leave both empty. Give an absolute path to a file Kapacitor can read; keep its permissions tight.',
    }),
    bool('meta-insecure-skip-verify', false, 'Skip verifying the meta node certificate (insecure).', {
      help: 'Needed with self-signed meta certificates; otherwise leave it off.',
    }),
  ]),
};

export const enterprise: SectionDef = {
  name: 'enterprise',
  kind: 'table',
  group: 'enterprise',
  description: 'Kapacitor Enterprise license and registration (Enterprise only).',
  enterprise: true,
  fields: withOpts({ enterprise: true }, [
    bool('registration-enabled', false, 'Register this node with the Enterprise web UI / registration server.', {
      help: 'InfluxData\'s documents disagree on the default (the sample line says false, the prose says true is the default); this editor assumes false, so write true explicitly when registration is wanted.',
    }),
    url('registration-server-url', '', 'URL of the registration server, including http:// or https://.', {
      urlForm: 'absolute',
      help: 'When set it must include the scheme (http://...). Empty means no registration server.',
    }),
    str('license-key', '', 'Enterprise license key (use this or license-path, not both).', {
      secret: true,
      envAliases: ['KAPACITOR_LICENSE_KEY'],
      help: 'The node checks its license before joining the cluster; without a valid one it runs like open-source Kapacitor. Leave license-path empty when using this. The docs name the environment variable KAPACITOR_LICENSE_KEY; by the usual naming scheme it would be KAPACITOR_ENTERPRISE_LICENSE_KEY. Which one works is not verified.',
    }),
    path('license-path', '', 'Path to the Enterprise license file (use this or license-key, not both).', {
      envAliases: ['KAPACITOR_LICENSE_PATH'],
      help: 'Leave license-key empty when using this. The docs name the environment variable KAPACITOR_LICENSE_PATH.',
    }),
  ]),
};

export const cluster: SectionDef = {
  name: 'cluster',
  kind: 'table',
  group: 'enterprise',
  description: 'Gossip membership of a Kapacitor Enterprise cluster (Enterprise only).',
  enterprise: true,
  fields: withOpts({ enterprise: true }, [
    hostport('bind-address', ':9090', 'Address for gossip traffic (TCP and UDP).', {
      help: 'Binds both UDP and TCP; keep the port private to the cluster. Without a host the system host name is used. Same host:port rules as [http] bind-address.',
    }),
    hostport('advertise-address', '', 'Address other members use to reach this node\'s gossip port.', {
      help: 'Empty means host name plus the bind-address port. Members must not sit behind a load balancer.',
    }),
    list('roles', ['worker'], 'Roles of this member; only "worker" exists.', {
      item: 'enum',
      options: ['worker'],
      help: 'A list of role names. Kapacitor Enterprise only supports "worker", which is also the default, so the key can normally be left out.',
    }),
    int('gossip-members', 0, 'How many members each gossip round talks to (0 = LAN default of 3).', {
      min: 0,
      help: 'A whole number, 0 or more; negative values are not allowed. The default 0 keeps the LAN setting, which the Enterprise docs give as 3 peers per round.',
    }),
    dur('gossip-interval', '0s', 'Time between gossip rounds (0 = LAN default of 200ms).', {
      help: 'A Go duration such as "200ms". The default "0s" does not mean no gossip: it keeps the LAN setting, documented as 200ms.',
    }),
    dur('gossip-sync-interval', '0s', 'Time between full TCP state syncs (0 = LAN default of 30s).', {
      help: 'A Go duration such as "30s". A full sync exchanges the complete membership state with one peer over TCP; the default "0s" keeps the LAN setting, documented as 30s.',
    }),
  ]),
};

export const rpc: SectionDef = {
  name: 'rpc',
  kind: 'table',
  group: 'enterprise',
  description: 'Peer-to-peer RPC between Kapacitor Enterprise members (Enterprise only).',
  enterprise: true,
  fields: withOpts({ enterprise: true }, [
    hostport('bind-address', ':9091', 'Address for member-to-member RPC (TCP).', {
      help: 'Keep the port private to the cluster. Without a host the system host name is used.',
    }),
    hostport('advertise-address', '', 'Address other members use to reach this node\'s RPC port.', {
      help: 'Empty means host name plus the bind-address port.',
    }),
    bool('enable-grpc-logging', false, 'Log gRPC internals (verbose).', {
      help: 'When true, the gRPC library behind member-to-member RPC writes its own messages to the Kapacitor log. Off by default; turn it on only while tracking down RPC problems between members.',
    }),
  ]),
};
