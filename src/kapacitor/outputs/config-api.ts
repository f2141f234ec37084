// Request bodies for Kapacitor's config-override API (reference §3; services/config/service.go): POST
// /kapacitor/v1/config/<section>/ (trailing slash: a single table is the element "") or /kapacitor/v1/config/<section>/<element>
// with {"set":{…},"delete":[…]}, and POST /kapacitor/v1/config/<section> with {"add":{…}} or {"remove":[…]}.
// What they mean, as Kapacitor's code does it: every request edits the overrides stored in kapacitor.db, which are applied
// on top of the file Kapacitor read at start (and again at every start). set stores values; delete drops stored values,
// so those keys go back to the file's value (not to Kapacitor's default); add creates an entry from zero values; remove
// drops stored overrides, so it takes away an entry added through the API but never one written in the file.
// set/delete never mix with add/remove. Only sections with SectionDef.apiOverridable; [udf] never (remote code execution risk).
// Requests name only the options the chosen Kapacitor release has (services/config/override: an option the running
// release does not have fails the whole request with "unknown options [...]", a section it does not have with
// "unknown section"): the others are left out, and each request and the result say which and why.
import type { KeyPath, TomlTable, TomlValue } from '../../toml/types';
import { isTable } from '../../toml/values';
import type { FieldDef, KapacitorVersion, SectionDef } from '../types';
import { isArraySection, sectionByName } from '../schema';
import { zeroValue } from '../defaults';
import { availability, removedBefore } from '../findings/versions';
import { baseline, documentEntries, fieldFor, identityOf, isSecretPath, sameValue, secretPlaceholder, type Entry } from './entries';
import { shellQuote } from './env-export';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export type ApiBody =
  | { set: Record<string, JsonValue>; delete?: string[] }
  | { delete: string[]; set?: Record<string, JsonValue> }
  | { add: Record<string, JsonValue> }
  | { remove: string[] };

export interface ApiRequest {
  method: 'POST';
  /** /kapacitor/v1/config/<section>[/<element>] */
  path: string;
  body: ApiBody;
  /** the request as a curl command; commented out (#) when the element cannot be addressed */
  curl: string;
  /** why the request cannot be sent as it is, or what to replace first */
  note?: string;
  /** keys of the document this request leaves out because the chosen release's config API does not take them */
  leftOut?: LeftOut[];
}

/** something of the document a request leaves out, because the chosen Kapacitor release's config API refuses it */
export interface LeftOut {
  /** how the document names it: '[[marathon]] "m1" timeout', '[zenoss]' */
  what: string;
  /** one sentence */
  reason: string;
}

export interface ApiOptions {
  /** send secret values as they are; otherwise "<section.key>" placeholders stand for them */
  includeSecrets: boolean;
  /** default http://localhost:9092 */
  baseUrl?: string;
  /** the Kapacitor release the requests go to; default '1.8'. Keys it does not have are left out */
  version?: KapacitorVersion;
}

export const API_PREFIX = '/kapacitor/v1/config';
const DEFAULT_BASE = 'http://localhost:9092';
/** what Kapacitor accepts as a section or element name in a config path (Go \w is ASCII) */
const NAME = /^[-A-Za-z0-9_+]+$/;
const PLACEHOLDER_NOTE = 'Replace the <…> placeholders with the secret values before sending.';

/** Can this identity be used in a config API path? Not when it is empty, holds "." or anything outside [-\w+]. */
export function isAddressable(name: string): boolean {
  return NAME.test(name);
}

/** One set request per API-overridable table and per array entry of the document, in document order. */
export function apiRequests(values: TomlTable, opts: ApiOptions): ApiRequest[] {
  return apiDocument(values, opts).requests;
}

export interface ApiDocument {
  requests: ApiRequest[];
  /** what the requests leave out for the chosen release: sections it does not have, and every request's leftOut */
  leftOut: LeftOut[];
}

