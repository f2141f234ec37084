import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { changedLines, download, importFile, openSection, sample183 } from './support';

const original = readFileSync(sample183, 'utf8');

const cases = [
  { section: '[http]', key: 'bind-address', value: '127.0.0.1:9093', line: 'bind-address = "127.0.0.1:9093"' },
  { section: 'Top-level keys', key: 'hostname', value: 'kapacitor-01.internal', line: 'hostname = "kapacitor-01.internal"' },
  { section: '[auth]', key: 'bcrypt-cost', value: '12', line: 'bcrypt-cost = 12' },
];

for (const c of cases) {
  test(`editing ${c.section} ${c.key} changes exactly that line`, async ({ page }) => {
    await page.goto('./');
    await importFile(page, sample183);
    const region = await openSection(page, c.section);
    const input = region.getByRole('textbox', { name: c.key, exact: true });
    await input.fill(c.value);
    // the preview follows the field and shows the new line while typing
    await expect(page.getByRole('region', { name: 'TOML preview' })).toContainText(c.line);
    const { bytes } = await download(page);
    const diff = changedLines(original, bytes.toString('utf8'));
    expect(diff).toHaveLength(1);
    expect(diff[0].after.trim()).toBe(c.line);
    expect(diff[0].before.trim().startsWith(`${c.key} =`)).toBe(true);
  });
}

test('editing [logging] level changes exactly that line', async ({ page }) => {
  await page.goto('./');
  await importFile(page, sample183);
  const region = await openSection(page, '[logging]');
  await region.getByRole('combobox', { name: 'level', exact: true }).selectOption('ERROR');
  await expect(page.getByRole('region', { name: 'TOML preview' })).toContainText('level = "ERROR"');
  const { bytes } = await download(page);
  const diff = changedLines(original, bytes.toString('utf8'));
  expect(diff).toEqual([{ line: 95, before: '    level = "INFO"', after: '    level = "ERROR"' }]);
});
