import { test } from 'vitest';
import { readFileSync } from 'node:fs';
import { check } from './test-support';
test('scratch', () => {
  const parts = readFileSync('/tmp/snips.txt', 'utf8').split(/^-----(.*)$/m);
  for (let i = 1; i < parts.length; i += 2) {
    const opts = parts[i].trim() ? JSON.parse(parts[i]) : {};
    const text = parts[i + 1].replace(/^\n/, '');
    console.log('=== ' + text.split('\n').slice(0, 3).join(' | ') + ' ' + JSON.stringify(opts));
    try {
      for (const f of check(text, opts)) console.log(`  ${f.severity} ${f.rule} L${f.line} ${JSON.stringify(f.path)} ${f.message}${f.fix ? ' FIX ' + JSON.stringify(f.fix) : ''}`);
    } catch (e) { console.log('  THROW', (e as Error).stack); }
  }
});
