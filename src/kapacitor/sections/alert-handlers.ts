// Alert handlers: where alerts are sent. All of them can be changed through the config API.
// "url must parse" uses Go's lenient net/url.Parse and is checked even when the handler is disabled.
import type { FieldDef, SectionDef } from '../types';
import {
  PORT,
  bool,
  dur,
  email,
  enabled,
  enumOf,
  globalPair,
  hostport,
  int,
  list,
  map,
  path,
  str,
  table,
  tlsClient,
  url,
  withOpts,
} from './helpers';

const handler = (name: string, description: string, fields: FieldDef[], extra: Partial<SectionDef> = {}): SectionDef => ({
  name,
  kind: 'table',
  group: 'alert-handlers',
  description,
  apiOverridable: true,
  fields,
  ...extra,
});

const requiredWhenEnabled = (what: string) => `Required when enabled = true (${what}).`;

export const alerta = handler('alerta', 'Send alerts to an Alerta server.', [
  enabled('the Alerta handler', false, {
    help: 'Off by default. When true, url is required or Kapacitor refuses to start; url must be a parseable URL even while this is false.',
  }),
  url('url', '', 'Base URL of the Alerta API.', { help: `${requiredWhenEnabled('Kapacitor refuses to start without it')} Must be a parseable URL even when disabled.` }),
  bool('insecure-skip-verify', false, 'Skip verifying Alerta\'s TLS certificate (insecure).', {
    help: 'Accepts any certificate from the Alerta server, self-signed or expired ones included. Only for testing: it removes protection against interception.',
  }),
  str('token', '', 'Default API token for Alerta.', {
    secret: true,
    help: 'Sent in the Authorization header after token-prefix. Masked in config API replies; leave it empty for an Alerta server without authentication.',
  }),
  str('token-prefix', '', 'Word sent before the token in the Authorization header (empty = "Bearer").', {
    help: 'Empty sends "Bearer". Older Alerta servers may need "Key".',
  }),
  str('environment', '', 'Default Alerta environment for alerts.', {
    help: 'Used for alerts whose handler does not set an environment, e.g. "Production". Kapacitor does not check the value.',
  }),
  str('origin', '', 'Default origin reported to Alerta.', {
    help: 'Tells Alerta which system raised the alert; the packaged sample writes "kapacitor". Empty by default.',
  }),
  dur('timeout', '0s', 'Timeout for requests to Alerta (0 = none).', {
    help: 'A Go duration such as "10s". The default "0s" sets no limit, so Kapacitor waits for a slow Alerta server as long as it takes.',
  }),
]);

export const bigpanda = handler(
  'bigpanda',
  'Send alerts to BigPanda.',
  withOpts({ since: '1.5.8' }, [
    enabled('the BigPanda handler', false, {
      help: 'Off by default; Kapacitor before 1.5.8 does not know [bigpanda]. When true, app-key, token and url must all be set or Kapacitor refuses to start.',
    }),
    ...globalPair('BigPanda'),
    str('app-key', '', 'BigPanda application key.', { help: requiredWhenEnabled('with token and url') }),
    str('token', '', 'BigPanda bearer token.', { secret: true, help: requiredWhenEnabled('with app-key and url') }),
    bool('insecure-skip-verify', false, 'Skip verifying BigPanda\'s TLS certificate (insecure).', {
      help: 'Accepts any certificate from the BigPanda endpoint, self-signed or expired ones included. Only for testing: it removes protection against interception.',
    }),
    url('url', 'https://api.bigpanda.io/data/v2/alerts', 'BigPanda alerts API URL.', {
      help: `${requiredWhenEnabled('must also parse')}`,
    }),
    str('auto-attributes', 'tags,fields', 'Which alert data becomes BigPanda attributes ("tags,fields").', {
      since: '1.6.3',
      help: 'A comma-separated text naming tags, fields or both, as in the default "tags,fields". Kapacitor before 1.6.3 does not know the key.',
    }),
  ]),
  { since: '1.5.8' },
);

/** the workspace-keyed chat handlers (slack, discord) share these rules */
const defaultFlag = (service: string, o: Partial<FieldDef> = {}) =>
  bool('default', true, `Use this ${service} entry when a handler names no workspace.`, {
    help: `With more than one ${service} entry at least one must be default. A lone entry counts as the default, but global = true still needs default = true written out. The built-in true only holds while the file has no ${service} section: once [${service}] or [[${service}]] appears, a missing default means false.`,
    ...o,
  });
const workspaceField = (service: string, o: Partial<FieldDef> = {}) =>
  str('workspace', '', `Name that identifies this ${service} entry.`, {
    help: `Any text; handlers pick an entry by it. With more than one entry every workspace must be non-empty (Kapacitor says "id must not be empty"). A workspace containing "." cannot be addressed through the config API.`,
    ...o,
  });
