// Which Kapacitor a file was written for, guessed from the keys it uses (reference §8).
import type { TomlTable, TomlValue } from '../toml/types';
import type { CheckOptions, FieldDef, KapacitorVersion, SectionDef } from './types';
import { sections } from './schema';
import { compareReleases, minorOf } from './findings/versions';

export interface VersionGuess {
  version: KapacitorVersion;
  enterprise: boolean;
  /** one or two sentences for the user: what the guess rests on */
  reason: string;
  /** what the file itself points to, one sentence each; `reason` joins them. No `version` means nothing in the file
   *  dates it (1.8 is only the fallback); no `enterprise` means no Enterprise-only key, which does not show the file
   *  is for open source. */
  evidence: { version?: string; enterprise?: string };
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

// Called for every key of every entry (a 1 MB file has thousands): compare only what could be newer, and build
// the words only for what is.
function note(e: Evidence, since: string | undefined, what: string | (() => string)): void {
  if (since && (!e.newest || (since !== e.newest.since && compareReleases(since, e.newest.since) > 0))) {
    e.newest = { since, what: typeof what === 'string' ? what : what() };
  }
}

function visitFields(e: Evidence, section: SectionDef, fields: readonly FieldDef[], table: TomlTable, where: string): void {
  for (const [key, value] of Object.entries(table)) {
    const field = lookup(fields, key, (f) => f.key);
    if (!field) continue;
    const what = () => `${where} ${field.key}`;
    if (field.enterprise && !e.enterprise) e.enterprise = what();
    note(e, field.since ?? section.since, what);
    if (field.kind === 'table' && isTable(value)) visitFields(e, section, field.fields ?? [], value, what());
    if (field.kind === 'tableMap' && isTable(value)) {
      for (const sub of Object.values(value)) if (isTable(sub)) visitFields(e, section, field.fields ?? [], sub, what());
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
  const ent = enterprise ? `${e.enterprise} is Kapacitor Enterprise only.` : undefined;
  const newest = e.newest;
  const newestMinor = newest ? minorOf(newest.since) : undefined;
  const guess = (version: KapacitorVersion, dated: string | undefined): VersionGuess => ({
    version,
    enterprise,
    reason: [dated ?? 'Nothing in the file points to an older release, so Kapacitor 1.8 is assumed.', ent].filter(Boolean).join(' '),
    evidence: { ...(dated && { version: dated }), ...(ent && { enterprise: ent }) },
  });
  if (newest && newestMinor && compareReleases(newestMinor, '1.7') >= 0) {
    return guess('1.8', `Uses ${newest.what}, added in ${newest.since}; 1.7 and 1.8 read the same keys, so the newest is assumed.`);
  }
  if (e.sectionCount >= COMPLETE_FILE_SECTIONS) {
    // a sample or dump lists every section its release had, so the newest key it has dates it
    const version: KapacitorVersion = newestMinor === '1.6' ? '1.6' : '1.5';
    const dated = newest ? `nothing newer than ${newest.since} (${newest.what})` : 'nothing added after 1.4';
    const earlier = version === '1.5' && (!newest || compareReleases(newest.since, '1.5.0') < 0) ? ' or earlier' : '';
    return guess(version, `Looks like a complete sample or generated file (${e.sectionCount} sections) with ${dated}, so it was written for Kapacitor ${version}${earlier}.`);
  }
  if (newest && newestMinor === '1.6') {
    return guess('1.8', `Uses ${newest.what}, added in ${newest.since}, so Kapacitor 1.6 or later; the newest release is assumed.`);
  }
  return guess('1.8', undefined);
}

/** The options to judge an imported file by: the guess where the file gives evidence, the user's choice where it
 *  gives none. Returns a VersionGuess whose version and enterprise are the options that now apply, and whose reason
 *  says what came from the file and what was kept. */
export function applyVersionGuess(current: CheckOptions, guess: VersionGuess): VersionGuess {
  const { evidence } = guess;
  const version = evidence.version ? guess.version : current.version;
  const enterprise = evidence.enterprise ? true : current.enterprise;
  const edition = enterprise ? 'Enterprise' : 'open source';
  const sentences = [
    evidence.version ??
      `Nothing in the file tells which Kapacitor release it was written for, so your choice (${version}${evidence.enterprise ? '' : `, ${edition}`}) is kept.`,
    evidence.enterprise ?? (evidence.version && enterprise ? 'Enterprise stays on, as you chose.' : undefined),
  ];
  return { ...guess, version, enterprise, reason: sentences.filter(Boolean).join(' ') };
}
