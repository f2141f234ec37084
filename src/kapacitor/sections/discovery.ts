// Prometheus-style scraping, the service discoverers it can use, and the Kubernetes / Docker Swarm autoscale services.
// Entries read from the file start from Go zero values: the "API default" in help only applies to entries added
// through the config API. Every entry is validated, disabled ones too.
import type { FieldDef, SectionDef } from '../types';
import { PORT, bool, dur, enabled, enumOf, hostport, int, list, listMap, map, path, str, tlsClient, url } from './helpers';

/** `alwaysChecked`: what Validate checks on this discoverer besides id, disabled entries included */
const discoverer = (name: string, description: string, fields: FieldDef[], alwaysChecked = ''): SectionDef => ({
  name,
  kind: 'array',
  group: 'discovery',
  description,
  identityKey: 'id',
  apiOverridable: true,
  fields: [
    enabled(`this ${name} discoverer`, false, {
      help:
        `A scraper takes targets from this entry through discoverer-service = "${name}" and discoverer-id = its id. ` +
        `Every entry is validated even while it is off: id is always required${alwaysChecked ? `, and ${alwaysChecked}` : ''}.`,
    }),
    str('id', '', 'Unique ID of this discoverer; scrapers refer to it in discoverer-id.', {
      required: true,
      help: 'Required even when disabled. Not checked for uniqueness.',
    }),
    ...fields,
  ],
});

const apiDefault = (v: string) => `Entries added through the config API start at ${v}; in the file a missing key means the zero value.`;
const refresh = (apiDef: string) =>
  dur('refresh-interval', '0s', 'How often targets are re-discovered.', { help: apiDefault(apiDef) });
const port = (apiDef: string) => int('port', 0, 'Port scraped on the discovered hosts.', { ...PORT, help: apiDefault(apiDef) });

export const scraper: SectionDef = {
  name: 'scraper',
  kind: 'array',
  group: 'discovery',
  description: 'Scrape Prometheus metrics from discovered targets into a database.',
  identityKey: 'name',
  apiOverridable: true,
  fields: [
    enabled('this scraper', false, {
      help: 'Off by default. Every scraper entry is validated even while it is off, so name, type, db and rp must be filled in on all of them.',
    }),
    str('name', '', 'Unique name of this scraper.', { required: true, help: 'Required even when disabled.' }),
    enumOf('type', ['prometheus'], '', 'Scraper type; only "prometheus" exists.', {
      required: true,
      help: 'Must be exactly "prometheus", even when disabled, so the file must say it (the API fills it in for you).',
    }),
    str('db', '', 'Database the scraped points go to.', { required: true, help: 'Required even when disabled.' }),
    str('rp', '', 'Retention policy the scraped points go to.', { required: true, help: 'Required even when disabled.' }),
    str('scheme', '', 'Scheme used to scrape targets: http or https.', { help: apiDefault('"http"') }),
    str('metrics-path', '', 'HTTP path the metrics are read from.', { help: apiDefault('"/metrics"') }),
    listMap('params', {}, 'Extra URL query parameters, as name = ["value", ...].', {
      help: 'A table such as [scraper.params] module = ["http_2xx"]. Cannot be set through environment variables.',
    }),
    dur('scrape-interval', '0s', 'How often targets are scraped.', { help: apiDefault('"1m0s"') }),
    dur('scrape-timeout', '0s', 'Timeout for one scrape.', { help: apiDefault('"10s"') }),
    str('username', '', 'User for basic authentication on the targets.', {
      help: 'Sent with every scrape of this scraper\'s targets, together with password. Leave it empty for targets without basic authentication.',
    }),
    str('password', '', 'Password for basic authentication on the targets.', {
      secret: true,
      help: 'Goes with username. Masked in config API replies.',
    }),
    ...tlsClient('the targets', undefined, true),
    str('bearer-token', '', 'Bearer token sent to the targets.', {
      secret: true,
      help: 'Sent in the Authorization header of every scrape request. Masked in config API replies.',
    }),
    url('proxy-url', undefined, 'Proxy for scrapes (cannot be set from a file).', {
      notInFile: true,
      help: 'Kapacitor has this key, but its type cannot be read from a TOML string: writing it in the file is a type error. It can only be set through the config API.',
    }),
    str('discoverer-id', '', 'id of the discoverer entry that supplies targets.', {
      help: 'Not cross-checked by Kapacitor: a typo means no targets.',
    }),
    str('discoverer-service', '', 'Discoverer section that supplies targets, e.g. static-discovery or kubernetes.', {
      help: 'The section name of the discoverer (azure, consul, dns, ec2, file-discovery, gce, kubernetes, marathon, nerve, serverset, static-discovery, triton). Not cross-checked by Kapacitor.',
    }),
    list('blacklist', [], 'Targets (host:port) never scraped.', {
      help: 'A list such as ["10.0.0.5:9100"]. Targets the discoverer reports at these addresses are skipped; empty by default.',
    }),
  ],
};

