// Core server sections: top-level keys, HTTP API, storage, logging, TLS, alert topics, stats, deadman, flux tasks.
import type { SectionDef } from '../types';
import { bool, dur, enabled, enumOf, float, hostport, int, list, map, path, str, url, withOpts } from './helpers';

export const root: SectionDef = {
  name: '',
  kind: 'root',
  group: 'core',
  description: 'Settings that sit above every [table] header: node identity and data location.',
  fields: [
    str('hostname', 'localhost', 'Name this node is reached by, e.g. by InfluxDB sending subscription data.', {
      required: true,
      help: 'InfluxDB uses it to build the subscription URL that points back at Kapacitor, so it must resolve from every InfluxDB host. An empty value stops Kapacitor at startup ("must configure valid hostname"). The -hostname command-line flag wins over this key; [[influxdb]] kapacitor-hostname can override it per InfluxDB.',
    }),
    path('data_dir', '', 'Folder for Kapacitor\'s own metadata (server ID and the like).', {
      required: true,
      help: 'Note the underscore: the key is data_dir, not data-dir. The built-in default is empty, and an empty value stops Kapacitor ("must configure valid data dir"), so a real file needs it; packages use /var/lib/kapacitor. An empty kapacitor.conf therefore never starts.',
    }),
    bool('skip-config-overrides', false, 'Ignore the settings stored through the HTTP config API at startup.', {
      help: 'Overrides made with /kapacitor/v1/config are kept in kapacitor.db and applied on every start. Set this to true once to start with the file as written, e.g. when a bad override keeps Kapacitor from starting.',
    }),
    str('default-retention-policy', '', 'Retention policy given to writes that arrive without one.', {
      help: 'Points written to Kapacitor\'s /write endpoint without an rp get this retention policy. Empty leaves them without one.',
    }),
  ],
};

export const http: SectionDef = {
  name: 'http',
  kind: 'table',
  group: 'core',
  description: 'The HTTP API server, which is always on and also receives writes.',
  fields: [
    hostport('bind-address', ':9092', 'Address and port the HTTP API listens on.', {
      required: true,
      help: 'host:port as Go\'s net.SplitHostPort reads it: ":9092" listens on every interface, IPv6 hosts go in brackets ("[::1]:9092"). The port must be a number from 0 to 65535; named ports such as ":http" and a bare "9092" are rejected. Kapacitor does no $VAR expansion, so ":$PORT" fails: use KAPACITOR_HTTP_BIND_ADDRESS instead. Quirk: an empty port ("localhost:") passes the check.',
    }),
    bool('auth-enabled', false, 'Require authentication on the HTTP API.', {
      help: 'Turns on user authentication for every API call. Users come from [auth] (meta nodes in Enterprise) or from shared-secret tokens.',
    }),
    bool('log-enabled', true, 'Log every HTTP request.', { help: 'Writes one access-log line per request to the Kapacitor log.' }),
    bool('write-tracing', false, 'Log the body of every write request (very verbose).', {
      help: 'Debugging aid: prints each point written to /write. Leave it off in production.',
    }),
    bool('pprof-enabled', false, 'Serve Go profiling endpoints under /kapacitor/v1/debug/pprof.', {
      help: 'Exposes CPU and memory profiles. Only turn it on while diagnosing a problem.',
    }),
    bool('https-enabled', false, 'Serve the API over HTTPS instead of HTTP.', {
      help: 'Needs https-certificate (and https-private-key when the key is in its own file). Cipher suites and versions come from [tls].',
    }),
    path('https-certificate', '/etc/ssl/kapacitor.pem', 'PEM certificate (optionally with its key) for HTTPS.', {
      help: 'Read only at startup and only when https-enabled is true; a missing file then stops Kapacitor.',
    }),
    path('https-private-key', '', 'PEM private key for HTTPS, when it is not inside https-certificate.', {
      since: '1.5.0',
      help: 'Leave empty when the certificate file also holds the key.',
    }),
    dur('shutdown-timeout', '10s', 'How long to wait for open requests when stopping.', {
      help: 'Go duration such as "10s". After this time the server closes remaining connections.',
    }),
    str('shared-secret', '', 'Secret used to sign and check JWT bearer tokens on the API.', {
      secret: true,
      help: 'With auth-enabled, requests may carry a JWT signed with this secret instead of a username and password. Keep it out of version control.',
    }),
  ],
};