/** apiRequests, with what was left out because the chosen release's config API would refuse it. */
export function apiDocument(values: TomlTable, opts: ApiOptions): ApiDocument {
  const out: ApiRequest[] = [];
  const leftOut: LeftOut[] = [];
  for (const entry of documentEntries(values).entries) {
    const s = entry.section;
    if (!s.apiOverridable || s.name === 'udf') continue;
    const idKey = isArraySection(s) ? s.identityKey : undefined;
    const element = idKey ? identityOf(entry) ?? '' : undefined;
    const missing = sectionMissing(s, versionOf(opts));
    if (missing) {
      if (!leftOut.some((l) => l.what === sectionLabel(s))) leftOut.push({ what: sectionLabel(s), reason: missing });
      continue;
    }
    const { set, unknown, placeholders, dropped } = jsonTable(entry, idKey, opts);
    if (Object.keys(set).length === 0 && dropped.length === 0) continue;
    const notes: string[] = [];
    const patch = sectionPatchNote(s, versionOf(opts));
    if (patch) notes.push(patch);
    if (placeholders) notes.push(PLACEHOLDER_NOTE);
    if (unknown.length) notes.push(`Left out ${unknown.join(', ')}: not ${s.name} options Kapacitor knows.`);
    const left = leftOutOf(s, element, dropped);
    notes.push(...versionNotes(dropped, versionOf(opts)));
    if (element !== undefined) {
      const problem = elementProblem(s, element);
      if (problem) notes.unshift(problem);
    }
    leftOut.push(...left);
    // every key written is one this release does not have: no request, only what was left out
    if (Object.keys(set).length === 0) continue;
    out.push(withLeftOut(finish(s, element, { set }, opts, notes), left));
  }
  return { requests: out, leftOut };
}

/** {"delete":[keys]}: drops the values stored by earlier set requests for these keys of a table or of one element, so
 *  Kapacitor goes back to the file's value for them (Kapacitor's default only where the file leaves the key out) */
export function deleteRequest(section: string, element: string | undefined, keys: readonly string[], opts: Partial<ApiOptions> = {}): ApiRequest {
  const s = overridable(section);
  const notes: string[] = [];
  if (isArraySection(s)) {
    if (element === undefined) throw new Error(`[${s.name}] entries are addressed by ${s.identityKey}: name the element.`);
    const problem = elementProblem(s, element);
    if (problem) notes.push(problem);
  } else if (element !== undefined) {
    throw new Error(`[${s.name}] is a single table: it has no elements.`);
  }
  return finish(s, element, { delete: [...keys] }, { includeSecrets: false, ...opts }, notes);
}

/** {"add":{…}} at the section path: creates an array entry (its identity key included) */
export function addRequest(section: string, entry: TomlTable, opts: ApiOptions): ApiRequest {
  const s = overridable(section);
  if (!isArraySection(s) || !s.identityKey) throw new Error(`[${s.name}] is a single table: only array sections take add.`);
  const pseudo: Entry = { section: s, key: s.name, path: [s.name, 0], table: entry, index: 0, count: 1, fromArray: true };
  const { set, unknown, placeholders, dropped } = jsonTable(pseudo, undefined, opts);
  const notes: string[] = [];
  if (placeholders) notes.push(PLACEHOLDER_NOTE);
  // a new element starts from zero values: no identity written means an empty one
  const id = identityOf({ ...pseudo, count: 2 }) ?? '';
  const problem = elementProblem(s, id);
  if (problem) notes.push(problem);
  if (unknown.length) notes.push(`Left out ${unknown.join(', ')}: not ${s.name} options Kapacitor knows.`);
  notes.push(...versionNotes(dropped, versionOf(opts)));
  return withLeftOut(finish(s, undefined, { add: set }, opts, notes, problem !== undefined), leftOutOf(s, id, dropped));
}

