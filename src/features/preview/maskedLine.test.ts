import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../toml/decode';
import { parseDocument } from '../../toml/document';
import { corpusFiles } from '../../toml/test-support';
import { maskedLine, maskSecrets, maskUrlPasswords, secretSpans } from './maskSecrets';

const corpus = corpusFiles();

/** Every secret of the file set to something, so there is something to mask. */
function withSecrets(text: string): string {
  return text.replace(/^(\s*(?:password|token|license-key|shared-secret|api-key|secret|sasl-password)\s*=\s*)""/gim, '$1"s3cret-value"');
}

describe('the preview masks line by line what maskSecrets masks in the whole text', () => {
  it.each(corpus)('%s', (_, file) => {
    const doc = parseDocument(withSecrets(decodeBytes(new Uint8Array(readFileSync(file))).text));
    const whole = maskSecrets(doc).split(/\r?\n/);
    const spans = secretSpans(doc);
    expect(doc.lineCount()).toBe(whole.length);
    for (let n = 1; n <= doc.lineCount(); n++) {
      expect(maskedLine(doc, n, spans), `line ${n}`).toBe(whole[n - 1]);
      // a large document looks up each line's own key: the same for secrets written on one line
      expect(maskedLine(doc, n), `line ${n} by its key`).toBe(whole[n - 1]);
    }
    expect(whole.join('\n')).not.toContain('s3cret-value');
  });

  it('has secrets to mask in most of the corpus', () => {
    const withAny = corpus.filter(([, f]) => withSecrets(readFileSync(f, 'utf8')).includes('s3cret-value'));
    expect(withAny.length).toBeGreaterThan(20);
  });

  it('masks each line of a multi-line secret, keeping the quotes, and URL passwords', () => {
    const doc = parseDocument('[smtp]\n  password = """one\ntwo"""\n  host = "x"\n[[influxdb]]\n  urls = ["http://u:pw@db:8086"]\n');
    const spans = secretSpans(doc);
    expect([1, 2, 3, 4, 5, 6].map((n) => maskedLine(doc, n, spans))).toEqual([
      '[smtp]', '  password = """••••••', '••••••"""', '  host = "x"', '[[influxdb]]', '  urls = ["http://u:••••••@db:8086"]',
    ]);
  });
});

describe('maskUrlPasswords', () => {
  it('masks only the password of URLs with credentials', () => {
    expect(maskUrlPasswords('urls = ["https://admin:pa55@db:8086", "http://db2:8086", "x://u:p@h"]'))
      .toBe('urls = ["https://admin:••••••@db:8086", "http://db2:8086", "x://u:••••••@h"]');
    expect(maskUrlPasswords('a = "://u:p@h"')).toBe('a = "://u:p@h"'); // no scheme, no URL
  });

  it('takes linear time on one long value (a 200,000-character string took seconds before)', () => {
    const long = `  message = "${'x'.repeat(200_000)}"`;
    const started = performance.now();
    expect(maskUrlPasswords(long)).toBe(long);
    expect(maskUrlPasswords(`  a = "${'x'.repeat(200_000)}://${'y'.repeat(50_000)}"`).length).toBe(250_011);
    expect(performance.now() - started).toBeLessThan(200);
  });
});
