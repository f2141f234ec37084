import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import type { TomlTable } from '../toml/types';
import type { CheckOptions } from './types';
import { applyVersionGuess, guessVersion } from './version';

const values = (text: string) => parse(text) as TomlTable;
const upstream = (v: string) => values(readFileSync(join(__dirname, `../../fixtures/corpus/upstream/kapacitor-${v}.conf`), 'utf8'));

describe('guessVersion', () => {
  it.each([
    ['nothing telling', 'data_dir = "/x"\n[http]\n', '1.8', false, 'Nothing in the file points to an older release, so Kapacitor 1.8 is assumed.'],
    ['an empty file', '', '1.8', false, 'Nothing in the file points to an older release, so Kapacitor 1.8 is assumed.'],
    ['[auth]', '[auth]\nenabled = false\n', '1.8', false, 'Uses [auth], added in 1.6.0, so Kapacitor 1.6 or later; the newest release is assumed.'],
    ['[fluxtask]', '[fluxtask]\n', '1.8', false, 'Uses [fluxtask], added in 1.6.0, so Kapacitor 1.6 or later; the newest release is assumed.'],
    ['[zenoss]', '[zenoss]\n', '1.8', false, 'Uses [zenoss], added in 1.6.0, so Kapacitor 1.6 or later; the newest release is assumed.'],
    ['kafka SASL OAuth keys', '[[kafka]]\nsasl-oauth-service = "auth0"\n', '1.8', false, 'Uses [kafka] sasl-oauth-service, added in 1.7.6; 1.7 and 1.8 read the same keys, so the newest is assumed.'],
    ['[enterprise]', '[enterprise]\nlicense-key = "k"\n', '1.8', true, 'Nothing in the file points to an older release, so Kapacitor 1.8 is assumed. [enterprise] is Kapacitor Enterprise only.'],
    ['[cluster]', '[cluster]\n', '1.8', true, undefined],
    ['[rpc]', '[rpc]\n', '1.8', true, undefined],
    ['alert redundancy', '[alert]\nredundancy = 2\n', '1.8', true, 'Nothing in the file points to an older release, so Kapacitor 1.8 is assumed. [alert] redundancy is Kapacitor Enterprise only.'],
    ['a key in other case', '[AUTH]\n', '1.8', false, undefined],
  ] as const)('%s', (_name, text, version, enterprise, reason) => {
    const guess = guessVersion(values(text));
    expect(guess.version).toBe(version);
    expect(guess.enterprise).toBe(enterprise);
    if (reason) expect(guess.reason).toBe(reason);
    expect(guess.reason.length).toBeGreaterThan(0);
  });

  it.each([
    ['1.5.9', '1.5'],
    ['1.6.6', '1.6'],
    ['1.7.7', '1.8'],
    ['1.8.3', '1.8'],
  ] as const)('the shipped %s sample reads as %s', (sample, version) => {
    const guess = guessVersion(upstream(sample));
    expect(guess.version).toBe(version);
    expect(guess.enterprise).toBe(false);
  });

  it('explains a complete sample by its newest key', () => {
    expect(guessVersion(upstream('1.6.6')).reason).toBe(
      'Looks like a complete sample or generated file (50 sections) with nothing newer than 1.6.0 ([auth]), so it was written for Kapacitor 1.6.',
    );
  });

  it('a complete pre-1.5 file reads as 1.5, the oldest supported', () => {
    const text = readFileSync(join(__dirname, '../../fixtures/corpus/real/sample-v1.3-smtp-global-override.conf'), 'utf8');
    const guess = guessVersion(values(text));
    expect(guess.version).toBe('1.5');
    expect(guess.reason).toContain('or earlier');
  });

  it.each([
    ['nothing telling', 'data_dir = "/x"\n[http]\n', {}],
    ['[auth] dates it', '[auth]\n', { version: 'Uses [auth], added in 1.6.0, so Kapacitor 1.6 or later; the newest release is assumed.' }],
    ['[enterprise] is Enterprise evidence only', '[enterprise]\n', { enterprise: '[enterprise] is Kapacitor Enterprise only.' }],
    [
      'both',
      '[[kafka]]\nsasl-oauth-service = "auth0"\n[cluster]\n',
      { version: 'Uses [kafka] sasl-oauth-service, added in 1.7.6; 1.7 and 1.8 read the same keys, so the newest is assumed.', enterprise: '[cluster] is Kapacitor Enterprise only.' },
    ],
  ] as const)('says what the file points to: %s', (_name, text, evidence) => {
    expect(guessVersion(values(text)).evidence).toEqual(evidence);
  });

  it('a complete sample is evidence of its release', () => {
    expect(guessVersion(upstream('1.5.9')).evidence.version).toMatch(/^Looks like a complete sample or generated file \(\d+ sections\)/);
  });
});

describe('applyVersionGuess: the file wins where it gives evidence, the choice of the user stays where it gives none', () => {
  const chosen = (version: CheckOptions['version'], enterprise = false): CheckOptions => ({ version, enterprise });
  it.each([
    [
      'nothing telling keeps 1.5 and open source',
      'data_dir = "/x"\n[http]\n',
      chosen('1.5'),
      '1.5',
      false,
      'Nothing in the file tells which Kapacitor release it was written for, so your choice (1.5, open source) is kept.',
    ],
    [
      'nothing telling keeps 1.7 Enterprise',
      'data_dir = "/x"\n',
      chosen('1.7', true),
      '1.7',
      true,
      'Nothing in the file tells which Kapacitor release it was written for, so your choice (1.7, Enterprise) is kept.',
    ],
    ['an empty file keeps 1.6', '', chosen('1.6'), '1.6', false, 'Nothing in the file tells which Kapacitor release it was written for, so your choice (1.6, open source) is kept.'],
    [
      'a 1.6 key moves 1.5 to 1.8',
      '[auth]\n',
      chosen('1.5'),
      '1.8',
      false,
      'Uses [auth], added in 1.6.0, so Kapacitor 1.6 or later; the newest release is assumed.',
    ],
    [
      'a 1.7.6 key with Enterprise chosen: the version from the file, Enterprise kept',
      '[[kafka]]\nsasl-oauth-service = "auth0"\n',
      chosen('1.5', true),
      '1.8',
      true,
      'Uses [kafka] sasl-oauth-service, added in 1.7.6; 1.7 and 1.8 read the same keys, so the newest is assumed. Enterprise stays on, as you chose.',
    ],
    [
      'Enterprise keys switch Enterprise on but keep the version',
      '[cluster]\nroles = ["worker"]\n',
      chosen('1.6'),
      '1.6',
      true,
      'Nothing in the file tells which Kapacitor release it was written for, so your choice (1.6) is kept. [cluster] is Kapacitor Enterprise only.',
    ],
  ] as const)('%s', (_name, text, current, version, enterprise, reason) => {
    const applied = applyVersionGuess(current, guessVersion(values(text)));
    expect(applied).toMatchObject({ version, enterprise, reason });
  });

  it('a complete 1.5.9 sample sets 1.5 over a chosen 1.8', () => {
    const applied = applyVersionGuess(chosen('1.8'), guessVersion(upstream('1.5.9')));
    expect(applied.version).toBe('1.5');
    expect(applied.enterprise).toBe(false);
    expect(applied.reason).toBe(guessVersion(upstream('1.5.9')).reason);
  });
});
