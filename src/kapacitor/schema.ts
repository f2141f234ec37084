// The one schema: every Kapacitor key. Forms, validation, help and environment-variable names derive from it;
// adding a key means adding one FieldDef in src/kapacitor/sections/.
//
// Order: the 1.8.3 sample file's order, root first. Enterprise-only [enterprise], [cluster], [rpc] follow [auth].
// Sections the sample lacks sit beside their closest relative: [alert] before [deadman], [[httppost]] where the sample
// has it as comments, [[discord]] after [[slack]], [teams] after [talk], [[graphite]] and [[udp]] after [opentsdb].
import type { FieldDef, SectionDef } from './types';
import type { KeyPath, TomlTable, TomlValue } from '../toml/types';
import * as core from './sections/core';
import * as ent from './sections/enterprise';
import * as inputs from './sections/influxdb-inputs';
import * as alerts from './sections/alert-handlers';
import * as disc from './sections/discovery';
import { udf } from './sections/udf-tasks';

export const sections: readonly SectionDef[] = [
  core.root,
  ent.auth,
  ent.enterprise,
  ent.cluster,
  ent.rpc,
  core.http,
  core.tls,
  core.configOverride,
  core.logging,
  core.load,
  core.replay,
  core.task,
  core.storage,
  core.alert,
  core.deadman,
  core.fluxtask,
  inputs.influxdb,
  disc.kubernetes,
  alerts.smtp,
  alerts.snmptrap,
  alerts.opsgenie,
  alerts.opsgenie2,
  alerts.victorops,
  alerts.pagerduty,
  alerts.pagerduty2,
  alerts.pushover,
  alerts.zenoss,
  alerts.httppost,
  alerts.slack,
  alerts.discord,
  alerts.telegram,
  alerts.hipchat,
  alerts.kafka,
  alerts.alerta,
  alerts.bigpanda,
  alerts.servicenow,
  alerts.sensu,
  core.reporting,
  core.stats,
  udf,
  alerts.talk,
  alerts.teams,
  alerts.mqtt,
  disc.swarm,
  inputs.collectd,
  inputs.opentsdb,
  inputs.graphite,
  inputs.udp,
  disc.scraper,
  disc.azure,
  disc.consul,
  disc.dns,
  disc.ec2,
  disc.fileDiscovery,
  disc.gce,
  disc.marathon,
  disc.nerve,
  disc.serverset,
  disc.staticDiscovery,
  disc.triton,
];

const byName = new Map(sections.map((s) => [s.name, s]));

/** the section named `name` ('' = the top-level keys) */
export function sectionByName(name: string): SectionDef | undefined {
  return byName.get(name);
}

/** true for sections written as [[name]] (or either form, for slack/discord/kubernetes) */
export function isArraySection(s: SectionDef): boolean {
  return s.kind === 'array' || s.kind === 'tableOrArray';
}

function findIn(fields: readonly FieldDef[] | undefined, key: string): FieldDef | undefined {
  return fields?.find((f) => f.key === key);
}

/** a key of a section. `key` may go through 'table' fields with dots: fieldOf('httppost', 'basic-auth.username').
 *  For a 'tableMap' the entry name is skipped: fieldOf('udf', 'functions.*.timeout') (any name works in place of *). */
export function fieldOf(section: string, key: string): FieldDef | undefined {
  const s = byName.get(section);
  if (!s) return undefined;
  return walk(s.fields, key.split('.'))?.field;
}

interface Walked {
  field: FieldDef;
  /** what follows the field in the path: a map key, a list index, or nothing */
  rest: readonly (string | number)[];
}

function walk(fields: readonly FieldDef[], parts: readonly (string | number)[]): Walked | undefined {
  const [head, ...rest] = parts;
  if (typeof head !== 'string') return undefined;
  const f = findIn(fields, head);
  if (!f) return undefined;
  if (rest.length === 0) return { field: f, rest };
  // an unknown key inside a fixed table or a udf function is unknown, not part of its parent
  if (f.kind === 'table' && f.fields) return walk(f.fields, rest);
  if (f.kind === 'tableMap' && f.fields) {
    // rest[0] is the entry name (udf function name)
    if (rest.length === 1) return { field: f, rest };
    return walk(f.fields, rest.slice(1));
  }
  return { field: f, rest };
}

