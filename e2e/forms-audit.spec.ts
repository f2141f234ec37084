// Form behaviour found missing by an audit: Enterprise defaults, built-in array entries, findings at fields,
// help text, list items with spaces, and export refused while a field holds input that was not written.
import { expect, test } from '@playwright/test';
import { download, importBuffer, openSection } from './support';

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

test('a list item\'s error shows at its list field, with its severity in words', async ({ page }) => {
  await page.goto('./');
  await importBuffer(page, 'k.conf', Buffer.from(`${base}\n[cluster]\nroles = ["worker", "bogus"]\n`));
  const cluster = await openSection(page, '[cluster]');
  const roles = cluster.getByRole('combobox', { name: 'roles', exact: true });
  await expect(roles).toHaveAttribute('aria-invalid', 'true');
  await expect(roles).toHaveAccessibleDescription(/^Roles of this member/);
  const finding = cluster.locator(`[id="${await roles.getAttribute('aria-errormessage')}"]`);
  await expect(finding).toContainText('Error');
  await expect(finding).toContainText('roles (1)');
  await expect(finding).toHaveAttribute('data-severity', 'error');
});

test('a warning shows at its field without marking it invalid', async ({ page }) => {
  await page.goto('./');
  await importBuffer(page, 'k.conf', Buffer.from('hostname = "$HOST"\ndata_dir = "/var/lib/kapacitor"\n'));
  const top = await openSection(page, 'Top-level keys');
  const hostname = top.getByRole('textbox', { name: 'hostname', exact: true });
  await expect(hostname).not.toHaveAttribute('aria-invalid', 'true');
  const finding = top.locator('#field-hostname-finding');
  await expect(finding).toHaveAttribute('data-severity', 'warning');
  await expect(finding).toContainText('Warning');
  await expect(finding).toContainText('$HOST');
});

test('a finding\'s fix is offered at the field and applied only on click', async ({ page }) => {
  await page.goto('./');
  await importBuffer(page, 'k.conf', Buffer.from(`${base}\n[auth]\nenabled = true\n`));
  await page.getByRole('switch', { name: 'Enterprise' }).uncheck({ force: true });
  const auth = await openSection(page, '[auth]');
  const cost = auth.getByRole('textbox', { name: 'bcrypt-cost', exact: true });
  await expect(cost).toHaveAttribute('aria-invalid', 'true');
  const preview = page.getByRole('region', { name: 'TOML preview' });
  await expect(preview).not.toContainText('bcrypt-cost');
  await auth.locator('#field-auth--bcrypt-cost-finding').getByRole('button', { name: 'Set bcrypt-cost = 10' }).click();
  await expect(preview).toContainText('bcrypt-cost = 10');
  await expect(auth.getByRole('textbox', { name: 'bcrypt-cost', exact: true })).toHaveValue('10');
  await expect(auth.locator('#field-auth--bcrypt-cost-finding')).toHaveCount(0);
});

test('a field\'s longer help opens under "More" and leaves its accessible description alone', async ({ page }) => {
  await page.goto('./');
  await importBuffer(page, 'k.conf', Buffer.from(base));
  const auth = await openSection(page, '[auth]');
  const cost = auth.getByRole('textbox', { name: 'bcrypt-cost', exact: true });
  const description = await cost.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby')!.split(' ')[0])!.textContent);
  const more = auth.getByRole('button', { name: 'More about bcrypt-cost' });
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  const help = auth.locator(`[id="${await more.getAttribute('aria-controls')}"]`);
  await expect(help).toBeHidden();
  await more.click();
  await expect(more).toHaveAttribute('aria-expanded', 'true');
  await expect(help).toBeVisible();
  await expect(help).toContainText('bcrypt');
  expect((await help.textContent())!.length).toBeGreaterThan(description!.length);
  await expect(cost).toHaveAccessibleDescription(description!);
  await more.click();
  await expect(help).toBeHidden();
});

