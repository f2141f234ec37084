import { describe } from 'vitest';
import { runRuleCases } from './rule-cases';
import { lines } from './test-support';

const kafka = (...rest: string[]) => lines('[[kafka]]', 'enabled = true', 'brokers = ["k:9092"]', ...rest);

describe('[[kafka]]', () => {
  runRuleCases(['required-when-enabled'], [
    { name: 'a disabled entry without brokers', toml: lines('[[kafka]]', 'id = "k"'), expected: [] },
    { name: 'an enabled entry with brokers', toml: kafka(), expected: [] },
    {
      name: 'an enabled entry without brokers',
      toml: lines('[[kafka]]', 'enabled = true'),
      expected: [{ severity: 'error', path: ['kafka', 0, 'brokers'], line: 1, message: '[[kafka]] brokers is empty, and Kapacitor refuses to start while [[kafka]] is enabled without it. Set brokers, or set enabled = false.' }],
    },
    { name: 'an enabled entry with an empty id', toml: kafka('id = ""'), expected: [{ path: ['kafka', 0, 'id'], line: 4 }] },
  ]);

  runRuleCases(['kafka-sasl', 'mutually-exclusive'], [
    { name: 'OAUTHBEARER with client credentials', toml: kafka('sasl-mechanism = "OAUTHBEARER"', 'sasl-oauth-client-id = "c"', 'sasl-oauth-client-secret = "s"', 'sasl-oauth-token-url = "https://idp/token"'), expected: [] },
    { name: 'azuread with a tenant', toml: kafka('sasl-mechanism = "OAUTHBEARER"', 'sasl-oauth-service = "AzureAD"', 'sasl-oauth-client-id = "c"', 'sasl-oauth-client-secret = "s"', 'sasl-oauth-tenant-id = "t"'), expected: [] },
    { name: 'auth0 with an audience', toml: kafka('sasl-mechanism = "OAUTHBEARER"', 'sasl-oauth-service = "auth0"', 'sasl-oauth-client-id = "c"', 'sasl-oauth-client-secret = "s"', 'sasl-oauth-token-url = "https://a/t"', 'sasl-oauth-parameters = { audience = "k" }'), expected: [] },
    {
      name: 'OAUTHBEARER without client credentials or token url',
      toml: kafka('sasl-mechanism = "OAUTHBEARER"'),
      expected: [
        { severity: 'error', rule: 'kafka-sasl', path: ['kafka', 0, 'sasl-oauth-client-id'], line: 1, message: '[[kafka]] sasl-oauth-client-id is empty: with sasl-mechanism = "OAUTHBEARER" Kapacitor refuses the file without it.' },
        { path: ['kafka', 0, 'sasl-oauth-client-secret'] },
        { path: ['kafka', 0, 'sasl-oauth-token-url'] },
      ],
    },
    {
      name: 'azuread needs a tenant and no token url',
      toml: kafka('sasl-mechanism = "OAUTHBEARER"', 'sasl-oauth-service = "azuread"', 'sasl-oauth-client-id = "c"', 'sasl-oauth-client-secret = "s"', 'sasl-oauth-token-url = "https://x"'),
      expected: [
        { path: ['kafka', 0, 'sasl-oauth-tenant-id'], line: 1, message: '[[kafka]] sasl-oauth-tenant-id is empty: with sasl-mechanism = "OAUTHBEARER" and sasl-oauth-service = "azuread" Kapacitor refuses the file without it.' },
        { path: ['kafka', 0, 'sasl-oauth-token-url'], line: 8 },
      ],
    },
    {
      name: 'auth0 without an audience',
      toml: kafka('sasl-mechanism = "OAUTHBEARER"', 'sasl-oauth-service = "auth0"', 'sasl-oauth-client-id = "c"', 'sasl-oauth-client-secret = "s"', 'sasl-oauth-token-url = "https://a/t"'),
      expected: [{ path: ['kafka', 0, 'sasl-oauth-parameters'], line: 1 }],
    },
    {
      name: 'a static access token can never pass',
      toml: kafka('sasl-mechanism = "OAUTHBEARER"', 'sasl-oauth-client-id = "c"', 'sasl-oauth-client-secret = "s"', 'sasl-access-token = "t"'),
      expected: [{ rule: 'kafka-sasl', path: ['kafka', 0, 'sasl-access-token'], line: 7 }],
    },
    {
      name: 'an access token together with a token url',
      toml: kafka('sasl-mechanism = "OAUTHBEARER"', 'sasl-oauth-client-id = "c"', 'sasl-oauth-client-secret = "s"', 'sasl-access-token = "t"', 'sasl-oauth-token-url = "https://x"'),
      expected: [{ rule: 'mutually-exclusive', path: ['kafka', 0, 'sasl-oauth-token-url'], line: 8 }],
    },
    { name: '1.6 has no SASL checks', toml: kafka('sasl-mechanism = "OAUTHBEARER"'), options: { version: '1.6' }, expected: [] },
    { name: 'a disabled entry is not checked', toml: lines('[[kafka]]', 'sasl-mechanism = "OAUTHBEARER"'), expected: [] },
  ]);
});
