import { test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { findProblems } from './index';
import { inputFromText } from './test-support';
import { guessVersion } from '../version';
test('scratch', () => {
  for (const dir of ['fixtures/corpus/upstream', 'fixtures/corpus/real']) for (const f of readdirSync(dir)) {
    if (!f.endsWith('.conf')) continue;
    const buf = readFileSync(`${dir}/${f}`);
    const text = buf[0] === 0xff ? new TextDecoder('utf-16le').decode(buf).replace(/^\uFEFF/, '') : buf.toString('utf8');
    const input = inputFromText(text);
    const g = guessVersion(input.values);
    console.log('=== ' + f + ' ' + g.version);
    for (const opts of [{ version: g.version, enterprise: g.enterprise }, { version: '1.8' as const, enterprise: false }]) {
      for (const x of findProblems(input, opts)) if (x.severity !== 'info' && (x.severity === 'error' || opts.version === g.version)) console.log(`  [${opts.version}] ${x.severity} ${x.rule} L${x.line} ${x.message}`);
      if (opts.version === g.version) { if (g.version === '1.8') break; }
    }
  }
});
