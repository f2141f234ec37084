import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { corpusFiles, download, importFile } from './support';

// Every corpus file, imported through the UI and downloaded without an edit, comes back byte for byte.
// The UTF-16 one comes back as its UTF-8 transcoding, as Kapacitor reads only UTF-8.
for (const file of corpusFiles()) {
  test(`round-trips ${basename(file)}`, async ({ page }) => {
    await page.goto('./');
    await importFile(page, file);
    const original = readFileSync(file);
    const utf16 = original[0] === 0xff && original[1] === 0xfe;
    if (utf16) await expect(page.getByText('Kapacitor reads only UTF-8', { exact: false })).toBeVisible();
    else await expect(page.getByRole('region', { name: 'TOML preview' })).toContainText(original.toString('utf8').split(/\r?\n/).find((l) => l.trim() !== '')!.trim().slice(0, 40));
    const { name, bytes } = await download(page);
    expect(name).toBe('kapacitor.conf');
    const expected = utf16 ? Buffer.from(new TextDecoder('utf-16le').decode(original.subarray(2)), 'utf8') : original;
    expect(bytes.equals(expected)).toBe(true);
  });
}
