import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { importFile, openSection, sample183 } from './support';

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no serious or critical issue (${scheme})`, async ({ page }) => {
    // axe over a 900-line document and five forms takes tens of seconds on a busy 2-core machine
    test.setTimeout(240_000);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('./');
    await importFile(page, sample183);
    await expect(page.getByRole('region', { name: 'TOML preview' })).toContainText('hostname');
    for (const section of ['Top-level keys', '[http]', '[[influxdb]]', '[udf]', '[[httppost]]']) {
      await openSection(page, section);
      const results = await new AxeBuilder({ page }).analyze();
      const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes.slice(0, 6).map((n) => `${n.target.join(" ")} ${n.any[0]?.message ?? ""}`).join(" | ")}`), section).toEqual([]);
    }
  });
}

function serious(results: Awaited<ReturnType<AxeBuilder['analyze']>>): string[] {
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes.slice(0, 6).map((n) => `${n.target.join(' ')} ${n.any[0]?.message ?? ''}`).join(' | ')}`);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`axe: the empty state and the Changes, Export as, Paste and Search dialogs (${scheme})`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('./');
    await expect(page.getByRole('heading', { name: 'Start a kapacitor.conf' })).toBeVisible();
    await expect(page.locator('html[data-loaded="all"]')).toBeAttached();
    expect.soft(serious(await new AxeBuilder({ page }).analyze()), 'empty state').toEqual([]);

    await importFile(page, sample183);
    const http = await openSection(page, '[http]');
    await http.getByRole('textbox', { name: 'bind-address', exact: true }).fill(':9999');

    const dialogs: { open: () => Promise<void>; name?: string; label: string }[] = [
      { label: 'Changes', name: 'Changes since import', open: () => page.getByRole('button', { name: 'Changes', exact: true }).click() },
      { label: 'Export as', name: 'Export as', open: () => page.getByRole('button', { name: 'Export as…' }).click() },
      { label: 'Paste', name: 'Paste kapacitor.conf', open: () => page.getByRole('button', { name: 'Paste TOML' }).click() },
      {
        label: 'Search',
        open: async () => {
          await page.keyboard.press('Control+k');
          await page.getByRole('textbox', { name: 'Search keys' }).fill('bind');
        },
      },
    ];
    for (const d of dialogs) {
      await d.open();
      const dialog = d.name ? page.getByRole('dialog', { name: d.name }) : page.getByRole('dialog');
      await expect(dialog).toBeVisible();
      // let the opening transition end: axe reads colours mid-fade otherwise
      await page.waitForTimeout(400);
      expect.soft(serious(await new AxeBuilder({ page }).include('[role="dialog"]').analyze()), d.label).toEqual([]);
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
    }
  });

  test(`axe at 768 px wide (${scheme})`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width: 768, height: 1000 });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('./');
    await expect(page.locator('html[data-loaded="all"]')).toBeAttached();
    expect.soft(serious(await new AxeBuilder({ page }).analyze()), 'empty state').toEqual([]);
    await importFile(page, sample183);
    await expect(page.getByRole('region', { name: 'TOML preview' })).toContainText('hostname');
    for (const section of ['Top-level keys', '[[influxdb]]']) {
      await openSection(page, section);
      expect.soft(serious(await new AxeBuilder({ page }).analyze()), section).toEqual([]);
    }
    await page.getByRole('button', { name: 'Export as…' }).click();
    await expect(page.getByRole('dialog', { name: 'Export as' })).toBeVisible();
    await page.waitForTimeout(400);
    expect.soft(serious(await new AxeBuilder({ page }).include('[role="dialog"]').analyze()), 'Export as').toEqual([]);
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`axe: a long list of entries, paged, with rows to open (${scheme})`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('./');
    const many = Array.from({ length: 45 }, (_, i) => `[[influxdb]]\n  name = "db-${i + 1}"\n  urls = ["http://db-${i + 1}:8086"]\n`).join('\n');
    await page.getByLabel('Import kapacitor.conf').setInputFiles({ name: 'many.conf', mimeType: 'text/plain', buffer: Buffer.from(many) });
    await expect(page.getByRole('region', { name: 'TOML preview' })).toContainText('db-1"');
    const section = await openSection(page, '[[influxdb]]');
    await section.getByRole('button', { name: 'Open [[influxdb]] #2', exact: true }).click();
    await expect(section.getByRole('region', { name: '[[influxdb]] #2', exact: true }).getByRole('textbox', { name: 'name', exact: true })).toHaveValue('db-2');
    expect(serious(await new AxeBuilder({ page }).include('main').analyze()), 'long list').toEqual([]);
  });
}