const chatGlobalPair = (service: string): FieldDef[] =>
  globalPair(service).map((f) =>
    f.key === 'global'
      ? { ...f, help: `${f.help} Only allowed on the default entry (default = true).` }
      : { ...f, help: `${f.help} Only allowed on an entry that is both default and global.` },
  );

export const discord: SectionDef = {
  name: 'discord',
  kind: 'tableOrArray',
  group: 'alert-handlers',
  description: 'Send alerts to Discord channels through webhooks.',
  identityKey: 'workspace',
  defaultElement: true,
  apiOverridable: true,
  since: '1.5.6',
  fields: withOpts({ since: '1.5.6' }, [
    enabled('this Discord entry', false, {
      help: 'Each Discord entry is switched on separately. When true, url is required ("Must specify the Discord channel webhook URL"); url and avatar-url must parse even while it is false.',
    }),
    defaultFlag('discord'),
    workspaceField('discord'),
    url('url', '', 'Discord channel webhook URL.', {
      secret: true,
      help: 'Required when enabled ("Must specify the Discord channel webhook URL"); must parse even when disabled. The webhook URL carries its own token, so this editor treats it as a secret (Kapacitor does not mask it in API replies).',
    }),
    bool('timestamp', false, 'Add a timestamp to each message.', { help: 'When true, the message embed carries a timestamp. Off by default.' }),
    str('username', '', 'Name the messages are posted under.', {
      help: 'Overrides the author name of the webhook for messages from this entry. Empty keeps the name set on the webhook itself.',
    }),
    url('avatar-url', '', 'Image URL for the poster\'s avatar.', { help: 'When set it must parse as a URL.' }),
    str('embed-title', '', 'Title of the message embed.', {
      help: 'Plain text shown at the top of the embed that carries the alert. Empty (the default) sets no title of its own.',
    }),
    ...chatGlobalPair('Discord'),
    ...tlsClient('Discord'),
  ]),
};

export const hipchat = handler('hipchat', 'Send alerts to HipChat rooms (service retired by Atlassian).', [
  enabled('the HipChat handler', false, {
    help: 'Off by default. When true, url is required and must parse. HipChat has been retired, so this only matters for old configurations.',
  }),
  url('url', '', 'HipChat room API URL, e.g. https://subdomain.hipchat.com/v2/room.', {
    help: `${requiredWhenEnabled('must also parse')}`,
  }),
  str('token', '', 'HipChat authentication token.', {
    secret: true,
    help: 'Sent to the HipChat API with each message and masked in config API replies. Kapacitor does not require it, even when enabled.',
  }),
  str('room', '', 'Default room for messages.', {
    help: 'Room name or ID used when an alert does not name its own. Kapacitor does not check the value.',
  }),
  ...globalPair('HipChat'),
]);

const saslSince = { since: '1.6.4' };
const oauthSince = { since: '1.7.6' };

