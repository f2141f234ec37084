import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../toml/document';
import { MASK, maskSecrets, maskUrlPasswords, maskValueText } from './maskSecrets';

const lines = (t: string) => t.split(/\r?\n/).length;

describe('maskSecrets', () => {
  it('masks schema secrets, keeps other values and the empty secret', () => {
    const text = '[[influxdb]]\n  name = "one"\n  username = "admin"\n  password = "hunter2"\n[smtp]\n  password = ""\n  host = "mail"\n';
    const masked = maskSecrets(parseDocument(text));
    expect(masked).not.toContain('hunter2');
    expect(masked).toContain(`password = "${MASK}"`);
    expect(masked).toContain('username = "admin"');
    expect(masked).toContain('password = ""');
    expect(masked).toContain('host = "mail"');
    expect(lines(masked)).toBe(lines(text));
  });

  it('masks secrets in every array entry, inline tables, literal and multi-line strings, and credential-like unknown keys', () => {
    const text = [
      '[[influxdb]]', '  password = "first"',
      '[[influxdb]]', '  password = \'second\'',
      '[[httppost]]', '  endpoint = "x"', '  basic-auth = { username = "bob", password = "third" }',
      '[slack]', '  token = """', 'multi', 'line"""',
      '[mystery]', '  api-key = "fourth"', '  colour = "blue"',
      '',
    ].join('\n');
    const masked = maskSecrets(parseDocument(text));
    for (const s of ['first', 'second', 'bob', 'third', 'multi', 'fourth']) expect(masked).not.toContain(s);
    expect(masked).toContain(`password = '${MASK}'`);
    expect(masked).toContain(`token = """\n${MASK}\n${MASK}"""`);
    expect(masked).toContain('colour = "blue"');
    expect(masked).toContain('endpoint = "x"');
    expect(lines(masked)).toBe(lines(text));
  });

  it('masks the password of URLs with credentials, in values and comments', () => {
    const text = '[[influxdb]]\n  urls = ["http://user:s3cret@influx:8086", "https://plain:8086/x@y"]\n# http://a:b@c\n';
    const masked = maskSecrets(parseDocument(text));
    expect(masked).toContain(`"http://user:${MASK}@influx:8086"`);
    expect(masked).toContain('"https://plain:8086/x@y"');
    expect(masked).toContain(`# http://a:${MASK}@c`);
    expect(maskUrlPasswords('mqtt://u@h tcp://u:p@h:1')).toBe(`mqtt://u@h tcp://u:${MASK}@h:1`);
  });

  it('keeps CRLF line breaks and the line count', () => {
    const text = '[smtp]\r\n  password = "x"\r\n  host = "h"\r\n';
    const masked = maskSecrets(parseDocument(text));
    expect(masked).toBe(`[smtp]\r\n  password = "${MASK}"\r\n  host = "h"\r\n`);
  });

  it('the 1.8.3 sample: only the secret values change, lines stay', () => {
    const sample = readFileSync('fixtures/corpus/upstream/kapacitor-1.8.3.conf', 'utf8');
    const masked = maskSecrets(parseDocument(sample));
    const a = sample.split('\n');
    const b = masked.split('\n');
    expect(b.length).toBe(a.length);
    const changed = a.map((line, i) => [line, b[i]]).filter(([x, y]) => x !== y);
    expect(changed.length).toBeGreaterThan(0);
    for (const [before, after] of changed) {
      expect(after.replace(MASK, '')).toBe(before.replace(/"[^"]*"/, '""'));
    }
    expect(masked).toContain(`community = "${MASK}"`);
    const withPassword = sample.replace(/(\[\[influxdb\]\][\s\S]*?password = )""/, '$1"pa55word"');
    expect(withPassword).not.toBe(sample);
    expect(maskSecrets(parseDocument(withPassword))).not.toContain('pa55word');
    expect(maskSecrets(parseDocument(withPassword))).toContain(`password = "${MASK}"`);
  });

  it('maskValueText keeps delimiters', () => {
    expect(maskValueText('"abc"')).toBe(`"${MASK}"`);
    expect(maskValueText('""')).toBe('""');
    expect(maskValueText('12345')).toBe(MASK);
    expect(maskValueText('["a", "b"]')).toBe(MASK);
  });
});
