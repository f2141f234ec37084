// A Kapacitor Enterprise cluster bundle: one kapacitor.conf per node, each the open document with three splice edits
// (hostname, [cluster] advertise-address, [rpc] advertise-address), checked together. [auth], [enterprise] and
// everything else stay byte for byte as written, so every member shares the same license and user store. Without
// includeSecrets, secret values (the license key among them) are "<section.key>" placeholders in the files; the checks
// run on the real document.
import type { TomlDocument } from '../../toml/document';
import { parseDocument } from '../../toml/document';
import { setValue } from '../../toml/edit';
import type { KapacitorVersion } from '../types';
import { fieldOf } from '../schema';
import { splitHostPort } from '../fields';
import { findProblems } from '../findings';
import { secretsPlaceholdered } from './share';

export interface ClusterNode {
  host: string;
}

export interface BundleFile {
  name: string;
  text: string;
}

export interface ClusterBundle {
  files: BundleFile[];
  /** sentences; empty when the bundle is ready to deploy */
  problems: string[];
  /** secrets replaced by "<section.key>" placeholders in each file (0 with includeSecrets) */
  placeholders: number;
}

export interface ClusterOptions {
  /** the Kapacitor release the findings judge against; default '1.8' */
  version?: KapacitorVersion;
  /** write secrets (passwords, tokens, the license key) into the files; otherwise (the default) "<section.key>"
   *  placeholders stand for them. The checks always see the real values. */
  includeSecrets?: boolean;
}

/** a host name, IPv4 or IPv6 address, without a port */
const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9_-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9_-]*[A-Za-z0-9])?)*\.?|[0-9A-Fa-f.]*(?::[0-9A-Fa-f.]*){2,})$/;
const ANY_HOST = new Set(['', '0.0.0.0', '::', '[::]']);

/** host:port, with brackets around an IPv6 address */
export function joinHostPort(host: string, port: string): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

export interface HostSuggestion {
  /** one host per node */
  hosts: string[];
  /** where the document names this node's host ('[cluster] advertise-address', '[rpc] advertise-address',
   *  'hostname'), and that host; undefined when it names none and the hosts are placeholders (kapacitor-1, -2, …) */
  from?: { key: string; host: string };
}

const LOOPBACK = /^(?:localhost|localhost\.localdomain|127(?:\.\d{1,3}){3}|::1|0:0:0:0:0:0:0:1)$/i;

/** the host part of a host:port the document writes, when it names one machine (not "", 0.0.0.0 or ::) */
function hostOf(value: unknown, withPort: boolean): string | undefined {
  if (typeof value !== 'string') return undefined;
  let host = value.trim();
  if (withPort) {
    const parts = splitHostPort(host);
    if ('error' in parts) return undefined;
    host = parts.host;
  }
  if (ANY_HOST.has(host) || LOOPBACK.test(host) || !HOST.test(host)) return undefined;
  return host;
}

/** The host of each node for the bundle's form, taken from the document where it names this node's host: [cluster]
 *  advertise-address, else [rpc] advertise-address, else hostname (not localhost). The document is one member's file,
 *  so the other members follow its name: a trailing number counts on (kapacitor-1.example.com → kapacitor-2…, kap07 →
 *  kap08, 10.0.0.11 → 10.0.0.12; when the number is at most the node count the row starts at 1 so the document's host
 *  keeps its place), otherwise -2, -3 … joins the first label (kap.example.com → kap-2.example.com). Without a host in
 *  the document: kapacitor-1, kapacitor-2, … */
export function suggestedHosts(doc: TomlDocument, count: number): HostSuggestion {
  const n = Math.max(0, Math.floor(count));
  const candidates: [string, string | undefined][] = [
    ['[cluster] advertise-address', hostOf(doc.get(['cluster', 'advertise-address']), true)],
    ['[rpc] advertise-address', hostOf(doc.get(['rpc', 'advertise-address']), true)],
    ['hostname', hostOf(doc.get(['hostname']), false)],
  ];
  const found = candidates.find(([, h]) => h !== undefined);
  if (!found) return { hosts: Array.from({ length: n }, (_, i) => `kapacitor-${i + 1}`) };
  const [key, host] = found as [string, string];
  return { hosts: hostSeries(host, n), from: { key, host } };
}

