// Form behaviour found missing by an audit: Enterprise defaults, built-in array entries, findings at fields,
// help text, list items with spaces, and export refused while a field holds input that was not written.
import { expect, test } from '@playwright/test';
import { importBuffer, openSection } from './support';

const base = 'hostname = "k1"\ndata_dir = "/var/lib/kapacitor"\n';

test('[auth] shows the Enterprise defaults while the Enterprise switch is on', async ({ page }) => {
  await page.goto('./');
  await importBuffer(page, 'k.conf', Buffer.from(base));
  const auth = await openSection(page, '[auth]');
  const cache = auth.getByRole('textbox', { name: 'cache-expiration', exact: true });
  const cost = auth.getByRole('textbox', { name: 'bcrypt-cost', exact: true });
  await expect(cache).toHaveValue('0s');
  await expect(cost).toHaveValue('0');
  await page.getByRole('switch', { name: 'Enterprise' }).check({ force: true });
  await expect(cache).toHaveValue('10m');
  await expect(cost).toHaveValue('10');
  await expect(auth.getByText('Default: "10m"')).toBeVisible();
  await page.getByRole('switch', { name: 'Enterprise' }).uncheck({ force: true });
  await expect(cache).toHaveValue('0s');
  await expect(page.getByRole('region', { name: 'TOML preview' })).not.toContainText('[auth]');
});

test('a list item may hold spaces: comma and Enter end an item, a space does not', async ({ page }) => {
  await page.goto('./');
  await importBuffer(page, 'k.conf', Buffer.from(`${base}\n[[graphite]]\n  enabled = false\n`));
  const graphite = await openSection(page, '[[graphite]]');
  const templates = graphite.getByRole('region', { name: '[[graphite]] #1' }).getByRole('combobox', { name: 'templates', exact: true });
  await templates.pressSequentially('*.app env.service.measurement*');
  await templates.press('Enter');
  await templates.pressSequentially('servers.* .host.measurement*');
  await templates.press(',');
  const preview = page.getByRole('region', { name: 'TOML preview' });
  await expect(preview).toContainText('templates = ["*.app env.service.measurement*", "servers.* .host.measurement*"]');
});
