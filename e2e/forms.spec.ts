import { expect, test } from '@playwright/test';
import { download, importBuffer, openSection } from './support';

const twoInflux = `hostname = "k1"
data_dir = "/var/lib/kapacitor"

[[influxdb]]
  enabled = true
  name = "local"
  default = true
  urls = ["http://localhost:8086"]

[[influxdb]]
  enabled = true
  name = "cloud"
  urls = ["https://cloud.example:8086"]
`;

test('the navigation and regions follow the UI contract', async ({ page }) => {
  await page.goto('./');
  const nav = page.getByRole('navigation', { name: 'Sections' });
  for (const name of ['Top-level keys', '[http]', '[[influxdb]]', '[logging]', '[enterprise]', '[auth]', '[cluster]', '[rpc]', '[[kafka]]', '[udf]']) {
    await expect(nav.getByRole('link', { name, exact: true })).toHaveCount(1);
  }
  await expect(page.getByRole('region', { name: 'TOML preview' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Problems' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Paste TOML' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copy TOML' })).toBeVisible();
  const cluster = await openSection(page, '[cluster]');
  await expect(cluster.getByRole('textbox', { name: 'bind-address', exact: true })).toHaveValue(':9090');
});

test('a section missing from the file shows defaults, and editing it writes the section', async ({ page }) => {
  await page.goto('./');
  await importBuffer(page, 'k.conf', Buffer.from('hostname = "k1"\ndata_dir = "/var/lib/kapacitor"\n'));
  const rpc = await openSection(page, '[rpc]');
  const bind = rpc.getByRole('textbox', { name: 'bind-address', exact: true });
  await expect(bind).toHaveValue(':9091');
  await bind.fill('10.0.0.5:9091');
  const { bytes } = await download(page);
  expect(bytes.toString('utf8')).toBe('hostname = "k1"\ndata_dir = "/var/lib/kapacitor"\n\n[rpc]\nbind-address = "10.0.0.5:9091"\n');
});

test('[[influxdb]] entries can be added, reordered and removed', async ({ page }) => {
  await page.goto('./');
  await importBuffer(page, 'k.conf', Buffer.from(twoInflux));
  const section = await openSection(page, '[[influxdb]]');
  await expect(section.getByRole('region', { name: '[[influxdb]] #1' }).getByRole('textbox', { name: 'name', exact: true })).toHaveValue('local');
  await section.getByRole('button', { name: 'Move [[influxdb]] #2 up' }).click();
  await expect(section.getByRole('region', { name: '[[influxdb]] #1' }).getByRole('textbox', { name: 'name', exact: true })).toHaveValue('cloud');
  let text = (await download(page)).bytes.toString('utf8');
  expect(text.indexOf('name = "cloud"')).toBeLessThan(text.indexOf('name = "local"'));

  await section.getByRole('button', { name: 'Add [[influxdb]] entry' }).click();
  await expect(section.getByRole('region', { name: '[[influxdb]] #3' })).toBeVisible();
  await section.getByRole('button', { name: 'Remove [[influxdb]] #1' }).click();
  await expect(section.getByRole('region', { name: '[[influxdb]] #3' })).toHaveCount(0);
  text = (await download(page)).bytes.toString('utf8');
  expect(text).not.toContain('name = "cloud"');
  expect(text).toContain('name = "local"');
  expect(text.match(/\[\[influxdb\]\]/g)).toHaveLength(2);
});

test('a field error shows at the field and in Problems with its line', async ({ page }) => {
  await page.goto('./');
  await importBuffer(page, 'k.conf', Buffer.from('hostname = "k1"\ndata_dir = "/var/lib/kapacitor"\n[http]\nbind-address = "9092"\n'));
  const problems = page.getByRole('region', { name: 'Problems' });
  await expect(problems.getByRole('listitem').filter({ hasText: 'http.bind-address' })).toContainText('line 4');
  await expect(problems.getByRole('listitem').filter({ hasText: 'http.bind-address' })).toContainText('Error');
  const http = await openSection(page, '[http]');
  const field = http.getByRole('textbox', { name: 'bind-address', exact: true });
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await field.fill(':9092');
  await expect(problems.getByRole('listitem').filter({ hasText: 'http.bind-address' })).toHaveCount(0);
  await expect(field).not.toHaveAttribute('aria-invalid', 'true');
});

test('the version select and Enterprise switch change what is checked', async ({ page }) => {
  await page.goto('./');
  await importBuffer(page, 'k.conf', Buffer.from('hostname = "k1"\ndata_dir = "/var/lib/kapacitor"\n[cluster]\nroles = ["worker"]\n'));
  const problems = page.getByRole('region', { name: 'Problems' });
  // [cluster] in the file makes the editor guess Enterprise
  await expect(page.getByRole('switch', { name: 'Enterprise' })).toBeChecked();
  await expect(problems.getByRole('listitem').filter({ hasText: 'cluster' })).toHaveCount(0);
  await page.getByRole('switch', { name: 'Enterprise' }).uncheck({ force: true });
  await expect(problems.getByRole('listitem').filter({ hasText: 'cluster' }).first()).toContainText('Warning');
  await page.getByRole('combobox', { name: 'Kapacitor version' }).selectOption('1.5');
  await expect(page.getByRole('combobox', { name: 'Kapacitor version' })).toHaveValue('1.5');
});

test('Ctrl+K searches keys, descriptions and values and jumps to the field', async ({ page }) => {
  await page.goto('./');
  await importBuffer(page, 'k.conf', Buffer.from('hostname = "k1"\ndata_dir = "/var/lib/kapacitor"\n[smtp]\nhost = "mail.example.org"\n'));
  await expect(page.getByRole('region', { name: 'TOML preview' })).toContainText('mail.example.org');
  await page.keyboard.press('Control+k');
  const search = page.getByRole('textbox', { name: 'Search keys' });
  await search.fill('mail.example');
  await page.getByRole('button', { name: /\[smtp\] host/ }).first().click();
  const smtp = page.getByRole('region', { name: '[smtp]', exact: true });
  await expect(smtp.getByRole('textbox', { name: 'host', exact: true })).toBeFocused();
});
