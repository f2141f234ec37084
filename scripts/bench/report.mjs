// Medians, budgets and the printed table. A run's value is a number, 'timeout' or 'error' (count as failures),
// or 'skipped' / 'not measured' (left out).

export function percentile(values, p) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

/** Median over runs; a timeout or error counts as +Infinity, so a majority of them makes the median one. */
export function median(runs) {
  const done = runs.filter((v) => typeof v === 'number' || v === 'timeout' || v === 'error');
  if (done.length === 0) return runs.find((v) => v !== 'skipped') ?? 'skipped';
  const s = done.map((v) => (typeof v === 'number' ? v : Infinity)).sort((a, b) => a - b);
  const mid = s.length / 2;
  const m = s.length % 2 ? s[Math.floor(mid)] : (s[mid - 1] + s[mid]) / 2;
  if (m !== Infinity) return m;
  return done.includes('timeout') ? 'timeout' : 'error';
}

const units = {
  ms: (v) => (v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${v < 10 ? v.toFixed(1) : Math.round(v)} ms`),
  kB: (v) => `${(v / 1e3).toFixed(1)} kB`,
  MB: (v) => `${(v / 1e6).toFixed(1)} MB`,
};

export function format(v, unit) {
  return typeof v === 'number' ? units[unit](v) : v;
}

/** rows: [{ key, label, unit, runs, budget?, note? }] with runs one value per run. */
export function summarise(rows) {
  return rows.map((r) => {
    const m = median(r.runs);
    const status = r.budget === undefined || !['number', 'timeout', 'error'].some((k) => typeof m === k || m === k) ? ''
      : typeof m === 'number' && m <= r.budget ? 'PASS' : 'OVER';
    return { ...r, median: m, status };
  });
}

export function table(rows) {
  const nums = (r) => r.runs.filter((v) => typeof v === 'number');
  const cells = rows.map((r) => {
    const n = nums(r);
    const [lo, hi] = [format(Math.min(...n), r.unit), format(Math.max(...n), r.unit)];
    const spread = r.runs.length > 1 && n.length > 1 ? (lo === hi ? 'all equal' : `${lo} – ${hi}`) : '';
    const odd = r.runs.filter((v) => v === 'timeout' || v === 'error');
    return [r.label, format(r.median, r.unit), [spread, odd.length ? `${odd.length}× ${odd[0]}` : ''].filter(Boolean).join(', '),
      r.budget === undefined ? '' : `≤ ${format(r.budget, r.unit)}`, r.status, r.note ?? ''];
  });
  const head = ['Metric', 'Median', 'Runs (min – max)', 'Budget', 'Status', 'Note'];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c) => c.map((x, i) => x.padEnd(widths[i])).join('  ').trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}