function hostSeries(host: string, n: number): string[] {
  if (n === 0) return [];
  const at = (make: (i: number) => string | undefined): string[] => {
    const out = Array.from({ length: n }, (_, i) => make(i));
    // a series that cannot go on (255 in an IPv4 address, a repeated name): the document's host, then placeholders
    const unique = new Set(out.map((h) => h?.toLowerCase()));
    if (out.some((h) => h === undefined) || unique.size !== n || !out.some((h) => h === host)) {
      return [host, ...Array.from({ length: n - 1 }, (_, i) => `kapacitor-${i + 2}`)];
    }
    return out as string[];
  };
  if (host.includes(':')) {
    // IPv6: count on in the last group
    const i = host.lastIndexOf(':');
    const last = host.slice(i + 1);
    if (!/^[0-9A-Fa-f]{1,4}$/.test(last)) return at((k) => (k === 0 ? host : undefined));
    const v = Number.parseInt(last, 16);
    const start = v >= 1 && v <= n ? 1 : v;
    return at((k) => (start + k <= 0xffff ? `${host.slice(0, i + 1)}${(start + k).toString(16)}` : undefined));
  }
  const ipv4 = /^(\d{1,3}\.\d{1,3}\.\d{1,3}\.)(\d{1,3})$/.exec(host);
  if (ipv4) {
    const v = Number(ipv4[2]);
    const start = v >= 1 && v <= n ? 1 : v;
    return at((k) => (start + k <= 254 ? `${ipv4[1]}${start + k}` : undefined));
  }
  const dot = host.indexOf('.');
  const label = dot < 0 ? host : host.slice(0, dot);
  const domain = dot < 0 ? '' : host.slice(dot);
  const numbered = /^(.*?)(\d+)$/.exec(label);
  if (numbered && numbered[1] !== '') {
    const [, stem, digits] = numbered;
    const v = Number(digits);
    const start = v >= 1 && v <= n ? 1 : v;
    return at((k) => `${stem}${String(start + k).padStart(digits.length, '0')}${domain}`);
  }
  return at((k) => (k === 0 ? host : `${label}-${k + 1}${domain}`));
}

