// Starting points: small commented kapacitor.conf files for common setups, each valid for Kapacitor 1.8 with no error
// finding (the Enterprise one judged as Enterprise). Host names use example.com; secrets are left empty, to be given
// in the file or through the KAPACITOR_* variable named in the comment.
import type { TomlTable } from '../../toml/types';
import { parseValues } from '../../toml/document';
import { getIn } from '../../toml/values';
import { resolvePath } from '../schema';
import { leaves, sameValue } from './entries';

export interface Preset {
  id: string;
  title: string;
  explanation: string;
  text: string;
  /** judge it as Kapacitor Enterprise */
  enterprise?: boolean;
}

const base = (hostname: string, httpLines = '') => `# The name other services use to reach this Kapacitor (InfluxDB sends subscription data to it).
hostname = "${hostname}"
# Where Kapacitor keeps its state; Kapacitor refuses to start without it.
data_dir = "/var/lib/kapacitor"

[http]
  # The HTTP API and the endpoint InfluxDB writes subscription data to.
  bind-address = ":9092"
${httpLines}
[logging]
  file = "/var/log/kapacitor/kapacitor.log"
  level = "INFO"

[replay]
  dir = "/var/lib/kapacitor/replay"

[task]
  dir = "/var/lib/kapacitor/tasks"

[storage]
  boltdb = "/var/lib/kapacitor/kapacitor.db"
`;

const localInfluxdb = `
[[influxdb]]
  # The InfluxDB 1.x server on this machine. Kapacitor subscribes to its databases over HTTP.
  enabled = true
  default = true
  name = "localhost"
  urls = ["http://localhost:8086"]
  timeout = "0s"
  subscription-protocol = "http"
`;

export const presets: readonly Preset[] = [
  {
    id: 'single-node-local-influxdb',
    title: 'Single node with a local InfluxDB',
    explanation:
      'One Kapacitor next to an InfluxDB 1.x server on the same machine: state under /var/lib/kapacitor, the API on port 9092, and one [[influxdb]] entry that subscribes over plain HTTP.',
    text: `# Kapacitor 1.8: a single node reading from the InfluxDB server on the same machine.
${base('localhost')}${localInfluxdb}`,
  },
  {
    id: 'influxdb-tls',
    title: 'InfluxDB over TLS',
    explanation:
      'Kapacitor talks to a remote InfluxDB over HTTPS, checks its certificate against a CA file, and serves its own API over HTTPS so InfluxDB can deliver subscription data with https.',
    text: `# Kapacitor 1.8: InfluxDB reached over HTTPS; Kapacitor's own API is HTTPS too, so subscriptions can use https.
${base(
      'kapacitor.example.com',
      `  # Serve the API over TLS (InfluxDB posts subscription data here).
  https-enabled = true
  https-certificate = "/etc/ssl/kapacitor/kapacitor.pem"
  https-private-key = "/etc/ssl/kapacitor/kapacitor-key.pem"
`,
    )}
[[influxdb]]
  enabled = true
  default = true
  name = "influxdb-tls"
  urls = ["https://influxdb.example.com:8086"]
  username = "kapacitor"
  # Give the password here or in KAPACITOR_INFLUXDB_0_PASSWORD.
  password = ""
  # The CA that signed the InfluxDB certificate; keep insecure-skip-verify off.
  ssl-ca = "/etc/ssl/influxdb/ca.pem"
  insecure-skip-verify = false
  timeout = "0s"
  # InfluxDB sends subscription data back over HTTPS to this host name.
  subscription-protocol = "https"
  kapacitor-hostname = "kapacitor.example.com"
`,
  },
  {
    id: 'alerting-slack-smtp',
    title: 'Alerting to Slack and e-mail',
    explanation:
      'Alerts go to a Slack channel through an incoming webhook and by e-mail through an SMTP relay with STARTTLS on port 587. TICKscripts choose the handler with .slack() or .email().',
    text: `# Kapacitor 1.8: alerts to Slack and by e-mail.
${base('localhost')}${localInfluxdb}
[smtp]
  # An SMTP relay; port 587 uses STARTTLS.
  enabled = true
  host = "smtp.example.com"
  port = 587
  username = "kapacitor@example.com"
  # Give the password here or in KAPACITOR_SMTP_PASSWORD.
  password = ""
  from = "kapacitor@example.com"
  # Default recipients for .email() without addresses.
  to = ["oncall@example.com"]
  idle-timeout = "30s"

[[slack]]
  # One Slack workspace, used when a TICKscript's .slack() names none.
  enabled = true
  default = true
  workspace = "example"
  # The incoming-webhook URL from Slack (a secret): here or in KAPACITOR_SLACK_0_URL.
  url = "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"
  channel = "#alerts"
  username = "kapacitor"
`,
  },
  {
    id: 'kafka-output',
    title: 'Kafka output',
    explanation:
      'Alerts are published to Kafka topics (TICKscripts use .kafka().cluster(\'default\').topic(…)). Two brokers, batches of 100 messages or 1 second.',
    text: `# Kapacitor 1.8: alerts published to Kafka.
${base('localhost')}${localInfluxdb}
[[kafka]]
  enabled = true
  # TICKscripts name the cluster with .kafka().cluster('default').
  id = "default"
  brokers = ["kafka-1.example.com:9092", "kafka-2.example.com:9092"]
  timeout = "10s"
  batch-size = 100
  batch-timeout = "1s"
  use-ssl = false
`,
  },
  {
    id: 'enterprise-cluster-node',
    title: 'Kapacitor Enterprise: one node of a three-node cluster',
    explanation:
      'The file for kapacitor-1 of a three-member Kapacitor Enterprise cluster (kapacitor-1, -2 and -3.example.com). The other members use the same file with their own hostname and advertise addresses; the cluster bundle export writes all three.',
    enterprise: true,
    text: `# Kapacitor Enterprise: the file for kapacitor-1 of three cluster members.
# kapacitor-2 and kapacitor-3 differ only in hostname and the two advertise-address lines.
${base('kapacitor-1.example.com')}
[enterprise]
  # The same license on every member.
  license-path = "/etc/kapacitor/license.json"

[cluster]
  # Gossip between members (TCP and UDP); keep the port private to the cluster.
  bind-address = ":9090"
  advertise-address = "kapacitor-1.example.com:9090"
  roles = ["worker"]

[rpc]
  # Member-to-member RPC (TCP).
  bind-address = ":9091"
  advertise-address = "kapacitor-1.example.com:9091"

[alert]
  # Each alert topic is handled by two members, so one can fail.
  redundancy = 2
  delay-per-member = "10s"
  full-sync-interval = "5m0s"

[[influxdb]]
  enabled = true
  default = true
  name = "influxdb"
  urls = ["http://influxdb.example.com:8086"]
  timeout = "0s"
  # In a cluster every member subscribes; InfluxDB sends each point to one of them.
  subscription-mode = "server"
  subscription-protocol = "http"
`,
  },
];

/** True while the document still holds every value the preset sets (same key path, same value as Kapacitor reads it). */
export function presetMatches(preset: Preset, values: TomlTable): boolean {
  const wanted = parseValues(preset.text);
  for (const leaf of leaves(wanted)) {
    const have = getIn(values, leaf.path);
    if (have === undefined || !sameValue(resolvePath(leaf.path)?.field, leaf.value, have)) return false;
  }
  return true;
}