export interface ResolvedPath {
  section: SectionDef;
  /** index of the element for array sections, when the path has one */
  index?: number;
  /** the deepest field the path names; undefined when the path stops at the section (or element) */
  field?: FieldDef;
  /** the field keys from the section down to `field` (['basic-auth', 'username'], ['functions', 'timeout']) */
  fieldKeys: string[];
  /** the part of the path below `field`: a map key, a list index, a udf function name */
  rest: readonly (string | number)[];
}

/** Where a document key path lands in the schema. Root keys: ['hostname'] or ['', 'hostname'].
 *  Array sections: ['influxdb', 0, 'urls', 1] (the index may be left out: ['influxdb', 'urls']).
 *  Returns undefined for keys the schema does not know. */
export function resolvePath(path: KeyPath): ResolvedPath | undefined {
  if (path.length === 0) return undefined;
  let [first, ...rest] = path;
  if (first === '' && rest.length) [first, ...rest] = rest as [string | number, ...(string | number)[]];
  if (typeof first !== 'string') return undefined;
  const s = byName.get(first);
  if (!s || s.kind === 'root') {
    const parts = path[0] === '' ? path.slice(1) : path;
    const w = walk(core.root.fields, parts);
    return w ? { section: core.root, field: w.field, fieldKeys: keysTo(core.root.fields, w.field, parts), rest: w.rest } : undefined;
  }
  let index: number | undefined;
  if (typeof rest[0] === 'number') {
    index = rest[0];
    rest = rest.slice(1);
  }
  if (rest.length === 0) return { section: s, index, fieldKeys: [], rest: [] };
  const w = walk(s.fields, rest);
  if (!w) return undefined;
  return { section: s, index, field: w.field, fieldKeys: keysTo(s.fields, w.field, rest), rest: w.rest };
}

function keysTo(fields: readonly FieldDef[], target: FieldDef, parts: readonly (string | number)[]): string[] {
  const out: string[] = [];
  let current: readonly FieldDef[] | undefined = fields;
  let i = 0;
  while (current && i < parts.length) {
    const p = parts[i];
    if (typeof p !== 'string') break;
    const f = findIn(current, p);
    if (!f) break;
    out.push(f.key);
    if (f === target) break;
    current = f.fields;
    i += f.kind === 'tableMap' ? 2 : 1;
  }
  return out;
}

/** the field a document key path points at, e.g. ['influxdb', 0, 'urls'], ['hostname'],
 *  ['httppost', 0, 'basic-auth', 'username'], ['udf', 'functions', 'goavg', 'timeout'] */
export function fieldPath(path: KeyPath): FieldDef | undefined {
  return resolvePath(path)?.field;
}

/** The built-in values of a section (or of one element of an array section), as a TOML table.
 *  Fields without a default (kafka sasl-version, scraper proxy-url) are left out. */
export function defaultsOf(section: SectionDef): TomlTable {
  return defaultsOfFields(section.fields);
}

function defaultsOfFields(fields: readonly FieldDef[]): TomlTable {
  const out: TomlTable = {};
  for (const f of fields) {
    if (f.default !== undefined) out[f.key] = structuredClone(f.default) as TomlValue;
  }
  return out;
}

/** every field of the schema with its section, nested 'table'/'tableMap' fields included (parents first) */
export function allFields(): { section: SectionDef; keys: string[]; field: FieldDef }[] {
  const out: { section: SectionDef; keys: string[]; field: FieldDef }[] = [];
  const visit = (section: SectionDef, fields: readonly FieldDef[], prefix: string[]) => {
    for (const f of fields) {
      const keys = [...prefix, f.key];
      out.push({ section, keys, field: f });
      if (f.fields) visit(section, f.fields, keys);
    }
  };
  for (const s of sections) visit(s, s.fields, []);
  return out;
}
