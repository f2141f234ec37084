// Drives one page of the app and measures inside it (performance.now() in the page, never Node-side timing).
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const exe = '/usr/bin/chromium';
export const launch = () => chromium.launch(existsSync(exe)
  ? { executablePath: exe, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] }
  : {});

export class Timeout extends Error {}

/** Resolves to the promise's value, or rejects with Timeout after `ms` (a blocked page cannot time itself out). */
export function within(promise, ms, what) {
  let timer;
  return Promise.race([promise, new Promise((_, no) => { timer = setTimeout(() => no(new Timeout(`${what}: no result after ${ms / 1000} s`)), ms); })])
    .finally(() => clearTimeout(timer));
}

// Runs in the page before its scripts: long tasks (buffered), and the moment the import control is usable.
function initScript() {
  const b = (window.__bench = { longtasks: [] });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) b.longtasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  const usable = () => {
    const input = document.querySelector('input[type="file"][aria-label="Import kapacitor.conf"]');
    return input && !input.disabled && document.querySelector('nav[aria-label="Sections"] a') && document.querySelector('[aria-label="TOML preview"]');
  };
  const mo = new MutationObserver(() => {
    if (b.usableAt !== undefined || !usable()) return;
    mo.disconnect();
    b.usableAt = performance.now();
    requestAnimationFrame(() => setTimeout(() => { b.ready = performance.now(); }));
  });
  mo.observe(document, { subtree: true, childList: true, attributes: true });

  // Resolves once `test()` holds and a frame has been painted after it, with the time (page clock).
  window.__whenPainted = (test) => new Promise((resolve) => {
    const check = () => {
      if (!test()) return;
      obs.disconnect();
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now())));
    };
    const obs = new MutationObserver(check);
    obs.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    check();
  });
}

export class AppPage {
  constructor(browser, url) { this.browser = browser; this.url = url; }

  /** Opens the app; returns { readyMs, js: { raw, gzip, files }, css: {...} } for what loaded before it was usable. */
  async open() {
    this.context = await this.browser.newContext({ viewport: { width: 1440, height: 900 } });
    this.page = await this.context.newPage();
    await this.page.addInitScript(initScript);
    const bodies = new Map();
    this.page.on('response', (r) => bodies.set(r.url(), r.body().catch(() => Buffer.alloc(0))));
    await this.page.goto(this.url);
    await this.page.waitForFunction(() => window.__bench.ready !== undefined, null, { timeout: 60_000 });
    const { ready, loaded } = await this.page.evaluate(() => ({
      ready: window.__bench.ready,
      loaded: performance.getEntriesByType('resource').filter((e) => e.startTime <= window.__bench.usableAt).map((e) => e.name),
    }));
    const sum = async (re) => {
      const files = loaded.filter((u) => re.test(new URL(u).pathname));
      const buffers = await Promise.all(files.map((u) => bodies.get(u) ?? Buffer.alloc(0)));
      return { files: files.length, raw: buffers.reduce((n, b) => n + b.length, 0), gzip: buffers.reduce((n, b) => n + gzipSync(b).length, 0) };
    };
    return { readyMs: ready, js: await sum(/\.m?js$/), css: await sum(/\.css$/) };
  }

  /** Waits as an operator does between opening the page and picking a file: until every chunk has arrived
   *  (<html data-loaded="all">), the main thread has had 500 ms without a long task, and then `pickMs` more (a
   *  file dialog takes longer). Without this, an import raced the page's own loading of the rest of its code. */
  async settle(pickMs = 1000) {
    await this.page.waitForFunction(() => document.documentElement.dataset.loaded === 'all', null, { timeout: 60_000 });
    await this.page.evaluate(quietLongest, 0);
    await this.page.waitForTimeout(pickMs);
  }

  /** Imports a file; returns { ms, longestTaskMs } or throws Timeout. */
  async import(fixture, timeoutMs) {
    await this.page.evaluate((first) => {
      const b = window.__bench;
      b.importDone = new Promise((resolve) => {
        addEventListener('input', (e) => {
          if (e.target.type !== 'file') return;
          const t0 = performance.now();
          const preview = () => document.querySelector('[aria-label="TOML preview"]');
          window.__whenPainted(() => !document.querySelector('[aria-busy="true"]') && preview()?.textContent.includes(first))
            .then((t1) => resolve({ t0, t1 }));
        }, { capture: true, once: true });
      });
    }, fixture.firstLine);
    await this.page.getByLabel('Import kapacitor.conf').setInputFiles(fixture.path);
    const { t0, t1 } = await within(this.page.evaluate(() => window.__bench.importDone), timeoutMs, `import ${fixture.id}`);
    try {
      const longest = await within(this.page.evaluate(quietLongest, t0), timeoutMs, `main thread still busy after import ${fixture.id}`);
      return { ms: t1 - t0, longestTaskMs: longest };
    } catch (e) {
      // the import itself was measured; the work after it never finished, so nothing after it can be measured
      e.partial = { import: t1 - t0, heap: 'not measured', keyP50: 'not measured', keyP95: 'not measured', keyMax: 'not measured' };
      throw e;
    }
  }

  /** JS heap in use after a full GC, in bytes. */
  async heap(timeoutMs) {
    const cdp = await this.context.newCDPSession(this.page);
    await within(cdp.send('HeapProfiler.collectGarbage'), timeoutMs, 'garbage collection');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    await cdp.detach();
    return usedSize;
  }

