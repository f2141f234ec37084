// Every real kapacitor.conf in the corpus, judged as the editor would after import: errors only where
// Kapacitor itself refuses the file, and then the error it would give.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../toml/document';
import type { CheckOptions } from '../types';
import { guessVersion } from '../version';
import { findProblems } from './index';

const root = join(__dirname, '../../../fixtures/corpus');

function read(file: string): string {
  const bytes = readFileSync(file);
  // written by a Windows shell redirect: Kapacitor cannot read UTF-16, the editor decodes it on import
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

function errors(text: string, options: CheckOptions) {
  const doc = parseDocument(text);
  return findProblems({ values: doc.values, text: doc.text, lineOf: (p) => doc.lineOf(p), tables: doc.tables }, options)
    .filter((f) => f.severity === 'error')
    .map((f) => ({ rule: f.rule, line: f.line }));
}

/** the files Kapacitor 1.5–1.8 refuses, and why */
const refused: Record<string, { rule: string; line?: number }[]> = {
  // pre-1.0 layout: a single [influxdb] table where [[influxdb]] is required
  'legacy-single-influxdb-table.conf': [{ rule: 'array-table-required', line: 33 }],
  'commented-sample-v0.x-single-influxdb.conf': [{ rule: 'array-table-required', line: 40 }],
  'sample-early-udp-listener.conf': [{ rule: 'array-table-required', line: 51 }],
  // an unrendered Mako template: `${...}` makes the URL fail url.Parse and the addresses fail the address check
  'mako-template-in-strings.conf': [
    { rule: 'invalid-value', line: 49 },
    { rule: 'smtp-address', line: 71 },
    { rule: 'smtp-address', line: 72 },
  ],
  // [smtp] enabled with from = "": "must provide a 'from' address"
  'sample-v1.2-public-bind-address.conf': [{ rule: 'required-when-enabled', line: 196 }],
  // a 1.2-era [slack] with global = true: since 1.5 a lone [slack] starts with default = false, and global needs default
  'sample-v1.2-smtp-office365.conf': [{ rule: 'slack-global', line: 282 }],
  // "https://$INFLUX_SERVER:$INFLUXDB_PORT": url.Parse refuses the non-numeric port
  'tls-https-env-in-urls.conf': [{ rule: 'invalid-value', line: 92 }],
  // UDF-only fragments: without data_dir Kapacitor stops ("must configure valid data dir")
  'udf-python-env-tab-indent.conf': [{ rule: 'required', line: undefined }],
  'udf-ttest-crlf.conf': [{ rule: 'required', line: undefined }],
};

const files = ['upstream', 'real'].flatMap((dir) =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.conf'))
    .map((f) => [`${dir}/${f}`, f] as const),
);

describe('corpus', () => {
  it('has the files the expectations name', () => {
    const names = new Set(files.map(([, f]) => f));
    for (const name of Object.keys(refused)) expect(names).toContain(name);
    expect(files.length).toBeGreaterThanOrEqual(40);
  });

  it.each(files)('%s: as guessed', (path, name) => {
    const text = read(join(root, path));
    const guess = guessVersion(parseDocument(text).values);
    expect(errors(text, { version: guess.version, enterprise: guess.enterprise })).toEqual(refused[name] ?? []);
  });

  it.each(files)('%s: on open-source 1.8', (path, name) => {
    expect(errors(read(join(root, path)), { version: '1.8', enterprise: false })).toEqual(refused[name] ?? []);
  });
});
