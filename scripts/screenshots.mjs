// Renews the README's screenshots: `npm run build && node scripts/screenshots.mjs [out-dir]` (it also builds when dist/ is
// older than the sources). Light and dark, wide and narrow, and Problems, Changes, Export as and Search.
import { chromium } from '@playwright/test';
import { existsSync, mkdirSync } from 'node:fs';
import { ensureBuild } from './ensure-build.mjs';
import { serve } from './serve.mjs';

ensureBuild();
const server = await serve('dist', 0);
const url = `http://127.0.0.1:${server.address().port}/`;
const exe = '/usr/bin/chromium';
const browser = await chromium.launch(existsSync(exe)
  ? { executablePath: exe, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] }
  : {});
const out = process.argv[2] ?? 'docs';
mkdirSync(out, { recursive: true });

const sample = 'fixtures/corpus/upstream/kapacitor-1.8.3.conf';
const nav = (page, name) => page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name, exact: true }).click();
const field = (page, region, name) => page.getByRole('region', { name: region, exact: true }).getByRole('textbox', { name, exact: true });
/** a few edits, one of them wrong: what the Problems, Changes and Export as shots show */
async function edit(page) {
  await nav(page, '[http]');
  await field(page, '[http]', 'bind-address').fill(':9093');
  await field(page, '[http]', 'shutdown-timeout').fill('30 seconds');
  await nav(page, '[smtp]');
  await field(page, '[smtp]', 'host').fill('mail.example.org');
}

const shots = [
  { name: 'screenshot', width: 1440, height: 900, scheme: 'light', section: '[http]' },
  { name: 'screenshot-dark', width: 1440, height: 900, scheme: 'dark', section: '[[influxdb]]' },
  { name: 'screenshot-narrow', width: 800, height: 1000, scheme: 'light', section: 'Top-level keys' },
  { name: 'screenshot-narrow-dark', width: 800, height: 1000, scheme: 'dark', section: '[auth]' },
  {
    name: 'screenshot-problems', width: 1440, height: 900, scheme: 'light',
    async then(page) {
      await edit(page);
      await nav(page, '[http]');
      await field(page, '[http]', 'shutdown-timeout').focus();
    },
  },
  {
    name: 'screenshot-changes', width: 1440, height: 900, scheme: 'light',
    async then(page) {
      await edit(page);
      await page.getByRole('button', { name: 'Changes', exact: true }).click();
      await page.getByRole('dialog', { name: 'Changes since import' }).getByRole('table').waitFor();
    },
  },
  {
    name: 'screenshot-export-as', width: 1440, height: 900, scheme: 'dark',
    async then(page) {
      await edit(page);
      await page.getByRole('button', { name: 'Export as…' }).click();
      await page.getByRole('dialog', { name: 'Export as' }).waitFor();
    },
  },
  {
    // a file with many [[influxdb]] entries: rows to open, 20 to a page
    name: 'screenshot-long-list', width: 1440, height: 900, scheme: 'dark',
    async then(page) {
      const many = Array.from({ length: 45 }, (_, i) => `[[influxdb]]\n  enabled = true\n  name = "influx-${String(i + 1).padStart(2, '0')}"\n  urls = ["https://influx-${i + 1}.example.net:8086"]\n`).join('\n');
      await page.getByLabel('Import kapacitor.conf').setInputFiles({ name: 'many.conf', mimeType: 'text/plain', buffer: Buffer.from(`hostname = "k1"\n\n${many}`) });
      await page.getByRole('region', { name: 'TOML preview' }).getByText('hostname = "k1"').waitFor();
      await nav(page, '[[influxdb]]');
      await page.getByRole('button', { name: 'Open [[influxdb]] #2', exact: true }).click();
    },
  },
  {
    name: 'screenshot-search', width: 1440, height: 900, scheme: 'light',
    async then(page) {
      await page.keyboard.press('Control+k');
      await page.getByRole('textbox', { name: 'Search keys' }).fill('retention');
      await page.getByRole('dialog').getByRole('button').first().waitFor();
    },
  },
];
for (const s of shots) {
  const page = await browser.newPage({ viewport: { width: s.width, height: s.height }, colorScheme: s.scheme });
  await page.goto(url);
  await page.getByLabel('Import kapacitor.conf').setInputFiles(sample);
  await page.getByRole('region', { name: 'TOML preview' }).getByText('hostname = "localhost"').waitFor();
  await page.locator('html[data-loaded="all"]').waitFor({ state: 'attached' });
  if (s.section) await nav(page, s.section);
  if (s.then) await s.then(page);
  // let transitions (dialogs, focus rings) settle
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${out}/${s.name}.png` });
  await page.close();
}
await browser.close();
server.close();
console.log(`Screenshots written to ${out}/`);