export const kafka: SectionDef = {
  name: 'kafka',
  kind: 'array',
  group: 'alert-handlers',
  description: 'Publish alerts to Kafka clusters.',
  identityKey: 'id',
  defaultElement: true,
  apiOverridable: true,
  since: '1.5.0',
  fields: withOpts({ since: '1.5.0' }, [
    enabled('this Kafka cluster', false, {
      help: 'Only enabled entries are validated: then id and at least one broker are required, and from 1.7.6 on the SASL rules apply. With two or more [[kafka]] entries every entry starts from zero values (id included), so write id and enabled on each.',
    }),
    str('id', 'default', 'Unique name of this Kafka cluster.', {
      help: 'Required when enabled. Kapacitor does not check that ids are unique; a later entry with the same id silently replaces an earlier one. Always write [[kafka]]: a single [kafka] table is a type error.',
    }),
    list('brokers', [], 'Kafka brokers as host:port.', {
      item: 'hostport',
      help: 'At least one is required when enabled. Environment variables cannot add brokers, only replace listed ones: put a placeholder in the file when brokers come from KAPACITOR_KAFKA_0_BROKERS_0.',
    }),
    dur('timeout', '0s', 'Timeout for network operations with the brokers.', {
      help: '0 leaves the Kafka client library\'s own default (the sample comment promising 10s is not what 1.8 does).',
    }),
    int('batch-size', 0, 'Messages batched before sending (0 = 100).', {
      help: 'Messages are collected into batches of this size before being written to Kafka; the default 0 is applied as 100. The sample comment also promises fallbacks for timeout and batch-timeout, but in 1.8 this is the only one applied.',
    }),
    dur('batch-timeout', '0s', 'Longest wait before a partial batch is sent.', {
      help: '0 leaves the client default; the sample comment promising 1s is not applied in 1.8.',
    }),
    bool('use-ssl', false, 'Connect to the brokers over TLS.', { help: 'Must be true for the ssl-* settings to take effect.' }),
    ...tlsClient('the Kafka brokers'),
    str('sasl-username', '', 'SASL user name.', { ...saslSince, help: 'Setting it turns SASL on (PLAIN unless sasl-mechanism says otherwise).' }),
    str('sasl-password', '', 'Password for the SASL user.', {
      ...saslSince,
      secret: true,
      help: 'Kapacitor does not mask it in config API replies; treat it as a secret anyway.',
    }),
    map('sasl_extensions', {}, 'SASL extensions sent with OAUTHBEARER tokens (note the underscore).', {
      ...oauthSince,
      help: 'The key is sasl_extensions with an underscore: the sample comment spells it sasl-extensions, which Kapacitor ignores. A table of string pairs, e.g. { logicalCluster = "cluster-042" }.',
    }),
    enumOf('sasl-mechanism', ['', 'PLAIN', 'SCRAM-SHA-256', 'SCRAM-SHA-512', 'GSSAPI', 'OAUTHBEARER'], '', 'SASL mechanism (empty = PLAIN when a user name is set).', {
      ...saslSince,
      help: 'Exact spelling, capitals included. Kapacitor checks the value only from 1.7.6 and only on enabled entries; earlier versions pass anything on to the client.',
    }),
    int('sasl-version', undefined, 'SASL handshake version, 0 or 1 (unset = chosen from the Kafka version).', {
      ...saslSince,
      min: 0,
      max: 1,
      help: 'Left out, the version follows the Kafka protocol version (1 for Kafka 1.0+). Azure Event Hubs needs 0. Other values only fail when the producer is created. Setting it from an environment variable while the file leaves it out may crash Kapacitor (untested).',
    }),
    str('sasl-gssapi-service-name', '', 'Kerberos service name (GSSAPI).', {
      ...saslSince,
      help: 'The service part of the brokers\' Kerberos principal. Only used with sasl-mechanism = "GSSAPI"; Kapacitor does not check it.',
    }),
    enumOf('sasl-gssapi-auth-type', ['', 'KRB5_USER_AUTH', 'KRB5_KEYTAB_AUTH'], '', 'Kerberos authentication type (GSSAPI).', {
      ...saslSince,
      help: 'KRB5_USER_AUTH uses sasl-username/sasl-password, KRB5_KEYTAB_AUTH uses sasl-gssapi-key-tab-path. Kapacitor silently treats any other value as unset.',
    }),
    bool('sasl-gssapi-disable-pafxfast', false, 'Disable Kerberos PA-FX-FAST (GSSAPI).', {
      ...saslSince,
      help: 'Only matters with sasl-mechanism = "GSSAPI". Leave it false unless the Kerberos server (KDC) rejects FAST pre-authentication.',
    }),
    path('sasl-gssapi-kerberos-config-path', '', 'Path to krb5.conf (GSSAPI).', {
      ...saslSince,
      help: 'The Kerberos client configuration that names the realms and their KDCs. Only used with sasl-mechanism = "GSSAPI"; Kapacitor does not check the file at startup.',
    }),
    path('sasl-gssapi-key-tab-path', '', 'Path to the Kerberos keytab (GSSAPI).', {
      ...saslSince,
      help: 'Used when sasl-gssapi-auth-type is KRB5_KEYTAB_AUTH: the client key is read from this file instead of sasl-password. Only used with sasl-mechanism = "GSSAPI".',
    }),
    str('sasl-gssapi-realm', '', 'Kerberos realm (GSSAPI).', {
      ...saslSince,
      help: 'Realm of the client principal, usually in capitals such as EXAMPLE.COM. Only used with sasl-mechanism = "GSSAPI".',
    }),
    enumOf('sasl-oauth-service', ['', 'custom', 'auth0', 'azuread'], '', 'OAuth provider for OAUTHBEARER: custom, auth0 or azuread.', {
      ...oauthSince,
      caseInsensitive: true,
      help: 'Empty and custom need sasl-oauth-token-url; auth0 also needs an audience in sasl-oauth-parameters; azuread needs sasl-oauth-tenant-id and no token URL. Validation ignores case, but the auth0 token endpoint is only used for lower-case "auth0".',
    }),
    str('sasl-oauth-client-id', '', 'OAuth client ID (OAUTHBEARER).', {
      ...oauthSince,
      help: 'Required with OAUTHBEARER, even when sasl-access-token is used.',
    }),
    str('sasl-oauth-client-secret', '', 'OAuth client secret (OAUTHBEARER).', {
      ...oauthSince,
      secret: true,
      help: 'Required with OAUTHBEARER, even when sasl-access-token is used. Kapacitor does not mask it in API replies.',
    }),
    url('sasl-oauth-token-url', '', 'OAuth token endpoint (OAUTHBEARER with custom or auth0).', {
      ...oauthSince,
      help: 'Required for service "" / custom / auth0; must be empty for azuread and when sasl-access-token is set. Because client ID/secret are always required, a static sasl-access-token setup can never pass Kapacitor\'s checks.',
    }),
    list('sasl-oauth-scopes', [], 'OAuth scopes to request (OAUTHBEARER).', {
      ...oauthSince,
      help: 'A list, e.g. ["kafka"]. The sample comment shows "" which is a type error once uncommented.',
    }),
    map('sasl-oauth-parameters', {}, 'Extra parameters sent to the OAuth token endpoint, e.g. audience.', {
      ...oauthSince,
      help: 'Written as [kafka.sasl-oauth-parameters] or an inline table. With service auth0 an audience key is required. Beware the 1.7/1.8 sample: its uncommented [kafka.sasl-oauth-parameters] header captures every key written below it, so kafka keys placed there become OAuth parameters.',
    }),
    dur('sasl-oauth-token-expiry-margin', '10s', 'Refresh OAuth tokens this long before they expire.', {
      ...oauthSince,
      plainDuration: true,
      help: 'A plain Go duration: write it quoted ("10s"). Unlike other durations a bare integer counts as nanoseconds and "" is an error; from an environment variable it must be an integer number of nanoseconds. The built-in 10s only applies to the default [[kafka]] entry; 0 means 1s.',
    }),
    str('sasl-access-token', '', 'Static OAuth access token (deprecated, OAUTHBEARER).', {
      ...saslSince,
      secret: true,
      help: 'Must not be combined with sasl-oauth-service or sasl-oauth-token-url. Kapacitor marks it deprecated and unused; see sasl-oauth-token-url for why such a setup fails validation.',
    }),
    str('sasl-oauth-tenant-id', '', 'Azure AD tenant ID (OAUTHBEARER with azuread).', {
      ...oauthSince,
      help: 'Required when sasl-oauth-service is azuread.',
    }),
  ]),
};

