import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { download, importBuffer, sample183 } from './support';

/** Kapacitor's sample followed by `entries` [[influxdb]] entries: about 300 bytes each. */
function bigConfig(entries: number): Buffer {
  const parts = [readFileSync(sample183, 'utf8')];
  for (let i = 0; i < entries; i++) {
    parts.push(`\n[[influxdb]]\n  # cluster ${i}\n  enabled = true\n  default = false\n  name = "cluster${i}"\n  urls = ["https://db${i}.example.net:8086"]\n  username = "kapacitor"\n  password = "pw${i}"\n  timeout = "5s"\n  [influxdb.subscriptions]\n    telegraf = ["autogen"]\n`);
  }
  return Buffer.from(parts.join(''));
}

test('a 1 MB file is parsed off the page thread, with its progress shown, and nothing is lost', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('html[data-loaded="all"]')).toBeAttached({ timeout: 20_000 });
  const bytes = bigConfig(4000);
  expect(bytes.length).toBeGreaterThan(1_000_000);
  // every stage the status line shows while the import runs
  await page.evaluate(() => {
    const seen: string[] = ((window as unknown as { stages: string[] }).stages = []);
    new MutationObserver(() => {
      const status = [...document.querySelectorAll('[role="status"]')].find((e) => e.textContent?.startsWith('Importing'));
      const text = status?.textContent ?? '';
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await importBuffer(page, 'big.conf', bytes);
  await expect(page.getByRole('status').filter({ hasText: /Importing: / })).toBeVisible();
  const preview = page.getByRole('region', { name: 'TOML preview' });
  await expect(preview).toContainText(`${bytes.toString().split('\n').length} lines`, { timeout: 60_000 });
  await expect(page.getByRole('status').filter({ hasText: /Importing: / })).toHaveCount(0);
  expect(page.workers().map((w) => w.url()).some((u) => /parse\.worker/.test(u))).toBe(true);
  // the stages only the Worker reports (the page's own parse has none): the parse ran off the page's thread
  const stages = await page.evaluate(() => (window as unknown as { stages: string[] }).stages);
  expect(stages).toContain('Importing: parsing and indexing…');
  expect(stages.at(-1)).toBe('Importing: opening…');
  const { bytes: out } = await download(page);
  expect(out.equals(bytes)).toBe(true);
});

test('a broken large file is refused from the Worker with its line and column, and the open document stays', async ({ page }) => {
  await page.goto('./');
  await importBuffer(page, 'small.conf', Buffer.from('hostname = "keep-me"\n'));
  await expect(page.getByRole('region', { name: 'TOML preview' })).toContainText('keep-me');
  const broken = Buffer.concat([bigConfig(600), Buffer.from("\n[custom]\nvalue = \"unterminated\n")]);
  const lines = broken.toString().split('\n').length;
  await importBuffer(page, 'broken.conf', broken);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(`Line ${lines - 1}, column`, { timeout: 30_000 });
  await expect(alert).toContainText('has not changed');
  await expect(page.getByRole('region', { name: 'TOML preview' })).toContainText('keep-me');
});

test('while a large file is checked in the Worker, Problems says it is checking, never "No problems found"', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('html[data-loaded="all"]')).toBeAttached({ timeout: 20_000 });
  const bytes = Buffer.from(bigConfig(4000).toString().replace('[http]\n', '[http]\n  shutdown-timeout = "ten"\n'));
  await page.evaluate(() => {
    const seen: string[] = ((window as unknown as { seen: string[] }).seen = []);
    new MutationObserver(() => {
      const region = document.querySelector('[aria-label="Problems"]');
      // the empty page's own finding (data_dir not in file) must not stand for the new file once it shows
      const opened = document.querySelector('[aria-label="TOML preview"]')?.textContent?.includes('[[influxdb]]');
      const stale = opened && region?.textContent?.includes('not in file') && !region.textContent.includes('Checking the file');
      const text = `${region?.getAttribute('aria-busy') ?? ''}|${region?.textContent?.includes('No problems found') ? 'none' : ''}|${region?.textContent?.includes('Checking the file') ? 'checking' : ''}|${stale ? 'stale' : ''}`;
      if (seen.at(-1) !== text) seen.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  await importBuffer(page, 'big.conf', bytes);
  const problems = page.getByRole('region', { name: 'Problems' });
  await expect(problems).toContainText('shutdown-timeout', { timeout: 60_000 });
  await expect(problems).not.toContainText('Checking the file');
  const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
  expect(seen).toContain('||checking|');
  expect(seen.filter((s) => s.includes('none') || s.includes('stale'))).toEqual([]);
});
