// KAPACITOR_* environment-variable names (reference §2), derived from the schema.
// Name = KAPACITOR_ + the key path joined by "_", upper-cased, "-" → "_"; list and array-section indices as numbers;
// map keys keep their case. Kafka's SASL keys live in an embedded struct without a TOML name, which adds an
// empty path part: KAPACITOR_KAFKA_0__SASL_USERNAME.
import type { FieldDef, SectionDef } from './types';
import { isArraySection, resolvePath, sectionByName } from './schema';

export const ENV_PREFIX = 'KAPACITOR';

/** sections tagged env-config:"implicit-index": with one element, the index may be left out */
const IMPLICIT_INDEX = new Set(['kubernetes']);

/** keys of [[kafka]] that belong to the embedded SASLAuth struct (every sasl-* key and sasl_extensions) */
function isEmbeddedSasl(section: string, key: string): boolean {
  return section === 'kafka' && /^sasl[-_]/.test(key);
}

const upper = (s: string) => s.toUpperCase().replace(/-/g, '_');

/** The variable for one key path: ['http', 'bind-address'] → KAPACITOR_HTTP_BIND_ADDRESS,
 *  ['hostname'] → KAPACITOR_HOSTNAME, ['influxdb', 0, 'urls', 0] → KAPACITOR_INFLUXDB_0_URLS_0,
 *  ['httppost', 0, 'headers', 'Authorization'] → KAPACITOR_HTTPPOST_0_HEADERS_Authorization,
 *  ['kafka', 0, 'sasl-username'] → KAPACITOR_KAFKA_0__SASL_USERNAME. */
export function envVarName(path: readonly (string | number)[]): string {
  const p = path[0] === '' ? path.slice(1) : path;
  const r = resolvePath(p);
  const parts: string[] = [ENV_PREFIX];
  if (!r || !r.field) {
    // not in the schema: apply the plain naming rule
    for (const seg of p) parts.push(typeof seg === 'number' ? String(seg) : upper(seg));
    return parts.join('_');
  }
  let i = 0;
  if (r.section.kind !== 'root') {
    parts.push(upper(r.section.name));
    i = 1;
    if (typeof p[1] === 'number') {
      parts.push(String(p[1]));
      i = 2;
    }
  }
  if (isEmbeddedSasl(r.section.name, r.fieldKeys[0])) parts.push('');
  // field keys, then whatever sits below the field (map keys keep their case, indices as numbers)
  let current: readonly FieldDef[] | undefined = r.section.fields;
  for (; i < p.length; i++) {
    const seg = p[i];
    if (typeof seg === 'number') {
      parts.push(String(seg));
      continue;
    }
    const f: FieldDef | undefined = current?.find((x) => x.key === seg);
    if (f) {
      parts.push(upper(f.key));
      current = f.kind === 'table' ? f.fields : undefined;
      if (f.kind === 'tableMap' && i + 1 < p.length) {
        parts.push(String(p[i + 1])); // the function name keeps its case
        i++;
        current = f.fields;
      }
    } else {
      parts.push(seg); // a map key: kept as written
    }
  }
  return parts.join('_');
}

/** false where Kapacitor throws away what the environment says (maps of lists, udf functions)
 *  or where the key cannot be set outside the config API */
export function canSetFromEnv(field: FieldDef): boolean {
  return field.kind !== 'stringListMap' && field.kind !== 'tableMap' && !field.notInFile;
}

/** The variable names a form can show for one key: the single-table name, or the first element's (_0_) for arrays;
 *  list keys name their first item (…_TO_0), map keys a placeholder (…_HEADERS_<key>), 'table' keys one name per
 *  inner key. Kubernetes also gets its index-less form, Enterprise license keys their documented aliases.
 *  Empty when the key cannot be set from the environment. */
export function envVarsForField(section: SectionDef | string, field: FieldDef | string): string[] {
  const s = typeof section === 'string' ? sectionByName(section) : section;
  if (!s) return [];
  const f = typeof field === 'string' ? s.fields.find((x) => x.key === field) : field;
  if (!f || !canSetFromEnv(f)) return [];
  const base: (string | number)[] = s.kind === 'root' ? [] : [s.name];
  const bases: (string | number)[][] = [];
  if (isArraySection(s)) {
    if (IMPLICIT_INDEX.has(s.name)) bases.push(base);
    bases.push([...base, 0]);
  } else {
    bases.push(base);
  }
  const out: string[] = [];
  for (const b of bases) {
    const p = [...b, f.key];
    if (f.kind === 'table') {
      for (const inner of f.fields ?? []) out.push(envVarName([...p, inner.key]));
    } else if (f.kind === 'stringList') {
      out.push(envVarName([...p, 0]));
    } else if (f.kind === 'stringMap') {
      out.push(`${envVarName(p)}_<key>`);
    } else {
      out.push(envVarName(p));
    }
  }
  out.push(...(f.envAliases ?? []));
  return out;
}
