// The smallest kapacitor.conf that makes Kapacitor end up with the same configuration: only the values that differ
// from what Kapacitor uses when a key is missing, each with a comment saying what that default is. Array sections
// follow reference §1.5: with two or more [[influxdb]]/[[kafka]]/[[mqtt]]/[[httppost]] entries, in [slack]/[discord]/
// [kubernetes], and in every section without a built-in entry, missing keys are Go zero values, not NewConfig's.
import type { TomlTable, TomlValue } from '../../toml/types';
import { isTable } from '../../toml/values';
import { formatValue } from '../../toml/format';
import type { FieldDef } from '../types';
import { baseline, documentEntries, fieldFor, sameValue, secretsMasked, startsFromZero, type Entry } from './entries';
import { writeBlocks, type Block, type Pair } from './writer';

export interface MinimalOptions {
  /** compare [auth] with Kapacitor Enterprise's defaults (cache-expiration "10m", bcrypt-cost 10; reference §9) */
  enterprise?: boolean;
  /** write secrets as they are; otherwise (the default) "<section.key>" placeholders stand for them */
  includeSecrets?: boolean;
}

export const SECRETS_LEFT_OUT = 'Secrets are left out: each "<section.key>" placeholder stands for one; put the real values in before using the file.';

export function minimalFile(values: TomlTable, opts: MinimalOptions = {}): string {
  const masked = opts.includeSecrets ? { values, count: 0 } : secretsMasked(values);
  const { entries, strays } = documentEntries(masked.values);
  const blocks: Block[] = [];
  for (const entry of entries) blocks.push(...entryBlocks(entry, opts));
  const root = blocks[0];
  for (const stray of strays) root.pairs.push({ comments: [`${stray.reason}; kept as written.`], key: stray.key, value: stray.value });
  const preamble = [
    'Only the values that differ from what Kapacitor uses when a key is left out; each says what that default is.',
  ];
  if (masked.count > 0) preamble.push(SECRETS_LEFT_OUT);
  return writeBlocks(preamble, blocks);
}

function entryBlocks(entry: Entry, opts: MinimalOptions): Block[] {
  const s = entry.section;
  const block: Block = { comments: [], pairs: [] };
  if (s.kind !== 'root') {
    block.header = [s.name];
    block.array = entry.fromArray || s.kind === 'array';
  }
  const extra: Block[] = [];
  for (const [key, value] of Object.entries(entry.table)) {
    const field = fieldFor(s.fields, key);
    if (!field) {
      block.pairs.push({ comments: ['not a Kapacitor key: Kapacitor ignores it; kept as written'], key, value });
      continue;
    }
    if (field.kind === 'tableMap') {
      if (!isTable(value)) {
        block.pairs.push({ comments: [], key, value });
        continue;
      }
      for (const [name, fn] of Object.entries(value)) {
        if (isTable(fn)) {
          extra.push({
            comments: [`${field.key} "${name}": no built-in default`],
            header: [s.name, field.key, name],
            pairs: Object.entries(fn).map(([k, v]) => ({ comments: [], key: k, value: v })),
          });
        } else {
          block.pairs.push({ comments: [], key, value: { [name]: fn } });
        }
      }
      continue;
    }
    const pair = differing(entry, field, key, value, baseline(entry, field, opts), opts);
    if (pair) block.pairs.push(pair);
  }

  if (s.kind === 'root' || s.kind === 'table') return block.pairs.length > 0 ? [block, ...extra] : extra;
  if (canOmit(entry, block)) return extra;
  if (startsFromZero(entry)) block.comments.push(zeroNote(entry));
  return [block, ...extra];
}

/** A lone entry of a section with a built-in element can go when the file would then leave the built-in one as it is. */
function canOmit(entry: Entry, block: Block): boolean {
  const s = entry.section;
  if (!s.defaultElement || entry.count !== 1) return false;
  if (s.kind === 'array') return block.pairs.length === 0;
  // [slack]/[discord]: writing the section starts it from zero values; leaving it out keeps NewConfig's element.
  // The same result only if every key ends up at NewConfig's default.
  for (const f of s.fields) {
    const written = writtenValue(entry.table, f.key);
    const effective = written !== undefined ? written : baseline(entry, f);
    if (!sameEffective(f, effective, f.default)) return false;
  }
  for (const key of Object.keys(entry.table)) if (!fieldFor(s.fields, key)) return false;
  return true;
}

