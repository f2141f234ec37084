import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffLines, splitLines, unifiedDiff } from './lineDiff';

describe('diffLines', () => {
  it('finds the smallest edit script', () => {
    const ops = diffLines(['a', 'b', 'c', 'd'], ['a', 'x', 'c', 'd', 'e']);
    expect(ops.map((o) => `${o.kind}:${o.text}`)).toEqual(['same:a', 'del:b', 'add:x', 'same:c', 'same:d', 'add:e']);
    expect(ops[1].oldLine).toBe(2);
    expect(ops[2].newLine).toBe(2);
  });
  it('handles empty sides', () => {
    expect(diffLines([], ['a']).map((o) => o.kind)).toEqual(['add']);
    expect(diffLines(['a'], []).map((o) => o.kind)).toEqual(['del']);
    expect(diffLines([], [])).toEqual([]);
  });
});

describe('unifiedDiff', () => {
  it('writes one hunk with three lines of context', () => {
    const before = ['1', '2', '3', '4', '5', '6', '7', '8', '9'].join('\n') + '\n';
    const after = before.replace('5\n', 'five\n');
    expect(unifiedDiff(before, after)).toBe(
      '--- kapacitor.conf\n+++ kapacitor.conf\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n',
    );
    expect(unifiedDiff(before, before)).toBe('');
  });

  it('produces patches that GNU patch applies, for edits, inserts, removals and a missing final newline', () => {
    const before = readFileSync('fixtures/corpus/upstream/kapacitor-1.8.3.conf', 'utf8');
    const cases = [
      before.replace('bind-address = ":9092"', 'bind-address = ":9093"'),
      before.replace('hostname = "localhost"\n', 'hostname = "k"\nnew = 1\n').replace('[replay]\n', ''),
      before + '\n[rpc]\nbind-address = ":9091"',
      'only\n',
    ];
    const dir = mkdtempSync(join(tmpdir(), 'diff-'));
    for (const after of cases) {
      writeFileSync(join(dir, 'kapacitor.conf'), before);
      writeFileSync(join(dir, 'p.patch'), unifiedDiff(before, after));
      try {
        execFileSync('patch', ['-s', '-p0', '-i', 'p.patch'], { cwd: dir });
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return; // no patch(1) on this machine
        throw e;
      }
      expect(readFileSync(join(dir, 'kapacitor.conf'), 'utf8')).toBe(after);
    }
    expect(splitLines('a\nb')).toEqual(['a', 'b']);
  });
});
