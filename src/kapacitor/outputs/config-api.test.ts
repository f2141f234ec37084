import { describe, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseValues } from '../../toml/document';
import { addRequest, apiChanges, apiDocument, apiRequests, checkBody, curlScript, deleteRequest, isAddressable, removeRequest } from './config-api';

const lines = (...rows: string[]) => `${rows.join('\n')}\n`;

describe('set requests from the document (reference §3)', () => {
  test('a table: POST /kapacitor/v1/config/<section>/ (the trailing slash names the table\'s one element) with {"set":{…}}, secrets as placeholders', () => {
    const reqs = apiRequests(parseValues(lines('[smtp]', '  enabled = true', '  host = "smtp.example.com"', '  port = 587', '  password = "hunter2"', '  to = ["a@example.com"]')), { includeSecrets: false });
    expect(reqs).toEqual([
      {
        method: 'POST',
        path: '/kapacitor/v1/config/smtp/',
        body: { set: { enabled: true, host: 'smtp.example.com', port: 587, password: '<smtp.password>', to: ['a@example.com'] } },
        curl: `curl -XPOST http://localhost:9092/kapacitor/v1/config/smtp/ -H 'Content-Type: application/json' -d '{"set":{"enabled":true,"host":"smtp.example.com","port":587,"password":"<smtp.password>","to":["a@example.com"]}}'`,
        note: 'Replace the <…> placeholders with the secret values before sending.',
      },
    ]);
  });

  test('secrets go out as written when opted in; baseUrl is used', () => {
    const [req] = apiRequests(parseValues(lines('[smtp]', '  password = "hunter2"')), { includeSecrets: true, baseUrl: 'https://kap.example.com:9092/' });
    expect(req.body).toEqual({ set: { password: 'hunter2' } });
    expect(req.note).toBeUndefined();
    expect(req.curl).toBe(`curl -XPOST https://kap.example.com:9092/kapacitor/v1/config/smtp/ -H 'Content-Type: application/json' -d '{"set":{"password":"hunter2"}}'`);
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
    expect(reqs[0].path).toBe('/kapacitor/v1/config/pagerduty2/');
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
  test('delete drops stored values of keys of a table or of one element', () => {
    expect(deleteRequest('smtp', undefined, ['host', 'port'])).toEqual({
      method: 'POST',
      path: '/kapacitor/v1/config/smtp/',
      body: { delete: ['host', 'port'] },
      curl: `curl -XPOST http://localhost:9092/kapacitor/v1/config/smtp/ -H 'Content-Type: application/json' -d '{"delete":["host","port"]}'`,
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

describe('changes since import: the requests that take a Kapacitor running the imported file to the current document', () => {
  const H = `-H 'Content-Type: application/json'`;
  const before = parseValues(lines(
    'hostname = "k1"',
    '[http]', '  bind-address = ":9092"',
    '[smtp]', '  enabled = true', '  host = "a.example.com"', '  port = 587', '  password = "old"', '  idle-timeout = ""',
    '[[influxdb]]', '  name = "local"', '  default = true', '  urls = ["http://a:8086"]', '  timeout = "10s"',
    '[[influxdb]]', '  name = "old"', '  urls = ["http://o:8086"]',
  ));
  const after = parseValues(lines(
    'hostname = "k2"',
    '[http]', '  bind-address = ":9093"',
    '[smtp]', '  enabled = true', '  host = "b.example.com"', '  username = "u"', '  password = "new"',
    '[[influxdb]]', '  name = "local"', '  default = true', '  urls = ["http://b:8086"]', '  timeout = "10s"',
    '[[influxdb]]', '  name = "cloud"', '  urls = ["https://c:8086"]', '  password = "pw"',
  ));

  test('changed keys -> set, a key taken out -> set to the default, a new entry -> add, a gone entry -> remove; exact bodies', () => {
    const { requests, fileOnly } = apiChanges(before, after, { includeSecrets: false });
    expect(requests.map((r) => [r.path, r.body])).toEqual([
      // idle-timeout = "" keeps the default, the same as leaving it out: no change
      ['/kapacitor/v1/config/smtp/', { set: { host: 'b.example.com', username: 'u', password: '<smtp.password>', port: 25 } }],
      ['/kapacitor/v1/config/influxdb/local', { set: { urls: ['http://b:8086'] } }],
      ['/kapacitor/v1/config/influxdb', { remove: ['old'] }],
      ['/kapacitor/v1/config/influxdb', { add: { name: 'cloud', urls: ['https://c:8086'], password: '<influxdb.password>' } }],
    ]);
    expect(requests.map((r) => r.curl)).toEqual([
      `curl -XPOST http://localhost:9092/kapacitor/v1/config/smtp/ ${H} -d '{"set":{"host":"b.example.com","username":"u","password":"<smtp.password>","port":25}}'`,
      `curl -XPOST http://localhost:9092/kapacitor/v1/config/influxdb/local ${H} -d '{"set":{"urls":["http://b:8086"]}}'`,
      `curl -XPOST http://localhost:9092/kapacitor/v1/config/influxdb ${H} -d '{"remove":["old"]}'`,
      `curl -XPOST http://localhost:9092/kapacitor/v1/config/influxdb ${H} -d '{"add":{"name":"cloud","urls":["https://c:8086"],"password":"<influxdb.password>"}}'`,
    ]);
    expect(requests.map((r) => r.note)).toEqual([
      'Replace the <…> placeholders with the secret values before sending. Taken out of the document, so set to Kapacitor\'s default: port. ({"delete":[…]} would not do it: delete only drops values stored through the API, and the keys would go back to what the file Kapacitor started with says.)',
      undefined,
      'A remove only takes away entries added through the config API (with the changes stored for them); an entry written in the file Kapacitor read stays until the file changes and Kapacitor restarts. To switch it off without a restart, set enabled = false on it instead.',
      'Replace the <…> placeholders with the secret values before sending.',
    ]);
    // the top-level keys ('') and [http] changed too, which only the file can do
    expect(fileOnly).toEqual(['', 'http']);
  });

  test('removedKeys: "delete" sends {"delete":[…]} beside set, and says what delete does', () => {
    const [smtp] = apiChanges(before, after, { includeSecrets: true, removedKeys: 'delete' }).requests;
    expect(smtp.body).toEqual({ set: { host: 'b.example.com', username: 'u', password: 'new' }, delete: ['port'] });
    expect(smtp.curl).toBe(`curl -XPOST http://localhost:9092/kapacitor/v1/config/smtp/ ${H} -d '{"set":{"host":"b.example.com","username":"u","password":"new"},"delete":["port"]}'`);
    expect(smtp.note).toBe('delete drops the values stored through the API for port: Kapacitor goes back to what the file it started with says (Kapacitor\'s default only where that file leaves the key out).');
    const only = apiChanges(parseValues(lines('[smtp]', '  port = 587')), parseValues(lines('[smtp]')), { includeSecrets: false, removedKeys: 'delete' }).requests;
    expect(only.map((r) => [r.path, r.body])).toEqual([['/kapacitor/v1/config/smtp/', { delete: ['port'] }]]);
  });

  test('nothing changed, or only a key written with its default value: no request', () => {
    expect(apiChanges(before, before, { includeSecrets: false })).toEqual({ requests: [], fileOnly: [], leftOut: [] });
    const same = apiChanges(parseValues(lines('[smtp]', '  enabled = true')), parseValues(lines('[smtp]', '  enabled = true', '  port = 25', '  idle-timeout = "30s"')), { includeSecrets: false });
    expect(same.requests).toEqual([]);
  });

  test('a section the file did not have changes Kapacitor\'s own table or built-in entry', () => {
    const { requests } = apiChanges(parseValues('hostname = "k1"\n'), parseValues(lines('hostname = "k1"', '[[kafka]]', '  enabled = true', '  brokers = ["k:9092"]', '[pagerduty2]', '  enabled = true')), { includeSecrets: false });
    expect(requests.map((r) => [r.path, r.body])).toEqual([
      // a lone [[kafka]] is NewConfig's entry, id "default"
      ['/kapacitor/v1/config/kafka/default', { set: { enabled: true, brokers: ['k:9092'] } }],
      ['/kapacitor/v1/config/pagerduty2/', { set: { enabled: true } }],
    ]);
    // and a section taken out goes back to the defaults
    const back = apiChanges(parseValues(lines('[pagerduty2]', '  enabled = true', '  url = "https://pd.example/x"')), parseValues(''), { includeSecrets: false });
    expect(back.requests.map((r) => r.body)).toEqual([{ set: { enabled: false, url: 'https://events.pagerduty.com/v2/enqueue' } }]);
  });

  test('a renamed entry is a remove and an add; a "." in an identity is named as such and its curl commented out', () => {
    const { requests } = apiChanges(
      parseValues(lines('[[slack]]', '  workspace = "team-a"', '  channel = "#a"', '[[slack]]', '  workspace = "b.slack.com"', '  channel = "#b"')),
      parseValues(lines('[[slack]]', '  workspace = "team-z"', '  channel = "#a"', '[[slack]]', '  workspace = "c.slack.com"', '  channel = "#c"')),
      { includeSecrets: false },
    );
    expect(requests.map((r) => [r.path, r.body, r.curl.startsWith('# cannot be sent: ')])).toEqual([
      ['/kapacitor/v1/config/slack', { remove: ['team-a'] }, false],
      ['/kapacitor/v1/config/slack', { remove: ['b.slack.com'] }, true],
      ['/kapacitor/v1/config/slack', { add: { workspace: 'team-z', channel: '#a' } }, false],
      ['/kapacitor/v1/config/slack', { add: { workspace: 'c.slack.com', channel: '#c' } }, true],
    ]);
    expect(requests[1].note).toMatch(/^"b\.slack\.com" cannot be addressed through the config API/);
    expect(requests[1].note).not.toMatch(/enabled = false/);
    expect(requests[3].note).toBe('The workspace "c.slack.com" contains ".", so the config API cannot address this entry (names must match ^[-\\w+]+$).');
  });

  test('a changed entry whose identity holds "." is named as such; udf and unknown keys', () => {
    const { requests, fileOnly } = apiChanges(
      parseValues(lines('[[influxdb]]', '  name = "db.local"', '  urls = ["http://a:8086"]', '  colour = "red"', '[udf.functions.x]', '  prog = "/bin/x"')),
      parseValues(lines('[[influxdb]]', '  name = "db.local"', '  urls = ["http://b:8086"]', '  colour = "blue"', '[udf.functions.x]', '  prog = "/bin/y"')),
      { includeSecrets: false },
    );
    expect(requests).toEqual([{
      method: 'POST',
      path: '/kapacitor/v1/config/influxdb/db.local',
      body: { set: { urls: ['http://b:8086'] } },
      curl: `# cannot be sent: curl -XPOST http://localhost:9092/kapacitor/v1/config/influxdb/db.local ${H} -d '{"set":{"urls":["http://b:8086"]}}'`,
      note: 'The name "db.local" contains ".", so the config API cannot address this entry (names must match ^[-\\w+]+$). Left out colour: not influxdb options Kapacitor knows.',
    }]);
    expect(fileOnly).toEqual(['udf']);
  });
});

test('curlScript: a sh script of the requests in order, notes as comments', () => {
  const reqs = [deleteRequest('smtp', undefined, ['port']), removeRequest('slack', ['a.b'])];
  expect(curlScript(reqs)).toBe(lines(
    '#!/bin/sh',
    '# Kapacitor config API requests (2).',
    '# Kapacitor answers 204 with no body when it takes a request, and {"error":"…"} when it refuses one.',
    '',
    '# POST /kapacitor/v1/config/smtp/',
    `curl -XPOST http://localhost:9092/kapacitor/v1/config/smtp/ -H 'Content-Type: application/json' -d '{"delete":["port"]}'`,
    '',
    '# POST /kapacitor/v1/config/slack',
    '# "a.b" cannot be addressed through the config API (names must match ^[-\\w+]+$).',
    `# cannot be sent: curl -XPOST http://localhost:9092/kapacitor/v1/config/slack -H 'Content-Type: application/json' -d '{"remove":["a.b"]}'`,
  ));
  // sh runs it as it is (curl stubbed out)
  const out = execFileSync('sh', ['-c', `curl() { printf '%s|' "$@"; echo; }\n${curlScript(reqs)}`], { encoding: 'utf8' });
  expect(out).toBe(`-XPOST|http://localhost:9092/kapacitor/v1/config/smtp/|-H|Content-Type: application/json|-d|{"delete":["port"]}|\n`);
});

describe('only keys the chosen release\'s config API takes (it refuses a whole request naming one it lacks: "unknown options")', () => {
  const sample = parseValues(readFileSync('fixtures/corpus/upstream/kapacitor-1.8.3.conf', 'utf8'));

  test('[[marathon]] timeout (gone after 1.5.9) is left out for 1.8, with a note and in leftOut; 1.5 gets it', () => {
    const { requests, leftOut } = apiDocument(sample, { includeSecrets: false, version: '1.8' });
    const marathon = requests.find((r) => r.path === '/kapacitor/v1/config/marathon/mymarathon')!;
    expect(marathon.body).toMatchObject({ set: { enabled: false, 'refresh-interval': '30s', 'bearer-token': '' } });
    expect(Object.keys((marathon.body as { set: object }).set)).not.toContain('timeout');
    expect(marathon.curl).not.toContain('timeout');
    expect(marathon.note).toBe('Left out for Kapacitor 1.8: timeout (its last release was 1.5.9). Its config API refuses a whole request that names an option it does not have ("unknown options").');
    expect(leftOut).toEqual([
      {
        what: '[[marathon]] "mymarathon" timeout',
        reason: 'Kapacitor 1.8 no longer has this key (its last release with it was 1.5.9), and its config API refuses a request that names it ("unknown options").',
      },
    ]);
    // the marathon entry is the only request of the sample that leaves something out
    expect(requests.filter((r) => r.leftOut).map((r) => r.path)).toEqual(['/kapacitor/v1/config/marathon/mymarathon']);
    const old = apiDocument(sample, { includeSecrets: false, version: '1.5' });
    expect(old.requests.find((r) => r.path === '/kapacitor/v1/config/marathon/mymarathon')!.body).toMatchObject({ set: { timeout: '30s' } });
  });

  test('keys and sections newer than the release: left out, each named with the release that brought it', () => {
    const values = parseValues(lines(
      '[[influxdb]]', '  name = "db"', '  urls = ["http://db:8086"]', '  token = "t"',
      '[[slack]]', '  workspace = "ops"', '  channel = "#ops"', '  token = "x"',
      '[zenoss]', '  enabled = true', '  url = "https://zenoss.example.com"',
    ));
    const { requests, leftOut } = apiDocument(values, { includeSecrets: true, version: '1.5' });
    expect(requests.map((r) => [r.path, r.body])).toEqual([
      ['/kapacitor/v1/config/influxdb/db', { set: { urls: ['http://db:8086'] } }],
      ['/kapacitor/v1/config/slack/ops', { set: { channel: '#ops' } }],
    ]);
    expect(leftOut.map((l) => l.what)).toEqual(['[[influxdb]] "db" token', '[[slack]] "ops" token', '[zenoss]']);
    expect(leftOut[2].reason).toBe('Kapacitor 1.5 has no [zenoss] (it came in 1.6.0), so its config API refuses every request for it ("unknown section").');
    expect(requests[0].note).toBe('Left out for Kapacitor 1.5: token (it came in 1.6.0). Its config API refuses a whole request that names an option it does not have ("unknown options").');
    // 1.8 takes all of them
    expect(apiDocument(values, { includeSecrets: true, version: '1.8' }).leftOut).toEqual([]);
  });

  test('a key from a later patch release of the chosen line is sent, with a note', () => {
    const values = parseValues(lines('[[kafka]]', '  id = "k"', '  brokers = ["k:9092"]', '  sasl-username = "u"'));
    const [kafka] = apiRequests(values, { includeSecrets: true, version: '1.6' });
    expect(kafka.body).toEqual({ set: { brokers: ['k:9092'], 'sasl-username': 'u' } });
    expect(kafka.note).toBe('Kapacitor 1.6 releases before 1.6.4 refuse sasl-username, and with it this request ("unknown options").');
    expect(kafka.leftOut).toBeUndefined();
    const [old] = apiRequests(values, { includeSecrets: true, version: '1.5' });
    expect(old.body).toEqual({ set: { brokers: ['k:9092'] } });
  });

  test('an option whose API name is not its TOML key goes out under the API name: smtp toTemplates → to-templates', () => {
    const values = parseValues(lines('[smtp]', '  toTemplates = ["{{.ID}}@example.com"]'));
    expect(apiRequests(values, { includeSecrets: true }).map((r) => r.body)).toEqual([{ set: { 'to-templates': ['{{.ID}}@example.com'] } }]);
    const changes = apiChanges(parseValues('[smtp]\n'), values, { includeSecrets: true }).requests;
    expect(changes.map((r) => r.body)).toEqual([{ set: { 'to-templates': ['{{.ID}}@example.com'] } }]);
  });

  test('changes since import: a key the release lacks is left out, and a change made only of such keys sends nothing', () => {
    const before = parseValues(lines('[[marathon]]', '  id = "m"', '  timeout = "30s"', '  refresh-interval = "30s"'));
    const onlyTimeout = parseValues(lines('[[marathon]]', '  id = "m"', '  timeout = "10s"', '  refresh-interval = "30s"'));
    const r1 = apiChanges(before, onlyTimeout, { includeSecrets: false, version: '1.8' });
    expect(r1.requests).toEqual([]);
    expect(r1.leftOut.map((l) => l.what)).toEqual(['[[marathon]] "m" timeout']);
    // taking timeout out would set it to the default: left out too
    const both = parseValues(lines('[[marathon]]', '  id = "m"', '  refresh-interval = "1m"'));
    const r2 = apiChanges(before, both, { includeSecrets: false, version: '1.8' });
    expect(r2.requests.map((r) => [r.path, r.body])).toEqual([['/kapacitor/v1/config/marathon/m', { set: { 'refresh-interval': '1m' } }]]);
    expect(r2.leftOut.map((l) => l.what)).toEqual(['[[marathon]] "m" timeout']);
    // a new entry: add leaves it out as well
    const added = apiChanges(parseValues(''), before, { includeSecrets: false, version: '1.8' });
    expect(added.requests.map((r) => r.body)).toEqual([{ add: { id: 'm', 'refresh-interval': '30s' } }]);
    expect(added.leftOut.map((l) => l.what)).toEqual(['[[marathon]] "m" timeout']);
    // a section the release does not have
    const zenoss = apiChanges(parseValues(''), parseValues(lines('[zenoss]', '  enabled = true')), { includeSecrets: false, version: '1.5' });
    expect(zenoss.requests).toEqual([]);
    expect(zenoss.leftOut.map((l) => l.what)).toEqual(['[zenoss]']);
  });

  test('curlScript lists what was left out at its top', () => {
    const { requests, leftOut } = apiDocument(parseValues(lines('[[marathon]]', '  id = "m"', '  timeout = "30s"', '  enabled = true')), { includeSecrets: false });
    const script = curlScript(requests, 'title', leftOut);
    expect(script).toContain('#\n# Left out, because the config API of the chosen Kapacitor release refuses them:\n#   [[marathon]] "m" timeout: Kapacitor 1.8 no longer has this key');
    expect(script).not.toContain('"timeout"');
  });
});
