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
  enabled('the Alerta handler'),
  url('url', '', 'Base URL of the Alerta API.', { help: `${requiredWhenEnabled('Kapacitor refuses to start without it')} Must be a parseable URL even when disabled.` }),
  bool('insecure-skip-verify', false, 'Skip verifying Alerta\'s TLS certificate (insecure).'),
  str('token', '', 'Default API token for Alerta.', { secret: true }),
  str('token-prefix', '', 'Word sent before the token in the Authorization header (empty = "Bearer").', {
    help: 'Empty sends "Bearer". Older Alerta servers may need "Key".',
  }),
  str('environment', '', 'Default Alerta environment for alerts.'),
  str('origin', '', 'Default origin reported to Alerta.'),
  dur('timeout', '0s', 'Timeout for requests to Alerta (0 = none).'),
]);

export const bigpanda = handler(
  'bigpanda',
  'Send alerts to BigPanda.',
  withOpts({ since: '1.5.8' }, [
    enabled('the BigPanda handler'),
    ...globalPair('BigPanda'),
    str('app-key', '', 'BigPanda application key.', { help: requiredWhenEnabled('with token and url') }),
    str('token', '', 'BigPanda bearer token.', { secret: true, help: requiredWhenEnabled('with app-key and url') }),
    bool('insecure-skip-verify', false, 'Skip verifying BigPanda\'s TLS certificate (insecure).'),
    url('url', 'https://api.bigpanda.io/data/v2/alerts', 'BigPanda alerts API URL.', {
      help: `${requiredWhenEnabled('must also parse')}`,
    }),
    str('auto-attributes', 'tags,fields', 'Which alert data becomes BigPanda attributes ("tags,fields").', { since: '1.6.3' }),
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
    enabled('this Discord entry'),
    defaultFlag('discord'),
    workspaceField('discord'),
    url('url', '', 'Discord channel webhook URL.', {
      secret: true,
      help: 'Required when enabled ("Must specify the Discord channel webhook URL"); must parse even when disabled. The webhook URL carries its own token, so this editor treats it as a secret (Kapacitor does not mask it in API replies).',
    }),
    bool('timestamp', false, 'Add a timestamp to each message.'),
    str('username', '', 'Name the messages are posted under.'),
    url('avatar-url', '', 'Image URL for the poster\'s avatar.', { help: 'When set it must parse as a URL.' }),
    str('embed-title', '', 'Title of the message embed.'),
    ...chatGlobalPair('Discord'),
    ...tlsClient('Discord'),
  ]),
};

export const hipchat = handler('hipchat', 'Send alerts to HipChat rooms (service retired by Atlassian).', [
  enabled('the HipChat handler'),
  url('url', '', 'HipChat room API URL, e.g. https://subdomain.hipchat.com/v2/room.', {
    help: `${requiredWhenEnabled('must also parse')}`,
  }),
  str('token', '', 'HipChat authentication token.', { secret: true }),
  str('room', '', 'Default room for messages.'),
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
    enabled('this Kafka cluster'),
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
    int('batch-size', 0, 'Messages batched before sending (0 = 100).'),
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
    str('sasl-gssapi-service-name', '', 'Kerberos service name (GSSAPI).', saslSince),
    enumOf('sasl-gssapi-auth-type', ['', 'KRB5_USER_AUTH', 'KRB5_KEYTAB_AUTH'], '', 'Kerberos authentication type (GSSAPI).', {
      ...saslSince,
      help: 'KRB5_USER_AUTH uses sasl-username/sasl-password, KRB5_KEYTAB_AUTH uses sasl-gssapi-key-tab-path. Kapacitor silently treats any other value as unset.',
    }),
    bool('sasl-gssapi-disable-pafxfast', false, 'Disable Kerberos PA-FX-FAST (GSSAPI).', saslSince),
    path('sasl-gssapi-kerberos-config-path', '', 'Path to krb5.conf (GSSAPI).', saslSince),
    path('sasl-gssapi-key-tab-path', '', 'Path to the Kerberos keytab (GSSAPI).', saslSince),
    str('sasl-gssapi-realm', '', 'Kerberos realm (GSSAPI).', saslSince),
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
    enabled('this MQTT broker'),
    str('name', 'default', 'Unique name of this broker entry.', {
      required: true,
      help: 'Required even when disabled. Names are not checked for uniqueness; a later entry silently replaces an earlier one.',
    }),
    bool('default', false, 'Use this broker when a handler names none.', {
      help: 'At most one entry may be default; with more than one entry exactly one must be (enabled or not).',
    }),
    url('url', '', 'Broker URL: tcp://, ssl:// or ws://.', { help: requiredWhenEnabled('the scheme is not checked') }),
    ...tlsClient('the MQTT broker'),
    str('client-id', '', 'MQTT client ID (empty = name).'),
    str('username', '', 'Broker user name.'),
    str('password', '', 'Broker password.', { secret: true }),
  ],
};

