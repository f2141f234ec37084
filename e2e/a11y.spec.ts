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