/** {"remove":[ids]} at the section path: drops the overrides stored for these entries, which takes away an entry
 *  added through the API; an entry written in the file Kapacitor read stays (only its API changes go) */
export function removeRequest(section: string, ids: readonly string[], opts: Partial<ApiOptions> = {}): ApiRequest {
  const s = overridable(section);
  if (!isArraySection(s)) throw new Error(`[${s.name}] is a single table: only array sections take remove.`);
  const bad = ids.filter((id) => !isAddressable(id));
  const notes = bad.length ? [`${bad.map((b) => JSON.stringify(b)).join(', ')} cannot be addressed through the config API (names must match ^[-\\w+]+$).`] : [];
  return finish(s, undefined, { remove: [...ids] }, { includeSecrets: false, ...opts }, notes, bad.length > 0);
}

// ---- changes since import ----

export interface ChangeOptions extends ApiOptions {
  /** What a key taken out of the document turns into. 'default' (the default): {"set":{key: Kapacitor's default}},
   *  which is what changes a Kapacitor still running the imported file. 'delete': {"delete":[key]}, which only drops an
   *  earlier API override, so the key goes back to the value in the file Kapacitor started with. */
  removedKeys?: 'default' | 'delete';
}

export interface ApiChanges {
  /** in document order per section: set/delete for tables and kept entries, then remove, then add */
  requests: ApiRequest[];
  /** sections that changed but cannot be changed through the API ('' = the top-level keys): only the file and a
   *  restart change those */
  fileOnly: string[];
  /** changes left out because the chosen release's config API refuses them: sections it does not have, and every
   *  request's leftOut */
  leftOut: LeftOut[];
}

const REMOVED_DEFAULT_NOTE = (keys: string[]) =>
  `Taken out of the document, so set to Kapacitor's default: ${keys.join(', ')}. ({"delete":[…]} would not do it: delete only drops values stored through the API, and the keys would go back to what the file Kapacitor started with says.)`;
const DELETE_NOTE = (keys: string[]) =>
  `delete drops the values stored through the API for ${keys.join(', ')}: Kapacitor goes back to what the file it started with says (Kapacitor's default only where that file leaves the key out).`;

/** The requests that take a Kapacitor running `original` (the imported file) to `current`, as far as the config API
 *  can: changed keys of a table or entry -> set; keys taken out -> set to the default, or delete (opts.removedKeys);
 *  entries of an array section that are new -> add; entries gone -> remove (which only works for entries added
 *  through the API: the note says so). Entries are matched by identity (name, id, workspace, endpoint), so a renamed
 *  entry is a remove and an add. Changes to sections outside the API are listed in fileOnly. */
