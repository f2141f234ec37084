import { describe, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseValues } from '../../toml/document';
import { addRequest, apiRequests, checkBody, deleteRequest, isAddressable, removeRequest } from './config-api';

const lines = (...rows: string[]) => `${rows.join('\n')}\n`;

describe('set requests from the document (reference §3)', () => {
  test('a table: POST /kapacitor/v1/config/<section> with {"set":{…}}, secrets as placeholders', () => {
    const reqs = apiRequests(parseValues(lines('[smtp]', '  enabled = true', '  host = "smtp.example.com"', '  port = 587', '  password = "hunter2"', '  to = ["a@example.com"]')), { includeSecrets: false });
    expect(reqs).toEqual([
      {
        method: 'POST',
        path: '/kapacitor/v1/config/smtp',
        body: { set: { enabled: true, host: 'smtp.example.com', port: 587, password: '<smtp.password>', to: ['a@example.com'] } },
        curl: `curl -XPOST http://localhost:9092/kapacitor/v1/config/smtp -H 'Content-Type: application/json' -d '{"set":{"enabled":true,"host":"smtp.example.com","port":587,"password":"<smtp.password>","to":["a@example.com"]}}'`,
        note: 'Replace the <…> placeholders with the secret values before sending.',
      },
    ]);
  });

  test('secrets go out as written when opted in; baseUrl is used', () => {
    const [req] = apiRequests(parseValues(lines('[smtp]', '  password = "hunter2"')), { includeSecrets: true, baseUrl: 'https://kap.example.com:9092/' });
    expect(req.body).toEqual({ set: { password: 'hunter2' } });
    expect(req.note).toBeUndefined();
    expect(req.curl).toBe(`curl -XPOST https://kap.example.com:9092/kapacitor/v1/config/smtp -H 'Content-Type: application/json' -d '{"set":{"password":"hunter2"}}'`);
  });

  test('array entries are addressed by their identity key, which is left out of set', () => {
    const reqs = apiRequests(parseValues(lines(
      '[[influxdb]]', '  name = "localhost"', '  default = true', '  urls = ["http://localhost:8086"]', '  password = "pw"',
      '[[slack]]', '  workspace = "team-a"', '  url = "https://hooks.slack.com/services/T/B/X"', '  channel = "#ops"',
      '[[kafka]]', '  enabled = true',
    )), { includeSecrets: false });
    expect(reqs.map((r) => [r.path, r.body])).toEqual([
      ['/kapacitor/v1/config/influxdb/localhost', { set: { default: true, urls: ['http://localhost:8086'], password: '<influxdb.password>' } }],
      ['/kapacitor/v1/config/slack/team-a', { set: { url: '<slack.url>', channel: '#ops' } }],
      // a lone [[kafka]] keeps NewConfig's id "default"
      ['/kapacitor/v1/config/kafka/default', { set: { enabled: true } }],
    ]);
  });

  test('nested tables (httppost basic-auth, a secret as a whole) and maps', () => {
    const [req] = apiRequests(parseValues(lines(
      '[[httppost]]', '  endpoint = "hook"', '  headers = { X-Team = "ops" }', '  basic-auth = { username = "u", password = "p" }',
    )), { includeSecrets: false });
    expect(req.path).toBe('/kapacitor/v1/config/httppost/hook');
    expect(req.body).toEqual({ set: { headers: { 'X-Team': 'ops' }, 'basic-auth': { username: '<httppost.basic-auth.username>', password: '<httppost.basic-auth.password>' } } });
  });

  test('an element whose identity holds "." (or is empty) cannot be addressed: returned with a note, curl commented out', () => {
    const reqs = apiRequests(parseValues(lines(
      '[[slack]]', '  workspace = "team.slack.com"', '  channel = "#a"',
      '[[slack]]', '  workspace = "team b"', '  channel = "#b"',
      '[[slack]]', '  channel = "#c"',
    )), { includeSecrets: false });
    expect(reqs.map((r) => [r.path, r.note])).toEqual([
      ['/kapacitor/v1/config/slack/team.slack.com', 'The workspace "team.slack.com" contains ".", so the config API cannot address this entry (names must match ^[-\\w+]+$).'],
      ['/kapacitor/v1/config/slack/team b', 'The workspace "team b" does not match ^[-\\w+]+$, so the config API cannot address this entry.'],
      ['/kapacitor/v1/config/slack/', 'This [slack] entry has no workspace, so the config API cannot address it; give it a workspace first.'],
    ]);
    for (const r of reqs) expect(r.curl.startsWith('# cannot be sent: curl -XPOST')).toBe(true);
  });

  test('sections outside the API (http, udf, influxdb inputs) produce nothing; unknown keys are left out with a note', () => {
    const reqs = apiRequests(parseValues(lines(
      '[http]', '  bind-address = ":9092"',
      '[udf.functions.x]', '  prog = "/bin/x"', '  timeout = "10s"',
      '[collectd]', '  enabled = true',
      '[pagerduty2]', '  enabled = true', '  routing-key = "rk"', '  colour = "red"',
    )), { includeSecrets: false });
    expect(reqs).toHaveLength(1);
    expect(reqs[0].path).toBe('/kapacitor/v1/config/pagerduty2');
    expect(reqs[0].body).toEqual({ set: { enabled: true, 'routing-key': '<pagerduty2.routing-key>' } });
    expect(reqs[0].note).toBe('Replace the <…> placeholders with the secret values before sending. Left out colour: not pagerduty2 options Kapacitor knows.');
  });

  test('the 1.8.3 sample: one request per API section written, none for core sections', () => {
    const reqs = apiRequests(parseValues(readFileSync('fixtures/corpus/upstream/kapacitor-1.8.3.conf', 'utf8')), { includeSecrets: false });
    const paths = reqs.map((r) => r.path);
    expect(paths).toContain('/kapacitor/v1/config/influxdb/localhost');
    expect(paths).toContain('/kapacitor/v1/config/kafka/localhost');
    expect(paths).toContain('/kapacitor/v1/config/scraper/myscraper');
    expect(paths.some((p) => /config\/(http|udf|logging|stats|collectd)\b/.test(p))).toBe(false);
    // [kubernetes] written as a table has no id, and [[slack]] has workspace = "": neither can be addressed
    expect(reqs.find((r) => r.path === '/kapacitor/v1/config/kubernetes/')?.note).toMatch(/has no id/);
    expect(reqs.find((r) => r.path === '/kapacitor/v1/config/slack/')?.note).toMatch(/has no workspace/);
    expect(reqs.filter((r) => r.note?.includes('cannot address')).map((r) => r.path)).toEqual([
      '/kapacitor/v1/config/kubernetes/',
      '/kapacitor/v1/config/slack/',
      '/kapacitor/v1/config/swarm/',
    ]);
  });
});