export const azure = discoverer('azure', 'Discover scrape targets among Azure virtual machines.', [
  port('80'),
  str('subscription-id', '', 'Azure subscription ID.', {
    help: 'The subscription whose virtual machines are listed as targets. Kapacitor does not check it at startup.',
  }),
  str('tenant-id', '', 'Azure AD tenant ID.', {
    help: 'The directory (tenant) that the client-id application belongs to; used with client-id and client-secret to sign in.',
  }),
  str('client-id', '', 'Azure AD application (client) ID.', {
    help: 'The application Kapacitor signs in as to list the virtual machines. Goes with tenant-id and client-secret.',
  }),
  str('client-secret', '', 'Azure AD application secret.', {
    secret: true,
    help: 'The secret of the client-id application. Masked in config API replies.',
  }),
  refresh('"5m0s"'),
]);

export const consul = discoverer('consul', 'Discover scrape targets from Consul services.', [
  hostport('address', '', 'host:port of the Consul agent.', {
    required: true,
    help: `Required even when disabled (blank is rejected). ${apiDefault('"127.0.0.1:8500"')}`,
  }),
  str('token', '', 'Consul ACL token.', {
    secret: true,
    help: 'Kapacitor does not mask it in API replies; this editor treats it as a secret anyway.',
  }),
  str('datacenter', '', 'Consul datacenter (empty = the agent\'s).', {
    help: 'Services are looked up in this datacenter. Leave it empty to use the datacenter of the agent at address.',
  }),
  str('tag-separator', '', 'Text placed between Consul tags in the tags label.', { help: apiDefault('","') }),
  str('scheme', '', 'Scheme for talking to Consul: http or https.', { help: apiDefault('"http"') }),
  str('username', '', 'User for basic authentication on Consul.', {
    help: 'Give it together with password when the Consul API is behind HTTP basic authentication; leave both empty otherwise.',
  }),
  str('password', '', 'Password for basic authentication on Consul.', { secret: true, help: 'Goes with username. Masked in config API replies.' }),
  list('services', [], 'Consul services to watch (empty = all).', {
    help: 'A list of service names such as ["web", "api"]. The packaged sample does not show this key; leave it empty to take targets from every service.',
  }),
  ...tlsClient('Consul', undefined, true),
], 'address must not be blank');

export const dns = discoverer('dns', 'Discover scrape targets through DNS SRV, A or AAAA records.', [
  list('record-names', [], 'DNS names to query.', {
    help: 'For example ["_prometheus._tcp.example.com"] with type SRV. The packaged sample does not show this key, so add it yourself: without names nothing is discovered.',
  }),
  refresh('"30s"'),
  enumOf('type', ['SRV', 'A', 'AAAA'], '', 'Record type: SRV, A or AAAA.', {
    required: true,
    caseInsensitive: true,
    help: `Case does not matter. Required even when disabled, so the file must say it. ${apiDefault('"SRV"')}`,
  }),
  int('port', 0, 'Port for hosts found through A or AAAA records.', {
    ...PORT,
    help: 'Must not be 0 when type is A or AAAA (SRV records carry their own port); it is not used with SRV.',
  }),
], 'type must be SRV, A or AAAA (A and AAAA also need a port)');