export function apiChanges(original: TomlTable, current: TomlTable, opts: ChangeOptions): ApiChanges {
  const before = documentEntries(original).entries;
  const after = documentEntries(current).entries;
  const order: SectionDef[] = [];
  for (const e of [...after, ...before]) if (!order.includes(e.section)) order.push(e.section);
  const requests: ApiRequest[] = [];
  const fileOnly: string[] = [];
  const leftOut: LeftOut[] = [];
  for (const s of order) {
    const a = withBuiltIn(s, before.filter((e) => e.section === s));
    const b = withBuiltIn(s, after.filter((e) => e.section === s));
    const changed = a.length !== b.length || a.some((e, i) => !sameValue(undefined, e.table, b[i].table));
    if (!s.apiOverridable || s.name === 'udf') {
      if (changed) fileOnly.push(s.name);
      continue;
    }
    const missing = sectionMissing(s, versionOf(opts));
    if (missing) {
      if (changed) leftOut.push({ what: sectionLabel(s), reason: missing });
      continue;
    }
    if (!isArraySection(s)) {
      const change = changeRequest(s, undefined, a[0], b[0], opts);
      if (change.request) requests.push(change.request);
      leftOut.push(...change.leftOut);
      continue;
    }
    // match the k-th entry of an identity before with the k-th one now
    const left = new Map<string, Entry[]>();
    for (const e of a) {
      const id = identityOf(e) ?? '';
      left.set(id, [...(left.get(id) ?? []), e]);
    }
    const added: Entry[] = [];
    for (const e of b) {
      const id = identityOf(e) ?? '';
      const match = left.get(id)?.shift();
      if (match) {
        const change = changeRequest(s, id, match, e, opts);
        if (change.request) requests.push(change.request);
        leftOut.push(...change.leftOut);
      } else if (e.count > 0) {
        added.push(e);
      }
    }
    // Kapacitor's built-in entry (count 0) stands in only for matching: it is never added or removed
    const gone = [...left.values()].flat().filter((e) => e.count > 0).map((e) => identityOf(e) ?? '');
    const good = gone.filter(isAddressable);
    const bad = gone.filter((id) => !isAddressable(id));
    for (const ids of [good, bad]) {
      if (ids.length === 0) continue;
      const req = removeRequest(s.name, ids, opts);
      const one = ids.length === 1;
      const off = ids === good && s.fields.some((f) => f.key === 'enabled')
        ? ` To switch ${one ? 'it' : 'them'} off without a restart, set enabled = false on ${one ? 'it' : 'each'} instead.`
        : '';
      const why = `A remove only takes away entries added through the config API (with the changes stored for them); an entry written in the file Kapacitor read stays until the file changes and Kapacitor restarts.${off}`;
      req.note = req.note ? `${req.note} ${why}` : why;
      requests.push(req);
    }
    for (const e of added) {
      const req = addRequest(s.name, e.table, opts);
      requests.push(req);
      leftOut.push(...(req.leftOut ?? []));
    }
  }
  return { requests, fileOnly, leftOut };
}

/** Kapacitor's own table or built-in entry stands in for a section the document leaves out (reference §1.5). */
function withBuiltIn(s: SectionDef, list: Entry[]): Entry[] {
  if (list.length > 0 || !(s.kind === 'table' || s.defaultElement)) return list;
  return [{ section: s, key: s.name, path: [s.name], table: Object.create(null) as TomlTable, index: 0, count: 0, fromArray: false }];
}

/** what Kapacitor has for a field of this entry: as written, else what applies when the key is missing */
function effective(entry: Entry, field: FieldDef): { written: TomlValue | undefined; value: TomlValue | undefined } {
  const key = Object.keys(entry.table).find((k) => k === field.key) ?? Object.keys(entry.table).find((k) => k.toLowerCase() === field.key.toLowerCase());
  // a toml.Duration written as "" keeps the default (reference §1.7): the same as leaving it out
  const blankDuration = key !== undefined && entry.table[key] === '' && field.kind === 'duration' && !field.plainDuration;
  if (key !== undefined && !blankDuration) return { written: entry.table[key], value: entry.table[key] };
  // count 0 = the built-in table or entry, which NewConfig fills
  const value = entry.count === 0 ? field.default : baseline(entry, field);
  return { written: undefined, value: value ?? zeroValue(field) };
}

/** the set/delete request for what changed in one table or entry (none when nothing the release takes changed), and
 *  what it leaves out */
