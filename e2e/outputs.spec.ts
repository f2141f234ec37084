import { expect, test } from '@playwright/test';
import { importBuffer } from './support';

const text = 'hostname = "k1"\ndata_dir = "/var/lib/kapacitor"\n[http]\n  bind-address = ":9093"\n[smtp]\n  enabled = true\n  host = "mail"\n  from = "k@example.org"\n  password = "topsecret"\n';

test('Export as… gives env vars without secrets unless asked, and API requests', async ({ page }) => {
  await page.goto('./');
  await importBuffer(page, 'k.conf', Buffer.from(text));
  await page.getByRole('button', { name: 'Export as…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export as' });
  const vars = dialog.getByRole('textbox', { name: /KAPACITOR_\* variables/ });
  await expect(vars).toHaveValue(/KAPACITOR_HTTP_BIND_ADDRESS=/);
  await expect(vars).toHaveValue(/KAPACITOR_SMTP_HOST=/);
  expect(await vars.inputValue()).not.toContain('topsecret');
  await dialog.getByRole('switch', { name: /Include secrets/ }).check({ force: true });
  await expect(vars).toHaveValue(/topsecret/);
  await dialog.getByRole('tab', { name: 'Config API' }).click();
  await expect(dialog.getByText('POST /kapacitor/v1/config/smtp')).toBeVisible();
});

test('a share link restores the document and carries no secret', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./');
  await importBuffer(page, 'k.conf', Buffer.from(text));
  await page.getByRole('button', { name: 'Export as…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export as' });
  await dialog.getByRole('tab', { name: 'Share link' }).click();
  const link = dialog.getByRole('textbox', { name: 'Share link' });
  await expect(link).toHaveValue(/#doc=/);
  const url = await link.inputValue();
  const other = await context.newPage();
  await other.goto(url);
  const preview = other.getByRole('region', { name: 'TOML preview' });
  await expect(preview).toContainText('bind-address = ":9093"');
  await expect(preview).toContainText('password = ""');
  await expect(preview).not.toContainText('topsecret');
});

test('presets start a document and show as applied only while it matches', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'New' }).click();
  const first = page.getByRole('menuitem').filter({ hasText: 'Single node' }).first();
  await first.click();
  await expect(page.getByRole('region', { name: 'TOML preview' })).toContainText('[[influxdb]]');
  await page.getByRole('button', { name: 'New' }).click();
  await expect(page.getByRole('menuitem').filter({ hasText: 'Single node' }).first().getByLabel('applied')).toBeVisible();
  await page.keyboard.press('Escape');
  await importBuffer(page, 'k.conf', Buffer.from(text));
  await page.getByRole('button', { name: 'New' }).click();
  await expect(page.getByRole('menuitem').filter({ hasText: 'Single node' }).first().getByLabel('applied')).toHaveCount(0);
});
