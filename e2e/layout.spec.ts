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
