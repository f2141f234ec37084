// Renews the README's screenshots: `node scripts/screenshots.mjs` (builds when needed). Light and dark, wide and narrow.
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

const shots = [
  { name: 'screenshot', width: 1440, height: 900, scheme: 'light', section: '[http]' },
  { name: 'screenshot-dark', width: 1440, height: 900, scheme: 'dark', section: '[[influxdb]]' },
  { name: 'screenshot-narrow', width: 800, height: 1000, scheme: 'light', section: 'Top-level keys' },
  { name: 'screenshot-narrow-dark', width: 800, height: 1000, scheme: 'dark', section: '[auth]' },
];
for (const s of shots) {
  const page = await browser.newPage({ viewport: { width: s.width, height: s.height }, colorScheme: s.scheme });
  await page.goto(url);
  await page.getByLabel('Import kapacitor.conf').setInputFiles('fixtures/corpus/upstream/kapacitor-1.8.3.conf');
  await page.getByRole('region', { name: 'TOML preview' }).getByText('hostname = "localhost"').waitFor();
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: s.section, exact: true }).click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${out}/${s.name}.png` });
  await page.close();
}
await browser.close();
server.close();
console.log(`Screenshots written to ${out}/`);
