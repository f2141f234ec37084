import { describe } from 'vitest';
import { runRuleCases } from './rule-cases';
import { lines } from './test-support';

describe('alert handlers', () => {
  runRuleCases(['required-when-enabled'], [
    { name: 'disabled handlers need nothing', toml: lines('[alerta]', '[pushover]', '[telegram]', '[bigpanda]'), expected: [] },
    { name: 'enabled with what it needs', toml: lines('[alerta]', 'enabled = true', 'url = "http://alerta"', '[smtp]', 'enabled = true', 'from = "k@example.com"'), expected: [] },
    {
      name: 'an enabled handler without its url',
      toml: lines('[alerta]', 'enabled = true'),
      expected: [
        {
          severity: 'error',
          path: ['alerta', 'url'],
          line: 1,
          message: '[alerta] url is empty, and Kapacitor refuses to start while [alerta] is enabled without it. Set url, or set enabled = false.',
        },
      ],
    },
    { name: 'smtp enabled without a sender', toml: lines('[smtp]', 'enabled = true', 'from = ""'), expected: [{ path: ['smtp', 'from'], line: 3 }] },
    {
      name: 'bigpanda needs app-key and token',
      toml: lines('[bigpanda]', 'enabled = true'),
      expected: [
        { path: ['bigpanda', 'app-key'], line: 1 },
        { path: ['bigpanda', 'token'], line: 1 },
      ],
    },
    { name: 'pushover needs token and user-key', toml: lines('[pushover]', 'enabled = true', 'token = "t"'), expected: [{ path: ['pushover', 'user-key'] }] },
    { name: 'teams needs its channel-url', toml: lines('[teams]', 'enabled = true'), expected: [{ path: ['teams', 'channel-url'] }] },
    { name: 'an enabled mqtt broker needs a url', toml: lines('[[mqtt]]', 'enabled = true', 'name = "m"'), expected: [{ path: ['mqtt', 0, 'url'], line: 1 }] },
    { name: 'an enabled swarm needs servers', toml: lines('[[swarm]]', 'enabled = true', 'id = "s"'), expected: [{ path: ['swarm', 0, 'servers'], line: 1 }] },
    { name: 'an empty addr written out', toml: lines('[sensu]', 'enabled = true', 'addr = ""'), expected: [{ path: ['sensu', 'addr'], line: 3 }] },
  ]);

  // Every handler with keys Kapacitor requires while it is enabled (reference §5.10, §5.11, §6.6), one case per
  // handler for the invalid side, with the exact message; the valid side per handler follows.
  const needs = (table: string, key: string, entry = `[${table}]`) =>
    `${entry} ${key} is empty, and Kapacitor refuses to start while ${entry} is enabled without it. Set ${key}, or set enabled = false.`;
  runRuleCases(['required-when-enabled'], [
    { name: 'hipchat without url', toml: lines('[hipchat]', 'enabled = true', 'token = "t"'), expected: [{ severity: 'error', path: ['hipchat', 'url'], line: 1, message: needs('hipchat', 'url') }] },
    { name: 'talk without url', toml: lines('[talk]', 'enabled = true', 'author_name = "K"'), expected: [{ severity: 'error', path: ['talk', 'url'], line: 1, message: needs('talk', 'url') }] },
    {
      name: 'servicenow with its url emptied (the default is set)',
      toml: lines('[servicenow]', 'enabled = true', 'url = ""'),
      expected: [{ severity: 'error', path: ['servicenow', 'url'], line: 3, message: needs('servicenow', 'url') }],
    },
    { name: 'telegram without token (url has a default)', toml: lines('[telegram]', 'enabled = true', 'chat-id = "1"'), expected: [{ severity: 'error', path: ['telegram', 'token'], line: 1, message: needs('telegram', 'token') }] },
    {
      name: 'telegram with url and token emptied',
      toml: lines('[telegram]', 'enabled = true', 'url = ""', 'token = ""'),
      expected: [
        { severity: 'error', path: ['telegram', 'url'], line: 3, message: needs('telegram', 'url') },
        { severity: 'error', path: ['telegram', 'token'], line: 4, message: needs('telegram', 'token') },
      ],
    },
    { name: 'snmptrap with addr emptied (default localhost:162)', toml: lines('[snmptrap]', 'enabled = true', 'addr = ""'), expected: [{ severity: 'error', path: ['snmptrap', 'addr'], line: 3, message: needs('snmptrap', 'addr') }] },
    { name: 'sensu without addr (no default)', toml: lines('[sensu]', 'enabled = true'), expected: [{ severity: 'error', path: ['sensu', 'addr'], line: 1, message: needs('sensu', 'addr') }] },
    { name: 'opsgenie without api-key', toml: lines('[opsgenie]', 'enabled = true'), expected: [{ severity: 'error', path: ['opsgenie', 'api-key'], line: 1, message: needs('opsgenie', 'api-key') }] },
    { name: 'opsgenie2 without api-key', toml: lines('[opsgenie2]', 'enabled = true'), expected: [{ severity: 'error', path: ['opsgenie2', 'api-key'], line: 1, message: needs('opsgenie2', 'api-key') }] },
    {
      name: 'pushover with nothing: token and user-key (url has a default)',
      toml: lines('[pushover]', 'enabled = true'),
      expected: [
        { severity: 'error', path: ['pushover', 'token'], line: 1, message: needs('pushover', 'token') },
        { severity: 'error', path: ['pushover', 'user-key'], line: 1, message: needs('pushover', 'user-key') },
      ],
    },
    {
      name: 'pushover with its url emptied',
      toml: lines('[pushover]', 'enabled = true', 'token = "t"', 'user-key = "u"', 'url = ""'),
      expected: [{ severity: 'error', path: ['pushover', 'url'], line: 5, message: needs('pushover', 'url') }],
    },
    {
      name: 'bigpanda with its url emptied as well',
      toml: lines('[bigpanda]', 'enabled = true', 'url = ""'),
      expected: [
        { severity: 'error', path: ['bigpanda', 'app-key'], line: 1, message: needs('bigpanda', 'app-key') },
        { severity: 'error', path: ['bigpanda', 'token'], line: 1, message: needs('bigpanda', 'token') },
        { severity: 'error', path: ['bigpanda', 'url'], line: 3, message: needs('bigpanda', 'url') },
      ],
    },
    { name: 'teams without channel-url', toml: lines('[teams]', 'enabled = true'), expected: [{ severity: 'error', path: ['teams', 'channel-url'], line: 1, message: needs('teams', 'channel-url') }] },
    { name: 'a lone [slack] without url', toml: lines('[slack]', 'enabled = true', 'channel = "#a"'), expected: [{ severity: 'error', path: ['slack', 'url'], line: 1, message: needs('slack', 'url') }] },
    {
      name: 'the second [[slack]] without url',
      toml: lines('[[slack]]', 'workspace = "a"', 'default = true', 'enabled = true', 'url = "https://hooks/a"', '[[slack]]', 'workspace = "b"', 'enabled = true'),
      expected: [{ severity: 'error', path: ['slack', 1, 'url'], line: 6, message: needs('slack', 'url', '[[slack]] #2') }],
    },
    { name: 'a lone [[discord]] without url', toml: lines('[[discord]]', 'enabled = true'), expected: [{ severity: 'error', path: ['discord', 0, 'url'], line: 1, message: needs('discord', 'url', '[[discord]]') }] },
    { name: 'an enabled mqtt broker without url', toml: lines('[[mqtt]]', 'enabled = true', 'name = "m"'), expected: [{ severity: 'error', path: ['mqtt', 0, 'url'], line: 1, message: needs('mqtt', 'url', '[[mqtt]]') }] },
    { name: 'an enabled swarm without servers', toml: lines('[[swarm]]', 'enabled = true', 'id = "s"', 'servers = []'), expected: [{ severity: 'error', path: ['swarm', 0, 'servers'], line: 4, message: needs('swarm', 'servers', '[[swarm]]') }] },
    { name: 'smtp without from', toml: lines('[smtp]', 'enabled = true'), expected: [{ severity: 'error', path: ['smtp', 'from'], line: 1, message: needs('smtp', 'from') }] },
  ]);

  runRuleCases(['required-when-enabled'], [
    { name: 'hipchat with url', toml: lines('[hipchat]', 'enabled = true', 'url = "https://hipchat/v2/room"'), expected: [] },
    { name: 'talk with url', toml: lines('[talk]', 'enabled = true', 'url = "https://jianliao.com/v2/services/webhook/uuid"'), expected: [] },
    { name: 'servicenow on its default url', toml: lines('[servicenow]', 'enabled = true'), expected: [] },
    { name: 'telegram with a token, default url', toml: lines('[telegram]', 'enabled = true', 'token = "t"'), expected: [] },
    { name: 'snmptrap on its default addr', toml: lines('[snmptrap]', 'enabled = true'), expected: [] },
    { name: 'sensu with addr', toml: lines('[sensu]', 'enabled = true', 'addr = "sensu:3030"'), expected: [] },
    { name: 'opsgenie and opsgenie2 with api-keys', toml: lines('[opsgenie]', 'enabled = true', 'api-key = "k"', '[opsgenie2]', 'enabled = true', 'api-key = "k"'), expected: [] },
    { name: 'pushover with token and user-key, default url', toml: lines('[pushover]', 'enabled = true', 'token = "t"', 'user-key = "u"'), expected: [] },
    { name: 'bigpanda with app-key and token, default url', toml: lines('[bigpanda]', 'enabled = true', 'app-key = "a"', 'token = "t"'), expected: [] },
    { name: 'teams with channel-url', toml: lines('[teams]', 'enabled = true', 'channel-url = "https://outlook.office.com/webhook/x"'), expected: [] },
    { name: 'slack and discord with urls', toml: lines('[slack]', 'enabled = true', 'url = "https://hooks/a"', '[discord]', 'enabled = true', 'url = "https://discord/hook"'), expected: [] },
    { name: 'zenoss on its default url', toml: lines('[zenoss]', 'enabled = true'), expected: [] },
    {
      name: 'pagerduty, pagerduty2 and victorops need no key even when enabled',
      toml: lines('[pagerduty]', 'enabled = true', '[pagerduty2]', 'enabled = true', '[victorops]', 'enabled = true'),
      expected: [],
    },
    { name: 'an empty key on a disabled handler', toml: lines('[telegram]', 'enabled = false', 'token = ""', '[sensu]', 'addr = ""', '[hipchat]', 'url = ""'), expected: [] },
    { name: 'zenoss (1.6.0) is not judged on 1.5; teams (1.5.6) is', toml: lines('[zenoss]', 'enabled = true', 'url = ""', '[teams]', 'enabled = true'), options: { version: '1.5' }, expected: [{ path: ['teams', 'channel-url'], line: 4 }] },
    { name: 'servicenow on 1.5 (added in 1.5.7) is still judged', toml: lines('[servicenow]', 'enabled = true', 'url = ""'), options: { version: '1.5' }, expected: [{ path: ['servicenow', 'url'], line: 3, message: needs('servicenow', 'url') }] },
  ]);

  runRuleCases(['required-when-enabled', 'invalid-value'], [
    {
      name: 'zenoss with its url emptied: the value check speaks (Kapacitor refuses it even when disabled), once',
      toml: lines('[zenoss]', 'enabled = true', 'url = ""'),
      expected: [
        {
          severity: 'error',
          rule: 'invalid-value',
          path: ['zenoss', 'url'],
          line: 3,
          message: '[zenoss] url = "": This cannot be empty: Kapacitor refuses to start without a value (built-in: "https://tenant.zenoss.io:8080/zport/dmd/evconsole_router").',
        },
      ],
    },
  ]);

  runRuleCases(['mutually-exclusive', 'httppost-template-file'], [
    { name: 'one template each, absolute file', toml: lines('[[httppost]]', 'alert-template = "{{.Message}}"', 'row-template-file = "/etc/row.tmpl"'), expected: [] },
    {
      name: 'an inline template and a template file',
      toml: lines('[[httppost]]', 'alert-template = "{{.Message}}"', 'alert-template-file = "/etc/alert.tmpl"'),
      expected: [{ rule: 'mutually-exclusive', path: ['httppost', 0, 'alert-template-file'], line: 3, message: '[[httppost]] alert-template and alert-template-file are both set: Kapacitor refuses the file. Keep one and remove the other.' }],
    },
    {
      name: 'a relative template file',
      toml: lines('[[httppost]]', 'row-template-file = "row.tmpl"'),
      expected: [
        {
          severity: 'error',
          rule: 'httppost-template-file',
          path: ['httppost', 0, 'row-template-file'],
          line: 2,
          message: '[[httppost]] row-template-file = "row.tmpl" is not an absolute path, so Kapacitor refuses the file. Write the full path, e.g. "/etc/kapacitor/templates/alert.tmpl".',
        },
      ],
    },
  ]);
  // [[httppost]] url is a Go text/template from 1.5.7 (reference §5.11): what Go's parser rejects is an error
  const refused = (what: string, at: number, hint = '') =>
    `[[httppost]] url is a Go template (since Kapacitor 1.5.7), and Go's template parser rejects it: ${what} (at character ${at} of the URL). Kapacitor refuses the file ("invalid URL template syntax").${hint}`;
  const closeHint = ' Close every "{{" with "}}" (and every {{if}}, {{range}} or {{with}} with {{end}}); write a literal "{{" as {{"{{"}}.';
  runRuleCases(['httppost-url-template'], [
    { name: 'a plain URL, and templates Go parses', toml: lines('[[httppost]]', 'endpoint = "a"', 'url = "http://example.com/alert"', '[[httppost]]', 'endpoint = "b"', 'url = "http://{{ index .Tags \\"host\\" }}:8080/{{ .ID | urlquery }}?d={{ jsonCompact . }}&x={{json .}}"'), expected: [] },
    { name: 'if/else/end, range with variables, comments, trim markers', toml: lines('[[httppost]]', "url = '''http://h/{{- if .X -}}a{{else}}b{{end}}{{range $i, $v := .L}}{{$i}}{{end}}{{/* c */}}'''"), expected: [] },
    {
      name: 'an action never closed',
      toml: lines('[[httppost]]', 'endpoint = "hook"', 'url = "http://example.com/{{ .Foo"'),
      expected: [{ severity: 'error', path: ['httppost', 0, 'url'], line: 3, message: refused('unclosed action', 27, closeHint) }],
    },
    {
      name: 'a lone "{{"',
      toml: lines('[[httppost]]', 'url = "http://example.com/{{"'),
      expected: [{ severity: 'error', path: ['httppost', 0, 'url'], line: 2, message: refused('unclosed action', 22, closeHint) }],
    },
    {
      name: 'a function Kapacitor does not define',
      toml: lines('[[httppost]]', 'url = "http://example.com/{{ upper .ID }}"'),
      expected: [{ severity: 'error', line: 2, message: refused('function "upper" not defined', 23, " Only Go's built-in template functions (index, printf, urlquery, …) and json, jsonCompact can be called.") }],
    },
    {
      name: '{{if}} without {{end}}, a variable never declared, an {{end}} too many; the second entry is #2',
      toml: lines('[[httppost]]', 'url = "http://x/{{if .A}}y"', '[[httppost]]', 'url = "http://x/{{ $host }}"', '[[httppost]]', 'url = "http://x/{{end}}"'),
      expected: [
        { path: ['httppost', 0, 'url'], line: 2, message: refused('unexpected EOF', 20, closeHint).replace('[[httppost]] url', '[[httppost]] #1 url') },
        { path: ['httppost', 1, 'url'], line: 4, message: refused('undefined variable "$host"', 13, ' Declare the variable first, e.g. {{$host := index .Tags "host"}}.').replace('[[httppost]] url', '[[httppost]] #2 url') },
        { path: ['httppost', 2, 'url'], line: 6, message: refused('unexpected {{end}}', 10).replace('[[httppost]] url', '[[httppost]] #3 url') },
      ],
    },
    {
      name: 'Kapacitor 1.5: only from 1.5.7 on, so a warning that says so',
      toml: lines('[[httppost]]', 'url = "http://example.com/{{ .Foo"'),
      options: { version: '1.5' },
      expected: [{
        severity: 'warning',
        path: ['httppost', 0, 'url'],
        message: `[[httppost]] url is a Go template (since Kapacitor 1.5.7), and Go's template parser rejects it: unclosed action (at character 27 of the URL). Kapacitor 1.5.7 and later refuse the file ("invalid URL template syntax"); earlier 1.5 releases take the URL as it is.${closeHint}`,
      }],
    },
    { name: 'a url that is not a string is judged by its type alone', toml: lines('[[httppost]]', 'url = 3'), expected: [] },
  ]);
});
