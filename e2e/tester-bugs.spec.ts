// Bugs a fresh-user test run found, each with the right result asserted.
import { expect, test } from '@playwright/test';
import { download, importBuffer, openSection } from './support';

test('a """ string keeps its line breaks when edited in the form', async ({ page }) => {
  await page.goto('./');
  const text = 'data_dir = "/d"\n[deadman]\n  message = """\nline one\nline two"""\n';
  await importBuffer(page, 'k.conf', Buffer.from(text));
  const deadman = await openSection(page, '[deadman]');
  const message = deadman.getByRole('textbox', { name: 'message', exact: true });
  await expect(message).toHaveValue('line one\nline two');
  await message.press('Control+End');
  await message.pressSequentially('!');
  await expect(message).toHaveValue('line one\nline two!');
  // the line break is kept (written as \n in the string; the single-line field dropped it before)
  expect((await download(page)).bytes.toString('utf8')).toBe('data_dir = "/d"\n[deadman]\n  message = "line one\\nline two!"\n');
});

test('comments inside a list survive adding an item in the form', async ({ page }) => {
  await page.goto('./');
  const text = '[smtp]\n  to = [\n    "a@example.com", # first\n    # comment between\n    "b@example.com",\n  ]\n';
  await importBuffer(page, 'k.conf', Buffer.from(text));
  const smtp = await openSection(page, '[smtp]');
  const to = smtp.getByRole('combobox', { name: 'to', exact: true });
  await to.pressSequentially('c@example.com');
  await to.press('Enter');
  const out = (await download(page)).bytes.toString('utf8');
  expect(out).toContain('"a@example.com", # first\n    # comment between\n    "b@example.com"');
  expect(out).toContain('"c@example.com"');
});

test('a single address where a list belongs is kept when an item is added; an integer key holding 25.0 gets 587', async ({ page }) => {
  await page.goto('./');
  await importBuffer(page, 'k.conf', Buffer.from('[smtp]\n  to = "ops@example.com"\n  port = 25.0\n'));
  const smtp = await openSection(page, '[smtp]');
  const to = smtp.getByRole('combobox', { name: 'to', exact: true });
  await to.pressSequentially('dev@example.com');
  await to.press('Enter');
  await smtp.getByRole('textbox', { name: 'port', exact: true }).fill('587');
  const out = (await download(page)).bytes.toString('utf8');
  expect(out).toBe('[smtp]\n  to = ["ops@example.com", "dev@example.com"]\n  port = 587\n');
});

test('a switch is named by its TOML key alone and described by its explanation', async ({ page }) => {
  await page.goto('./');
  await importBuffer(page, 'k.conf', Buffer.from('[smtp]\n  enabled = true\n'));
  const smtp = await openSection(page, '[smtp]');
  const enabled = smtp.getByRole('switch', { name: 'enabled', exact: true });
  await expect(enabled).toBeChecked();
  await expect(enabled).toHaveAccessibleDescription(/\S/);
});