export const tls: SectionDef = {
  name: 'tls',
  kind: 'table',
  group: 'core',
  description: 'Cipher suites and protocol versions for the HTTPS server.',
  since: '1.5.3',
  fields: withOpts({ since: '1.5.3' }, [
    list('ciphers', [], 'Cipher suites the HTTPS server may negotiate.', {
      item: 'enum',
      caseInsensitive: true,
      options: [
        'TLS_RSA_WITH_AES_128_CBC_SHA',
        'TLS_RSA_WITH_AES_256_CBC_SHA',
        'TLS_RSA_WITH_AES_128_CBC_SHA256',
        'TLS_RSA_WITH_AES_128_GCM_SHA256',
        'TLS_RSA_WITH_AES_256_GCM_SHA384',
        'TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA',
        'TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA',
        'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA',
        'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA',
        'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256',
        'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256',
        'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256',
        'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384',
        'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384',
        'TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305',
        'TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305',
        'TLS_AES_128_GCM_SHA256',
        'TLS_AES_256_GCM_SHA384',
        'TLS_CHACHA20_POLY1305_SHA256',
      ],
      help: 'An empty list allows every suite on Kapacitor\'s list. Names are matched without regard to case; an unknown name stops Kapacitor. The list shown is the one of 1.6.4 and later: 1.6.3 and earlier also accepted RC4/3DES suites, 1.6.2 and earlier also TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256.',
    }),
    enumOf('min-version', ['', 'TLS1.1', '1.1', 'TLS1.2', '1.2', 'TLS1.3', '1.3'], '', 'Oldest TLS version the HTTPS server accepts.', {
      caseInsensitive: true,
      help: 'Case does not matter ("tls1.2" works). Empty means TLS 1.2 from 1.6.4 on. SSL3.0/TLS1.0 were dropped in 1.6.3.',
    }),
    enumOf('max-version', ['', 'TLS1.1', '1.1', 'TLS1.2', '1.2', 'TLS1.3', '1.3'], '', 'Newest TLS version the HTTPS server accepts.', {
      caseInsensitive: true,
      help: 'Same values as min-version. Kapacitor does not check that min-version is not above max-version, so check it yourself.',
    }),
  ]),
};

export const configOverride: SectionDef = {
  name: 'config-override',
  kind: 'table',
  group: 'core',
  description: 'Whether settings can be changed at run time through the HTTP config API.',
  fields: [
    enabled('the /kapacitor/v1/config override API', true, {
      help: 'When false the config API is off and stored overrides are not applied at startup, so only the file and environment count.',
    }),
  ],
};

export const logging: SectionDef = {
  name: 'logging',
  kind: 'table',
  group: 'core',
  description: 'Where Kapacitor writes its log and how much.',
  fields: [
    path('file', 'STDERR', 'Log destination: STDOUT, STDERR or a file path.', {
      help: 'STDOUT and STDERR must be written in capitals; anything else is taken as a file path and its folder is created.',
    }),
    enumOf('level', ['DEBUG', 'INFO', 'ERROR', 'debug', 'info', 'error'], 'DEBUG', 'How much to log: DEBUG, INFO or ERROR.', {
      help: 'Only DEBUG, INFO and ERROR (all capitals or all lower case) mean something. Kapacitor never rejects other values: WARN, OFF or "Info" quietly log at DEBUG level, which is almost never what was meant.',
    }),
  ],
};

export const load: SectionDef = {
  name: 'load',
  kind: 'table',
  group: 'core',
  description: 'Load tasks, templates and topic handlers from files in a folder at startup.',
  fields: [
    enabled('loading of tasks, templates and handlers from a folder', false, {
      help: 'The packaged sample turns this on. With it on, dir must be an absolute path.',
    }),
    path('dir', './load', 'Folder with the task, template and handler files.', {
      help: 'Must be absolute when enabled is true (checked with the rules of the OS Kapacitor runs on: "/etc/kapacitor/load" is not absolute on Windows).',
    }),
  ],
};

export const replay: SectionDef = {
  name: 'replay',
  kind: 'table',
  group: 'core',
  description: 'Where recordings for replays are stored.',
  fields: [
    path('dir', './replay', 'Folder for recordings.', {
      required: true,
      help: 'An empty value stops Kapacitor. The relative default depends on the working folder; packages use /var/lib/kapacitor/replay.',
    }),
  ],
};

