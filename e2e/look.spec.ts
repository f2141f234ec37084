import { expect, test } from '@playwright/test';
import { importBuffer, openSection } from './support';

test('the theme follows the system and the toggle switches it', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await page.getByRole('button', { name: 'Switch to light theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'light');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(255, 255, 255)');
});

test('secret fields are masked, with a reveal toggle, and the value never reaches the URL', async ({ page }) => {
  await page.goto('./');
  await importBuffer(page, 'k.conf', Buffer.from('hostname = "k"\ndata_dir = "/d"\n[smtp]\n  password = "s3cret"\n'));
  const smtp = await openSection(page, '[smtp]');
  const password = smtp.getByLabel('password', { exact: true });
  await expect(password).toHaveAttribute('type', 'password');
  await expect(password).toHaveValue('s3cret');
  await smtp.getByRole('button', { name: 'Show password', exact: true }).click();
  await expect(password).toHaveAttribute('type', 'text');
  expect(page.url()).not.toContain('s3cret');
});

test('a 10,000-line file opens and the preview renders only what is on screen', async ({ page }) => {
  await page.goto('./');
  let text = 'hostname = "k"\ndata_dir = "/d"\n';
  for (let i = 0; text.split('\n').length < 10_000; i++) text += `\n[[influxdb]]\n  name = "db${i}"\n  urls = ["http://db${i}:8086"]\n  enabled = true\n`;
  await importBuffer(page, 'big.conf', Buffer.from(text));
  const preview = page.getByRole('region', { name: 'TOML preview' });
  await expect(preview).toContainText(`${text.split('\n').length} lines`, { timeout: 30_000 });
  expect(await preview.locator('[data-line]').count()).toBeLessThan(200);
  await preview.getByLabel('TOML text').evaluate((el) => { el.scrollTop = 150_000; el.dispatchEvent(new Event('scroll')); });
  await expect(preview.locator('[data-line="7501"]')).toBeVisible();
});
