import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../kapacitor/types';
import { fromInput, toInput } from './convert';
import { fieldOf } from '../../kapacitor/schema';

const f = (kind: FieldDef['kind'], extra: Partial<FieldDef> = {}): FieldDef => ({ key: 'k', kind, description: 'd', ...extra });

describe('toInput', () => {
  it('shows each kind of value as its widget holds it', () => {
    expect(toInput(f('string'), 'x')).toBe('x');
    expect(toInput(f('integer'), 10)).toBe('10');
    expect(toInput(f('duration'), 0)).toBe('0');
    expect(toInput(f('boolean'), true)).toBe(true);
    expect(toInput(f('boolean'), undefined)).toBe(false);
    expect(toInput(f('stringList'), ['a', 'b'])).toEqual(['a', 'b']);
    expect(toInput(f('stringListMap'), { telegraf: ['autogen', 'weekly'] })).toEqual([{ key: 'telegraf', value: 'autogen, weekly' }]);
    expect(toInput(f('stringMap'), { 'Content-Type': 'application/json' })).toEqual([{ key: 'Content-Type', value: 'application/json' }]);
    expect(toInput(f('string'), undefined)).toBe('');
  });
});

describe('fromInput', () => {
  it('converts valid inputs to TOML values', () => {
    expect(fromInput(f('integer'), ' 12 ')).toEqual({ ok: true, value: 12 });
    expect(fromInput(f('integer'), '1_000')).toEqual({ ok: true, value: 1000 });
    expect(fromInput(f('float'), '0.5')).toEqual({ ok: true, value: 0.5 });
    expect(fromInput(f('duration'), '10s')).toEqual({ ok: true, value: '10s' });
    expect(fromInput(f('boolean'), true)).toEqual({ ok: true, value: true });
    expect(fromInput(f('stringList'), [' a ', '', 'b'])).toEqual({ ok: true, value: ['a', 'b'] });
    const map = fromInput(f('stringListMap'), [{ key: 'db', value: 'autogen, weekly' }, { key: ' ', value: 'ignored' }]);
    expect(map.ok && { ...(map.value as object) }).toEqual({ db: ['autogen', 'weekly'] });
  });

  it('refuses inputs that have no TOML value of the field kind, with a message', () => {
    expect(fromInput(f('integer', { key: 'bcrypt-cost', default: 10 }), '1.5')).toEqual({ ok: false, message: 'bcrypt-cost must be a whole number, such as 10' });
    expect(fromInput(f('integer'), '99999999999999999999')).toEqual({ ok: false, message: 'k is too large' });
    expect(fromInput(f('float'), 'abc')).toEqual({ ok: false, message: 'k must be a number, such as 0.5' });
    expect(fromInput(f('stringMap'), [{ key: 'a', value: '1' }, { key: 'a', value: '2' }])).toEqual({ ok: false, message: 'The key "a" appears twice in k' });
  });

  it('keeps __proto__ as an ordinary map key', () => {
    const r = fromInput(f('stringMap'), [{ key: '__proto__', value: 'x' }]);
    expect(r.ok).toBe(true);
    expect(Object.keys(r.ok ? (r.value as object) : {})).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe('toInput for a list field holding a single value', () => {
  it('shows the value as the one item, so adding an item keeps it', () => {
    const to = fieldOf('smtp', 'to')!;
    expect(toInput(to, 'ops@example.com')).toEqual(['ops@example.com']);
    expect(fromInput(to, [...(toInput(to, 'ops@example.com') as string[]), 'dev@example.com'])).toEqual({ ok: true, value: ['ops@example.com', 'dev@example.com'] });
    expect(toInput(to, undefined)).toEqual([]);
  });
});
