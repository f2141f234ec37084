import { expect, test } from '@playwright/test';
import { importFile, sample183 } from './support';

// the preview follows the field being edited: it must be beside the form, not below all of it, on a laptop screen
for (const width of [1024, 920]) {
  test(`at ${width} px the preview sits beside the form`, async ({ page }) => {
    await page.setViewportSize({ width, height: 768 });
    await page.goto('./');
    await importFile(page, sample183);
    const form = await page.getByRole('region', { name: 'Top-level keys', exact: true }).boundingBox();
    const preview = await page.getByRole('region', { name: 'TOML preview' }).boundingBox();
    expect(preview!.x).toBeGreaterThanOrEqual(form!.x + form!.width);
    expect(preview!.y).toBeLessThan(300);
  });
}

test('at 800 px the preview is stacked under the form', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 900 });
  await page.goto('./');
  await importFile(page, sample183);
  const form = page.getByRole('region', { name: 'Top-level keys', exact: true });
  const preview = page.getByRole('region', { name: 'TOML preview' });
  await expect(form.getByRole('textbox', { name: 'default-retention-policy', exact: true })).toBeVisible();
  // the version note above the form arrives with the import: measure once the layout holds still
  await expect.poll(async () => {
    const [f, p] = [await form.boundingBox(), await preview.boundingBox()];
    return p!.y >= f!.y + f!.height;
  }).toBe(true);
});

test('on a 390 px phone the page does not scroll sideways, and every toolbar button can be reached and pressed', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./');
  await importFile(page, sample183);
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
  for (const name of ['Paste TOML', 'Search keys', 'Changes', 'Download kapacitor.conf', 'Copy TOML', 'Export as…']) {
    const button = page.getByRole('banner').getByRole('button', { name, exact: true });
    await button.scrollIntoViewIfNeeded();
    // what is under the button's centre is the button, not the navigation drawn over it
    expect(await button.evaluate((b) => {
      const r = b.getBoundingClientRect();
      return b.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2));
    })).toBe(true);
  }
});
