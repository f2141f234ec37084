import { expect, test } from '@playwright/test';
import { download, importBuffer, importFile, sample183 } from './support';
import { readFileSync } from 'node:fs';

test('a broken file shows an alert with line and column and keeps the open document', async ({ page }) => {
  await page.goto('./');
  await importFile(page, sample183);
  const preview = page.getByRole('region', { name: 'TOML preview' });
  await expect(preview).toContainText('hostname = "localhost"');

  await importBuffer(page, 'broken.conf', Buffer.from('hostname = "a"\n[http]\nbind-address = ":9092\n'));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Line 3, column');
  await expect(alert).toContainText('broken.conf');

  await expect(preview).toContainText('hostname = "localhost"');
  const { bytes } = await download(page);
  expect(bytes.equals(readFileSync(sample183))).toBe(true);
});

test('bytes that are not UTF-8 are refused with line and column', async ({ page }) => {
  await page.goto('./');
  await importBuffer(page, 'latin1.conf', Buffer.concat([Buffer.from('hostname = "a"\n[smtp]\nfrom = "J'), Buffer.from([0xe9]), Buffer.from('r\u00f4me"\n')]));
  await expect(page.getByRole('alert')).toContainText('Line 3, column 10');
});
