import { expect, test } from '@playwright/test';
import { download, importBuffer } from './support';

test('an export for Kapacitor 1.5 is checked against TOML 0.4, and the file still goes out as it is', async ({ page }) => {
  await page.goto('./');
  await page.getByLabel('Kapacitor version').selectOption('1.5');
  const text = 'hostname = "k"\nbasic.auth = "x"\nnumbers = [1, 2.5]\n';
  await importBuffer(page, 'old.conf', Buffer.from(text));
  const { bytes } = await download(page);
  expect(bytes.toString('utf8')).toBe(text);
  const warning = page.getByRole('status').filter({ hasText: 'Exported, with a warning' });
  await expect(warning).toContainText('Kapacitor 1.5 reads TOML 0.4, and the exported file has 2 things it cannot read.');
  await expect(warning).toContainText('line 2: TOML 0.4 cannot read dotted keys');
  await expect(warning).toContainText('line 3: TOML 0.4 cannot read an array that mixes integer and float values');

  // for 1.8 there is nothing to say
  await page.getByLabel('Kapacitor version').selectOption('1.8');
  await download(page);
  await expect(warning).toHaveCount(0);
});