export const mqtt: SectionDef = {
  name: 'mqtt',
  kind: 'array',
  group: 'alert-handlers',
  description: 'Publish alerts to MQTT brokers.',
  identityKey: 'name',
  defaultElement: true,
  apiOverridable: true,
  fields: [
    enabled('this MQTT broker', false, {
      help: 'When true, url is required. name and the default rules are checked on every entry, enabled or not.',
    }),
    str('name', 'default', 'Unique name of this broker entry.', {
      required: true,
      help: 'Required even when disabled. Names are not checked for uniqueness; a later entry silently replaces an earlier one.',
    }),
    bool('default', false, 'Use this broker when a handler names none.', {
      help: 'At most one entry may be default; with more than one entry exactly one must be (enabled or not).',
    }),
    url('url', '', 'Broker URL: tcp://, ssl:// or ws://.', { help: requiredWhenEnabled('the scheme is not checked') }),
    ...tlsClient('the MQTT broker'),
    str('client-id', '', 'MQTT client ID (empty = name).', {
      help: 'The identifier Kapacitor connects with; empty uses this entry\'s name. A broker allows one connection per client ID, so keep it unique when several Kapacitor servers use the same broker.',
    }),
    str('username', '', 'Broker user name.', {
      help: 'Leave it empty for a broker that accepts clients without a login; give it together with password otherwise.',
    }),
    str('password', '', 'Broker password.', { secret: true, help: 'Password for username. Masked in config API replies.' }),
  ],
};

export const opsgenie = handler('opsgenie', 'Send alerts to OpsGenie (v1 API).', [
  enabled('the OpsGenie v1 handler', false, {
    help: 'When true, api-key is required. url and recovery_url are checked even while this is false. [opsgenie2] is the handler for the OpsGenie v2 API.',
  }),
  str('api-key', '', 'OpsGenie API key.', { secret: true, help: requiredWhenEnabled('Kapacitor refuses to start without it') }),
  list('teams', [], 'Default teams; alerts may override them.', {
    help: 'A list of OpsGenie team names such as ["ops"]; an alert that names its own teams replaces this list. Empty by default.',
  }),
  list('recipients', [], 'Default recipients; alerts may override them.', {
    help: 'A list of OpsGenie users or groups; an alert that names its own recipients replaces this list. Empty by default.',
  }),
  url('url', 'https://api.opsgenie.com/v1/json/alert', 'OpsGenie v1 alert API URL.', {
    required: true,
    help: 'Required even when disabled; rarely needs changing.',
  }),
  url('recovery_url', 'https://api.opsgenie.com/v1/json/alert/note', 'URL called when an alert recovers (note the underscore).', {
    required: true,
    help: 'Required even when disabled. Point it at the note or close endpoint to choose what a recovery does.',
  }),
  bool('global', false, 'Send every alert to OpsGenie, even when the TICKscript does not name it.', {
    help: 'When true, alerts from every task also go to OpsGenie, with no OpsGenie handler in the TICKscript. This section has no state-changes-only key to go with it.',
  }),
]);

