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
    str('username', '', 'InfluxDB user (InfluxDB 1.x authentication).', {
      help: 'Used for queries, writes and for creating subscriptions on this InfluxDB. Leave it empty when InfluxDB runs without authentication or when token is used instead.',
    }),
    str('password', '', 'Password for username.', {
      secret: true,
      help: 'Masked in config API replies. The file has no $VAR expansion, so to keep it out of the file set KAPACITOR_INFLUXDB_<n>_PASSWORD (n = position of the entry, from 0) instead.',
    }),
    str('token', '', 'API token (InfluxDB 2.x / Cloud, or 1.x with token auth).', {
      secret: true,
      since: '1.6.0',
      help: 'Use it instead of username and password. Masked in config API replies. Kapacitor 1.5 does not know the key and silently ignores it.',
    }),
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
      help: 'Write it as a quoted duration ("30s"). The sample\'s bare timeout = 0 only works because 0 is the one integer Kapacitor accepts for a duration.',
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
    int('http-port', 0, 'Port InfluxDB uses to reach Kapacitor (0 = port of [http] bind-address).', {
      ...PORT,
      help: 'Goes into the subscription URL that InfluxDB posts data to. Set it only when InfluxDB must reach Kapacitor on a different port than the one it listens on, for example through NAT or a proxy.',
    }),
    str('udp-bind', '', 'Host part for UDP subscription listeners (empty = all addresses).', {
      help: 'Only the host: each UDP subscription gets its own port.',
    }),
    int('udp-buffer', 1000, 'Packets buffered per UDP subscription listener.', { help: '0 falls back to 1000.' }),
    int('udp-read-buffer', 0, 'OS read buffer size in bytes for UDP listeners (0 = OS default).', {
      help: 'Only used with subscription-protocol = "udp". The default 0 leaves the operating system default; raise it when UDP subscription packets get dropped under load.',
    }),
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
    enabled('this Graphite listener', false, {
      help: 'Each [[graphite]] entry is its own listener and starts from zero values, so write enabled = true on every one you want. Kapacitor checks the templates and tags of the entries at startup; the other copied listeners are not checked.',
    }),
    hostport('bind-address', ':2003', 'Address the Graphite listener binds to.', {
      help: 'host:port; ":2003" (every interface, Graphite\'s plaintext port) also applies when the key is left out. Give each [[graphite]] entry its own address.',
    }),
    str('database', 'graphite', 'Database the received points are written to.', {
      help: 'Tasks select the Graphite points by this database name. Left out or empty, "graphite" is used.',
    }),
    str('retention-policy', '', 'Retention policy for the received points (empty = default).', {
      help: 'Given to the received points together with database. Leave it empty unless your tasks expect a particular retention policy for this data.',
    }),
    enumOf('protocol', ['', 'tcp', 'udp'], 'tcp', 'Listen on TCP or UDP.', { caseInsensitive: true, help: 'Empty falls back to tcp.' }),
    int('batch-size', 5000, 'Points buffered before a write.', { help: '0 falls back to 5000.' }),
    int('batch-pending', 10, 'Batches that may wait in memory.', { help: '0 falls back to 10.' }),
    dur('batch-timeout', '1s', 'Longest wait before a partial batch is written.', { help: '0 falls back to 1s.' }),
    str('consistency-level', 'one', 'Write consistency (any, one, quorum, all).', {
      help: 'Copied from InfluxDB, where it sets how many cluster nodes must accept a write. Kapacitor does not check the value; the default is "one".',
    }),
    list('templates', [], 'Templates that turn Graphite paths into measurements and tags.', {
      help: 'Each entry is "[filter] template [tags]" (at most three space-separated parts). The template must contain a measurement (or measurement*) part; a filter may not appear twice; a "*" must fill a whole filter section; extra tags are k=v. Kapacitor checks all of this at startup.',
    }),
    list('tags', [], 'Extra tags added to every point, as "key=value".', {
      pattern: '^[^=]+=[^=]+$',
      patternMessage: 'Write each tag as key=value, with text on both sides of one "=".',
      help: 'A list such as ["region=us-east", "dc=a"]. Every point this listener receives gets these tags; an entry without text on both sides of "=" stops Kapacitor at startup.',
    }),
    str('separator', '.', 'Text placed between joined measurement parts.', {
      help: 'Used when a template maps several path parts to the same name (for example measurement.measurement): the parts are joined with this text. The default is "."; "_" gives names without dots.',
    }),
    int('udp-read-buffer', 0, 'OS read buffer size in bytes for UDP (0 = OS default).', {
      help: 'Only used with protocol = "udp". The default 0 leaves the operating system default; raise it when UDP packets are dropped.',
    }),
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
    hostport('bind-address', ':25826', 'Address the collectd listener binds to (UDP).', {
      help: 'host:port; the default ":25826" is collectd\'s usual network port on every interface. It only matters while enabled is true.',
    }),
    str('database', 'collectd', 'Database the received points are written to.', {
      help: 'Tasks select the collectd points by this database name; the default is "collectd".',
    }),
    str('retention-policy', '', 'Retention policy for the received points (empty = default).', {
      help: 'Given to the received points together with database. Leave it empty unless your tasks expect a particular retention policy for this data.',
    }),
    int('batch-size', 5000, 'Points buffered before a write.', {
      help: 'Points are handed on in batches of this size. 0 falls back to the built-in 5000; the packaged sample writes 1000.',
    }),
    int('batch-pending', 10, 'Batches that may wait in memory.', {
      help: 'How many full batches may queue before being processed. 0 falls back to the built-in 10; the packaged sample writes 5.',
    }),
    dur('batch-timeout', '10s', 'Longest wait before a partial batch is written.', {
      help: 'A Go duration. When traffic is low a batch is handed on after this long even if it is not full; 0 falls back to "10s".',
    }),
    int('read-buffer', 0, 'OS read buffer size in bytes (0 = OS default).', {
      help: 'Receive buffer of the UDP socket, in bytes. The default 0 leaves the operating system default; raise it when collectd packets are dropped at high rates.',
    }),
    path('typesdb', '/usr/share/collectd/types.db', 'collectd types.db file or folder.', {
      help: 'The listener needs collectd\'s type definitions to decode the values plugins send. The default is where collectd packages install the file; when collectd is not installed on the Kapacitor host, copy the file there.',
    }),
    enumOf('security-level', ['', 'none', 'sign', 'encrypt'], 'none', 'collectd network security: none, sign or encrypt.', {
      since: '1.6.5',
      help: 'sign and encrypt need auth-file. Kapacitor does not check the value at startup; a wrong one only fails when the listener runs. Not available before 1.6.5.',
    }),
    path('auth-file', '/etc/collectd/auth_file', 'collectd user/password file for sign or encrypt.', {
      since: '1.6.5',
      help: 'Only read when security-level is sign or encrypt; it lists the users and passwords collectd clients use. Kapacitor before 1.6.5 does not know the key.',
    }),
    enumOf('parse-multivalue-plugin', ['', 'split', 'join'], 'split', 'Split multi-value plugins into several measurements, or join them.', {
      since: '1.6.5',
      help: 'With "split" (the default) each value of a multi-value plugin becomes its own measurement; "join" keeps them as fields of one point. Kapacitor does not check the value at startup, and versions before 1.6.5 do not know the key.',
    }),
  ],
};

