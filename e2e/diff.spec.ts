import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { importFile, openSection, sample183 } from './support';

test('Changes shows a unified diff with line numbers and downloads it as a patch', async ({ page }) => {
  await page.goto('./');
  await importFile(page, sample183);
  const http = await openSection(page, '[http]');
  await http.getByRole('textbox', { name: 'bind-address', exact: true }).fill(':9999');
  await page.getByRole('button', { name: 'Changes' }).click();
  const dialog = page.getByRole('dialog', { name: 'Changes since import' });
  await expect(dialog).toContainText('1 line added, 1 removed, in 1 place');
  const table = dialog.getByRole('table', { name: 'Unified diff' });
  const lineNo = readFileSync(sample183, 'utf8').split('\n').findIndex((l) => l.includes('bind-address = ":9092"')) + 1;
  await expect(table.getByRole('row').filter({ hasText: 'bind-address = ":9999"' })).toContainText(String(lineNo));
  const [dl] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download patch' }).click()]);
  expect(dl.suggestedFilename()).toBe('kapacitor.conf.patch');
  const patch = readFileSync((await dl.path())!, 'utf8');
  expect(patch).toContain('-  bind-address = ":9092"\n+  bind-address = ":9999"\n');
  expect(patch.startsWith('--- kapacitor.conf\n+++ kapacitor.conf\n@@ ')).toBe(true);
});

test('clicking a problem focuses its field and highlights its line; clicking a preview line opens its field', async ({ page }) => {
  await page.goto('./');
  await importFile(page, sample183);
  await page.getByRole('region', { name: 'Problems' }).getByRole('button', { name: /static\.labels/ }).click();
  const preview = page.getByRole('region', { name: 'TOML preview' });
  await expect(preview.locator('[data-active]')).toContainText('[static.labels]');
  await preview.getByText('targets = ["localhost:9100"]').click();
  const entry = page.getByRole('region', { name: '[[static-discovery]] #1', exact: true });
  await expect(entry.getByRole('combobox', { name: 'targets', exact: true })).toBeFocused();
});
