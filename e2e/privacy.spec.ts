import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { download, importFile, openSection, sample183 } from './support';

test('after it loads, the page makes no network request, and nothing breaks the Content-Security-Policy', async ({ page }) => {
  const cspErrors: string[] = [];
  page.on('console', (m) => { if (/Content Security Policy|Refused to/i.test(m.text())) cspErrors.push(m.text()); });
  await page.goto('./');
  await expect(page.getByLabel('Import kapacitor.conf')).toBeAttached();
  // the code not needed for the first paint arrives right after it; from then on, nothing
  await expect(page.locator('html[data-loaded="all"]')).toBeAttached();
  await page.waitForLoadState('networkidle');
  const requests: string[] = [];
  page.on('request', (r) => { if (!r.url().startsWith('blob:') && !r.url().startsWith('data:')) requests.push(r.url()); });

  await importFile(page, sample183);
  const http = await openSection(page, '[http]');
  await http.getByRole('textbox', { name: 'bind-address', exact: true }).fill(':9999');
  await openSection(page, '[[influxdb]]');
  await page.keyboard.press('Control+k');
  const search = page.getByRole('dialog', { name: 'Search keys' });
  // the search loads on first use: wait for it rather than type into nothing
  await search.getByRole('textbox', { name: 'Search keys' }).fill('slack');
  await page.keyboard.press('Escape');
  await expect(search).toBeHidden();
  await download(page);
  expect(requests).toEqual([]);
  expect(cspErrors).toEqual([]);
});

test('the page ships a strict CSP and loads no third-party script or font', async ({ page }) => {
  const html = readFileSync('dist/index.html', 'utf8');
  const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("connect-src 'none'");
  expect(csp).not.toContain('unsafe-eval');
  expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
  const origins = new Set<string>();
  page.on('request', (r) => origins.add(new URL(r.url()).origin));
  await page.goto('./');
  await page.waitForLoadState('networkidle');
  expect([...origins]).toEqual([new URL(page.url()).origin]);
});

test('HTML and script in values and comments are shown as text, never run', async ({ page }) => {
  await page.goto('./');
  let dialogs = 0;
  page.on('dialog', async (d) => { dialogs++; await d.dismiss(); });
  const hostile = '# <img src=x onerror=alert(1)>\nhostname = "<script>alert(2)</script>"\ndata_dir = "/d"\n[http]\n"<b onmouseover=alert(3)>" = 1\n';
  await page.getByLabel('Import kapacitor.conf').setInputFiles({ name: 'x.conf', mimeType: 'text/plain', buffer: Buffer.from(hostile) });
  const preview = page.getByRole('region', { name: 'TOML preview' });
  await expect(preview).toContainText('<img src=x onerror=alert(1)>');
  await expect(preview).toContainText('hostname = "<script>alert(2)</script>"');
  const top = await openSection(page, 'Top-level keys');
  await expect(top.getByRole('textbox', { name: 'hostname', exact: true })).toHaveValue('<script>alert(2)</script>');
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(dialogs).toBe(0);
});
