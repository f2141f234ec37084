import { describe, expect, it } from 'vitest';
import { originalPathOf } from './originalPath';

const db = (name: string) => ({ name, urls: [`http://${name}:8086`] });
const original = { hostname: 'k', influxdb: [db('a'), db('b'), db('c')] };

describe('originalPathOf', () => {
  it('matches a moved entry by its name, not its position', () => {
    const moved = { ...original, influxdb: [db('a'), db('c'), db('b')] };
    expect(originalPathOf(original, moved, ['influxdb', 1, 'urls'])).toEqual(['influxdb', 2, 'urls']);
    expect(originalPathOf(original, moved, ['influxdb', 2, 'name'])).toEqual(['influxdb', 1, 'name']);
  });

  it('keeps the position for an entry renamed in place, and has no counterpart for a moved-then-renamed or new one', () => {
    const renamed = { ...original, influxdb: [db('a'), db('x'), db('c')] };
    expect(originalPathOf(original, renamed, ['influxdb', 1, 'name'])).toEqual(['influxdb', 1, 'name']);
    const movedRenamed = { ...original, influxdb: [db('a'), db('c'), db('x')] };
    expect(originalPathOf(original, movedRenamed, ['influxdb', 2, 'name'])).toBeUndefined();
    const added = { ...original, influxdb: [...original.influxdb, db('d')] };
    expect(originalPathOf(original, added, ['influxdb', 3, 'name'])).toEqual(['influxdb', 3, 'name']);
  });

  it('leaves paths outside array entries, and sections without an identity key, as they are', () => {
    expect(originalPathOf(original, original, ['hostname'])).toEqual(['hostname']);
    const unknown = { 'not-a-section': [{ id: 'a' }, { id: 'b' }] };
    const swapped = { 'not-a-section': [{ id: 'b' }, { id: 'a' }] };
    expect(originalPathOf(unknown, swapped, ['not-a-section', 0, 'x'])).toEqual(['not-a-section', 0, 'x']);
  });
});
