// Data coming in: InfluxDB connections and subscriptions, and the listeners copied from InfluxDB
// (graphite, collectd, opentsdb) plus Kapacitor's own UDP listener.
import type { SectionDef } from '../types';
import { PORT, bool, dur, enabled, enumOf, hostport, int, list, listMap, path, str, tlsClient } from './helpers';

export const influxdb: SectionDef = {
  name: 'influxdb',
  kind: 'array',
  group: 'influxdb-inputs',
  description: 'InfluxDB servers Kapacitor subscribes to, queries and writes to.',
  identityKey: 'name',
  defaultElement: true,
  apiOverridable: true,
  fields: [
    enabled('this InfluxDB connection', true, {
      help: 'Defaults to true only while the file has exactly one [[influxdb]]; with two or more, every entry starts from false, so write enabled = true on each one you use. Disabled entries are still validated.',
    }),
    str('name', 'default', 'Unique name of this InfluxDB; TICKscripts and fluxtask refer to it.', {
      required: true,
      pattern: '^[-._\\p{L}0-9]+$',
      patternMessage: 'Use only letters, digits, ".", "-" and "_" (no spaces).',
      help: 'Required, even on disabled entries, and must be unique across [[influxdb]] entries. Letters of any script, digits, "-", "." and "_" only. A name containing "." cannot be addressed through the config API.',
    }),
    bool('default', false, 'Use this InfluxDB when a task does not name one.', {
      help: 'With more than one enabled entry exactly one enabled entry must have default = true; two enabled defaults are an error. With a single enabled entry it is used anyway.',
    }),
    list('urls', ['http://localhost:8086'], 'InfluxDB URLs; the first that answers is used.', {
      item: 'url',
      required: true,
      help: 'At least one URL is required, even on a disabled entry. With two or more [[influxdb]] entries the default list is gone, so every entry needs its own urls. Environment variables can only replace URLs already listed here.',
    }),
    str('username', '', 'InfluxDB user (InfluxDB 1.x authentication).'),
    str('password', '', 'Password for username.', { secret: true }),
    str('token', '', 'API token (InfluxDB 2.x / Cloud, or 1.x with token auth).', { secret: true, since: '1.6.0' }),
    bool('http-shared-secret', false, 'Sign requests with [http] shared-secret as a JWT instead of a password.', {
      since: '1.6.0',
      help: 'For InfluxDB set up with a shared secret: Kapacitor then authenticates with a token signed by [http] shared-secret.',
    }),
    ...tlsClient('InfluxDB').map((f) =>
      f.key === 'ssl-ca'
        ? { ...f, help: `${f.help} Kapacitor opens the file while validating, so it must exist on the server (not checked in the browser).` }
        : f.key === 'ssl-cert' || f.key === 'ssl-key'
          ? { ...f, help: `${f.help} Setting only one of ssl-cert and ssl-key is an error; the pair is loaded while validating.` }
          : f,
    ),
    dur('timeout', '0s', 'Timeout for InfluxDB requests; 0 means none.', {
      help: 'Write it as a quoted duration ("30s"). The sample\'s bare `timeout = 0` only works because 0 is the one integer Kapacitor accepts for a duration.',
    }),
    bool('disable-subscriptions', false, 'Do not create InfluxDB subscriptions (query only).', {
      help: 'Stream tasks then receive no data from this InfluxDB; batch queries still work.',
    }),
    enumOf('subscription-protocol', ['', 'http', 'https', 'udp'], 'http', 'How InfluxDB sends subscription data to Kapacitor.', {
      help: 'http, https or udp (lower case). Empty falls back to http. With udp, Kapacitor opens a UDP listener per subscription (see udp-bind, udp-buffer).',
    }),
    enumOf('subscription-mode', ['cluster', 'server'], 'cluster', 'One subscription per cluster, or one per server.', {
      help: 'Exactly "cluster" or "server"; anything else (even "") stops the file from loading. Use "server" for Kapacitor Enterprise clusters.',
    }),
    str('subscription-path', '', 'Path appended to the subscription URL InfluxDB posts to.', {
      since: '1.5.8',
      help: 'For setups where Kapacitor sits behind a reverse proxy under a sub-path.',
    }),
    listMap('subscriptions', {}, 'Databases and retention policies to subscribe to (empty = all).', {
      help: 'A table of db = ["rp", ...] pairs, e.g. [influxdb.subscriptions] telegraf = ["autogen"]. Empty subscribes to every database except excluded-subscriptions. Cannot be set through environment variables.',
    }),
    listMap('excluded-subscriptions', { _kapacitor: ['autogen'] }, 'Databases and retention policies never subscribed to.', {
      help: 'A table of db = ["rp", ...] pairs. Entries are added to the built-in _kapacitor = ["autogen"] (Kapacitor\'s own stats) rather than replacing it, as long as the file has a single [[influxdb]]. Cannot be set through environment variables.',
    }),
    str('kapacitor-hostname', '', 'Host name InfluxDB uses to reach Kapacitor (empty = root hostname).', {
      help: 'For InfluxDB in another network that must use a different name for this Kapacitor.',
    }),
    int('http-port', 0, 'Port InfluxDB uses to reach Kapacitor (0 = port of [http] bind-address).', { ...PORT }),
    str('udp-bind', '', 'Host part for UDP subscription listeners (empty = all addresses).', {
      help: 'Only the host: each UDP subscription gets its own port.',
    }),
    int('udp-buffer', 1000, 'Packets buffered per UDP subscription listener.', { help: '0 falls back to 1000.' }),
    int('udp-read-buffer', 0, 'OS read buffer size in bytes for UDP listeners (0 = OS default).'),
    dur('startup-timeout', '5m0s', 'How long to keep trying to reach InfluxDB at startup.', {
      help: '0 falls back to 5m. If InfluxDB cannot be reached in time, Kapacitor stops.',
    }),
    dur('subscriptions-sync-interval', '1m0s', 'How often subscriptions are checked against InfluxDB\'s databases.', {
      help: 'New databases get a subscription at the next sync. 0 falls back to 1m.',
    }),
    enumOf('compression', ['', 'gzip', 'none'], 'gzip', 'Compression of writes sent to InfluxDB.', {
      since: '1.5.8',
      help: 'gzip or none; empty falls back to gzip.',
    }),
  ],
};