export const ec2 = discoverer('ec2', 'Discover scrape targets among AWS EC2 instances.', [
  str('region', '', 'AWS region, e.g. us-east-1.', { required: true, help: 'Required even when disabled.' }),
  str('access-key', '', 'AWS access key ID (empty = default credential chain).', {
    help: 'Give it together with secret-key. Leave both empty to let the AWS default credentials (environment, profile or instance role) apply.',
  }),
  str('secret-key', '', 'AWS secret access key.', { secret: true, help: 'Goes with access-key. Masked in config API replies.' }),
  str('profile', '', 'AWS credentials profile name.', {
    help: 'A named profile from the AWS shared credentials file, as an alternative to access-key and secret-key. Empty uses the default profile.',
  }),
  refresh('"1m0s"'),
  port('80'),
], 'region must be set');

export const fileDiscovery = discoverer('file-discovery', 'Discover scrape targets listed in JSON or YAML files.', [
  list('files', [], 'Target files; "*" is allowed in the file name only.', {
    item: 'path',
    pattern: '^[^*]*(\\*[^/]*)?\\.(json|yml|yaml|JSON|YML|YAML)$',
    patternMessage: 'Use a path ending in .json, .yml or .yaml, with "*" only in the last path segment.',
    help: 'Each entry ends in .json, .yml or .yaml (all lower or all upper case), e.g. "/etc/kapacitor/targets/*.json". A "*" may only appear in the last path segment. Every entry is checked, even while the discoverer is off.',
  }),
  refresh('"5m0s"'),
], 'every files entry must be a .json, .yml or .yaml path');

export const gce = discoverer('gce', 'Discover scrape targets among Google Compute Engine instances.', [
  str('project', '', 'GCP project ID.', {
    help: 'The Google Cloud project whose instances are listed as targets. Kapacitor does not check it at startup.',
  }),
  str('zone', '', 'GCE zone to list instances in.', {
    help: 'One zone per entry, e.g. "europe-west1-b"; add another [[gce]] entry for each further zone.',
  }),
  str('filter', '', 'GCE API filter expression for instances.', {
    help: 'Passed on to the Compute Engine API to narrow which instances become targets. Empty lists every instance in the zone.',
  }),
  refresh('"1m0s"'),
  port('80'),
  str('tag-separator', '', 'Text placed between GCE tags in the tags label.', { help: apiDefault('","') }),
]);

export const marathon = discoverer('marathon', 'Discover scrape targets from Marathon applications.', [
  list('servers', [], 'Marathon server URLs.', {
    item: 'url',
    help: 'For example ["http://marathon.example.com:8080"]. The packaged sample does not show this key, so add it yourself.',
  }),
  dur('timeout', '0s', 'Old request timeout (removed in 1.6.0; ignored).', {
    removedIn: '1.5.9', // last release with the key; gone from 1.6.0 on
    help: 'Only Kapacitor 1.5 and earlier read it. The 1.6+ sample still shows it, but it is silently ignored: remove it.',
  }),
  refresh('"30s"'),
  str('bearer-token', '', 'Bearer token for Marathon.', {
    secret: true,
    help: 'Sent in the Authorization header of every request to the Marathon servers, for setups that require a token. Masked in config API replies.',
  }),
  ...tlsClient('Marathon', undefined, true),
]);

const zkFields = (what: string): FieldDef[] => [
  list('servers', [], `ZooKeeper servers holding the ${what} registrations.`, {
    help: 'host:port entries; a missing port means ZooKeeper\'s default 2181.',
  }),
  list('paths', [], 'ZooKeeper paths to watch.', {
    pattern: '^/',
    patternMessage: 'Start each ZooKeeper path with "/".',
    help: `The ZooKeeper nodes that hold the ${what} registrations. Each entry must start with "/", and this is checked even while the entry is off.`,
  }),
  dur('timeout', '0s', 'ZooKeeper session timeout.', { help: apiDefault('"10s"') }),
];

export const nerve = discoverer('nerve', 'Discover scrape targets registered by AirBnB Nerve in ZooKeeper.', zkFields('Nerve'), 'every paths entry must start with "/"');
export const serverset = discoverer('serverset', 'Discover scrape targets from Twitter Serversets in ZooKeeper.', zkFields('Serverset'), 'every paths entry must start with "/"');

