// Form inputs <-> TOML values. Inputs are what a widget holds (text, a switch, a list of tags, map rows);
// values are what the document holds. A conversion that cannot give a TOML value of the field's kind fails
// with a message, and the document is then left as it was.
import type { FieldDef } from '../../kapacitor/types';
import type { TomlTable, TomlValue } from '../../toml/types';

export interface MapRow { key: string; value: string }
export type FieldInput = string | boolean | string[] | MapRow[];

export type Converted = { ok: true; value: TomlValue } | { ok: false; message: string };

export function toInput(field: FieldDef, value: TomlValue | undefined): FieldInput {
  switch (field.kind) {
    case 'boolean':
      return typeof value === 'boolean' ? value : false;
    case 'stringList':
      // a single value where a list belongs (a finding says so) shows as its one item, so an edit keeps it
      return Array.isArray(value) ? value.map(String) : value === undefined || isTable(value) ? [] : [String(value)];
    case 'stringMap':
    case 'stringListMap':
      return isTable(value)
        ? Object.entries(value).map(([key, v]) => ({ key, value: Array.isArray(v) ? v.map(String).join(', ') : String(v) }))
        : [];
    default:
      return value === undefined ? '' : typeof value === 'string' ? value : String(value);
  }
}

export function fromInput(field: FieldDef, input: FieldInput): Converted {
  switch (field.kind) {
    case 'boolean':
      return { ok: true, value: Boolean(input) };
    case 'integer': {
      const text = String(input).trim().replace(/_/g, '');
      if (!/^[-+]?\d+$/.test(text)) return { ok: false, message: `${field.key} must be a whole number, such as ${field.default ?? 0}` };
      const n = Number(text);
      if (!Number.isSafeInteger(n)) return { ok: false, message: `${field.key} is too large` };
      return { ok: true, value: n };
    }
    case 'float': {
      const text = String(input).trim();
      if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) return { ok: false, message: `${field.key} must be a number, such as 0.5` };
      return { ok: true, value: Number(text) };
    }
    case 'duration': {
      const text = String(input).trim();
      return { ok: true, value: text };
    }
    case 'stringList':
      return { ok: true, value: (input as string[]).map((s) => s.trim()).filter((s) => s !== '') };
    case 'stringMap':
    case 'stringListMap': {
      const table: TomlTable = Object.create(null);
      for (const row of input as MapRow[]) {
        const key = row.key.trim();
        if (key === '') continue;
        if (Object.prototype.hasOwnProperty.call(table, key)) return { ok: false, message: `The key "${key}" appears twice in ${field.key}` };
        table[key] = field.kind === 'stringListMap'
          ? row.value.split(',').map((s) => s.trim()).filter((s) => s !== '')
          : row.value;
      }
      return { ok: true, value: table };
    }
    default:
      return { ok: true, value: String(input) };
  }
}

export function isTable(v: unknown): v is TomlTable {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}