function changeRequest(s: SectionDef, element: string | undefined, a: Entry, b: Entry, opts: ChangeOptions): { request?: ApiRequest; leftOut: LeftOut[] } {
  const idKey = isArraySection(s) ? s.identityKey : undefined;
  const keys: string[] = [];
  const unknown: string[] = [];
  for (const k of [...Object.keys(b.table), ...Object.keys(a.table)]) {
    const field = fieldFor(s.fields, k);
    if (!field) {
      if (!unknown.includes(k) && !sameValue(undefined, a.table[k], b.table[k])) unknown.push(k);
      continue;
    }
    if (field.key !== idKey && field.kind !== 'tableMap' && !keys.includes(field.key)) keys.push(field.key);
  }
  const ctx: JsonCtx = { opts, placeholders: 0 };
  const version = versionOf(opts);
  const set: Record<string, JsonValue> = {};
  const del: string[] = [];
  const toDefault: string[] = [];
  const dropped: Dropped[] = [];
  for (const key of keys) {
    const field = fieldFor(s.fields, key)!;
    const was = effective(a, field);
    const now = effective(b, field);
    if (was.value === undefined ? now.value === undefined : now.value !== undefined && sameValue(field, was.value, now.value)) continue;
    const verdict = keyVerdict(s, field, version);
    if (verdict.missing) {
      dropped.push({ field, ...verdict.missing });
      continue;
    }
    if (verdict.patch) dropped.push({ field, ...verdict.patch });
    const path = [s.name, ...(b.fromArray ? [b.index] : []), key];
    const name = apiName(field);
    if (now.written !== undefined) {
      set[name] = toJson(now.written, path, ctx);
    } else if (opts.removedKeys === 'delete' || now.value === undefined) {
      del.push(name);
    } else {
      set[name] = toJson(now.value, path, ctx);
      toDefault.push(name);
    }
  }
  const left = leftOutOf(s, element, dropped);
  // only keys this release lacks changed: nothing to send, but what was left out is said
  if (Object.keys(set).length === 0 && del.length === 0) return { leftOut: left };
  const notes: string[] = [];
  if (element !== undefined) {
    const problem = elementProblem(s, element);
    if (problem) notes.push(problem);
  }
  const patch = sectionPatchNote(s, version);
  if (patch) notes.push(patch);
  if (ctx.placeholders) notes.push(PLACEHOLDER_NOTE);
  if (toDefault.length) notes.push(REMOVED_DEFAULT_NOTE(toDefault));
  if (del.length) notes.push(DELETE_NOTE(del));
  if (unknown.length) notes.push(`Left out ${unknown.join(', ')}: not ${s.name} options Kapacitor knows.`);
  notes.push(...versionNotes(dropped, version));
  const body = (del.length === 0 ? { set } : Object.keys(set).length === 0 ? { delete: del } : { set, delete: del }) as ApiBody;
  return { request: withLeftOut(finish(s, element, body, opts, notes), left), leftOut: left };
}

/** A POSIX sh script that sends the requests in order; those that cannot be sent stay commented out. `leftOut`
 *  (from apiDocument or apiChanges) is listed at the top. */
export function curlScript(requests: readonly ApiRequest[], title = 'Kapacitor config API requests', leftOut: readonly LeftOut[] = []): string {
  const lines = [
    '#!/bin/sh',
    `# ${title} (${requests.length}).`,
    '# Kapacitor answers 204 with no body when it takes a request, and {"error":"…"} when it refuses one.',
  ];
  if (leftOut.length) {
    lines.push('#', '# Left out, because the config API of the chosen Kapacitor release refuses them:');
    for (const l of leftOut) lines.push(`#   ${l.what}: ${l.reason}`);
  }
  for (const r of requests) {
    lines.push('', `# ${r.method} ${r.path}`);
    if (r.note) lines.push(`# ${r.note}`);
    lines.push(r.curl);
  }
  return `${lines.join('\n')}\n`;
}

/** Throws when a body mixes set/delete with add/remove, which Kapacitor refuses. */
export function checkBody(body: Record<string, unknown>): void {
  const element = 'set' in body || 'delete' in body;
  const section = 'add' in body || 'remove' in body;
  if (element && section) throw new Error('set and delete cannot be combined with add or remove in one request.');
  if ('add' in body && 'remove' in body) throw new Error('add and remove go in separate requests.');
}

// ---- helpers ----

