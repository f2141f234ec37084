import { expect, test, type FileChooser } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { sample183 } from './support';

test('keyboard alone: import, edit a field, download', async ({ page }) => {
  await page.goto('./');
  // Tab reaches the file input (its label is the visible "Import…" button) with a visible focus ring
  const importInput = page.getByLabel('Import kapacitor.conf');
  for (let i = 0; i < 10 && !(await importInput.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(importInput).toBeFocused();
  const ring = await page.locator('label[for="import-file"]').evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(ring).toBe('solid');
  // under a loaded CI machine Chromium once ignored the first Space (no chooser); a second press is what a user does
  let chooser: FileChooser | undefined;
  await expect(async () => {
    await importInput.focus();
    [chooser] = await Promise.all([page.waitForEvent('filechooser', { timeout: 5000 }), page.keyboard.press('Space')]);
  }).toPass({ timeout: 30_000 });
  await chooser!.setFiles(sample183);
  await expect(page.getByRole('region', { name: 'TOML preview' })).toContainText('hostname = "localhost"');

  // the section links are reachable by Tab and open with Enter
  const link = page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: '[http]', exact: true });
  await link.focus();
  await page.keyboard.press('Enter');
  const http = page.getByRole('region', { name: '[http]', exact: true });
  await page.keyboard.press('Tab');
  for (let i = 0; i < 5 && !(await http.getByRole('textbox', { name: 'bind-address', exact: true }).evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(http.getByRole('textbox', { name: 'bind-address', exact: true })).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type(':9093');
  await expect(page.getByRole('region', { name: 'TOML preview' })).toContainText('bind-address = ":9093"');

  // Ctrl+S downloads
  const [dl] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Control+s')]);
  const text = readFileSync((await dl.path())!, 'utf8');
  expect(text).toBe(readFileSync(sample183, 'utf8').replace('bind-address = ":9092"', 'bind-address = ":9093"'));
});
