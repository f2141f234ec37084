import { expect, test } from '@playwright/test';
import { importBuffer } from './support';

const text = `hostname = "k1"
data_dir = "/var/lib/kapacitor"

[[influxdb]]
  enabled = true
  name = "local"
  urls = ["http://localhost:8086"]

[[influxdb]]
  enabled = true
  name = "cloud"
  urls = ["https://cloud.example:8086"]
  not-a-kapacitor-key = "zebra-stripes"

[udf]
[udf.functions]
  [udf.functions.goavg]
    prog = "/usr/local/bin/moving_avg"
    timeout = "10s"
`;

test('Ctrl+K finds a value of the second [[influxdb]] entry and lands on its field in #2', async ({ page }) => {
  await page.goto('./');
  await importBuffer(page, 'k.conf', Buffer.from(text));
  await expect(page.getByRole('region', { name: 'TOML preview' })).toContainText('cloud.example');
  await page.keyboard.press('Control+k');
  await page.getByRole('textbox', { name: 'Search keys' }).fill('cloud.example');
  const hits = page.getByRole('dialog').getByRole('button', { name: /\[\[influxdb\]\]/ });
  await expect(hits).toHaveCount(1);
  await expect(hits).toContainText('[[influxdb]] #2 urls');
  await hits.click();
  const second = page.getByRole('region', { name: '[[influxdb]] #2', exact: true });
  await expect(second.getByRole('combobox', { name: 'urls', exact: true })).toBeFocused();
  await expect(page.getByRole('region', { name: 'TOML preview' }).locator('[data-active]')).toContainText('https://cloud.example:8086');
});

test('Ctrl+K finds udf functions and unknown keys by name and value', async ({ page }) => {
  await page.goto('./');
  await importBuffer(page, 'k.conf', Buffer.from(text));
  await expect(page.getByRole('region', { name: 'TOML preview' })).toContainText('moving_avg');
  await page.keyboard.press('Control+k');
  const search = page.getByRole('textbox', { name: 'Search keys' });
  await search.fill('moving_avg');
  await page.getByRole('button', { name: /\[udf\] functions\.goavg\.prog/ }).click();
  const udf = page.getByRole('region', { name: '[udf]', exact: true });
  await expect(udf.getByRole('group', { name: 'goavg' }).getByRole('textbox', { name: 'prog', exact: true })).toBeFocused();

  // an unknown key has no field; the hit shows its line in the preview
  await page.keyboard.press('Control+k');
  await search.fill('zebra-stripes');
  const unknown = page.getByRole('button', { name: /\[\[influxdb\]\] #2 not-a-kapacitor-key/ });
  await expect(unknown).toContainText('Not a key Kapacitor knows');
  await unknown.click();
  await expect(page.getByRole('region', { name: '[[influxdb]] #2', exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'TOML preview' }).locator('[data-active]')).toContainText('not-a-kapacitor-key = "zebra-stripes"');
});
