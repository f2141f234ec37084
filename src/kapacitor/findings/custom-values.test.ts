import { describe, expect } from 'vitest';
import { runRuleCases } from './rule-cases';
import { lines } from './test-support';

describe('keys judged by version or leniency', () => {
  runRuleCases(['logging-level'], [
    { name: 'DEBUG, INFO, ERROR in either case', toml: lines('[logging]', 'level = "info"'), expected: [] },
    {
      name: 'WARN is accepted but logs at DEBUG',
      toml: lines('[logging]', 'level = "WARN"'),
      expected: [
        {
          severity: 'warning',
          path: ['logging', 'level'],
          line: 2,
          message: '[logging] level = "WARN" is not DEBUG, INFO or ERROR: Kapacitor accepts it but logs at DEBUG level. Write "INFO" or "ERROR" for less output.',
        },
      ],
    },
    { name: 'mixed case is not matched', toml: lines('[logging]', 'level = "Info"'), expected: [{ path: ['logging', 'level'], line: 2, fix: { label: 'Write "INFO"', setValue: 'INFO' } }] },
  ]);

  runRuleCases(['tls-names', 'invalid-value'], [
    { name: 'current names, any case', toml: lines('[tls]', 'min-version = "tls1.2"', 'ciphers = ["tls_aes_128_gcm_sha256"]'), expected: [] },
    {
      name: 'an unknown cipher',
      toml: lines('[tls]', 'ciphers = ["FOO"]'),
      expected: [
        {
          severity: 'error',
          rule: 'tls-names',
          path: ['tls', 'ciphers', 0],
          line: 2,
          message: '[tls] ciphers: "FOO" is not a cipher suite Kapacitor knows, so it refuses to start. Use a Go name such as "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", or leave the list empty for all allowed suites.',
        },
      ],
    },
    {
      name: 'an RC4 suite on 1.8',
      toml: lines('[tls]', 'ciphers = ["TLS_RSA_WITH_RC4_128_SHA"]'),
      expected: [{ severity: 'error', rule: 'tls-names', message: '[tls] ciphers: the cipher suite TLS_RSA_WITH_RC4_128_SHA was dropped after Kapacitor 1.6.3; Kapacitor 1.8 refuses to start with it. Remove it.' }],
    },
    { name: 'an RC4 suite on 1.5', toml: lines('[tls]', 'ciphers = ["TLS_RSA_WITH_RC4_128_SHA"]'), options: { version: '1.5' }, expected: [] },
    {
      name: 'TLS1.0 on 1.6 works in early patches only',
      toml: lines('[tls]', 'min-version = "TLS1.0"'),
      options: { version: '1.6' },
      expected: [{ severity: 'warning', rule: 'tls-names', path: ['tls', 'min-version'], line: 2, message: '[tls] min-version: the version TLS1.0 is only accepted up to Kapacitor 1.6.2; later 1.6 releases refuse to start with it. Remove it.' }],
    },
    { name: 'an unknown version', toml: lines('[tls]', 'max-version = "TLS2"'), expected: [{ severity: 'error', rule: 'tls-names', path: ['tls', 'max-version'], line: 2 }] },
  ]);

  runRuleCases(['kafka-sasl', 'invalid-value'], [
    { name: 'a known mechanism', toml: lines('[[kafka]]', 'enabled = true', 'brokers = ["k:9092"]', 'sasl-mechanism = "PLAIN"'), expected: [] },
    { name: 'an unknown mechanism on an enabled 1.8 entry is refused', toml: lines('[[kafka]]', 'enabled = true', 'brokers = ["k:9092"]', 'sasl-mechanism = "plain"'), expected: [{ severity: 'error', rule: 'invalid-value', path: ['kafka', 0, 'sasl-mechanism'], line: 4 }] },
    {
      name: '1.6 does not check the mechanism',
      toml: lines('[[kafka]]', 'enabled = true', 'brokers = ["k:9092"]', 'sasl-mechanism = "plain"'),
      options: { version: '1.6' },
      expected: [{ severity: 'warning', rule: 'kafka-sasl', path: ['kafka', 0, 'sasl-mechanism'], line: 4, message: expect.stringContaining('Kapacitor checks this only on enabled entries from 1.7.6 on') }],
    },
    { name: 'a disabled entry is not checked', toml: lines('[[kafka]]', 'sasl-mechanism = "plain"'), expected: [{ severity: 'warning', rule: 'kafka-sasl' }] },
    { name: 'an unknown GSSAPI auth type is treated as unset', toml: lines('[[kafka]]', 'sasl-gssapi-auth-type = "x"'), expected: [{ severity: 'warning', rule: 'kafka-sasl', message: expect.stringContaining('treats it as unset') }] },
    { name: 'sasl-version other than 0 or 1 fails later', toml: lines('[[kafka]]', 'sasl-version = 2'), expected: [{ severity: 'warning', rule: 'kafka-sasl', path: ['kafka', 0, 'sasl-version'], line: 2 }] },
  ]);

  runRuleCases(['smtp-address'], [
    { name: '1.5 only looks for an @', toml: lines('[smtp]', 'from = "ops@"'), options: { version: '1.5' }, expected: [] },
    { name: 'no @ on 1.5', toml: lines('[smtp]', 'from = "ops"'), options: { version: '1.5' }, expected: [{ severity: 'error', path: ['smtp', 'from'], line: 2, message: '[smtp] from: "ops" is not an email address, so Kapacitor refuses the file. Write e.g. "name@example.com".' }] },
    { name: 'an @ that is no address on 1.6', toml: lines('[smtp]', 'to = ["ops@"]'), options: { version: '1.6' }, expected: [{ severity: 'warning', path: ['smtp', 'to', 0], line: 2 }] },
    { name: 'the same on 1.8', toml: lines('[smtp]', 'to = ["ops@"]'), expected: [{ severity: 'error', path: ['smtp', 'to', 0], line: 2 }] },
  ]);
});
