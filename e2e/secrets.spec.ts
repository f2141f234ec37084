import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { download, importBuffer, importFile, openSection, sample183 } from './support';

const MASK = '••••••';
const PASSWORD = 'pa55-w0rd-xyz';

test('the preview and Changes mask a secret set in the form; Show secrets reveals it; the download has it', async ({ page }) => {
  await page.goto('./');
  await importFile(page, sample183);
  const influx = await openSection(page, '[[influxdb]]');
  await influx.getByRole('region', { name: '[[influxdb]] #1' }).getByLabel('password', { exact: true }).fill(PASSWORD);
  const preview = page.getByRole('region', { name: 'TOML preview' });
  await expect(preview.locator('[data-active]')).toContainText(`password = "${MASK}"`);
  await expect(preview).not.toContainText(PASSWORD);
  expect(await page.locator('body').innerText()).not.toContain(PASSWORD);
  const reveal = preview.getByRole('switch', { name: 'Show secrets' });
  await expect(reveal).not.toBeChecked();

  await page.getByRole('button', { name: 'Changes', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Changes since import' });
  await expect(dialog.getByRole('table', { name: 'Unified diff' })).toContainText(`password = "${MASK}"`);
  await expect(dialog).not.toContainText(PASSWORD);
  const [dl] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download patch' }).click()]);
  expect(readFileSync((await dl.path())!, 'utf8')).toContain(`+  password = "${PASSWORD}"`);
  await dialog.getByRole('switch', { name: 'Show secrets' }).check({ force: true });
  await expect(dialog.getByRole('table', { name: 'Unified diff' })).toContainText(`password = "${PASSWORD}"`);
  await dialog.getByRole('switch', { name: 'Show secrets' }).uncheck({ force: true });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await reveal.check({ force: true });
  await expect(preview.locator('[data-active]')).toContainText(`password = "${PASSWORD}"`);
  await reveal.uncheck({ force: true });
  await expect(preview).not.toContainText(PASSWORD);

  const { bytes } = await download(page);
  const expected = readFileSync(sample183, 'utf8').replace(/(\[\[influxdb\]\][\s\S]*?password = )""/, `$1"${PASSWORD}"`);
  expect(bytes.toString('utf8')).toBe(expected);
});

test('a password inside a URL is masked in the preview and kept in the download', async ({ page }) => {
  await page.goto('./');
  const text = 'hostname = "k"\ndata_dir = "/d"\n[[influxdb]]\n  name = "a"\n  urls = ["http://reader:url-s3cret@influx:8086"]\n';
  await importBuffer(page, 'k.conf', Buffer.from(text));
  const preview = page.getByRole('region', { name: 'TOML preview' });
  await expect(preview).toContainText(`urls = ["http://reader:${MASK}@influx:8086"]`);
  await expect(preview).not.toContainText('url-s3cret');
  expect((await download(page)).bytes.toString('utf8')).toBe(text);
});

test('a password field\'s reveal is a Tab stop of its own, named for its key', async ({ page }) => {
  await page.goto('./');
  await importBuffer(page, 'k.conf', Buffer.from(`[smtp]\n  enabled = true\n  password = "${PASSWORD}"\n`));
  const smtp = await openSection(page, '[smtp]');
  const field = smtp.getByLabel('password', { exact: true });
  await expect(field).toHaveAttribute('type', 'password');
  await field.focus();
  await page.keyboard.press('Tab');
  const reveal = smtp.getByRole('button', { name: 'Show password', exact: true });
  await expect(reveal).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(field).toHaveAttribute('type', 'text');
  await expect(field).toHaveValue(PASSWORD);
});
