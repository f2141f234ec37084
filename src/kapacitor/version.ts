// Which Kapacitor a file was written for, guessed from the keys it uses (reference §8).
import type { TomlTable, TomlValue } from '../toml/types';
import type { FieldDef, KapacitorVersion, SectionDef } from './types';
import { sections } from './schema';
import { compareReleases, minorOf } from './findings/versions';

export interface VersionGuess {
  version: KapacitorVersion;
  enterprise: boolean;
  reason: string;
}

/** a sample file or a `kapacitord config` dump spells out most sections; a hand-written file has a few */
const COMPLETE_FILE_SECTIONS = 20;

function isTable(v: TomlValue | undefined): v is TomlTable {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date) && typeof (v as { toISOString?: unknown }).toISOString !== 'function';
}

function lookup<T extends { key?: string; name?: string }>(items: readonly T[], name: string, key: (t: T) => string): T | undefined {
  return items.find((t) => key(t) === name) ?? items.find((t) => key(t).toLowerCase() === name.toLowerCase());
}

interface Evidence {
  newest?: { since: string; what: string };
  enterprise?: string;
  sectionCount: number;
}

function note(e: Evidence, since: string | undefined, what: string): void {
  if (since && (!e.newest || compareReleases(since, e.newest.since) > 0)) e.newest = { since, what };
}

function visitFields(e: Evidence, section: SectionDef, fields: readonly FieldDef[], table: TomlTable, where: string): void {
  for (const [key, value] of Object.entries(table)) {
    const field = lookup(fields, key, (f) => f.key);
    if (!field) continue;
    const what = `${where} ${field.key}`;
    if (field.enterprise && !e.enterprise) e.enterprise = what;
    note(e, field.since ?? section.since, what);
    if (field.kind === 'table' && isTable(value)) visitFields(e, section, field.fields ?? [], value, what);
    if (field.kind === 'tableMap' && isTable(value)) {
      for (const sub of Object.values(value)) if (isTable(sub)) visitFields(e, section, field.fields ?? [], sub, what);
    }
  }
}

export function guessVersion(values: TomlTable): VersionGuess {
  const e: Evidence = { sectionCount: 0 };
  const root = sections.find((s) => s.kind === 'root');
  const rootKeys: TomlTable = {};
  for (const [key, value] of Object.entries(values)) {
    const section = lookup(sections.filter((s) => s.kind !== 'root'), key, (s) => s.name);
    if (!section) {
      rootKeys[key] = value;
      continue;
    }
    e.sectionCount++;
    const where = `[${section.name}]`;
    if (section.enterprise && !e.enterprise) e.enterprise = where;
    note(e, section.since, where);
    const tables = Array.isArray(value) ? value.filter(isTable) : isTable(value) ? [value] : [];
    for (const t of tables) visitFields(e, section, section.fields, t, where);
  }
  if (root) visitFields(e, root, root.fields, rootKeys, 'top-level');

  const enterprise = e.enterprise !== undefined;
  const ent = enterprise ? ` ${e.enterprise} is Kapacitor Enterprise only.` : '';
  const newest = e.newest;
  const newestMinor = newest ? minorOf(newest.since) : undefined;
  if (newest && newestMinor && compareReleases(newestMinor, '1.7') >= 0) {
    return { version: '1.8', enterprise, reason: `Uses ${newest.what}, added in ${newest.since}; 1.7 and 1.8 read the same keys, so the newest is assumed.${ent}` };
  }
  if (e.sectionCount >= COMPLETE_FILE_SECTIONS) {
    // a sample or dump lists every section its release had, so the newest key it has dates it
    const version: KapacitorVersion = newestMinor === '1.6' ? '1.6' : '1.5';
    const dated = newest ? `nothing newer than ${newest.since} (${newest.what})` : 'nothing added after 1.4';
    return { version, enterprise, reason: `Looks like a complete sample or generated file (${e.sectionCount} sections) with ${dated}, so it was written for Kapacitor ${version}${version === '1.5' && (!newest || compareReleases(newest.since, '1.5.0') < 0) ? ' or earlier' : ''}.${ent}` };
  }
  if (newest && newestMinor === '1.6') {
    return { version: '1.8', enterprise, reason: `Uses ${newest.what}, added in ${newest.since}, so Kapacitor 1.6 or later; the newest release is assumed.${ent}` };
  }
  return { version: '1.8', enterprise, reason: `Nothing in the file points to an older release, so Kapacitor 1.8 is assumed.${ent}` };
}