export const opentsdb: SectionDef = {
  name: 'opentsdb',
  kind: 'table',
  group: 'influxdb-inputs',
  description: 'An OpenTSDB listener, as in InfluxDB.',
  fields: [
    enabled('the OpenTSDB listener', false, {
      help: 'Off by default. Kapacitor does not validate [opentsdb] at all, so a wrong value only shows up when the listener starts.',
    }),
    hostport('bind-address', ':4242', 'Address the OpenTSDB listener binds to.', {
      help: 'host:port; the default ":4242" is OpenTSDB\'s usual port on every interface. It only matters while enabled is true.',
    }),
    str('database', 'opentsdb', 'Database the received points are written to.', {
      help: 'Tasks select the OpenTSDB points by this database name; the default is "opentsdb".',
    }),
    str('retention-policy', '', 'Retention policy for the received points (empty = default).', {
      help: 'Given to the received points together with database. Leave it empty unless your tasks expect a particular retention policy for this data.',
    }),
    str('consistency-level', 'one', 'Write consistency (any, one, quorum, all).', {
      help: 'Copied from InfluxDB, where it sets how many cluster nodes must accept a write. Kapacitor does not check the value; the default is "one".',
    }),
    bool('tls-enabled', false, 'Serve the listener over TLS.', {
      help: 'When true the listener only accepts TLS connections, using the file in certificate. Off by default.',
    }),
    path('certificate', '/etc/ssl/influxdb.pem', 'PEM certificate and key for TLS.', {
      help: 'One PEM file holding both the certificate and its private key. Only read when tls-enabled is true; the default path is InfluxDB\'s, so point it at a file that exists on the Kapacitor host.',
    }),
    int('batch-size', 1000, 'Points buffered before a write.', {
      help: 'Points are handed on in batches of this size; 0 falls back to the built-in 1000.',
    }),
    int('batch-pending', 5, 'Batches that may wait in memory.', {
      help: 'How many full batches may queue before being processed; 0 falls back to the built-in 5.',
    }),
    dur('batch-timeout', '1s', 'Longest wait before a partial batch is written.', {
      help: 'A Go duration. When traffic is low a batch is handed on after this long even if it is not full; 0 falls back to "1s".',
    }),
    bool('log-point-errors', true, 'Log points that cannot be parsed.', {
      help: 'On by default, so every malformed line ends up in the Kapacitor log. Set it to false when a noisy client floods the log.',
    }),
  ],
};

export const udp: SectionDef = {
  name: 'udp',
  kind: 'array',
  group: 'influxdb-inputs',
  description: 'Kapacitor\'s own UDP listeners for line protocol.',
  fields: [
    enabled('this UDP listener', false, {
      help: 'Each [[udp]] entry is its own listener for line protocol. There are no defaults and no validation for [[udp]], so an enabled entry needs bind-address and database written out.',
    }),
    hostport('bind-address', '', 'Address the UDP listener binds to.', {
      help: 'host:port such as ":8089". It has no built-in default and Kapacitor does not check it, so always set it on an enabled entry.',
    }),
    int('read-buffer', 0, 'OS read buffer size in bytes (0 = OS default).', {
      help: 'Receive buffer of the UDP socket, in bytes. The default 0 leaves the operating system default; raise it when packets are dropped at high rates.',
    }),
    int('buffer', 1000, 'Packet buffer (ignored: always 1000).', {
      help: 'Kapacitor always forces this to 1000, whatever the file says.',
    }),
    str('database', '', 'Database given to the received points.', {
      help: 'Tasks select the points from this listener by this database name. It is empty by default, so set it.',
    }),
    str('retention-policy', '', 'Retention policy given to the received points.', {
      help: 'Given to the received points together with database; empty by default. Use the retention policy your tasks expect for this data.',
    }),
  ],
};