export function clusterBundle(doc: TomlDocument, nodes: readonly ClusterNode[], opts: ClusterOptions = {}): ClusterBundle {
  const version = opts.version ?? '1.8';
  const problems: string[] = [];
  const hosts = nodes.map((n) => n.host.trim());
  if (hosts.length === 0) problems.push('Add at least one node.');

  // hosts: well-formed and unique
  const seen = new Map<string, number>();
  hosts.forEach((h, i) => {
    if (h === '') problems.push(`Node ${i + 1} has no host name.`);
    else if (!HOST.test(h)) problems.push(`Node ${i + 1}: "${h}" is not a host name or IP address (give it without a port or scheme).`);
    const key = h.toLowerCase();
    if (h !== '' && seen.has(key)) problems.push(`Nodes ${seen.get(key)! + 1} and ${i + 1} have the same host "${h}"; every member needs its own.`);
    else seen.set(key, i);
  });

  // ports from the shared bind addresses; a host in them would bind every member to one machine's address
  const ports = {
    cluster: bindPort(doc, 'cluster', problems),
    rpc: bindPort(doc, 'rpc', problems),
  };
  bindPort(doc, 'http', problems);

  // the license every member shares
  const license = licenseOf(doc);
  if (!license) problems.push('No license: set [enterprise] license-key or license-path; without one a node does not join the cluster and runs like open-source Kapacitor.');

  const files: BundleFile[] = [];
  const fileHosts: string[] = [];
  const names = new Set<string>();
  hosts.forEach((host, i) => {
    if (host === '') return;
    let name = `${host.replace(/[^A-Za-z0-9._-]/g, '_')}/kapacitor.conf`;
    if (names.has(name)) name = `node-${i + 1}/kapacitor.conf`;
    names.add(name);
    try {
      let d = setValue(doc, ['hostname'], host);
      d = setValue(d, ['cluster', 'advertise-address'], joinHostPort(host, ports.cluster));
      d = setValue(d, ['rpc', 'advertise-address'], joinHostPort(host, ports.rpc));
      files.push({ name, text: d.text });
      fileHosts.push(host);
    } catch (error) {
      problems.push(`${host}: the file could not be edited: ${(error as Error).message}`);
    }
  });

  // checked together: addresses unique, one license, every file reads back and has no error finding
  const advertised = new Map<string, string>();
  const findingHosts = new Map<string, { line?: number; message: string; hosts: string[] }>();
  files.forEach((file, i) => {
    const host = fileHosts[i];
    let reread: TomlDocument;
    try {
      reread = parseDocument(file.text);
    } catch (error) {
      problems.push(`${file.name} does not read back: ${(error as Error).message}`);
      return;
    }
    for (const section of ['cluster', 'rpc']) {
      // host names ignore case
      const addr = String(reread.get([section, 'advertise-address']));
      const other = advertised.get(addr.toLowerCase());
      if (other !== undefined && other !== host) problems.push(`${host} and ${other} advertise the same address ${addr}.`);
      advertised.set(addr.toLowerCase(), host);
    }
    if (licenseOf(reread) !== license) problems.push(`${file.name} does not carry the shared license.`);
    for (const f of findProblems(reread, { version, enterprise: true })) {
      if (f.severity !== 'error') continue;
      const key = `${f.line ?? ''}\u0000${f.message}`;
      const entry = findingHosts.get(key) ?? { line: f.line, message: f.message, hosts: [] };
      entry.hosts.push(host);
      findingHosts.set(key, entry);
    }
  });
  for (const f of findingHosts.values()) {
    const who = f.hosts.length === files.length && files.length > 1 ? 'Every node' : f.hosts.join(', ');
    problems.push(`${who}${f.line !== undefined ? `, line ${f.line}` : ''}: ${f.message}`);
  }
  if (opts.includeSecrets) return { files, problems, placeholders: 0 };
  let placeholders = 0;
  const out = files.map((file) => {
    try {
      const masked = secretsPlaceholdered(parseDocument(file.text));
      placeholders = Math.max(placeholders, masked.count);
      return { name: file.name, text: masked.text };
    } catch (error) {
      // a file that does not read back is already a problem above; it must not go out with its secrets
      problems.push(`${file.name}: its secrets could not be replaced (${(error as Error).message}); it is left out.`);
      return undefined;
    }
  });
  return { files: out.filter((f): f is BundleFile => f !== undefined), problems, placeholders };
}

function bindPort(doc: TomlDocument, section: 'cluster' | 'rpc' | 'http', problems: string[]): string {
  const def = String(fieldOf(section, 'bind-address')?.default ?? '');
  const written = doc.get([section, 'bind-address']);
  const value = typeof written === 'string' && written !== '' ? written : def;
  const parts = splitHostPort(value);
  const fallback = splitHostPort(def);
  const fallbackPort = 'port' in fallback ? fallback.port : '';
  if ('error' in parts) {
    problems.push(`[${section}] bind-address "${value}": ${parts.error}; ${fallbackPort ? `port ${fallbackPort} is assumed` : 'no port can be taken from it'}.`);
    return fallbackPort;
  }
  if (!ANY_HOST.has(parts.host)) {
    problems.push(`[${section}] bind-address names the host "${parts.host}", so every node would try to bind that one address; leave the host out (":${parts.port}").`);
  }
  if (parts.port === '') {
    problems.push(`[${section}] bind-address "${value}" has no port.`);
    return fallbackPort;
  }
  return parts.port;
}

function licenseOf(doc: TomlDocument): string | undefined {
  const key = doc.get(['enterprise', 'license-key']);
  const path = doc.get(['enterprise', 'license-path']);
  if (typeof key === 'string' && key !== '') return `key:${key}`;
  if (typeof path === 'string' && path !== '') return `path:${path}`;
  return undefined;
}