export const opsgenie = handler('opsgenie', 'Send alerts to OpsGenie (v1 API).', [
  enabled('the OpsGenie v1 handler'),
  str('api-key', '', 'OpsGenie API key.', { secret: true, help: requiredWhenEnabled('Kapacitor refuses to start without it') }),
  list('teams', [], 'Default teams; alerts may override them.'),
  list('recipients', [], 'Default recipients; alerts may override them.'),
  url('url', 'https://api.opsgenie.com/v1/json/alert', 'OpsGenie v1 alert API URL.', { required: true, help: 'Required even when disabled; rarely needs changing.' }),
  url('recovery_url', 'https://api.opsgenie.com/v1/json/alert/note', 'URL called when an alert recovers (note the underscore).', {
    required: true,
    help: 'Required even when disabled. Point it at the note or close endpoint to choose what a recovery does.',
  }),
  bool('global', false, 'Send every alert to OpsGenie, even when the TICKscript does not name it.'),
]);

export const opsgenie2 = handler(
  'opsgenie2',
  'Send alerts to OpsGenie (v2 API).',
  withOpts({ since: '1.5.0' }, [
    enabled('the OpsGenie v2 handler'),
    str('api-key', '', 'OpsGenie API key.', { secret: true, help: requiredWhenEnabled('Kapacitor refuses to start without it') }),
    list('teams', [], 'Default teams; alerts may override them.'),
    list('recipients', [], 'Default recipients; alerts may override them.'),
    url('url', 'https://api.opsgenie.com/v2/alerts', 'OpsGenie v2 alerts API URL.', { required: true, help: 'Required even when disabled.' }),
    str('recovery_action', 'notes', 'What a recovery does: "notes" adds a note, "close" closes the alert.', {
      required: true,
      help: 'Note the underscore. Required even when disabled. Kapacitor does not check the value, but only notes and close are meaningful.',
    }),
    bool('global', false, 'Send every alert to OpsGenie, even when the TICKscript does not name it.'),
    bool('details', false, 'Use the alert details as the OpsGenie description.', { since: '1.5.8' }),
  ]),
  { since: '1.5.0' },
);

export const pagerduty = handler('pagerduty', 'Send alerts to PagerDuty (Events API v1).', [
  enabled('the PagerDuty v1 handler'),
  url('url', 'https://events.pagerduty.com/generic/2010-04-15/create_event.json', 'PagerDuty v1 events URL.', {
    required: true,
    help: 'Required even when disabled.',
  }),
  str('service-key', '', 'PagerDuty service integration key.', { secret: true, help: 'Not required by Kapacitor even when enabled, but PagerDuty rejects events without it.' }),
  bool('global', false, 'Send every alert to PagerDuty, even when the TICKscript does not name it.'),
]);

export const pagerduty2 = handler(
  'pagerduty2',
  'Send alerts to PagerDuty (Events API v2).',
  withOpts({ since: '1.5.0' }, [
    enabled('the PagerDuty v2 handler'),
    url('url', 'https://events.pagerduty.com/v2/enqueue', 'PagerDuty v2 enqueue URL.', { required: true, help: 'Required even when disabled.' }),
    str('routing-key', '', 'PagerDuty v2 integration (routing) key.', { secret: true }),
    bool('global', false, 'Send every alert to PagerDuty, even when the TICKscript does not name it.'),
  ]),
  { since: '1.5.0' },
);

export const pushover = handler('pushover', 'Send alerts as Pushover notifications.', [
  enabled('the Pushover handler'),
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
      [str('username', '', 'Basic-auth user name.'), str('password', '', 'Basic-auth password.', { secret: true })],
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
  enabled('the email handler'),
  str('host', 'localhost', 'SMTP server host.', { required: true, help: 'Required even when disabled.' }),
  int('port', 25, 'SMTP server port.', { min: 1, max: PORT.max, help: 'Must be above 0 even when disabled.' }),
  str('username', '', 'SMTP user name (empty = no authentication).'),
  str('password', '', 'Password for the SMTP user.', { secret: true }),
  bool('no-verify', false, 'Skip verifying the SMTP server\'s TLS certificate (insecure).'),
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
    help: 'The key is camelCase in the file (toTemplates) but to-templates in the config API.',
  }),
  dur('idle-timeout', '30s', 'Close idle SMTP connections after this long.', {
    min: 0,
    help: 'Must not be negative.',
  }),
]);

export const snmptrap = handler('snmptrap', 'Send alerts as SNMP traps.', [
  enabled('the SNMP trap handler'),
  hostport('addr', 'localhost:162', 'host:port of the SNMP trap receiver.', { help: requiredWhenEnabled('host:port') }),
  str('community', 'kapacitor', 'SNMP community string.', { secret: true }),
  int('retries', 1, 'How many times a trap is resent.'),
]);

