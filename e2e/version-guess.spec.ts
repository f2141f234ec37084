import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { corpusDir, importBuffer, importFile } from './support';

test('an import says which release the checks follow and why; the user can change it', async ({ page }) => {
  await page.goto('./');
  await importBuffer(page, 'enterprise.conf', Buffer.from('hostname = "k"\n[cluster]\n  roles = ["worker"]\n'));
  const note = page.getByRole('status').filter({ hasText: 'Checked as Kapacitor' });
  await expect(note).toContainText('Checked as Kapacitor 1.8 Enterprise');
  await expect(note).toContainText('[cluster] is Kapacitor Enterprise only.');
  await expect(page.getByRole('switch', { name: 'Enterprise' })).toBeChecked();

  // a file that says nothing about its release keeps the user's choice
  await page.getByLabel('Kapacitor version').selectOption('1.6');
  await importBuffer(page, 'plain.conf', Buffer.from('hostname = "k"\n'));
  await expect(note).toContainText('Checked as Kapacitor 1.6 Enterprise');
  await expect(note).toContainText('your choice (1.6, Enterprise) is kept');
  await expect(page.getByLabel('Kapacitor version')).toHaveValue('1.6');

  await note.getByRole('button', { name: 'Dismiss' }).click();
  await expect(note).toHaveCount(0);
});

test("Kapacitor 1.5's own sample is checked as 1.5", async ({ page }) => {
  await page.goto('./');
  await importFile(page, join(corpusDir, 'upstream/kapacitor-1.5.9.conf'));
  await expect(page.getByRole('status').filter({ hasText: 'Checked as Kapacitor' })).toContainText('Checked as Kapacitor 1.5');
  await expect(page.getByLabel('Kapacitor version')).toHaveValue('1.5');
});