function overridable(section: string): SectionDef {
  const s = sectionByName(section);
  if (!s) throw new Error(`[${section}] is not a Kapacitor section.`);
  if (s.name === 'udf') throw new Error('[udf] cannot be changed through the config API: Kapacitor leaves it out on purpose (it would let API users run programs).');
  if (!s.apiOverridable) throw new Error(`[${s.name}] cannot be changed through the config API; only the file and environment variables set it.`);
  return s;
}

function elementProblem(s: SectionDef, element: string): string | undefined {
  if (element === '') return `This [${s.name}] entry has no ${s.identityKey}, so the config API cannot address it; give it a ${s.identityKey} first.`;
  if (element.includes('.')) return `The ${s.identityKey} "${element}" contains ".", so the config API cannot address this entry (names must match ^[-\\w+]+$).`;
  if (!isAddressable(element)) return `The ${s.identityKey} "${element}" does not match ^[-\\w+]+$, so the config API cannot address this entry.`;
  return undefined;
}

interface JsonCtx {
  opts: ApiOptions;
  placeholders: number;
}

function jsonTable(entry: Entry, skipKey: string | undefined, opts: ApiOptions): { set: Record<string, JsonValue>; unknown: string[]; placeholders: number; dropped: Dropped[] } {
  const set: Record<string, JsonValue> = {};
  const unknown: string[] = [];
  const dropped: Dropped[] = [];
  const ctx: JsonCtx = { opts, placeholders: 0 };
  for (const [key, value] of Object.entries(entry.table)) {
    const field = fieldFor(entry.section.fields, key);
    if (!field) {
      unknown.push(key);
      continue;
    }
    if (field.key === skipKey) continue;
    const verdict = keyVerdict(entry.section, field, versionOf(opts));
    if (verdict.missing) {
      dropped.push({ field, ...verdict.missing });
      continue;
    }
    if (verdict.patch) dropped.push({ field, ...verdict.patch });
    set[apiName(field)] = toJson(value, [entry.section.name, ...(entry.fromArray ? [entry.index] : []), field.key], ctx);
  }
  return { set, unknown, placeholders: ctx.placeholders, dropped };
}

// ---- what the chosen release's config API takes ----

/** a key of the document the request leaves out (or, `kept`, sends with a warning about early patch releases) */
interface Dropped {
  field: FieldDef;
  /** the sentence for LeftOut.reason */
  reason: string;
  /** a few words for the request's note */
  why: string;
  kept?: boolean;
}

function versionOf(opts: Partial<ApiOptions>): KapacitorVersion {
  return opts.version ?? '1.8';
}

/** the option's name in the config API: its `override:` tag, which for a few keys is not the TOML key */
function apiName(field: FieldDef): string {
  return field.apiKey ?? field.key;
}

function sectionLabel(s: SectionDef): string {
  return isArraySection(s) ? `[[${s.name}]]` : `[${s.name}]`;
}

/** why the release has no such section (its config API answers "unknown section"), else undefined */
function sectionMissing(s: SectionDef, version: KapacitorVersion): string | undefined {
  if (availability(s.since, version) === 'no') {
    return `Kapacitor ${version} has no [${s.name}] (it came in ${s.since}), so its config API refuses every request for it ("unknown section").`;
  }
  if (removedBefore(s.removedIn, version)) {
    return `Kapacitor ${version} no longer has [${s.name}] (its last release was ${s.removedIn}), so its config API refuses every request for it ("unknown section").`;
  }
  return undefined;
}

function sectionPatchNote(s: SectionDef, version: KapacitorVersion): string | undefined {
  return availability(s.since, version) === 'later-patch'
    ? `[${s.name}] came in Kapacitor ${s.since}: ${version} releases before it refuse this request ("unknown section").`
    : undefined;
}

/** whether the release's config API takes this key: `missing` when it does not, `patch` when only its later patch
 *  releases do (the key is sent, with a note) */