export const task: SectionDef = {
  name: 'task',
  kind: 'table',
  group: 'core',
  description: 'Legacy task store location and task state snapshots.',
  fields: [
    path('dir', './tasks', 'Old task.db folder, only read to migrate it (deprecated).', {
      help: 'Deprecated: tasks now live in [storage] boltdb. The folder is only used to find an old task.db and migrate it; new installations can leave it alone.',
    }),
    dur('snapshot-interval', '1m0s', 'How often running tasks save their state.', {
      help: 'Go duration ("60s", "1m"). Shorter means less state lost on a crash and more disk writes.',
    }),
  ],
};

export const storage: SectionDef = {
  name: 'storage',
  kind: 'table',
  group: 'core',
  description: 'The BoltDB file holding tasks, templates, topics and config overrides.',
  fields: [
    path('boltdb', './kapacitor.db', 'Path of Kapacitor\'s BoltDB database file.', {
      required: true,
      help: 'An empty value stops Kapacitor. The relative default depends on the working folder; packages use /var/lib/kapacitor/kapacitor.db.',
    }),
  ],
};

export const alert: SectionDef = {
  name: 'alert',
  kind: 'table',
  group: 'core',
  description: 'Alert topic storage, plus alert ownership in an Enterprise cluster.',
  since: '1.5.2',
  fields: [
    bool('persist-topics', true, 'Keep alert topic state in kapacitor.db across restarts.', {
      since: '1.5.2',
      help: 'When false, topics and their events are kept in memory only and are gone after a restart.',
    }),
    int('topic-buffer-length', 5000, 'Events each alert topic may queue for its handlers.', {
      since: '1.6.3',
      help: 'Kapacitor does not check the value; 1 or more is the only sensible choice.',
    }),
    int('redundancy', 0, 'How many cluster members own each alert topic (Enterprise).', {
      enterprise: true,
      min: 0,
      help: 'Kapacitor Enterprise only. Set it to the number of members a task runs on so that each alert is handled once even when a member fails. Open-source Kapacitor ignores it.',
    }),
    dur('delay-per-member', '10s', 'Time each member gets to handle an event before the next takes over (Enterprise).', {
      enterprise: true,
      help: 'Kapacitor Enterprise only: the failover delay between the owners of a topic. Open-source Kapacitor ignores it.',
    }),
    dur('full-sync-interval', '5m0s', 'How often alert state is fully synced between members (Enterprise).', {
      enterprise: true,
      help: 'Kapacitor Enterprise only: an upper bound on how far alert state can drift between cluster members. Open-source Kapacitor ignores it.',
    }),
  ],
};

export const deadman: SectionDef = {
  name: 'deadman',
  kind: 'table',
  group: 'core',
  description: 'Deadman switches that alert when a task stops receiving data.',
  fields: [
    dur('interval', '10s', 'How often the deadman checks throughput.', {
      help: 'Go duration. Only used when global is true or a TICKscript calls deadman() without its own interval.',
    }),
    float('threshold', 0.0, 'Alert when points per interval fall to this value or below.', {
      help: 'A float. Write it with a decimal point ("0.0"): Kapacitor 1.5 and 1.6 refuse an integer in a float key, 1.7+ accept it.',
    }),
    str('id', "{{ .Group }}:NODE_NAME for task '{{ .TaskName }}'", 'Template for the alert ID; NODE_NAME is replaced by the node.', {
      help: 'A Go text/template. NODE_NAME is replaced by the name of the watched node. The packaged sample uses a different text from the built-in default, so "reset to default" changes alert IDs.',
    }),
    str(
      'message',
      '{{ .ID }} is {{ if eq .Level "OK" }}alive{{ else }}dead{{ end }}: {{ index .Fields "emitted" | printf "%0.3f" }} points/INTERVAL.',
      'Template for the alert message; INTERVAL is replaced by the interval.',
      {
        help: 'A Go text/template. The packaged sample reads the "collected" field while the built-in default reads "emitted", so "reset to default" changes the message.',
      },
    ),
    bool('global', false, 'Put a deadman switch on every task.', {
      help: 'When true every task gets a deadman check with interval and threshold from this section. It only helps when some alert handler is also global.',
    }),
  ],
};