export const sensu = handler('sensu', 'Send alerts to a Sensu client.', [
  enabled('the Sensu handler'),
  hostport('addr', '', 'host:port of the Sensu client socket.', { help: requiredWhenEnabled('host:port') }),
  str('source', 'Kapacitor', 'Default source name for events.'),
  list('handlers', [], 'Default Sensu handlers.'),
]);

export const servicenow = handler(
  'servicenow',
  'Send alerts to ServiceNow event management.',
  withOpts({ since: '1.5.7' }, [
    enabled('the ServiceNow handler'),
    url('url', 'https://instance.service-now.com/api/global/em/jsonv2', 'ServiceNow events web-service URL.', {
      help: `Replace "instance" with your instance. ${requiredWhenEnabled('must also parse')}`,
    }),
    str('source', '', 'Default source reported to ServiceNow.'),
    str('username', '', 'User for HTTP basic authentication.'),
    str('password', '', 'Password for HTTP basic authentication.', { secret: true }),
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
    enabled('this Slack entry'),
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
    str('channel', '', 'Default channel for messages.'),
    str('username', 'kapacitor', 'Name the messages are posted under.', {
      help: 'The built-in "kapacitor" only holds while the file has no slack section; once it has one, a missing username means empty.',
    }),
    str('icon-emoji', '', 'Emoji used as the poster\'s icon, e.g. ":ghost:".'),
    ...chatGlobalPair('Slack'),
    ...tlsClient('Slack'),
  ],
};

export const talk = handler('talk', 'Send alerts to Talk (jianliao.com).', [
  enabled('the Talk handler'),
  url('url', '', 'Talk incoming-webhook URL.', { secret: true, help: requiredWhenEnabled('must also parse') }),
  str('author_name', '', 'Author name shown on messages (note the underscore).'),
]);

export const teams = handler(
  'teams',
  'Send alerts to Microsoft Teams channels.',
  withOpts({ since: '1.5.6' }, [
    enabled('the Teams handler'),
    url('channel-url', '', 'Teams channel incoming-webhook URL.', {
      secret: true,
      help: `${requiredWhenEnabled('must also parse')} The webhook URL carries its own secret, so this editor treats it as one (Kapacitor does not mask it).`,
    }),
    ...globalPair('Teams'),
  ]),
  { since: '1.5.6' },
);

export const telegram = handler('telegram', 'Send alerts through a Telegram bot.', [
  enabled('the Telegram handler'),
  url('url', 'https://api.telegram.org/bot', 'Telegram bot API URL (rarely changed).', { help: requiredWhenEnabled('must also parse') }),
  str('token', '', 'Bot token from @BotFather.', { secret: true, help: requiredWhenEnabled('Kapacitor refuses to start without it') }),
  str('chat-id', '', 'Default chat to send to.'),
  str('parse-mode', '', 'How Telegram formats messages: Markdown or HTML.', {
    help: 'Kapacitor passes the value on unchecked; Telegram accepts Markdown, MarkdownV2 and HTML.',
  }),
  bool('disable-web-page-preview', false, 'Do not show link previews.'),
  bool('disable-notification', false, 'Send messages silently.'),
  ...globalPair('Telegram'),
]);

export const victorops = handler('victorops', 'Send alerts to VictorOps (Splunk On-Call).', [
  enabled('the VictorOps handler'),
  str('api-key', '', 'VictorOps API key.', { secret: true, help: 'Not required by Kapacitor even when enabled, but VictorOps rejects alerts without it.' }),
  str('routing-key', '', 'Default routing key; alerts may override it.'),
  url('url', 'https://alert.victorops.com/integrations/generic/20131114/alert', 'VictorOps REST endpoint URL.', {
    required: true,
    help: 'Required even when disabled.',
  }),
  bool('global', false, 'Send every alert to VictorOps, even when the TICKscript does not name it.'),
  bool('json-data', false, 'Send the alert data as JSON rather than text.', { help: 'New setups usually want true; false is kept for compatibility.' }),
]);

export const zenoss = handler(
  'zenoss',
  'Send alerts to Zenoss as events.',
  withOpts({ since: '1.6.0' }, [
    enabled('the Zenoss handler'),
    url('url', 'https://tenant.zenoss.io:8080/zport/dmd/evconsole_router', 'Zenoss event router URL.', {
      required: true,
      urlForm: 'request-uri',
      help: 'Checked more strictly than other handlers, and even when disabled: it must be an absolute URL (or absolute path), never empty or relative.',
    }),
    str('username', '', 'User for HTTP basic authentication.'),
    str('password', '', 'Password for HTTP basic authentication.', { secret: true }),
    str('action', 'EventsRouter', 'Zenoss router name.'),
    str('method', 'add_event', 'Router method called.'),
    str('type', 'rpc', 'Zenoss event type sent with each alert.'),
    int('tid', 1, 'Temporary request transaction ID.'),
    str('collector', 'Kapacitor', 'Collector name reported to Zenoss.'),
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
