import { expect, test } from '@playwright/test';
import { download, importBuffer, openSection } from './support';

const text = 'hostname = "k"\ndata_dir = "/d"\n[smtp]\n  password = "mail-secret"\n';

test('the document survives a reload, without its secrets unless the user opts in', async ({ page }) => {
  await page.goto('./');
  await importBuffer(page, 'mine.conf', Buffer.from(text));
  const top = await openSection(page, 'Top-level keys');
  await top.getByRole('textbox', { name: 'hostname', exact: true }).fill('typed-before-crash');
  await page.waitForTimeout(800);
  await page.reload();
  await expect(page.getByText('Unsaved work found')).toBeVisible();
  await page.getByRole('button', { name: 'Restore draft' }).click();
  const restored = (await download(page)).bytes.toString('utf8');
  expect(restored).toBe('hostname = "typed-before-crash"\ndata_dir = "/d"\n[smtp]\n  password = ""\n');

  await page.getByRole('checkbox', { name: 'Keep secrets in the browser draft' }).check();
  await importBuffer(page, 'mine.conf', Buffer.from(text));
  await page.waitForTimeout(800);
  await page.reload();
  await page.getByRole('button', { name: 'Restore draft' }).click();
  expect((await download(page)).bytes.toString('utf8')).toBe(text);
});

test('a discarded draft is not offered again', async ({ page }) => {
  await page.goto('./');
  await importBuffer(page, 'mine.conf', Buffer.from(text));
  await page.waitForTimeout(800);
  await page.reload();
  await page.getByRole('button', { name: 'Discard draft' }).click();
  await page.reload();
  await expect(page.getByText('Unsaved work found')).toHaveCount(0);
});
