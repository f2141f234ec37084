import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { setValue } from '../../toml/edit';
import { decodeBytes } from '../../toml/decode';
import { parseDocument } from '../../toml/document';
import { allFields } from '../schema';
import { isSecretPath, leaves } from './entries';
import { decodeShare, encodeShare, fromBase64Url, secretsBlanked, secretsPlaceholdered, shareWarning, stripSecrets, toBase64Url } from './share';

const sample = readFileSync('fixtures/corpus/upstream/kapacitor-1.8.3.conf', 'utf8');
const lines = (...rows: string[]) => `${rows.join('\n')}\n`;

describe('share links', () => {
  test('the 1.8.3 sample round-trips, and the payload is base64url', async () => {
    const payload = await encodeShare(sample);
    expect(payload).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(payload.length).toBeLessThan(sample.length / 2);
    expect(await decodeShare(payload)).toBe(sample);
    expect(await decodeShare(`#doc=${payload}`)).toBe(sample);
    expect(await decodeShare(`https://editor.example/#doc=${payload}`)).toBe(sample);
  });

  test('any text round-trips (fast-check)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 300 }), async (text) => {
        expect(await decodeShare(await encodeShare(text))).toBe(text);
      }),
      { numRuns: 60 },
    );
  });

  test('base64url matches Node\'s encoder', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect(toBase64Url(bytes)).toBe(Buffer.from(bytes).toString('base64url'));
        expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
      }),
    );
  });

  test('damaged links say so', async () => {
    await expect(decodeShare('#doc=***')).rejects.toThrow(/not base64url/);
    await expect(decodeShare('#doc=AAAA')).rejects.toThrow(/damaged/);
    await expect(decodeShare('#other=1&x=2')).rejects.toThrow(/no document/);
  });

  test('a link that inflates beyond 16 MB is refused', async () => {
    const payload = await encodeShare('a'.repeat(17 * 1024 * 1024));
    await expect(decodeShare(payload)).rejects.toThrow(/larger than 16 MB/);
  });

  test('shareWarning above 8000 characters', () => {
    expect(shareWarning(8000)).toBeUndefined();
    expect(shareWarning(8001)).toBe(
      'This link is 8,001 characters long. Some browsers, chat tools and servers cut links longer than about 8,000 characters, so share the file itself instead.',
    );
  });
});

describe('stripSecrets', () => {
  const secretText = lines(
    'hostname = "kap"',
    '[http]',
    '  shared-secret = "jwt-secret"',
    '[smtp]',
    '  Password = "smtp-pw"   # matched ignoring case, like Kapacitor',
    '[[influxdb]]',
    '  name = "a"',
    '  password = "influx-pw"',
    '  token = "influx-token"',
    '[[httppost]]',
    '  endpoint = "hook"',
    '  headers = { Authorization = "Bearer hdr", X-Team = "ops" }',
    '  [httppost.basic-auth]',
    '    username = "basic-user"',
    '    password = "basic-pw"',
    '[[kafka]]',
    '  sasl-password = "kafka-pw"',
    '[fluxtask.secrets]',
    '  myToken = "flux-secret"',
    '[udf.functions.py]',
    '  prog = "/usr/bin/python3"',
    '  timeout = "10s"',
    '  env = { API_TOKEN = "udf-token", PYTHONPATH = "/x" }',
    '[enterprise]',
    '  license-key = "lic-value"',
    '[mystery]',
    '  api_key = "unknown-section-key"',
  );

  test('blanks every secret, nothing else in the text changes', () => {
    const doc = parseDocument(secretText);
    const stripped = stripSecrets(doc);
    for (const s of ['jwt-secret', 'smtp-pw', 'influx-pw', 'influx-token', 'Bearer hdr', 'basic-user', 'basic-pw', 'kafka-pw', 'flux-secret', 'udf-token', 'lic-value', 'unknown-section-key']) {
      expect(stripped.text).not.toContain(s);
    }
    // only the secret values changed: same lines, same comments, other values intact
    const before = secretText.split('\n');
    const after = stripped.text.split('\n');
    expect(after.length).toBe(before.length);
    const changed = before.flatMap((l, i) => (l === after[i] ? [] : [[l, after[i]]]));
    expect(changed).toEqual([
      ['  shared-secret = "jwt-secret"', '  shared-secret = ""'],
      ['  Password = "smtp-pw"   # matched ignoring case, like Kapacitor', '  Password = ""   # matched ignoring case, like Kapacitor'],
      ['  password = "influx-pw"', '  password = ""'],
      ['  token = "influx-token"', '  token = ""'],
      ['  headers = { Authorization = "Bearer hdr", X-Team = "ops" }', '  headers = { Authorization = "", X-Team = "ops" }'],
      ['    username = "basic-user"', '    username = ""'],
      ['    password = "basic-pw"', '    password = ""'],
      ['  sasl-password = "kafka-pw"', '  sasl-password = ""'],
      ['  myToken = "flux-secret"', '  myToken = ""'],
      ['  env = { API_TOKEN = "udf-token", PYTHONPATH = "/x" }', '  env = { API_TOKEN = "", PYTHONPATH = "/x" }'],
      ['  license-key = "lic-value"', '  license-key = ""'],
      ['  api_key = "unknown-section-key"', '  api_key = ""'],
    ]);
  });

  test('every schema secret is recognised, in tables and in array entries', () => {
    for (const { section, keys, field } of allFields()) {
      if (!field.secret) continue;
      const base = section.kind === 'root' ? [] : section.kind === 'table' ? [section.name] : [section.name, 1];
      expect(isSecretPath([...base, ...keys])).toBe(true);
    }
    expect(isSecretPath(['smtp', 'username'])).toBe(false);
    expect(isSecretPath(['influxdb', 0, 'urls', 0])).toBe(false);
    expect(isSecretPath(['alerta', 'token-prefix'])).toBe(false);
  });

  test('a share link of the 1.8.3 sample carries no secret value', async () => {
    // give every secret of the sample a recognisable value first
    let doc = parseDocument(sample);
    const secretPaths = [...leaves(doc.values)].filter((l) => typeof l.value === 'string' && isSecretPath(l.path)).map((l) => l.path);
    expect(secretPaths.length).toBeGreaterThan(15);
    const { setValue } = await import('../../toml/edit');
    secretPaths.forEach((p, i) => (doc = setValue(doc, p, `SECRET-${i}-VALUE`)));
    expect(doc.text).toContain('SECRET-0-VALUE');

    const stripped = stripSecrets(doc);
    const back = await decodeShare(await encodeShare(stripped.text));
    expect(back).toBe(stripped.text);
    expect(back).not.toMatch(/SECRET-\d+-VALUE/);
    // the shared file is the sample again, except its two non-empty secrets, now blank as well
    const a = sample.split('\n');
    const b = back.split('\n');
    expect(b.length).toBe(a.length);
    expect(a.flatMap((l, i) => (l === b[i] ? [] : [[l.trim(), b[i].trim()]]))).toEqual([
      ['community = "kapacitor"', 'community = ""'],
      ['url = "https://jianliao.com/v2/services/webhook/uuid"', 'url = ""'],
    ]);
  });
});