function writtenValue(table: TomlTable, key: string): TomlValue | undefined {
  const k = Object.keys(table).find((x) => x === key) ?? Object.keys(table).find((x) => x.toLowerCase() === key.toLowerCase());
  return k === undefined ? undefined : table[k];
}

/** equal as Kapacitor ends up with it: "" durations keep the default; maps and tables merge key by key */
function sameEffective(field: FieldDef | undefined, value: TomlValue | undefined, def: TomlValue | undefined): boolean {
  if (value === undefined || def === undefined) return value === def || (value === undefined ? isEmptyish(def) : isEmptyish(value));
  if (field?.kind === 'duration' && value === '') return true;
  return sameValue(field, value, def);
}

function isEmptyish(v: TomlValue | undefined): boolean {
  return v === undefined || v === '' || (Array.isArray(v) && v.length === 0) || (isTable(v) && Object.keys(v).length === 0);
}

function zeroNote(entry: Entry): string {
  const s = entry.section;
  const written = entry.fromArray ? `[[${s.name}]]` : `[${s.name}]`;
  if (!s.defaultElement) return `${written} has no built-in entry: keys left out are Go zero values (false, 0, "", []).`;
  if (s.kind === 'tableOrArray') return `Writing [${s.name}] starts its entries from Go zero values, not from Kapacitor's built-in entry.`;
  return `With ${entry.count} [[${s.name}]] entries every entry starts from Go zero values, not from Kapacitor's built-in entry.`;
}

/** the pair to write when `value` differs from `base`, with a comment naming the default; maps and fixed tables keep
 *  only their differing keys (Kapacitor merges them into what is already there) */
function differing(entry: Entry, field: FieldDef, key: string, value: TomlValue, base: TomlValue | undefined, opts: MinimalOptions): Pair | undefined {
  const float = field.kind === 'float';
  if ((field.kind === 'stringMap' || field.kind === 'stringListMap' || field.kind === 'table') && isTable(value)) {
    const baseTable = isTable(base) ? base : ({} as TomlTable);
    const kept: TomlTable = Object.create(null);
    for (const [k, v] of Object.entries(value)) {
      const inner = field.kind === 'table' ? fieldFor(field.fields, k) : undefined;
      const innerBase = field.kind === 'table' ? (inner ? baseTable[inner.key] : undefined) : baseTable[k];
      if (innerBase !== undefined && sameEffective(inner, v, innerBase)) continue;
      kept[k] = v;
    }
    if (Object.keys(kept).length === 0) return undefined;
    const how = field.kind === 'table' ? 'keys left out keep their defaults' : 'Kapacitor adds these keys to the default';
    return { comments: [`${defaultComment(entry, field, base, opts)}; ${how}`], key, value: kept };
  }
  if (field.kind === 'duration' && value === '' && !field.plainDuration) return undefined;
  if (base !== undefined && sameValue(field, value, base)) return undefined;
  return { comments: [defaultComment(entry, field, base, opts)], key, value, float };
}

function defaultComment(entry: Entry, field: FieldDef, base: TomlValue | undefined, opts: MinimalOptions): string {
  const text = `default: ${show(base, field.kind === 'float')}`;
  if (startsFromZero(entry) && field.default !== undefined && !sameValue(field, base, field.default)) {
    return `${text} here (Kapacitor's built-in ${show(field.default, field.kind === 'float')} does not apply to this entry)`;
  }
  if (base === undefined) return 'default: unset';
  if (opts.enterprise && !sameValue(field, base, field.default)) return `${text} (Kapacitor Enterprise; open source: ${show(field.default)})`;
  return text;
}

function show(v: TomlValue | undefined, float = false): string {
  if (v === undefined) return 'unset';
  return formatValue(v, { float });
}