  /** Focuses top-level `hostname` and types `chars` one at a time; returns per-key latencies (ms).
   *  Each key may take `timeoutMs`, all of them together 5 × `timeoutMs`. */
  async type(chars, timeoutMs, gapMs = 100) {
    await this.focusHostname();
    const latencies = [];
    let value = await this.field.inputValue();
    const deadline = Date.now() + 5 * timeoutMs;
    for (const ch of chars) {
      value += ch;
      const left = deadline - Date.now();
      if (left <= 0) throw new Timeout(`typing: ${latencies.length} of ${chars.length} keys in ${5 * timeoutMs / 1000} s`);
      latencies.push(await this.keystroke(ch, value, Math.min(timeoutMs, left)));
      await this.page.waitForTimeout(gapMs);
    }
    return latencies;
  }

  async focusHostname() {
    await this.page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Top-level keys', exact: true }).click();
    this.field = this.page.getByRole('region', { name: 'Top-level keys', exact: true }).getByRole('textbox', { name: 'hostname', exact: true });
    await this.field.click();
    await this.page.keyboard.press('End');
    await this.page.evaluate(quietLongest, 0);
  }

  /** One key: from its keydown (event.timeStamp) until the preview shows `hostname = "value"` and a frame is painted. */
  async keystroke(ch, value, timeoutMs) {
    await this.page.evaluate((expected) => {
      const b = window.__bench;
      b.keyDone = new Promise((resolve) => {
        addEventListener('keydown', (e) => {
          const t0 = Math.min(e.timeStamp, performance.now());
          window.__whenPainted(() => document.querySelector('[aria-label="TOML preview"]')?.textContent.includes(expected))
            .then((t1) => resolve(t1 - t0));
        }, { capture: true, once: true });
      });
    }, `hostname = "${value}"`);
    await this.page.keyboard.press(ch);
    return within(this.page.evaluate(() => window.__bench.keyDone), timeoutMs, `keystroke ${JSON.stringify(ch)}`);
  }

  /** Opens [[influxdb]] #1 and types `chars` at the end of its `username`; per-key latencies until the preview
   *  shows `username = "value"` (the entry's own line) and a frame is painted. */
  async typeInEntry(chars, timeoutMs, gapMs = 100) {
    const page = this.page;
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: '[[influxdb]]', exact: true }).click();
    const entry = page.getByRole('region', { name: '[[influxdb]] #1', exact: true });
    const open = entry.getByRole('button', { name: 'Open [[influxdb]] #1' });
    if (await open.count()) await open.click();
    const field = entry.getByRole('textbox', { name: 'username', exact: true });
    await field.click({ timeout: timeoutMs });
    await page.keyboard.press('End');
    await page.evaluate(quietLongest, 0);
    let value = await field.inputValue();
    const latencies = [];
    for (const ch of chars) {
      value += ch;
      await page.evaluate((expected) => {
        const b = window.__bench;
        b.keyDone = new Promise((resolve) => {
          addEventListener('keydown', (e) => {
            const t0 = Math.min(e.timeStamp, performance.now());
            window.__whenPainted(() => document.querySelector('[aria-label="TOML preview"]')?.textContent.includes(expected)).then((t1) => resolve(t1 - t0));
          }, { capture: true, once: true });
        });
      }, `username = "${value}"`);
      await page.keyboard.press(ch);
      latencies.push(await within(page.evaluate(() => window.__bench.keyDone), timeoutMs, `entry keystroke ${JSON.stringify(ch)}`));
      await page.waitForTimeout(gapMs);
    }
    return latencies;
  }

  /** Removes [[influxdb]] #2 (the section must be open); { ms, longestTaskMs } until the entries show the result. */
  async removeEntry(timeoutMs) {
    const page = this.page;
    const section = page.getByRole('region', { name: '[[influxdb]]', exact: true });
    const third = await page.evaluate(() => document.querySelector('[aria-label="[[influxdb]] #3"] h3')?.textContent ?? '');
    const expected = third.replace('#3', '#2');
    await page.evaluate(quietLongest, 0);
    const t0 = await page.evaluate(() => performance.now());
    await section.getByRole('button', { name: 'Remove [[influxdb]] #2', exact: true }).click();
    const t1 = await within(page.evaluate((want) => window.__whenPainted(() => document.querySelector('[aria-label="[[influxdb]] #2"] h3')?.textContent === want
      && !document.querySelector('[aria-busy="true"]')), expected), timeoutMs, 'remove entry');
    const longest = await within(page.evaluate(quietLongest, t0), timeoutMs, 'main thread still busy after remove');
    return { ms: t1 - t0, longestTaskMs: longest };
  }

  /** Closes the page even when its main thread is stuck (then the renderer is killed with the browser). */
  async close() {
    try {
      await within(this.context?.close() ?? Promise.resolve(), 15_000, 'close');
      return true;
    } catch {
      return false;
    }
  }
}

// In the page: waits until no long task for 500 ms (at most 30 s), then returns the longest task since t0 (0 if none).
function quietLongest(t0) {
  const b = window.__bench;
  const end = (t) => t.start + t.duration;
  return new Promise((resolve) => {
    const started = performance.now();
    const poll = () => {
      const now = performance.now();
      const last = Math.max(0, ...b.longtasks.map(end));
      if (now - last >= 500 || now - started > 30_000) {
        resolve(Math.max(0, ...b.longtasks.filter((t) => end(t) > t0).map((t) => t.duration)));
      } else setTimeout(poll, 100);
    };
    setTimeout(poll, 100);
  });
}

