// Line diff (Myers' O(ND) algorithm after trimming the common prefix and suffix) and unified-diff output.

export type DiffOp = { kind: 'same' | 'del' | 'add'; text: string; oldLine?: number; newLine?: number };

export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** The edit script from `a` to `b`, line by line. Lines keep a trailing \r, so CRLF changes show. */
export function diffLines(a: readonly string[], b: readonly string[], maxCost = 4000): DiffOp[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) { endA--; endB--; }
  const middle = myers(a.slice(start, endA), b.slice(start, endB), maxCost);
  const ops: DiffOp[] = [];
  let i = 0;
  let j = 0;
  const same = (n: number) => { for (let k = 0; k < n; k++) { ops.push({ kind: 'same', text: a[i], oldLine: i + 1, newLine: j + 1 }); i++; j++; } };
  same(start);
  for (const op of middle) {
    if (op === 'same') same(1);
    else if (op === 'del') { ops.push({ kind: 'del', text: a[i], oldLine: i + 1 }); i++; }
    else { ops.push({ kind: 'add', text: b[j], newLine: j + 1 }); j++; }
  }
  same(a.length - endA);
  return ops;
}

function myers(a: readonly string[], b: readonly string[], maxCost: number): ('same' | 'del' | 'add')[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  if (max === 0) return [];
  if (Math.min(n, m) === 0 || max > 0 && maxCost <= 0) return [...Array(n).fill('del'), ...Array(m).fill('add')];
  const offset = max;
  let v = new Int32Array(2 * max + 2);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    if (d > maxCost) return [...Array(n).fill('del'), ...Array(m).fill('add')];
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) { x++; y++; }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, v, n, m, offset, d);
    }
  }
  return [];
}

function backtrack(trace: Int32Array[], last: Int32Array, n: number, m: number, offset: number, dEnd: number) {
  const ops: ('same' | 'del' | 'add')[] = [];
  let x = n;
  let y = m;
  for (let d = dEnd; d > 0; d--) {
    const v = trace[d];
    const k = x - y;
    const prevK = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? k + 1 : k - 1;
    const prevX = v[offset + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) { ops.push('same'); x--; y--; }
    ops.push(x === prevX ? 'add' : 'del');
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) { ops.push('same'); x--; y--; }
  void last;
  return ops.reverse();
}

export interface Hunk { oldStart: number; oldCount: number; newStart: number; newCount: number; ops: DiffOp[] }

export function hunks(ops: readonly DiffOp[], context = 3): Hunk[] {
  const out: Hunk[] = [];
  const changed = ops.map((o) => o.kind !== 'same');
  let i = 0;
  while (i < ops.length) {
    if (!changed[i]) { i++; continue; }
    let from = Math.max(0, i - context);
    if (out.length) {
      const prev = out[out.length - 1];
      const prevEnd = ops.indexOf(prev.ops[prev.ops.length - 1]) + 1;
      if (from < prevEnd) from = prevEnd;
    }
    let to = i;
    while (to < ops.length) {
      if (changed[to]) { to++; continue; }
      let next = to;
      while (next < ops.length && !changed[next] && next - to < context * 2) next++;
      if (next < ops.length && changed[next] && next - to < context * 2) { to = next; continue; }
      to = Math.min(ops.length, to + context);
      break;
    }
    const slice = ops.slice(from, to);
    const firstOld = slice.find((o) => o.oldLine !== undefined)?.oldLine;
    const firstNew = slice.find((o) => o.newLine !== undefined)?.newLine;
    const oldCount = slice.filter((o) => o.kind !== 'add').length;
    const newCount = slice.filter((o) => o.kind !== 'del').length;
    const before = ops.slice(0, from);
    out.push({
      oldStart: firstOld ?? before.filter((o) => o.kind !== 'add').length,
      oldCount,
      newStart: firstNew ?? before.filter((o) => o.kind !== 'del').length,
      newCount,
      ops: slice,
    });
    i = to;
  }
  return out;
}

/** A unified diff that `patch -p0` applies; empty when nothing changed. */
export function unifiedDiff(before: string, after: string, oldName = 'kapacitor.conf', newName = 'kapacitor.conf'): string {
  const ops = diffLines(splitLines(before), splitLines(after));
  const hs = hunks(ops);
  if (hs.length === 0) return '';
  const noEol = (text: string, op: DiffOp) =>
    (op.kind !== 'add' && op.oldLine === splitLines(before).length && !before.endsWith('\n')) ||
    (op.kind !== 'del' && op.newLine === splitLines(after).length && !after.endsWith('\n')) ? `${text}\n\\ No newline at end of file` : text;
  let out = `--- ${oldName}\n+++ ${newName}\n`;
  for (const h of hs) {
    out += `@@ -${h.oldStart},${h.oldCount} +${h.newStart},${h.newCount} @@\n`;
    for (const op of h.ops) out += noEol(`${op.kind === 'same' ? ' ' : op.kind === 'del' ? '-' : '+'}${op.text}`, op) + '\n';
  }
  return out;
}