export const opsgenie2 = handler(
  'opsgenie2',
  'Send alerts to OpsGenie (v2 API).',
  withOpts({ since: '1.5.0' }, [
    enabled('the OpsGenie v2 handler', false, {
      help: 'When true, api-key is required. url and recovery_action are checked even while this is false. Kapacitor before 1.5.0 does not know [opsgenie2].',
    }),
    str('api-key', '', 'OpsGenie API key.', { secret: true, help: requiredWhenEnabled('Kapacitor refuses to start without it') }),
    list('teams', [], 'Default teams; alerts may override them.', {
      help: 'A list of OpsGenie team names such as ["ops"]; an alert that names its own teams replaces this list. Empty by default.',
    }),
    list('recipients', [], 'Default recipients; alerts may override them.', {
      help: 'A list of OpsGenie users or groups; an alert that names its own recipients replaces this list. Empty by default.',
    }),
    url('url', 'https://api.opsgenie.com/v2/alerts', 'OpsGenie v2 alerts API URL.', { required: true, help: 'Required even when disabled.' }),
    str('recovery_action', 'notes', 'What a recovery does: "notes" adds a note, "close" closes the alert.', {
      required: true,
      help: 'Note the underscore. Required even when disabled. Kapacitor does not check the value, but only notes and close are meaningful.',
    }),
    bool('global', false, 'Send every alert to OpsGenie, even when the TICKscript does not name it.', {
      help: 'When true, alerts from every task also go to OpsGenie, with no OpsGenie handler in the TICKscript. This section has no state-changes-only key to go with it.',
    }),
    bool('details', false, 'Use the alert details as the OpsGenie description.', {
      since: '1.5.8',
      help: 'Off by default. Kapacitor before 1.5.8 does not know the key and ignores it.',
    }),
  ]),
  { since: '1.5.0' },
);

export const pagerduty = handler('pagerduty', 'Send alerts to PagerDuty (Events API v1).', [
  enabled('the PagerDuty v1 handler', false, {
    help: 'Off by default. Kapacitor requires nothing else when it is on, but url is checked even while it is off. For the Events API v2 use [pagerduty2].',
  }),
  url('url', 'https://events.pagerduty.com/generic/2010-04-15/create_event.json', 'PagerDuty v1 events URL.', {
    required: true,
    help: 'Required even when disabled.',
  }),
  str('service-key', '', 'PagerDuty service integration key.', {
    secret: true,
    help: 'Not required by Kapacitor even when enabled, but PagerDuty rejects events without it.',
  }),
  bool('global', false, 'Send every alert to PagerDuty, even when the TICKscript does not name it.', {
    help: 'When true, alerts from every task also go to PagerDuty, with no PagerDuty handler in the TICKscript. This section has no state-changes-only key to go with it.',
  }),
]);

export const pagerduty2 = handler(
  'pagerduty2',
  'Send alerts to PagerDuty (Events API v2).',
  withOpts({ since: '1.5.0' }, [
    enabled('the PagerDuty v2 handler', false, {
      help: 'Off by default. Kapacitor requires nothing else when it is on, but url is checked even while it is off. Kapacitor before 1.5.0 does not know [pagerduty2].',
    }),
    url('url', 'https://events.pagerduty.com/v2/enqueue', 'PagerDuty v2 enqueue URL.', { required: true, help: 'Required even when disabled.' }),
    str('routing-key', '', 'PagerDuty v2 integration (routing) key.', {
      secret: true,
      help: 'The integration key of the PagerDuty service that should receive the events. Kapacitor does not require it even when enabled, but PagerDuty rejects events without one. Masked in config API replies.',
    }),
    bool('global', false, 'Send every alert to PagerDuty, even when the TICKscript does not name it.', {
      help: 'When true, alerts from every task also go to PagerDuty, with no PagerDuty handler in the TICKscript. This section has no state-changes-only key to go with it.',
    }),
  ]),
  { since: '1.5.0' },
);

export const pushover = handler('pushover', 'Send alerts as Pushover notifications.', [
  enabled('the Pushover handler', false, {
    help: 'When true, token and user-key must be set and url must be a valid URL, or Kapacitor refuses to start.',
  }),
  str('token', '', 'Pushover application API token.', { secret: true, help: requiredWhenEnabled('with user-key and url') }),
  str('user-key', '', 'Pushover user or group key.', { secret: true, help: requiredWhenEnabled('with token and url') }),
  url('url', 'https://api.pushover.net/1/messages.json', 'Pushover messages API URL.', { help: requiredWhenEnabled('must also parse') }),
]);