describe('secretsBlanked', () => {
  const corpus = ['upstream', 'real'].flatMap((dir) =>
    readdirSync(`fixtures/corpus/${dir}`).filter((f) => f.endsWith('.conf') || f.endsWith('.toml')).map((f) => `fixtures/corpus/${dir}/${f}`));

  test.each(corpus)('%s: one pass gives the same text as one verified edit per secret', (file) => {
    const doc = parseDocument(decodeBytes(readFileSync(file)).text);
    let edited = doc;
    for (const leaf of leaves(doc.values)) {
      if (!isSecretPath(leaf.path) || leaf.value === '' || (Array.isArray(leaf.value) && leaf.value.length === 0)) continue;
      if (Array.isArray(leaf.value)) leaf.value.forEach((v, i) => { if (v !== '') edited = setValue(edited, [...leaf.path, i], ''); });
      else edited = setValue(edited, leaf.path, '');
    }
    expect(secretsBlanked(doc)).toBe(edited.text);
  });

  test('blanks thousands of entries\' passwords in well under a frame per hundred (it runs while the user types)', () => {
    const entries = Array.from({ length: 3000 }, (_, i) => `[[influxdb]]\n  name = "n${i}"\n  password = "pw-${i}"\n  token = 'tok-${i}'\n`);
    const doc = parseDocument(entries.join('\n'));
    const start = performance.now();
    const text = secretsBlanked(doc);
    const ms = performance.now() - start;
    expect(text).not.toMatch(/pw-\d|tok-\d/);
    expect(text.split('password = ""').length - 1).toBe(3000);
    expect(text.split("token = \"\"").length - 1).toBe(3000);
    console.log(`secretsBlanked: 6000 secrets in ${ms.toFixed(1)} ms`);
    expect(ms).toBeLessThan(500);
  });
});

test('secretsPlaceholdered: the same values as secretsBlanked, each replaced by its "<section.key>" placeholder', () => {
  const text = lines(
    '[smtp]', '  password = "hunter2" # keep this comment', '[[influxdb]]', '  name = "a"', '  token = ""',
    '[[httppost]]', '  endpoint = "x"', '  basic-auth = { username = "u", password = "p" }',
  );
  expect(secretsPlaceholdered(parseDocument(text))).toEqual({
    text: lines(
      '[smtp]', '  password = "<smtp.password>" # keep this comment', '[[influxdb]]', '  name = "a"', '  token = ""',
      '[[httppost]]', '  endpoint = "x"', '  basic-auth = { username = "<httppost.basic-auth.username>", password = "<httppost.basic-auth.password>" }',
    ),
    count: 3,
  });
});

describe('a URL\'s password is a secret wherever the URL is written', () => {
  const text = '[[influxdb]]\n  name = "a"\n  # was: urls = ["http://old:commentpw@influx:8086"]\n  urls = ["http://user:inlinepw@influx:8086", "http://plain:8086"] # http://c:trailpw@y\n[[httppost]]\n  endpoint = "e"\n  url = \'https://hook:hookpw@example.com/x\'\n[smtp]\n  password = "hunter2"\n';
  test('blanked (drafts, share links): the password is dropped and the URL kept', () => {
    const out = secretsBlanked(parseDocument(text));
    expect(out).not.toMatch(/inlinepw|hookpw|hunter2|commentpw|trailpw/);
    // comments too: a commented-out line keeps what it had; a literal string stays literal
    expect(out).toBe(text.replace('user:inlinepw@', 'user@').replace('hook:hookpw@', 'hook@').replace('old:commentpw@', 'old@').replace('c:trailpw@', 'c@').replace('"hunter2"', '""'));
    expect(stripSecrets(parseDocument(text)).get(['influxdb', 0, 'urls'])).toEqual(['http://user@influx:8086', 'http://plain:8086']);
  });
  test('placeholdered (files handed out): the password becomes <password>, counted', () => {
    const { text: out, count } = secretsPlaceholdered(parseDocument(text));
    expect(out).toContain('"http://user:<password>@influx:8086"');
    expect(out).toContain("'https://hook:<password>@example.com/x'");
    expect(out).toContain('# was: urls = ["http://old:<password>@influx:8086"]');
    expect(out).not.toMatch(/inlinepw|hookpw|hunter2|commentpw|trailpw/);
    expect(count).toBe(5);
  });
});
