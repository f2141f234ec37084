import { describe, expect } from 'vitest';
import { runRuleCases } from './rule-cases';
import { lines } from './test-support';

describe('Kapacitor Enterprise', () => {
  runRuleCases(['mutually-exclusive', 'invalid-value', 'enterprise-only'], [
    { name: 'a license key, a registration URL, the worker role', toml: lines('[enterprise]', 'license-key = "k"', 'registration-server-url = "https://reg:8090"', '[cluster]', 'roles = ["worker"]'), options: { enterprise: true }, expected: [] },
    {
      name: 'license key and path together',
      toml: lines('[enterprise]', 'license-key = "k"', 'license-path = "/etc/kapacitor/license.json"'),
      options: { enterprise: true },
      expected: [
        {
          severity: 'error',
          rule: 'mutually-exclusive',
          path: ['enterprise', 'license-path'],
          line: 3,
          message: '[enterprise] license-key and license-path are both set: Kapacitor refuses the file (use one). Keep one and remove the other.',
        },
      ],
    },
    { name: 'a registration URL without its scheme', toml: lines('[enterprise]', 'registration-server-url = "reg:8090"'), options: { enterprise: true }, expected: [{ rule: 'invalid-value', path: ['enterprise', 'registration-server-url'], line: 2 }] },
    { name: 'a role other than worker', toml: lines('[cluster]', 'roles = ["worker", "leader"]'), options: { enterprise: true }, expected: [{ rule: 'invalid-value', path: ['cluster', 'roles', 1], line: 2, message: expect.stringContaining('[cluster] roles (1): ') }] },
    { name: 'negative gossip members', toml: lines('[cluster]', 'gossip-members = -1'), options: { enterprise: true }, expected: [{ rule: 'invalid-value', path: ['cluster', 'gossip-members'], line: 2 }] },
    {
      name: 'open source ignores the section, so it judges none of it',
      toml: lines('[enterprise]', 'license-key = "k"', 'license-path = "/p"'),
      expected: [{ severity: 'warning', rule: 'enterprise-only', path: ['enterprise'], line: 1 }],
    },
  ]);
});
