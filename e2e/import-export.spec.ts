import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { download, dropFiles, importBuffer, importFile, openSection, sample183 } from './support';

test('New offers the 1.8.3 sample with its comments, and an empty file', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'New' }).click();
  await page.getByRole('menuitem', { name: 'Kapacitor 1.8.3 sample config' }).click();
  await expect(page.getByRole('region', { name: 'TOML preview' })).toContainText('# The hostname of this node.');
  expect((await download(page)).bytes.equals(readFileSync(sample183))).toBe(true);
  await page.getByRole('button', { name: 'New' }).click();
  await page.getByRole('menuitem', { name: 'Empty file' }).click();
  await expect(page.getByRole('region', { name: 'TOML preview' })).toContainText('1 line');
  expect((await download(page)).bytes.length).toBe(0);
});

test('Paste TOML imports the pasted text', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Paste TOML' }).click();
  await page.getByRole('textbox', { name: 'TOML to import' }).fill('hostname = "pasted"\ndata_dir = "/d"\n');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('region', { name: 'TOML preview' })).toContainText('hostname = "pasted"');
});

test('Copy TOML puts the document on the clipboard with visible feedback', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./');
  await importBuffer(page, 'k.conf', Buffer.from('hostname = "copied"\r\ndata_dir = "/d"\r\n'));
  await expect(page.getByRole('region', { name: 'TOML preview' })).toContainText('hostname = "copied"');
  await page.getByRole('button', { name: 'Copy TOML' }).click();
  await expect(page.getByText('Copied ✓')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('hostname = "copied"\r\ndata_dir = "/d"\r\n');
});

test('dropping a file on the page imports it', async ({ page }) => {
  await page.goto('./');
  await dropFiles(page, [{ name: 'dropped.conf', text: 'hostname = "dropped"\n' }]);
  await expect(page.getByRole('region', { name: 'TOML preview' })).toContainText('hostname = "dropped"');
});

test('a UTF-16 file is read, the user is told, and the export is UTF-8 without BOM with CRLF kept', async ({ page }) => {
  await page.goto('./');
  const text = 'hostname = "wïn"\r\ndata_dir = "C:/kapacitor"\r\n';
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  await importBuffer(page, 'win.conf', utf16);
  await expect(page.getByRole('status').filter({ hasText: 'UTF-8' }).first()).toBeVisible();
  expect((await download(page)).bytes.equals(Buffer.from(text, 'utf8'))).toBe(true);
});

test('undo and redo cover form edits and imports', async ({ page }) => {
  await page.goto('./');
  await importFile(page, sample183);
  const top = await openSection(page, 'Top-level keys');
  await top.getByRole('textbox', { name: 'hostname', exact: true }).fill('');
  await top.getByRole('textbox', { name: 'hostname', exact: true }).pressSequentially('h2');
  await expect(page.getByRole('region', { name: 'TOML preview' })).toContainText('hostname = "h2"');
  await importBuffer(page, 'other.conf', Buffer.from('hostname = "other"\n'));
  await expect(page.getByRole('region', { name: 'TOML preview' })).toContainText('hostname = "other"');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('region', { name: 'TOML preview' })).toContainText('hostname = "h2"');
  // typing in one field is one undo step
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('region', { name: 'TOML preview' })).toContainText('hostname = "localhost"');
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(page.getByRole('region', { name: 'TOML preview' })).toContainText('hostname = "h');
});