export const fluxtask: SectionDef = {
  name: 'fluxtask',
  kind: 'table',
  group: 'core',
  description: 'Flux task engine and where its run history is written.',
  since: '1.6.0',
  fields: [
    enabled('Flux tasks', false, {
      since: '1.6.0',
      help: 'Off by default; Kapacitor before 1.6.0 ignores the whole section. Once on, task-run-org and task-run-orgid must not both be set (unless task-run-influxdb is "none"), and on 1.6.0-1.6.1 task-run-bucket must also be given.',
    }),
    str('task-run-influxdb', '', 'Which [[influxdb]] (by name) stores task run history; "none" turns it off.', {
      since: '1.6.0',
      help: 'The name of an [[influxdb]] entry. Empty means the default InfluxDB; "none" stores no history (not recommended). Kapacitor does not check that the name exists.',
    }),
    str('task-run-bucket', 'kapacitor_fluxtask_logs', 'Bucket for run history ("db/rp" with InfluxDB 1.x).', {
      since: '1.6.0',
      help: 'The bucket or database must already exist. 1.6.0–1.6.1 had an empty default and required a value when enabled.',
    }),
    str('task-run-org', '', 'Organization name for run history on InfluxDB 2.x / Cloud.', {
      since: '1.6.0',
      help: 'Give task-run-org or task-run-orgid, not both: with both set (and fluxtask enabled, history not "none") Kapacitor refuses to start.',
    }),
    str('task-run-orgid', '', 'Organization ID for run history on InfluxDB 2.x / Cloud.', {
      since: '1.6.0',
      help: 'Alternative to task-run-org; setting both is an error.',
    }),
    str('task-run-measurement', 'runs', 'Measurement name for run history points.', {
      since: '1.6.0',
      help: 'Run records of Flux tasks are written under this measurement in task-run-bucket. The default "runs" only needs changing when that name is already used for other data in the bucket.',
    }),
    map('secrets', {}, 'Secrets that Flux tasks can read with secrets.get().', {
      since: '1.6.0',
      help: 'A table of name = "value" pairs, e.g. [fluxtask.secrets]. Values are visible to anyone who can read the file.',
    }),
    str('default-influxdb', '', 'Which [[influxdb]] (by name) Flux tasks query by default.', {
      since: '1.6.4',
      help: 'Empty uses the default InfluxDB. Kapacitor does not check that the name exists.',
    }),
  ],
};

export const reporting: SectionDef = {
  name: 'reporting',
  kind: 'table',
  group: 'core',
  description: 'Anonymous usage statistics sent to InfluxData.',
  fields: [
    enabled('usage reporting', true, { help: 'Sends anonymous usage data every 12 hours. Turn it off on air-gapped hosts.' }),
    url('url', 'https://usage.influxdata.com', 'Where usage reports are sent.', {
      help: 'Only used while reporting is enabled. The default is InfluxData\'s usage service; to stop the reports, set enabled = false rather than pointing this somewhere else.',
    }),
  ],
};

export const stats: SectionDef = {
  name: 'stats',
  kind: 'table',
  group: 'core',
  description: 'Kapacitor\'s internal statistics, written as a stream you can consume in tasks.',
  fields: [
    enabled('internal statistics', true, {
      help: 'On by default: every stats-interval Kapacitor emits points about itself, tagged with database and retention-policy, which tasks can read like any other stream. Turning it off removes that data.',
    }),
    dur('stats-interval', '10s', 'How often statistics are emitted.', {
      help: 'A Go duration such as "10s" or "1m". A shorter interval gives finer-grained figures and more points to store.',
    }),
    str('database', '_kapacitor', 'Database name given to the statistics points.', {
      help: 'Tasks select the statistics by this name. The default _kapacitor matches the _kapacitor = ["autogen"] entry that [[influxdb]] excluded-subscriptions holds by default, so a renamed database is not excluded from subscriptions unless you add it there.',
    }),
    str('retention-policy', 'autogen', 'Retention policy given to the statistics points.', {
      help: 'Used together with database to label the statistics. The default autogen pairs with the built-in excluded-subscriptions entry _kapacitor = ["autogen"] of [[influxdb]].',
    }),
    float('timing-sample-rate', 0.1, 'Share of points whose processing time is measured (0.0 to 1.0).', {
      help: 'A float; write it with a decimal point for 1.5/1.6. Kapacitor does not check the range, but only 0.0–1.0 makes sense.',
    }),
    int('timing-movavg-size', 1000, 'How many samples the timing moving average spans.', {
      help: 'The timing figures are a moving average over this many sampled measurements (see timing-sample-rate). A larger value smooths more and reacts more slowly; Kapacitor does not check the value.',
    }),
  ],
};
