import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { download, sample183 } from './support';

const start = (page: import('@playwright/test').Page) => page.getByRole('heading', { name: 'Start a kapacitor.conf' });

test('the empty state offers three starts; "Import a file…" opens the file picker', async ({ page }) => {
  await page.goto('./');
  await expect(start(page)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Import a file…' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start from the 1.8.3 sample' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start from a minimal config' })).toBeVisible();
  // the toolbar's input stays the only control with that name
  await expect(page.getByLabel('Import kapacitor.conf')).toHaveCount(1);

  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import a file…' }).click()]);
  await chooser.setFiles(sample183);
  await expect(page.getByRole('region', { name: 'TOML preview' })).toContainText('hostname = "localhost"');
  await expect(start(page)).toHaveCount(0);
  expect((await download(page)).bytes.toString('utf8')).toBe(readFileSync(sample183, 'utf8'));
});

test('"Start from the 1.8.3 sample" opens Kapacitor\'s sample', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Start from the 1.8.3 sample' }).click();
  await expect(page.getByRole('region', { name: 'TOML preview' })).toContainText('meta-addr = "172.17.0.2:8091"');
  await expect(start(page)).toHaveCount(0);
  expect((await download(page)).bytes.toString('utf8')).toBe(readFileSync(sample183, 'utf8'));
});

test('"Start from a minimal config" opens two keys', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Start from a minimal config' }).click();
  await expect(page.getByRole('region', { name: 'TOML preview' })).toContainText('data_dir = "/var/lib/kapacitor"');
  await expect(start(page)).toHaveCount(0);
  expect((await download(page)).bytes.toString('utf8')).toBe('hostname = "localhost"\ndata_dir = "/var/lib/kapacitor"\n');
});