export const httppost: SectionDef = {
  name: 'httppost',
  kind: 'array',
  group: 'alert-handlers',
  description: 'POST alert or row data as JSON (or a template) to HTTP endpoints.',
  identityKey: 'endpoint',
  defaultElement: true,
  apiOverridable: true,
  fields: [
    str('endpoint', 'example', 'Name handlers and httpPost nodes use to pick this endpoint.', {
      required: true,
      help: 'Required. Not checked for uniqueness; a later entry silently replaces an earlier one. Environment variables can only change entries the file already has (KAPACITOR_HTTPPOST_1_* needs a second [[httppost]]).',
    }),
    url('url', 'http://example.com', 'URL to POST to; may be a Go template since 1.5.7.', {
      required: true,
      help: 'Required. Since 1.5.7 it is a Go text/template (functions json, jsonCompact) that Kapacitor runs once with no data while validating; text without template actions must parse as a URL.',
    }),
    map('headers', {}, 'Extra HTTP headers, e.g. { Authorization = "..." }.', {
      help: 'From 1.6 on, environment variables can add headers: KAPACITOR_HTTPPOST_0_HEADERS_<Name> (the name keeps its case).',
    }),
    table(
      'basic-auth',
      [
        str('username', '', 'Basic-auth user name.', {
          help: 'Sent in the Authorization header of every POST to this endpoint. Set password as well; leave both empty for an endpoint without authentication.',
        }),
        str('password', '', 'Basic-auth password.', {
          secret: true,
          help: 'Goes with username. The whole basic-auth table is masked in config API replies.',
        }),
      ],
      { username: '', password: '' },
      'HTTP basic authentication: { username = "...", password = "..." }.',
      { secret: true, help: 'Give both username and password (1.5 had a check for that, which was never run).' },
    ),
    str('alert-template', '', 'Inline Go template for the body of alert POSTs.', {
      help: 'Use this or alert-template-file, not both. The syntax is only checked when the service starts.',
    }),
    path('alert-template-file', '', 'Absolute path to a Go template file for alert bodies.', {
      help: 'Must be absolute (by the rules of the OS Kapacitor runs on). Use this or alert-template, not both.',
    }),
    str('row-template', '', 'Inline Go template for the body of httpPost node POSTs.', {
      help: 'Use this or row-template-file, not both.',
    }),
    path('row-template-file', '', 'Absolute path to a Go template file for row bodies.', {
      help: 'Must be absolute. Use this or row-template, not both.',
    }),
  ],
};

export const smtp = handler('smtp', 'Send alerts by email through an SMTP server.', [
  enabled('the email handler', false, {
    help: 'When true, from must be a valid address or Kapacitor refuses to start. host and port are checked even while it is false.',
  }),
  str('host', 'localhost', 'SMTP server host.', { required: true, help: 'Required even when disabled.' }),
  int('port', 25, 'SMTP server port.', { min: 1, max: PORT.max, help: 'Must be above 0 even when disabled.' }),
  str('username', '', 'SMTP user name (empty = no authentication).', {
    help: 'Set it when the mail server requires a login, together with password. Leave it empty for a relay that accepts mail without one.',
  }),
  str('password', '', 'Password for the SMTP user.', {
    secret: true,
    help: 'Only used when username is set. Masked in config API replies; KAPACITOR_SMTP_PASSWORD keeps it out of the file.',
  }),
  bool('no-verify', false, 'Skip verifying the SMTP server\'s TLS certificate (insecure).', {
    help: 'Accepts any certificate from the mail server, for example a self-signed one on an internal relay. Leave it false otherwise: it exposes the connection, and the password, to interception.',
  }),
  ...globalPair('email'),
  email('from', '', 'Sender address, e.g. "Kapacitor <kapacitor@example.com>".', {
    help: 'Required when enabled. Must be an RFC 5322 address ("name@example.com" or "Name <name@example.com>"); Kapacitor 1.6.2 and earlier only looked for an "@".',
  }),
  list('to', [], 'Default recipients.', {
    item: 'email',
    help: 'Each entry must be an email address. Environment variables cannot add recipients (KAPACITOR_SMTP_TO_0 does nothing on an empty list).',
  }),
  list('toTemplates', [], 'Templates producing extra recipients from alert data (camelCase key).', {
    since: '1.6.3',
    apiKey: 'to-templates',
    help: 'The key is camelCase in the file (toTemplates) but to-templates in the config API.',
  }),
  dur('idle-timeout', '30s', 'Close idle SMTP connections after this long.', {
    min: 0,
    help: 'Must not be negative.',
  }),
]);

export const snmptrap = handler('snmptrap', 'Send alerts as SNMP traps.', [
  enabled('the SNMP trap handler', false, { help: 'When true, addr must not be empty. Off by default.' }),
  hostport('addr', 'localhost:162', 'host:port of the SNMP trap receiver.', { help: requiredWhenEnabled('host:port') }),
  str('community', 'kapacitor', 'SNMP community string.', {
    secret: true,
    help: 'Sent with every trap; the receiver uses it to accept or reject traps. The default is "kapacitor", so set what your receiver expects. Masked in config API replies.',
  }),
  int('retries', 1, 'How many times a trap is resent.', {
    help: 'An integer; the default is 1. Kapacitor does not check the value, so keep it at 0 or more.',
  }),
]);

