// Performance benchmark: `npm run bench` (5 runs, medians), `npm run bench -- --quick` (1 run, no 10 MB file, for CI),
// `--runs=N`, `--timeout=SECONDS` (per step, default 120), `--profile` (CPU profile of the slow paths, see bench/profile.mjs).
// Builds dist/ when needed, serves a copy of it, drives headless Chromium and times everything inside the page.
// Imports start once the page has loaded all its code and is idle, plus 1 s to pick the file (AppPage.settle); the
// sample is also imported the moment the import control is usable, as a figure of its own.
// Prints a table and one `BENCH_JSON {...}` line. Budgets are reported as PASS/OVER; they never fail the command.
import { cpSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { ensureBuild } from './ensure-build.mjs';
import { serve } from './serve.mjs';
import { writeFixtures } from './bench/fixtures.mjs';
import { AppPage, Timeout, launch } from './bench/page.mjs';
import { percentile, summarise, table } from './bench/report.mjs';

const args = process.argv.slice(2);
const opt = (name) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
if (args.some((a) => a === '--profile' || a.startsWith('--profile='))) {
  await import('./bench/profile.mjs');
  process.exit(0);
}
const quick = args.includes('--quick');
const runs = Number(opt('runs') ?? (quick ? 1 : 5));
const stepMs = Number(opt('timeout') ?? 120) * 1000;
const CHARS = 'abcdefghijklmnopqrst'; // 20 keystrokes appended to hostname

let stale = false;
try {
  ensureBuild();
} catch {
  if (!existsSync('dist/index.html')) process.exit(1);
  stale = true; // e.g. a type error in a test file someone is editing: measure the last good build, and say so
  console.log(`\nWARNING: the build failed; benchmarking the existing dist/ from ${statSync('dist/index.html').mtime.toISOString()}\n`);
}
const tmp = mkdtempSync(join(os.tmpdir(), 'kce-bench-'));
cpSync('dist', join(tmp, 'dist'), { recursive: true }); // a snapshot: a concurrent rebuild cannot change it mid-run
const fixtures = writeFixtures(tmp, quick ? [['1MB', 1e6]] : [['1MB', 1e6], ['10MB', 10e6]]);
const server = await serve(join(tmp, 'dist'), 0);
const url = `http://127.0.0.1:${server.address().port}/`;
let browser = await launch();

const cpus = os.cpus();
const machine = {
  cpus: cpus.length, model: cpus[0]?.model.trim(), memGB: +(os.totalmem() / 1e9).toFixed(1),
  loadavg: os.loadavg().map((l) => +l.toFixed(2)), platform: `${os.platform()} ${os.release()}`, node: process.version,
  chromium: browser.version(),
};
console.log(`Kapacitor Config Editor benchmark: figures from THIS machine, not a reference.`);
console.log(`  ${machine.cpus} CPUs × ${machine.model}, ${machine.memGB} GB RAM, load average ${machine.loadavg.join(' ')}`);
console.log(`  ${machine.platform}, Node ${machine.node}, Chromium ${machine.chromium} (headless), 1440×900`);
console.log(`  ${runs} run(s), medians; per-step timeout ${stepMs / 1000} s; files: ${fixtures.map((f) => `${f.id} ${(f.bytes / 1e6).toFixed(2)} MB`).join(', ')}\n`);

// key -> one value per run (loads: one per page load)
const values = {};
const put = (key, v) => (values[key] ??= []).push(v);
const perFixture = ['import', 'longtask', 'heap', 'keyP50', 'keyP95', 'keyMax'];
// on the files with thousands of entries: typing in an entry, and removing one
const perLarge = ['entryKeyP95', 'removeMs', 'removeLongtask'];
const ENTRY_CHARS = 'uvwxyzabcd';
const timedOut = new Map(); // fixture id -> why its import timed out, and in which run (not retried)

for (let run = 1; run <= runs; run++) {
  // the sample imported the moment the import control is usable, while the page still loads the rest of its code
  const cold = new AppPage(browser, url);
  try {
    await cold.open();
    put('importCold.sample', (await cold.import(fixtures[0], stepMs)).ms);
  } catch (e) {
    put('importCold.sample', e instanceof Timeout ? 'timeout' : 'error');
    console.log(`run ${run} sample at first usable frame: ${e.message.split('\n')[0]}`);
  } finally {
    if (!(await cold.close())) {
      await browser.close().catch(() => {});
      browser = await launch();
    }
  }
  for (const fx of fixtures) {
    const got = {};
    if (timedOut.has(fx.id)) {
      for (const m of perFixture) put(`${m}.${fx.id}`, 'skipped');
      continue;
    }
    const app = new AppPage(browser, url);
    let step = 'load';
    try {
      const load = await app.open();
      put('ready', load.readyMs);
      put('js', load.js.gzip);
      put('jsRaw', load.js.raw);
      put('css', load.css.gzip);
      step = 'import';
      await app.settle();
      const imp = await app.import(fx, stepMs);
      got.import = imp.ms;
      got.longtask = imp.longestTaskMs;
      got.heap = await app.heap(stepMs);
      step = 'typing';
      const lat = await app.type(CHARS, stepMs);
      Object.assign(got, { keyP50: percentile(lat, 50), keyP95: percentile(lat, 95), keyMax: Math.max(...lat) });
      console.log(`run ${run} ${fx.id}: import ${got.import.toFixed(0)} ms, longest task ${got.longtask.toFixed(0)} ms, keys p50/p95/max ${got.keyP50.toFixed(1)}/${got.keyP95.toFixed(1)}/${got.keyMax.toFixed(1)} ms`);
      if (fx.id !== 'sample') {
        step = 'typing in an entry';
        got.entryKeyP95 = percentile(await app.typeInEntry(ENTRY_CHARS, stepMs), 95);
        step = 'removing an entry';
        const rm = await app.removeEntry(stepMs);
        got.removeMs = rm.ms;
        got.removeLongtask = rm.longestTaskMs;
        console.log(`run ${run} ${fx.id}: entry keys p95 ${got.entryKeyP95.toFixed(1)} ms, remove entry ${got.removeMs.toFixed(0)} ms (longest task ${got.removeLongtask.toFixed(0)} ms)`);
      }
    } catch (e) {
      const v = e instanceof Timeout ? 'timeout' : 'error';
      console.log(`run ${run} ${fx.id}: ${v} during ${step}: ${e.message.split('\n')[0]}`);
      if (v === 'timeout' && step === 'import') timedOut.set(fx.id, `run ${run}: ${e.message}; not retried`);
      Object.assign(got, e.partial);
      for (const m of perFixture) got[m] ??= step === 'load' ? 'error' : v;
      if (step.includes('entry')) for (const m of perLarge) got[m] ??= v;
    } finally {
      if (!(await app.close())) {
        await browser.close().catch(() => {});
        browser = await launch();
      }
    }
    for (const m of perFixture) put(`${m}.${fx.id}`, got[m]);
    if (fx.id !== 'sample') for (const m of perLarge) put(`${m}.${fx.id}`, got[m] ?? 'not measured');
  }
}
await browser.close();
server.close();
rmSync(tmp, { recursive: true, force: true });

const budgets = {
  'import.sample': 100, 'import.1MB': 1000, 'import.10MB': 5000,
  'keyP95.sample': 16, 'keyP95.1MB': 50, 'heap.10MB': 300e6, 'entryKeyP95.1MB': 50,
};
const loads = values.ready?.length ?? 0;
const rows = [
  { key: 'ready', label: 'Navigation → import control usable', unit: 'ms', note: `over ${loads} page loads` },
  { key: 'js', label: 'JS before first use (gzip)', unit: 'kB', budget: 200e3, note: `raw ${((values.jsRaw?.[0] ?? 0) / 1e3).toFixed(0)} kB` },
  { key: 'css', label: 'CSS before first use (gzip)', unit: 'kB' },
  ...fixtures.flatMap((fx) => {
    return [
      { key: `import.${fx.id}`, label: `Import ${fx.label}`, unit: 'ms', note: timedOut.get(fx.id) ?? 'page loaded and idle, then 1 s to pick the file' },
      ...(fx.id === 'sample' ? [{ key: 'importCold.sample', label: '  …at the first usable frame', unit: 'ms', note: 'the rest of the page still loading' }] : []),
      { key: `longtask.${fx.id}`, label: `  longest main-thread task`, unit: 'ms', budget: 200, note: 'until 500 ms without a long task; 0 = none ≥ 50 ms' },
      { key: `keyP50.${fx.id}`, label: `  keystroke → preview p50`, unit: 'ms', note: `${CHARS.length} keys into hostname, 100 ms apart` },
      { key: `keyP95.${fx.id}`, label: `  keystroke → preview p95`, unit: 'ms' },
      { key: `keyMax.${fx.id}`, label: `  keystroke → preview max`, unit: 'ms' },
      { key: `heap.${fx.id}`, label: `  JS heap after import (after GC)`, unit: 'MB' },
      ...(fx.id === 'sample' ? [] : [
        { key: `entryKeyP95.${fx.id}`, label: `  keystroke in [[influxdb]] #1 p95`, unit: 'ms', note: `${ENTRY_CHARS.length} keys into its username` },
        { key: `removeMs.${fx.id}`, label: `  remove [[influxdb]] #2`, unit: 'ms', note: 'until the entries show the result' },
        { key: `removeLongtask.${fx.id}`, label: `    longest main-thread task`, unit: 'ms', budget: 200 },
      ]),
    ];
  }),
].map((r) => ({ ...r, runs: values[r.key] ?? [], budget: budgets[r.key] ?? r.budget }));

const summary = summarise(rows);
console.log(`\n${table(summary)}\n`);
const over = summary.filter((r) => r.status === 'OVER').map((r) => r.key);
console.log(over.length ? `Over budget: ${over.join(', ')}` : 'All budgets met.');
if (quick) console.log('(--quick: 1 run, no 10 MB file; proves the bench works, not a measurement)');
const round = (v) => (typeof v === 'number' ? Math.round(v * 10) / 10 : v);
const metrics = Object.fromEntries(summary.map((r) => [r.key,
  { label: r.label.trim(), unit: r.unit, median: round(r.median), runs: r.runs.map(round), budget: r.budget, status: r.status || undefined }]));
machine.loadavgAtEnd = os.loadavg().map((l) => +l.toFixed(2));
console.log(`Load average at the end: ${machine.loadavgAtEnd.join(' ')} (with ${machine.cpus} CPUs; anything near or above that inflates every figure).`);
if (stale) console.log('WARNING: measured a stale dist/ because the build failed (see above).');
// A step that failed (not one that was only slow) means the benchmark no longer works: CI runs --quick to know.
const broken = summary.filter((r) => r.runs.includes('error')).map((r) => r.key);
if (broken.length) {
  console.log(`BROKEN: ${broken.join(', ')} failed (see the run lines above).`);
  process.exitCode = 1;
}
console.log(`BENCH_JSON ${JSON.stringify({ machine, runs, quick, stale, stepTimeoutMs: stepMs, fixtures: fixtures.map(({ id, bytes }) => ({ id, bytes })), metrics, over })}`);
