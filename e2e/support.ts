import { expect, type Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const corpusDir = join(process.cwd(), 'fixtures/corpus');
export const sample183 = join(corpusDir, 'upstream/kapacitor-1.8.3.conf');

export function corpusFiles(): string[] {
  return ['upstream', 'real'].flatMap((d) => readdirSync(join(corpusDir, d)).filter((f) => f.endsWith('.conf')).map((f) => join(corpusDir, d, f)));
}

export async function importFile(page: Page, path: string) {
  await page.getByLabel('Import kapacitor.conf').setInputFiles(path);
}

export async function importBuffer(page: Page, name: string, buffer: Buffer) {
  await page.getByLabel('Import kapacitor.conf').setInputFiles({ name, mimeType: 'text/plain', buffer });
}

/** Drags text files onto the page (a dragover, then the drop), as a user drops files from the desktop. */
export async function dropFiles(page: Page, files: { name: string; text: string }[]) {
  const data = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([f.text], f.name, { type: 'text/plain' }));
    return dt;
  }, files);
  await page.locator('main').dispatchEvent('dragover', { dataTransfer: data });
  await page.locator('main').dispatchEvent('drop', { dataTransfer: data });
}

export async function download(page: Page): Promise<{ name: string; bytes: Buffer }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download kapacitor.conf' }).click()]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), bytes: readFileSync(path!) };
}

export async function openSection(page: Page, header: string) {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: header, exact: true }).click();
  await expect(page.getByRole('region', { name: header, exact: true })).toBeVisible();
  return page.getByRole('region', { name: header, exact: true });
}

/** Lines that differ between two texts of the same line count (edits that replace values). */
export function changedLines(before: string, after: string): { line: number; before: string; after: string }[] {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b.length).toBe(a.length);
  const out = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) out.push({ line: i + 1, before: a[i], after: b[i] });
  return out;
}