export const graphite: SectionDef = {
  name: 'graphite',
  kind: 'array',
  group: 'influxdb-inputs',
  description: 'Graphite listeners, as in InfluxDB.',
  fields: [
    enabled('this Graphite listener'),
    hostport('bind-address', ':2003', 'Address the Graphite listener binds to.'),
    str('database', 'graphite', 'Database the received points are written to.'),
    str('retention-policy', '', 'Retention policy for the received points (empty = default).'),
    enumOf('protocol', ['', 'tcp', 'udp'], 'tcp', 'Listen on TCP or UDP.', { caseInsensitive: true, help: 'Empty falls back to tcp.' }),
    int('batch-size', 5000, 'Points buffered before a write.', { help: '0 falls back to 5000.' }),
    int('batch-pending', 10, 'Batches that may wait in memory.', { help: '0 falls back to 10.' }),
    dur('batch-timeout', '1s', 'Longest wait before a partial batch is written.', { help: '0 falls back to 1s.' }),
    str('consistency-level', 'one', 'Write consistency (any, one, quorum, all).'),
    list('templates', [], 'Templates that turn Graphite paths into measurements and tags.', {
      help: 'Each entry is "[filter] template [tags]" (at most three space-separated parts). The template must contain a measurement (or measurement*) part; a filter may not appear twice; a "*" must fill a whole filter section; extra tags are k=v. Kapacitor checks all of this at startup.',
    }),
    list('tags', [], 'Extra tags added to every point, as "key=value".', {
      pattern: '^[^=]+=[^=]+$',
      patternMessage: 'Write each tag as key=value, with text on both sides of one "=".',
    }),
    str('separator', '.', 'Text placed between joined measurement parts.'),
    int('udp-read-buffer', 0, 'OS read buffer size in bytes for UDP (0 = OS default).'),
  ],
};

