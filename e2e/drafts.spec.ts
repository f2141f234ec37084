import { expect, test } from '@playwright/test';
import { deflateRawSync } from 'node:zlib';
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
  // after the restore the page still says the secrets are blank, until the note is dismissed
  await expect(page.getByRole('status').filter({ hasText: 'saved without its secrets' })).toContainText('Type them again before you download the file.');

  await page.getByRole('checkbox', { name: 'Keep secrets in the browser draft' }).check();
  await importBuffer(page, 'mine.conf', Buffer.from(text));
  await page.waitForTimeout(800);
  await page.reload();
  await page.getByRole('button', { name: 'Restore draft' }).click();
  expect((await download(page)).bytes.toString('utf8')).toBe(text);
  await expect(page.getByRole('status').filter({ hasText: 'saved without its secrets' })).toHaveCount(0);
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

test('a share link opened with the page leaves the saved draft on offer, and Restore brings the draft back', async ({ page }) => {
  await page.goto('./');
  await importBuffer(page, 'mine.conf', Buffer.from(text));
  const top = await openSection(page, 'Top-level keys');
  await top.getByRole('textbox', { name: 'hostname', exact: true }).fill('my-unsaved-work');
  await page.waitForTimeout(800);
  // the tab is closed; later a colleague's share link is opened
  const shared = `#doc=${deflateRawSync(Buffer.from('hostname = "shared"\n')).toString('base64url')}`;
  await page.goto('about:blank');
  await page.goto(`./${shared}`);
  await expect(page.getByRole('region', { name: 'TOML preview' })).toContainText('hostname = "shared"');
  await expect(page.getByText('Unsaved work found')).toBeVisible();
  // a draft save would have come 400 ms after the shared document opened
  await page.waitForTimeout(800);
  await page.reload();
  await page.getByRole('button', { name: 'Restore draft' }).click();
  expect((await download(page)).bytes.toString('utf8')).toBe('hostname = "my-unsaved-work"\ndata_dir = "/d"\n[smtp]\n  password = ""\n');
});
