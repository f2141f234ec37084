import { describe, expect, test } from 'vitest';
import { goTemplateProblem } from './go-template';

// Kapacitor's url template functions, besides Go's built-ins
const FUNCS = ['json', 'jsonCompact'];
const problem = (text: string) => goTemplateProblem(text, FUNCS);

describe('goTemplateProblem: what Go\'s text/template parser accepts', () => {
  test.each([
    'http://example.com/alert',
    'http://example.com/}}/literal-closing-braces',
    'http://{{ index .Tags "host" }}:8080/alert',
    'http://example.com/{{ .ID | urlquery }}?level={{ .Level | printf "%s" | urlquery }}',
    'http://example.com/{{ json . }}{{jsonCompact .Data}}',
    'http://example.com/{{if .Tags}}tagged{{else if .Fields}}fields{{else}}none{{end}}',
    'http://example.com/{{with $h := index .Tags "host"}}{{$h}}{{else}}unknown{{end}}',
    'http://example.com/{{range $i, $t := .Tags}}{{$i}}={{$t}}&{{end}}',
    'http://example.com/{{range .L}}{{if .}}{{break}}{{end}}{{continue}}{{end}}',
    'http://example.com/{{- /* a comment */ -}}/x',
    'http://example.com/{{ "a\\tb\\u00e9\\x41\\101" }}/{{ `raw \\n` }}',
    'http://example.com/{{ printf "%d-%x-%o" 42 0x2A 0o52 }}/{{ 1e3 }}/{{ -0.5 }}/{{ \'a\' }}/{{ \'\\n\' }}',
    'http://example.com/{{ (index .Tags "a").Field }}/{{ $.ID }}/{{ . }}',
    'http://example.com/{{ .A\n  .B }}',
    'http://example.com/{{define "host"}}h{{end}}{{template "host" .}}/{{block "port" .}}8080{{end}}',
    'http://example.com/{{ and .A .B | not }}/{{ eq 1 2 }}/{{ len .Tags }}/{{ slice "abc" 1 }}',
    'http://example.com/{{ 7_3 }}/{{ 0x_1p4 }}/{{ 4i }}/{{ 1+2i }}',
  ])('%s', (text) => {
    expect(problem(text)).toBeUndefined();
  });
});

describe('goTemplateProblem: what it rejects, in Go\'s words, with where', () => {
  test.each<[string, string, number]>([
    // delimiters
    ['http://example.com/{{', 'unclosed action', 21],
    ['http://example.com/{{ .Foo', 'unclosed action', 26],
    ['http://example.com/{{ .Foo }', 'unexpected "}" in operand', 27],
    ['http://example.com/{{ (.Foo }}', 'unclosed left paren', 28],
    ['http://example.com/{{ .Foo) }}', 'unexpected right paren', 26],
    ['http://example.com/{{/* note', 'unclosed comment', 21],
    ['http://example.com/{{/* note */ .X}}', 'comment ends before closing delimiter', 21],
    // names
    ['http://example.com/{{ upper .ID }}', 'function "upper" not defined', 22],
    ['http://example.com/{{ $host }}', 'undefined variable "$host"', 22],
    ['http://example.com/{{with $h := .A}}{{end}}{{ $h }}', 'undefined variable "$h"', 46],
    // structure
    ['http://example.com/{{}}', 'missing value for command', 21],
    ['http://example.com/{{if}}x{{end}}', 'missing value for if', 23],
    ['http://example.com/{{if .A}}x', 'unexpected EOF', 29],
    ['http://example.com/{{end}}', 'unexpected {{end}}', 19],
    ['http://example.com/{{else}}', 'unexpected {{else}}', 19],
    ['http://example.com/{{if .A}}1{{else}}2{{else}}3{{end}}', 'expected end; found {{else}}', 38],
    ['http://example.com/{{break}}', '{{break}} outside {{range}}', 21],
    ['http://example.com/{{range .L}}{{else}}{{continue}}{{end}}', '{{continue}} outside {{range}}', 41],
    ['http://example.com/{{with $a, $b := .X}}{{end}}', 'too many declarations in with', 28],
    ['http://example.com/{{range $a, .X}}{{end}}', 'range can only initialize variables', 31],
    ['http://example.com/{{ .A | "text" }}', 'non executable command in pipeline stage 2', 34],
    ['http://example.com/{{ "text".Field }}', 'unexpected . after term "\\"text\\""', 28],
    ['http://example.com/{{ printf "%s", .A }}', 'unexpected "," in operand', 33],
    ['http://example.com/{{template .Name}}', 'unexpected ".Name" in template clause', 30],
    ['http://example.com/{{define "a"}}1{{end}}{{define "a"}}2{{end}}', 'template: multiple definition of template "a"', 50],
    // lexemes
    ['http://example.com/{{ "unterminated }}', 'unterminated quoted string', 22],
    ['http://example.com/{{ `raw }}', 'unterminated raw quoted string', 22],
    ['http://example.com/{{ \'ab\' }}', 'malformed character constant: \'ab\'', 22],
    ['http://example.com/{{ "\\q" }}', 'invalid syntax', 22],
    ['http://example.com/{{ 0x }}', 'illegal number syntax: "0x"', 22],
    ['http://example.com/{{ 09 }}', 'integer overflow: "09"', 22],
    ['http://example.com/{{ 12ab }}', 'bad number syntax: "12a"', 22],
    ['http://example.com/{{ .Foo! }}', "bad character U+0021 '!'", 22],
    ['http://example.com/{{ $x:=1 }}{{ $x=2 }}', "bad character U+003D '='", 33],
    ['http://example.com/{{ a:b }}', 'function "a" not defined', 22],
    ['http://example.com/{{ \u0007 }}', 'unrecognized character in action: U+0007', 22],
  ])('%s → %s', (text, message, offset) => {
    expect(problem(text)).toEqual({ message, offset });
  });

  test('json and jsonCompact are Kapacitor\'s: without them they are unknown', () => {
    expect(goTemplateProblem('{{ json . }}')).toEqual({ message: 'function "json" not defined', offset: 3 });
  });

  test('long values are read in linear time', () => {
    const many = `http://example.com/${'{{ index .Tags "host" }}/'.repeat(5000)}`;
    const started = performance.now();
    expect(problem(many)).toBeUndefined();
    expect(problem(`${'x'.repeat(200_000)}{{`)).toEqual({ message: 'unclosed action', offset: 200_002 });
    expect(performance.now() - started).toBeLessThan(1500);
  });
});