export const collectd: SectionDef = {
  name: 'collectd',
  kind: 'table',
  group: 'influxdb-inputs',
  description: 'A collectd network listener, as in InfluxDB (a single table here).',
  fields: [
    enabled('the collectd listener', false, {
      help: 'Note: Kapacitor reads [collectd] as a single table, unlike InfluxDB\'s [[collectd]].',
    }),
    hostport('bind-address', ':25826', 'Address the collectd listener binds to (UDP).'),
    str('database', 'collectd', 'Database the received points are written to.'),
    str('retention-policy', '', 'Retention policy for the received points (empty = default).'),
    int('batch-size', 5000, 'Points buffered before a write.'),
    int('batch-pending', 10, 'Batches that may wait in memory.'),
    dur('batch-timeout', '10s', 'Longest wait before a partial batch is written.'),
    int('read-buffer', 0, 'OS read buffer size in bytes (0 = OS default).'),
    path('typesdb', '/usr/share/collectd/types.db', 'collectd types.db file or folder.'),
    enumOf('security-level', ['', 'none', 'sign', 'encrypt'], 'none', 'collectd network security: none, sign or encrypt.', {
      since: '1.6.5',
      help: 'sign and encrypt need auth-file. Kapacitor does not check the value at startup; a wrong one only fails when the listener runs. Not available before 1.6.5.',
    }),
    path('auth-file', '/etc/collectd/auth_file', 'collectd user/password file for sign or encrypt.', { since: '1.6.5' }),
    enumOf('parse-multivalue-plugin', ['', 'split', 'join'], 'split', 'Split multi-value plugins into several measurements, or join them.', {
      since: '1.6.5',
    }),
  ],
};

export const opentsdb: SectionDef = {
  name: 'opentsdb',
  kind: 'table',
  group: 'influxdb-inputs',
  description: 'An OpenTSDB listener, as in InfluxDB.',
  fields: [
    enabled('the OpenTSDB listener'),
    hostport('bind-address', ':4242', 'Address the OpenTSDB listener binds to.'),
    str('database', 'opentsdb', 'Database the received points are written to.'),
    str('retention-policy', '', 'Retention policy for the received points (empty = default).'),
    str('consistency-level', 'one', 'Write consistency (any, one, quorum, all).'),
    bool('tls-enabled', false, 'Serve the listener over TLS.'),
    path('certificate', '/etc/ssl/influxdb.pem', 'PEM certificate and key for TLS.'),
    int('batch-size', 1000, 'Points buffered before a write.'),
    int('batch-pending', 5, 'Batches that may wait in memory.'),
    dur('batch-timeout', '1s', 'Longest wait before a partial batch is written.'),
    bool('log-point-errors', true, 'Log points that cannot be parsed.'),
  ],
};

export const udp: SectionDef = {
  name: 'udp',
  kind: 'array',
  group: 'influxdb-inputs',
  description: 'Kapacitor\'s own UDP listeners for line protocol.',
  fields: [
    enabled('this UDP listener'),
    hostport('bind-address', '', 'Address the UDP listener binds to.'),
    int('read-buffer', 0, 'OS read buffer size in bytes (0 = OS default).'),
    int('buffer', 1000, 'Packet buffer (ignored: always 1000).', {
      help: 'Kapacitor always forces this to 1000, whatever the file says.',
    }),
    str('database', '', 'Database given to the received points.'),
    str('retention-policy', '', 'Retention policy given to the received points.'),
  ],
};