describe('delete, add and remove', () => {
  test('delete resets keys of a table or of one element', () => {
    expect(deleteRequest('smtp', undefined, ['host', 'port'])).toEqual({
      method: 'POST',
      path: '/kapacitor/v1/config/smtp',
      body: { delete: ['host', 'port'] },
      curl: `curl -XPOST http://localhost:9092/kapacitor/v1/config/smtp -H 'Content-Type: application/json' -d '{"delete":["host","port"]}'`,
    });
    expect(deleteRequest('influxdb', 'localhost', ['username']).path).toBe('/kapacitor/v1/config/influxdb/localhost');
    expect(() => deleteRequest('influxdb', undefined, ['x'])).toThrow(/addressed by name/);
    expect(() => deleteRequest('smtp', 'x', ['host'])).toThrow(/single table/);
  });

  test('add goes to the section path with the identity inside', () => {
    const req = addRequest('slack', parseValues(lines('workspace = "team-b"', 'url = "https://hooks.slack.com/x"', 'channel = "#b"')), { includeSecrets: false });
    expect(req.path).toBe('/kapacitor/v1/config/slack');
    expect(req.body).toEqual({ add: { workspace: 'team-b', url: '<slack.url>', channel: '#b' } });
    expect(req.note).toBe('Replace the <…> placeholders with the secret values before sending.');
    const dotted = addRequest('slack', parseValues('workspace = "team.slack.com"\n'), { includeSecrets: true });
    expect(dotted.note).toMatch(/contains "\."/);
    expect(dotted.curl.startsWith('# cannot be sent')).toBe(true);
    expect(() => addRequest('smtp', {}, { includeSecrets: true })).toThrow(/only array sections take add/);
  });

  test('remove lists identities', () => {
    expect(removeRequest('influxdb', ['old-cluster'])).toEqual({
      method: 'POST',
      path: '/kapacitor/v1/config/influxdb',
      body: { remove: ['old-cluster'] },
      curl: `curl -XPOST http://localhost:9092/kapacitor/v1/config/influxdb -H 'Content-Type: application/json' -d '{"remove":["old-cluster"]}'`,
    });
    expect(removeRequest('slack', ['a.b']).note).toMatch(/"a\.b" cannot be addressed/);
  });

  test('set and delete never mix with add and remove', () => {
    expect(() => checkBody({ set: {}, add: {} })).toThrow(/cannot be combined/);
    expect(() => checkBody({ delete: [], remove: [] })).toThrow(/cannot be combined/);
    expect(() => checkBody({ add: {}, remove: [] })).toThrow(/separate requests/);
    expect(() => checkBody({ set: { a: 1 }, delete: ['b'] })).not.toThrow();
  });

  test('udf and non-API sections are refused', () => {
    expect(() => deleteRequest('udf', undefined, ['functions'])).toThrow(/leaves it out on purpose/);
    expect(() => removeRequest('http', ['x'])).toThrow(/cannot be changed through the config API/);
    expect(() => deleteRequest('nope', undefined, [])).toThrow(/not a Kapacitor section/);
  });

  test('names must match ^[-\\w+]+$', () => {
    expect(['localhost', 'team-a', 'a_b', 'A+B', '0'].every(isAddressable)).toBe(true);
    expect(['', 'a.b', 'a b', 'a/b', 'é', 'a?'].some(isAddressable)).toBe(false);
  });
});

test('curl commands carry the JSON body through sh unchanged', () => {
  const [req] = apiRequests(parseValues(lines('[telegram]', `  chat-id = "it's \\"quoted\\""`, '  parse-mode = "Markdown"')), { includeSecrets: true });
  const args = execFileSync('sh', ['-c', req.curl.replace(/^curl/, `printf '%s\\0'`)], { encoding: 'utf8' }).split('\0');
  expect(JSON.parse(args[args.indexOf('-d') + 1])).toEqual(req.body);
  expect(req.body).toEqual({ set: { 'chat-id': `it's "quoted"`, 'parse-mode': 'Markdown' } });
});