test('a missing [[kafka]] shows its built-in entry\'s defaults, and typing there writes the entry with that key only', async ({ page }) => {
  await page.goto('./');
  const kafka = await openSection(page, '[[kafka]]');
  await expect(kafka.getByText(/built-in \[\[kafka\]\] entry with the defaults shown below/)).toBeVisible();
  const builtIn = kafka.getByRole('region', { name: '[[kafka]] built-in entry' });
  await expect(builtIn.getByText('not in file: Kapacitor defaults')).toBeVisible();
  await expect(builtIn.getByRole('textbox', { name: 'id', exact: true })).toHaveValue('default');
  const timeout = builtIn.getByRole('textbox', { name: 'timeout', exact: true });
  await expect(timeout).toHaveValue('0s');
  await expect(kafka.getByRole('region', { name: '[[kafka]] #1' })).toHaveCount(0);

  // the first keystroke writes the entry: the region is renamed under the typing, so type with the keyboard
  await timeout.selectText();
  await page.keyboard.type('10s');
  const first = kafka.getByRole('region', { name: '[[kafka]] #1' });
  await expect(first).toBeVisible();
  await expect(first.getByRole('textbox', { name: 'timeout', exact: true })).toBeFocused();
  await expect(first.getByRole('textbox', { name: 'id', exact: true })).toHaveValue('default');
  await expect(page.getByRole('region', { name: 'TOML preview' })).toContainText('[[kafka]]');
  expect((await download(page)).bytes.toString('utf8')).toBe('[[kafka]]\ntimeout = "10s"\n');

  // the keystrokes that wrote the entry are one undo step
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(kafka.getByRole('region', { name: '[[kafka]] built-in entry' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'TOML preview' })).not.toContainText('[[kafka]]');
});

test('[slack] built-in entry: editing it keeps the built-in values a written entry would lose', async ({ page }) => {
  await page.goto('./');
  await importBuffer(page, 'k.conf', Buffer.from(base));
  const slack = await openSection(page, '[[slack]]');
  const channel = slack.getByRole('region', { name: '[[slack]] built-in entry' }).getByRole('textbox', { name: 'channel', exact: true });
  await channel.fill('#ops');
  await expect(slack.getByRole('region', { name: '[[slack]] #1' }).getByRole('textbox', { name: 'username', exact: true })).toHaveValue('kapacitor');
  expect((await download(page)).bytes.toString('utf8')).toBe(`${base}\n[[slack]]\ndefault = true\nusername = "kapacitor"\nchannel = "#ops"\n`);
});

test('Download and Copy refuse while a field holds input that was not written, naming the field', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./');
  await importBuffer(page, 'k.conf', Buffer.from(`${base}\n[alert]\ntopic-buffer-length = 5000\n`));
  const alert = await openSection(page, '[alert]');
  const field = alert.getByRole('textbox', { name: 'topic-buffer-length', exact: true });
  await field.fill('12a');
  await expect(field).toHaveAttribute('aria-invalid', 'true');

  let downloads = 0;
  page.on('download', () => downloads++);
  await page.getByRole('button', { name: 'Download kapacitor.conf' }).click();
  const refused = page.getByRole('alert').filter({ hasText: 'Not exported' });
  await expect(refused).toContainText('topic-buffer-length in [alert] holds "12a"');
  await expect(field).toHaveValue('12a');
  await refused.getByRole('button', { name: 'Dismiss' }).click();
  await expect(refused).toHaveCount(0);

  await page.evaluate(() => navigator.clipboard.writeText('untouched'));
  await page.getByRole('button', { name: 'Copy TOML' }).click();
  await expect(refused).toContainText('topic-buffer-length in [alert]');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('untouched');

  // the input survives a visit to another section, and the alert leads back to it
  await openSection(page, '[http]');
  await refused.getByRole('button', { name: 'Go to topic-buffer-length in [alert]' }).click();
  await expect(field).toBeFocused();
  await expect(field).toHaveValue('12a');
  await expect(field).toHaveAttribute('aria-invalid', 'true');

  await field.fill('12');
  await expect(refused).toHaveCount(0);
  expect(downloads).toBe(0);
  expect((await download(page)).bytes.toString('utf8')).toBe(`${base}\n[alert]\ntopic-buffer-length = 12\n`);
});