export const sensu = handler('sensu', 'Send alerts to a Sensu client.', [
  enabled('the Sensu handler', false, { help: 'When true, addr is required or Kapacitor refuses to start. Off by default.' }),
  hostport('addr', '', 'host:port of the Sensu client socket.', { help: requiredWhenEnabled('host:port') }),
  str('source', 'Kapacitor', 'Default source name for events.', {
    help: 'Events appear in Sensu under this source name when an alert does not give its own. The default is "Kapacitor".',
  }),
  list('handlers', [], 'Default Sensu handlers.', {
    help: 'A list of Sensu handler names such as ["email"], used for events whose alert names no handlers of its own. Empty by default.',
  }),
]);

export const servicenow = handler(
  'servicenow',
  'Send alerts to ServiceNow event management.',
  withOpts({ since: '1.5.7' }, [
    enabled('the ServiceNow handler', false, {
      help: 'When true, url is required; it must parse even while this is false. Kapacitor before 1.5.7 does not know [servicenow].',
    }),
    url('url', 'https://instance.service-now.com/api/global/em/jsonv2', 'ServiceNow events web-service URL.', {
      help: `Replace "instance" with your instance. ${requiredWhenEnabled('must also parse')}`,
    }),
    str('source', '', 'Default source reported to ServiceNow.', {
      help: 'Shown as the event source in ServiceNow when an alert does not give its own; the packaged sample writes "Kapacitor". Empty by default.',
    }),
    str('username', '', 'User for HTTP basic authentication.', {
      help: 'The ServiceNow account the events are posted with; give it together with password.',
    }),
    str('password', '', 'Password for HTTP basic authentication.', { secret: true, help: 'Goes with username. Masked in config API replies.' }),
    ...globalPair('ServiceNow'),
  ]),
  { since: '1.5.7' },
);

export const slack: SectionDef = {
  name: 'slack',
  kind: 'tableOrArray',
  group: 'alert-handlers',
  description: 'Send alerts to Slack workspaces.',
  identityKey: 'workspace',
  defaultElement: true,
  apiOverridable: true,
  fields: [
    enabled('this Slack entry', false, {
      help: 'Each Slack entry is switched on separately. When true, url is required, and it must parse even while this is false.',
    }),
    defaultFlag('slack', { since: '1.5.0' }),
    workspaceField('slack', { since: '1.5.0' }),
    url('url', '', 'Incoming-webhook URL, or https://slack.com/api/chat.postMessage for apps.', {
      secret: true,
      help: 'Required when enabled; must parse even when disabled. Webhook URLs carry their own secret.',
    }),
    str('token', '', 'OAuth token for Slack apps (empty for legacy webhooks).', {
      secret: true,
      since: '1.6.0',
      help: 'Needed with chat.postMessage; the app needs chat:write and chat:write.public.',
    }),
    str('channel', '', 'Default channel for messages.', {
      help: 'A channel such as "#alerts", used when an alert does not name one. Empty leaves it to the webhook, which posts to the channel it was created for.',
    }),
    str('username', 'kapacitor', 'Name the messages are posted under.', {
      help: 'The built-in "kapacitor" only holds while the file has no slack section; once it has one, a missing username means empty.',
    }),
    str('icon-emoji', '', 'Emoji used as the poster\'s icon, e.g. ":ghost:".', {
      help: 'An emoji name between colons that replaces the avatar on messages from this entry. Empty keeps the icon of the webhook or app.',
    }),
    ...chatGlobalPair('Slack'),
    ...tlsClient('Slack'),
  ],
};

export const talk = handler('talk', 'Send alerts to Talk (jianliao.com).', [
  enabled('the Talk handler', false, { help: 'When true, url is required and must parse. Off by default.' }),
  url('url', '', 'Talk incoming-webhook URL.', { secret: true, help: requiredWhenEnabled('must also parse') }),
  str('author_name', '', 'Author name shown on messages (note the underscore).', {
    help: 'The packaged sample writes "Kapacitor". The key must be spelled author_name: author-name is an unknown key, which Kapacitor silently ignores.',
  }),
]);

export const teams = handler(
  'teams',
  'Send alerts to Microsoft Teams channels.',
  withOpts({ since: '1.5.6' }, [
    enabled('the Teams handler', false, { help: 'When true, channel-url is required and must parse. Kapacitor before 1.5.6 does not know [teams].' }),
    url('channel-url', '', 'Teams channel incoming-webhook URL.', {
      secret: true,
      help: `${requiredWhenEnabled('must also parse')} The webhook URL carries its own secret, so this editor treats it as one (Kapacitor does not mask it).`,
    }),
    ...globalPair('Teams'),
  ]),
  { since: '1.5.6' },
);

