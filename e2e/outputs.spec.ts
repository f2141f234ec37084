import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { importBuffer, openSection } from './support';

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
  // nothing edited: no change to send; the whole document is one set request per section
  await expect(dialog.getByText('Nothing the config API can change differs from the imported file.')).toBeVisible();
  await dialog.getByText('Whole document', { exact: true }).click();
  await expect(dialog.getByText('POST /kapacitor/v1/config/smtp/')).toBeVisible();
});

const twoInflux = `hostname = "k1"
[smtp]
  enabled = true
  host = "mail"
  password = "topsecret"

[[influxdb]]
  enabled = true
  name = "local"
  default = true
  urls = ["http://localhost:8086"]

[[influxdb]]
  enabled = true
  name = "old"
  urls = ["http://old.example:8086"]
`;

test('Config API: changes since import as set/remove/add with their curl commands; the Minimal file has no secret unless asked', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./');
  await importBuffer(page, 'k.conf', Buffer.from(twoInflux));
  const smtp = await openSection(page, '[smtp]');
  await smtp.getByRole('textbox', { name: 'host', exact: true }).fill('mail2');
  const influx = await openSection(page, '[[influxdb]]');
  await influx.getByRole('button', { name: 'Remove [[influxdb]] #2' }).click();
  await influx.getByRole('button', { name: 'Add [[influxdb]] entry' }).click();
  await influx.getByRole('region', { name: '[[influxdb]] #2' }).getByRole('textbox', { name: 'name', exact: true }).fill('cloud');

  await page.getByRole('button', { name: 'Export as…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export as' });
  await dialog.getByRole('tab', { name: 'Config API' }).click();
  const list = dialog.getByRole('list', { name: 'Config API requests' });
  const items = list.getByRole('listitem');
  const H = `-H 'Content-Type: application/json'`;
  await expect(items).toHaveCount(3);
  await expect(items.nth(0)).toContainText('POST /kapacitor/v1/config/smtp/ (set)');
  await expect(items.nth(0).locator('pre')).toHaveText(`curl -XPOST http://localhost:9092/kapacitor/v1/config/smtp/ ${H} -d '{"set":{"host":"mail2"}}'`);
  await expect(items.nth(1)).toContainText('POST /kapacitor/v1/config/influxdb (remove)');
  await expect(items.nth(1)).toContainText('A remove only takes away entries added through the config API');
  await expect(items.nth(1).locator('pre')).toHaveText(`curl -XPOST http://localhost:9092/kapacitor/v1/config/influxdb ${H} -d '{"remove":["old"]}'`);
  await expect(items.nth(2)).toContainText('POST /kapacitor/v1/config/influxdb (add)');
  await expect(items.nth(2).locator('pre')).toHaveText(`curl -XPOST http://localhost:9092/kapacitor/v1/config/influxdb ${H} -d '{"add":{"name":"cloud","enabled":true,"urls":["http://localhost:8086"]}}'`);

  // the script downloads as shown, and Copy says it copied
  const [dl] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download curl script' }).click()]);
  expect(dl.suggestedFilename()).toBe('kapacitor-config-api.sh');
  const script = readFileSync((await dl.path())!, 'utf8');
  expect(script.startsWith('#!/bin/sh\n# Kapacitor config API requests: changes since import (3).\n')).toBe(true);
  expect(script).toContain(`\n# POST /kapacitor/v1/config/influxdb\ncurl -XPOST http://localhost:9092/kapacitor/v1/config/influxdb ${H} -d '{"add":{"name":"cloud","enabled":true,"urls":["http://localhost:8086"]}}'\n`);
  const copy = dialog.getByRole('button', { name: 'Copy curl script' });
  await copy.click();
  await expect(copy).toHaveText('Copied ✓');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(script);

  // the Minimal file: a placeholder, not the password, until the switch is on
  await dialog.getByRole('tab', { name: 'Minimal file' }).click();
  const minimal = dialog.getByRole('textbox', { name: "Only the values that differ from Kapacitor's defaults" });
  await expect(minimal).toHaveValue(/password = "<smtp\.password>"/);
  expect(await minimal.inputValue()).not.toContain('topsecret');
  await dialog.getByRole('switch', { name: /Include secrets/ }).check({ force: true });
  await expect(minimal).toHaveValue(/password = "topsecret"/);
});

test('Environment variables: docker run mounts the file when variables cannot express everything; each form copies and downloads', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./');
  await importBuffer(page, 'k.conf', Buffer.from(twoInflux));
  await page.getByRole('button', { name: 'Export as…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export as' });
  const vars = dialog.getByRole('textbox', { name: /KAPACITOR_\* variables/ });
  const [env] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download .env file' }).click()]);
  expect(env.suggestedFilename()).toBe('kapacitor.env');
  expect(readFileSync((await env.path())!, 'utf8')).toBe(await vars.inputValue());
  await dialog.getByText('docker run', { exact: true }).click();
  // two [[influxdb]] entries have to be in a file: the command mounts it
  await expect(vars).toHaveValue(/-v "\$PWD\/kapacitor\.conf:\/etc\/kapacitor\/kapacitor\.conf:ro" \\\n  kapacitor:1\.8\n$/);
  expect(await vars.inputValue()).toContain("-e 'KAPACITOR_SMTP_PASSWORD=<smtp.password>'");
  const copy = dialog.getByRole('button', { name: 'Copy docker run command' });
  await copy.click();
  await expect(copy).toHaveText('Copied ✓');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await vars.inputValue());
  const file = dialog.getByRole('textbox', { name: 'kapacitor.conf to mount next to the variables' });
  const [conf] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download kapacitor.conf to mount next to the variables' }).click()]);
  expect(conf.suggestedFilename()).toBe('kapacitor.conf');
  expect(readFileSync((await conf.path())!, 'utf8')).toBe(await file.inputValue());
  await dialog.getByText('Kubernetes env', { exact: true }).click();
  await expect(vars).toHaveValue(/^env:\n  - name: KAPACITOR_HOSTNAME\n    value: "k1"\n/);
  await expect(dialog.getByRole('button', { name: 'Download Kubernetes env list' })).toBeVisible();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no serious or critical issue in the Export as dialog (${scheme})`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('./');
    await importBuffer(page, 'k.conf', Buffer.from(twoInflux));
    const influx = await openSection(page, '[[influxdb]]');
    await influx.getByRole('button', { name: 'Remove [[influxdb]] #2' }).click();
    await page.getByRole('button', { name: 'Export as…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export as' });
    for (const tab of ['Environment variables', 'Config API', 'Minimal file']) {
      await dialog.getByRole('tab', { name: tab }).click();
      await expect(dialog.getByRole('tabpanel')).toBeVisible();
      const results = await new AxeBuilder({ page }).include('[role="dialog"]').analyze();
      const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad.map((v) => `${v.id}: ${v.help} ${v.nodes.slice(0, 4).map((n) => n.target.join(' ')).join(' | ')}`), tab).toEqual([]);
    }
  });
}

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
