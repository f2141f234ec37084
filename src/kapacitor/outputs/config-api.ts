// Request bodies for Kapacitor's config-override API (reference §3): POST /kapacitor/v1/config/<section> with
// {"set":{…}} for a table, POST /kapacitor/v1/config/<section>/<element> for one array entry (addressed by its identity
// key), {"add":{…}} / {"remove":[…]} at the section path to create or drop entries. set/delete never mix with
// add/remove. Only sections with SectionDef.apiOverridable; [udf] never (remote code execution risk).
import type { KeyPath, TomlTable, TomlValue } from '../../toml/types';
import { isTable } from '../../toml/values';
import type { SectionDef } from '../types';
import { isArraySection, sectionByName } from '../schema';
import { documentEntries, fieldFor, identityOf, isSecretPath, secretPlaceholder, type Entry } from './entries';
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
}

export interface ApiOptions {
  /** send secret values as they are; otherwise "<section.key>" placeholders stand for them */
  includeSecrets: boolean;
  /** default http://localhost:9092 */
  baseUrl?: string;
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
  const out: ApiRequest[] = [];
  for (const entry of documentEntries(values).entries) {
    const s = entry.section;
    if (!s.apiOverridable || s.name === 'udf') continue;
    const idKey = isArraySection(s) ? s.identityKey : undefined;
    const { set, unknown, placeholders } = jsonTable(entry, idKey, opts);
    if (Object.keys(set).length === 0) continue;
    const notes: string[] = [];
    if (placeholders) notes.push(PLACEHOLDER_NOTE);
    if (unknown.length) notes.push(`Left out ${unknown.join(', ')}: not ${s.name} options Kapacitor knows.`);
    let element: string | undefined;
    if (idKey) {
      element = identityOf(entry) ?? '';
      const problem = elementProblem(s, element);
      if (problem) notes.unshift(problem);
    }
    out.push(finish(s, element, { set }, opts, notes));
  }
  return out;
}

/** {"delete":[keys]}: reset keys of a table or of one element to their defaults */
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
  const { set, unknown, placeholders } = jsonTable(pseudo, undefined, opts);
  const notes: string[] = [];
  if (placeholders) notes.push(PLACEHOLDER_NOTE);
  // a new element starts from zero values: no identity written means an empty one
  const id = identityOf({ ...pseudo, count: 2 }) ?? '';
  const problem = elementProblem(s, id);
  if (problem) notes.push(problem);
  if (unknown.length) notes.push(`Left out ${unknown.join(', ')}: not ${s.name} options Kapacitor knows.`);
  return finish(s, undefined, { add: set }, opts, notes, problem !== undefined);
}

/** {"remove":[ids]} at the section path: drops array entries by identity */
export function removeRequest(section: string, ids: readonly string[], opts: Partial<ApiOptions> = {}): ApiRequest {
  const s = overridable(section);
  if (!isArraySection(s)) throw new Error(`[${s.name}] is a single table: only array sections take remove.`);
  const bad = ids.filter((id) => !isAddressable(id));
  const notes = bad.length ? [`${bad.map((b) => JSON.stringify(b)).join(', ')} cannot be addressed through the config API (names must match ^[-\\w+]+$).`] : [];
  return finish(s, undefined, { remove: [...ids] }, { includeSecrets: false, ...opts }, notes, bad.length > 0);
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

function jsonTable(entry: Entry, skipKey: string | undefined, opts: ApiOptions): { set: Record<string, JsonValue>; unknown: string[]; placeholders: number } {
  const set: Record<string, JsonValue> = {};
  const unknown: string[] = [];
  const ctx: JsonCtx = { opts, placeholders: 0 };
  for (const [key, value] of Object.entries(entry.table)) {
    const field = fieldFor(entry.section.fields, key);
    if (!field) {
      unknown.push(key);
      continue;
    }
    if (field.key === skipKey) continue;
    set[field.key] = toJson(value, [entry.section.name, ...(entry.fromArray ? [entry.index] : []), field.key], ctx);
  }
  return { set, unknown, placeholders: ctx.placeholders };
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
  const path = element === undefined ? `${API_PREFIX}/${s.name}` : `${API_PREFIX}/${s.name}/${element}`;
  const json = JSON.stringify(body);
  const unaddressable = blocked || (element !== undefined && !isAddressable(element));
  const base = (opts.baseUrl ?? DEFAULT_BASE).replace(/\/+$/, '');
  let curl = `curl -XPOST ${shellQuote(base + path)} -H 'Content-Type: application/json' -d ${shellQuote(json)}`;
  if (unaddressable) curl = `# cannot be sent: ${curl}`;
  const req: ApiRequest = { method: 'POST', path, body, curl };
  if (notes.length) req.note = notes.join(' ');
  return req;
}