function keyVerdict(s: SectionDef, field: FieldDef, version: KapacitorVersion): { missing?: Omit<Dropped, 'field'>; patch?: Omit<Dropped, 'field'> } {
  if (removedBefore(field.removedIn, version)) {
    return {
      missing: {
        why: `its last release was ${field.removedIn}`,
        reason: `Kapacitor ${version} no longer has this key (its last release with it was ${field.removedIn}), and its config API refuses a request that names it ("unknown options").`,
      },
    };
  }
  const available = availability(field.since, version);
  if (available === 'no') {
    return {
      missing: {
        why: `it came in ${field.since}`,
        reason: `this key came in Kapacitor ${field.since}; the config API of ${version} refuses a request that names it ("unknown options").`,
      },
    };
  }
  if (available === 'later-patch' && field.since !== s.since) {
    return { patch: { why: `it came in ${field.since}`, reason: `this key came in Kapacitor ${field.since}.`, kept: true } };
  }
  return {};
}

function leftOutOf(s: SectionDef, element: string | undefined, dropped: readonly Dropped[]): LeftOut[] {
  const owner = element === undefined ? `[${s.name}]` : `[[${s.name}]] ${JSON.stringify(element)}`;
  return dropped.filter((d) => !d.kept).map((d) => ({ what: `${owner} ${d.field.key}`, reason: d.reason }));
}

function versionNotes(dropped: readonly Dropped[], version: KapacitorVersion): string[] {
  const gone = dropped.filter((d) => !d.kept);
  const early = dropped.filter((d) => d.kept);
  const notes: string[] = [];
  if (gone.length) {
    notes.push(`Left out for Kapacitor ${version}: ${gone.map((d) => `${d.field.key} (${d.why})`).join(', ')}. Its config API refuses a whole request that names an option it does not have ("unknown options").`);
  }
  if (early.length) {
    notes.push(`Kapacitor ${version} releases before ${early.map((d) => `${d.field.since} refuse ${d.field.key}`).join(', ')}, and with it this request ("unknown options").`);
  }
  return notes;
}

function withLeftOut(req: ApiRequest, left: LeftOut[]): ApiRequest {
  if (left.length) req.leftOut = left;
  return req;
}

function toJson(value: TomlValue, path: KeyPath, ctx: JsonCtx): JsonValue {
  if (isTable(value)) {
    const out: Record<string, JsonValue> = {};
    for (const [k, v] of Object.entries(value)) out[k] = toJson(v, [...path, k], ctx);
    return out;
  }
  if (Array.isArray(value)) return value.map((v, i) => toJson(v, [...path, i], ctx));
  if (!ctx.opts.includeSecrets && value !== '' && isSecretPath(path)) {
    ctx.placeholders++;
    return secretPlaceholder(path);
  }
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return Number.isFinite(value) ? value : String(value);
    case 'bigint':
      return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  }
  return value.toISOString();
}

function finish(s: SectionDef, element: string | undefined, body: ApiBody, opts: Partial<ApiOptions>, notes: string[], blocked = false): ApiRequest {
  checkBody(body as Record<string, unknown>);
  // set/delete name an element; a single table is the element "", which Kapacitor only sees with the trailing slash
  const elementRequest = 'set' in body || 'delete' in body;
  const path = element !== undefined ? `${API_PREFIX}/${s.name}/${element}` : elementRequest ? `${API_PREFIX}/${s.name}/` : `${API_PREFIX}/${s.name}`;
  const json = JSON.stringify(body);
  const unaddressable = blocked || (element !== undefined && !isAddressable(element));
  const base = (opts.baseUrl ?? DEFAULT_BASE).replace(/\/+$/, '');
  let curl = `curl -XPOST ${shellQuote(base + path)} -H 'Content-Type: application/json' -d ${shellQuote(json)}`;
  if (unaddressable) curl = `# cannot be sent: ${curl}`;
  const req: ApiRequest = { method: 'POST', path, body, curl };
  if (notes.length) req.note = notes.join(' ');
  return req;
}
