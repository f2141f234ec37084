import { describe } from 'vitest';
import { runRuleCases } from './rule-cases';
import { lines } from './test-support';

describe('discovery and inputs', () => {
  runRuleCases(['kubernetes-id', 'kubernetes-in-cluster', 'required-when-enabled'], [
    { name: 'a lone [kubernetes] needs no id', toml: lines('[kubernetes]', 'enabled = true', 'api-servers = ["http://localhost:8001"]'), expected: [] },
    { name: 'in-cluster alone', toml: lines('[kubernetes]', 'enabled = true', 'in-cluster = true'), expected: [] },
    {
      name: 'two entries, one without an id',
      toml: lines('[[kubernetes]]', 'id = "a"', '[[kubernetes]]', 'enabled = false'),
      expected: [{ severity: 'error', rule: 'kubernetes-id', path: ['kubernetes', 1, 'id'], line: 3, message: '[[kubernetes]] #2 id is empty: with more than one [[kubernetes]] entry each needs an id, or Kapacitor refuses the file.' }],
    },
    {
      name: 'in-cluster with a token',
      toml: lines('[kubernetes]', 'enabled = true', 'in-cluster = true', 'token = "t"'),
      expected: [
        {
          rule: 'kubernetes-in-cluster',
          path: ['kubernetes', 'token'],
          line: 4,
          message: '[kubernetes] token is set together with in-cluster = true: Kapacitor refuses that, because in-cluster takes the API server, token, CA and namespace from the pod. Remove token or set in-cluster = false.',
        },
      ],
    },
    {
      name: 'enabled without api-servers or in-cluster',
      toml: lines('[kubernetes]', 'enabled = true'),
      expected: [{ rule: 'required-when-enabled', path: ['kubernetes', 'api-servers'], line: 1 }],
    },
  ]);

  runRuleCases(['dns-port'], [
    { name: 'SRV records carry their port', toml: lines('[[dns]]', 'id = "d"', 'type = "SRV"'), expected: [] },
    { name: 'A records with a port', toml: lines('[[dns]]', 'id = "d"', 'type = "A"', 'port = 9100'), expected: [] },
    {
      name: 'A records without a port',
      toml: lines('[[dns]]', 'id = "d"', 'type = "aaaa"'),
      expected: [{ severity: 'error', path: ['dns', 0, 'port'], line: 1, message: '[[dns]] port is 0: with type = "AAAA" the records carry no port, so Kapacitor refuses the entry. Set the port to scrape, e.g. port = 9100.' }],
    },
  ]);

  runRuleCases(['graphite-template'], [
    { name: 'well-formed templates', toml: lines('[[graphite]]', 'templates = ["*.app env.service.measurement", "measurement.field region=eu,zone=a", "servers.* .host.measurement*"]'), expected: [] },
    {
      name: 'no measurement part',
      toml: lines('[[graphite]]', 'templates = ["host.field"]'),
      expected: [{ severity: 'error', path: ['graphite', 0, 'templates', 0], line: 2, message: '[[graphite]] templates entry "host.field": the template has no measurement (or measurement*) part. Kapacitor refuses the file.' }],
    },
    { name: 'the same filter twice', toml: lines('[[graphite]]', 'templates = ["a.* measurement", "a.* measurement.field"]'), expected: [{ path: ['graphite', 0, 'templates', 1], message: '[[graphite]] templates entry "a.* measurement.field": the filter "a.*" appears twice. Kapacitor refuses the file.' }] },
    { name: 'a partial wildcard in a filter', toml: lines('[[graphite]]', 'templates = ["a.b* measurement"]'), expected: [{ path: ['graphite', 0, 'templates', 0] }] },
    { name: 'a second part without "=" is read as filter + template', toml: lines('[[graphite]]', 'templates = ["measurement region"]'), expected: [{ message: '[[graphite]] templates entry "measurement region": the template has no measurement (or measurement*) part. Kapacitor refuses the file.' }] },
    { name: 'a bad tag list', toml: lines('[[graphite]]', 'templates = ["measurement region=eu,zone"]'), expected: [{ message: '[[graphite]] templates entry "measurement region=eu,zone": the tag "zone" is not key=value. Kapacitor refuses the file.' }] },
    { name: 'too many parts', toml: lines('[[graphite]]', 'templates = ["a b c d"]'), expected: [{ path: ['graphite', 0, 'templates', 0] }] },
  ]);
});
