import { describe, expect, it } from 'vitest';
import { effectiveDefault } from './defaults';
import { sectionByName } from './schema';

const field = (section: string, key: string) => {
  const s = sectionByName(section)!;
  return [s, s.fields.find((f) => f.key === key)!] as const;
};

describe('effectiveDefault (reference §1.5)', () => {
  it('keeps NewConfig defaults for a lone [[influxdb]] entry', () => {
    const [s, f] = field('influxdb', 'enabled');
    expect(effectiveDefault(s, f, 1)).toBe(true);
    expect(effectiveDefault(s, field('influxdb', 'urls')[1], 1)).toEqual(['http://localhost:8086']);
  });
  it('starts every entry from zero values with two or more, except the conditional defaults', () => {
    const [s] = field('influxdb', 'enabled');
    expect(effectiveDefault(s, field('influxdb', 'enabled')[1], 2)).toBe(false);
    expect(effectiveDefault(s, field('influxdb', 'name')[1], 2)).toBe('');
    expect(effectiveDefault(s, field('influxdb', 'urls')[1], 2)).toEqual([]);
    expect(effectiveDefault(s, field('influxdb', 'startup-timeout')[1], 2)).toBe('5m0s');
    expect(effectiveDefault(s, field('influxdb', 'subscription-mode')[1], 2)).toBe('cluster');
  });
  it('starts [slack] from zero values as soon as the file has it', () => {
    const [s, f] = field('slack', 'username');
    expect(f.default).toBe('kapacitor');
    expect(effectiveDefault(s, f, 1)).toBe('');
    expect(effectiveDefault(s, f, 0)).toBe('kapacitor');
  });
  it('keeps table defaults', () => {
    const [s, f] = field('http', 'bind-address');
    expect(effectiveDefault(s, f, 0)).toBe(':9092');
  });
});

describe('effectiveDefault with Kapacitor Enterprise (reference §9)', () => {
  it('gives [auth] the Enterprise defaults only when the option is on', () => {
    const [s, cache] = field('auth', 'cache-expiration');
    const cost = field('auth', 'bcrypt-cost')[1];
    expect(effectiveDefault(s, cache, 0)).toBe('0s');
    expect(effectiveDefault(s, cost, 0)).toBe(0);
    expect(effectiveDefault(s, cache, 0, { enterprise: false })).toBe('0s');
    expect(effectiveDefault(s, cache, 0, { enterprise: true })).toBe('10m');
    expect(effectiveDefault(s, cost, 0, { enterprise: true })).toBe(10);
  });
  it('leaves keys without an Enterprise default alone', () => {
    const [s, f] = field('auth', 'meta-addr');
    expect(effectiveDefault(s, f, 0, { enterprise: true })).toBe('');
    const [h, bind] = field('http', 'bind-address');
    expect(effectiveDefault(h, bind, 0, { enterprise: true })).toBe(':9092');
  });
  it('reads a field-level enterpriseDefault, and zero values still win where the decoder starts from them', () => {
    const [s, f] = field('kafka', 'timeout');
    const withEnterprise = { ...f, enterpriseDefault: '7s' };
    expect(effectiveDefault(s, withEnterprise, 1, { enterprise: true })).toBe('7s');
    expect(effectiveDefault(s, withEnterprise, 1)).toBe('0s');
    expect(effectiveDefault(s, withEnterprise, 2, { enterprise: true })).toBe('0s');
  });
});