export const telegram = handler('telegram', 'Send alerts through a Telegram bot.', [
  enabled('the Telegram handler', false, { help: 'When true, url and token must both be set or Kapacitor refuses to start. Off by default.' }),
  url('url', 'https://api.telegram.org/bot', 'Telegram bot API URL (rarely changed).', { help: requiredWhenEnabled('must also parse') }),
  str('token', '', 'Bot token from @BotFather.', { secret: true, help: requiredWhenEnabled('Kapacitor refuses to start without it') }),
  str('chat-id', '', 'Default chat to send to.', {
    help: 'ID of the user, group or channel chat used when an alert does not give its own; the bot must be allowed to post there. Kapacitor does not check the value.',
  }),
  str('parse-mode', '', 'How Telegram formats messages: Markdown or HTML.', {
    help: 'Kapacitor passes the value on unchecked; Telegram accepts Markdown, MarkdownV2 and HTML.',
  }),
  bool('disable-web-page-preview', false, 'Do not show link previews.', {
    help: 'When true, links in alert messages are not expanded into page previews in Telegram. Off by default.',
  }),
  bool('disable-notification', false, 'Send messages silently.', {
    help: 'When true, recipients get the message without a sound or notification. Off by default; useful for low-priority alerts.',
  }),
  ...globalPair('Telegram'),
]);

export const victorops = handler('victorops', 'Send alerts to VictorOps (Splunk On-Call).', [
  enabled('the VictorOps handler', false, {
    help: 'Off by default. Kapacitor requires nothing else when it is on (VictorOps itself needs api-key), but url is checked even while it is off.',
  }),
  str('api-key', '', 'VictorOps API key.', {
    secret: true,
    help: 'Not required by Kapacitor even when enabled, but VictorOps rejects alerts without it.',
  }),
  str('routing-key', '', 'Default routing key; alerts may override it.', {
    help: 'Decides which VictorOps routing rule, and so which team, gets an alert that does not give its own key. Empty sends none.',
  }),
  url('url', 'https://alert.victorops.com/integrations/generic/20131114/alert', 'VictorOps REST endpoint URL.', {
    required: true,
    help: 'Required even when disabled.',
  }),
  bool('global', false, 'Send every alert to VictorOps, even when the TICKscript does not name it.', {
    help: 'When true, alerts from every task also go to VictorOps, with no VictorOps handler in the TICKscript. This section has no state-changes-only key to go with it.',
  }),
  bool('json-data', false, 'Send the alert data as JSON rather than text.', {
    help: 'New setups usually want true; false is kept for compatibility.',
  }),
]);

export const zenoss = handler(
  'zenoss',
  'Send alerts to Zenoss as events.',
  withOpts({ since: '1.6.0' }, [
    enabled('the Zenoss handler', false, {
      help: 'When true, url is required. Note that url is checked strictly (an absolute URL) even while this is false. Kapacitor before 1.6.0 does not know [zenoss].',
    }),
    url('url', 'https://tenant.zenoss.io:8080/zport/dmd/evconsole_router', 'Zenoss event router URL.', {
      required: true,
      urlForm: 'request-uri',
      help: 'Checked more strictly than other handlers, and even when disabled: it must be an absolute URL (or absolute path), never empty or relative.',
    }),
    str('username', '', 'User for HTTP basic authentication.', {
      help: 'The Zenoss account the events are posted with; give it together with password, or leave both empty.',
    }),
    str('password', '', 'Password for HTTP basic authentication.', { secret: true, help: 'Goes with username. Masked in config API replies.' }),
    str('action', 'EventsRouter', 'Zenoss router name.', {
      help: 'Names the router each request is addressed to, together with method. The default "EventsRouter" normally stays as it is.',
    }),
    str('method', 'add_event', 'Router method called.', {
      help: 'The router method each alert calls; the default "add_event" creates an event. Normally left as it is.',
    }),
    str('type', 'rpc', 'Zenoss event type sent with each alert.', {
      help: 'Sent in every router request along with action, method and tid. The default "rpc" normally stays as it is.',
    }),
    int('tid', 1, 'Temporary request transaction ID.', {
      help: 'A 64-bit integer sent with each router request. The default 1 rarely needs changing.',
    }),
    str('collector', 'Kapacitor', 'Collector name reported to Zenoss.', {
      help: 'Tells Zenoss which collector the events came from; the default is "Kapacitor".',
    }),
    table(
      'severity-map',
      ['OK', 'Info', 'Warning', 'Critical'].map((level) =>
        str(level, level === 'OK' ? 'Clear' : level, `Zenoss severity for ${level} alerts.`, {
          anyScalar: true,
          since: '1.6.0',
          help: 'Any TOML scalar: a severity name such as "Critical" or a Zenoss number.',
        }),
      ),
      { OK: 'Clear', Info: 'Info', Warning: 'Warning', Critical: 'Critical' },
      'Zenoss severity used for each alert level.',
      { help: 'All four levels must be present; keys left out of the file keep their defaults, so only the API can lose one. Keys match without regard to case.' },
    ),
    ...globalPair('Zenoss'),
  ]),
  { since: '1.6.0' },
);