export const staticDiscovery = discoverer('static-discovery', 'A fixed list of scrape targets.', [
  list('targets', [], 'Targets as host:port.', {
    help: 'A fixed list such as ["localhost:9100", "db1:9100"]. Labels for all of them go in [static-discovery.labels] under the same entry.',
  }),
  map('labels', {}, 'Labels added to every target.', {
    help: 'Write them as [static-discovery.labels] under the entry. The sample\'s [static.labels] is a mistake: it creates an unrelated table and the labels are never applied.',
  }),
]);

export const triton = discoverer('triton', 'Discover scrape targets among Joyent Triton containers.', [
  str('account', '', 'Triton account name.', { help: 'The account whose containers are discovered. Kapacitor does not check it at startup.' }),
  str('dns-suffix', '', 'DNS suffix appended to discovered names.', {
    help: 'Appended to each discovered container name to build the host name that is scraped. Kapacitor does not check it at startup.',
  }),
  str('endpoint', '', 'Triton discovery endpoint host.', {
    help: 'Host name of the Triton discovery service that Kapacitor asks for the list of containers. Kapacitor does not check it at startup.',
  }),
  port('9163'),
  refresh('"1m0s"'),
  int('version', 0, 'Triton discovery API version.', { help: apiDefault('1') }),
  ...tlsClient('Triton', undefined, true),
]);

export const kubernetes: SectionDef = {
  name: 'kubernetes',
  kind: 'tableOrArray',
  group: 'discovery',
  description: 'Kubernetes API access for k8sAutoscale and for discovering scrape targets.',
  identityKey: 'id',
  apiOverridable: true,
  fields: [
    enabled('the Kubernetes service', false, { help: 'Needed by the k8sAutoscale TICKscript node.' }),
    str('id', '', 'Name of this cluster entry.', {
      help: 'With more than one entry every id must be non-empty (checked even when disabled).',
    }),
    bool('in-cluster', false, 'Use the service account of the pod Kapacitor runs in.', {
      help: 'When true, api-servers, token, ca-path and namespace must all be empty.',
    }),
    list('api-servers', [], 'Kubernetes API server URLs.', {
      item: 'url',
      help: 'Required when enabled and in-cluster is false, e.g. ["http://localhost:8001"] through kubectl proxy.',
    }),
    str('token', '', 'Bearer token for the API servers.', {
      secret: true,
      help: 'Sent to api-servers with every request. Leave it empty with in-cluster = true, where the pod\'s service account is used and a token is an error. Masked in config API replies.',
    }),
    path('ca-path', '', 'CA bundle for the API servers.', {
      help: 'PEM file used to verify the certificates of api-servers. Must be empty with in-cluster = true.',
    }),
    str('namespace', '', 'Namespace to work in (empty = all).', {
      help: 'Limits Kapacitor to one Kubernetes namespace. Must be empty with in-cluster = true.',
    }),
    enumOf('resource', ['', 'node', 'pod', 'service', 'endpoint'], '', 'Kind of resource discovered as scrape targets.', {
      help: 'Exactly node, pod, service or endpoint (singular, although Kapacitor\'s message says "endpoints"). Only needed for scrape discovery.',
    }),
  ],
};

export const swarm: SectionDef = {
  name: 'swarm',
  kind: 'array',
  group: 'discovery',
  description: 'Docker Swarm API access for the swarmAutoscale node.',
  identityKey: 'id',
  apiOverridable: true,
  fields: [
    enabled('this Docker Swarm entry', false, { help: 'Needed by the swarmAutoscale TICKscript node.' }),
    str('id', '', 'Your name for this Swarm cluster (not Swarm\'s own ID).', {
      help: 'Kapacitor does not check it, even with several entries, but handlers pick a cluster by it.',
    }),
    list('servers', [], 'Docker Swarm manager URLs.', { item: 'url', help: 'At least one is required when enabled.' }),
    ...tlsClient('the Docker daemons'),
  ],
};
