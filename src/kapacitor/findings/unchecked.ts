// Keys whose form Kapacitor never checks when it starts (reference §5, "invalid when: —"). The schema still
// knows their proper form, so a bad value is worth a warning; but Kapacitor starts, so it is not an error.
// A wrong TOML type is another matter: the decoder refuses it, and that stays an error.
import type { TomlValue } from '../../toml/types';
import type { SectionEntry } from './context';
import { effective } from './effective';

type When = true | ((entry: SectionEntry, value: TomlValue) => boolean);

const disabled = (entry: SectionEntry) => effective(entry, 'enabled') !== true;
const positive = (_e: SectionEntry, v: TomlValue) => typeof v === 'number' && v > 0;

const unchecked: Record<string, When> = {
  'auth.bcrypt-cost': (_e, v) => typeof v === 'number' && v > 31, // bcrypt refuses it later, when it hashes
  'auth.meta-addr': true,
  'influxdb.http-port': true,
  'smtp.port': positive, // only 0 and below are refused
  'snmptrap.addr': true,
  'sensu.addr': true,
  'kafka.brokers': true,
  'kafka.sasl-oauth-token-url': true,
  'reporting.url': true,
  'mqtt.url': true,
  'swarm.servers': true,
  'pushover.url': disabled,
  'kubernetes.api-servers': disabled,
  'kubernetes.resource': disabled,
  'collectd.bind-address': true,
  'collectd.security-level': true,
  'collectd.parse-multivalue-plugin': true,
  'opentsdb.bind-address': true,
  'graphite.bind-address': true,
  'graphite.protocol': true,
  'udp.bind-address': true,
  'consul.address': (_e, v) => typeof v === 'string' && v.trim() !== '',
  'marathon.servers': true,
};

const discoverers = new Set(['azure', 'dns', 'ec2', 'gce', 'triton']);

export function isUnchecked(entry: SectionEntry, key: string, value: TomlValue): boolean {
  const section = entry.section.name;
  const when = unchecked[`${section}.${key}`] ?? (key === 'port' && discoverers.has(section) ? true : undefined);
  if (when === undefined) return false;
  return when === true || when(entry, value);
}
