import { expect, test, type Locator, type Page } from '@playwright/test';
import { download, importBuffer, importFile, openSection, sample183 } from './support';

const withError = 'hostname = "k1"\ndata_dir = "/var/lib/kapacitor"\n[http]\n  bind-address = "9092"\n  log-enabled = true\n';

/** the block of one form field: its input and the facts under it (`input` relative to the block) */
function fieldBlock(region: Locator, input: Locator): Locator {
  return region.locator('div').filter({ has: input }).filter({ hasText: 'KAPACITOR_' }).last();
}

function navLink(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name, exact: true });
}

test('the navigation groups sections and says, per link, how many keys are edited and how many problems it has', async ({ page }) => {
  await page.goto('./');
  await importFile(page, sample183);
  const nav = page.getByRole('navigation', { name: 'Sections' });
  const groupOf = (title: string) => nav.getByText(title, { exact: true }).locator('xpath=following-sibling::ul[1]');
  await expect(groupOf('Core').getByRole('link', { name: '[http]', exact: true })).toBeVisible();
  await expect(groupOf('InfluxDB and inputs').getByRole('link', { name: '[[influxdb]]', exact: true })).toBeVisible();
  await expect(groupOf('Alert handlers').getByRole('link', { name: '[smtp]', exact: true })).toBeVisible();
  await expect(groupOf('Discovery and scraping').getByRole('link', { name: '[[scraper]]', exact: true })).toBeVisible();
  await expect(groupOf('Enterprise').getByRole('link', { name: '[cluster]', exact: true })).toBeVisible();
  await expect(groupOf('Alert handlers').getByRole('link', { name: '[http]', exact: true })).toHaveCount(0);

  await expect(navLink(page, '[http]')).not.toHaveAccessibleDescription(/edited/);
  const http = await openSection(page, '[http]');
  await http.getByRole('textbox', { name: 'bind-address', exact: true }).fill(':9999');
  await expect(navLink(page, '[http]')).toHaveAccessibleDescription('1 edited');
  await expect(navLink(page, '[http]')).toHaveAttribute('aria-current', 'page');
  await http.getByRole('textbox', { name: 'shutdown-timeout', exact: true }).fill('30s');
  await expect(navLink(page, '[http]')).toHaveAccessibleDescription('2 edited');
  // a section the file does not have says so
  await expect(navLink(page, '[rpc]')).toHaveAccessibleDescription(/defaults only/);
});

test('a link counts the problems of its section', async ({ page }) => {
  await page.goto('./');
  await importBuffer(page, 'k.conf', Buffer.from(withError));
  await expect(navLink(page, '[http]')).toHaveAccessibleDescription(/1 error\b/);
  const http = await openSection(page, '[http]');
  await http.getByRole('textbox', { name: 'bind-address', exact: true }).fill(':9092');
  await expect(navLink(page, '[http]')).not.toHaveAccessibleDescription(/errors/);
  await expect(navLink(page, '[http]')).toHaveAccessibleDescription(/1 edited/);
});

test('a field shows its default, environment variable and release; Reset to imported and Use default act on the file', async ({ page }) => {
  await page.goto('./');
  await importFile(page, sample183);
  const http = await openSection(page, '[http]');
  const bind = http.getByRole('textbox', { name: 'bind-address', exact: true });
  const block = fieldBlock(http, page.getByRole('textbox', { name: 'bind-address', exact: true }));
  await expect(block).toContainText('Default: ":9092"');
  await expect(block).toContainText('KAPACITOR_HTTP_BIND_ADDRESS');
  await expect(block.getByRole('button', { name: /Reset bind-address/ })).toHaveCount(0);

  const key = fieldBlock(http, page.getByLabel('https-private-key', { exact: true }));
  await expect(key).toContainText('since 1.5.0');
  await expect(key).toContainText('KAPACITOR_HTTP_HTTPS_PRIVATE_KEY');

  await bind.fill(':9999');
  await expect(block).toContainText('changed');
  await block.getByRole('button', { name: 'Reset bind-address to the imported value' }).click();
  const bindAgain = http.getByRole('textbox', { name: 'bind-address', exact: true });
  await expect(bindAgain).toHaveValue(':9092');
  const preview = page.getByRole('region', { name: 'TOML preview' });
  await expect(preview).toContainText('bind-address = ":9092"');
  await expect(block).not.toContainText('changed');

  await bindAgain.fill(':9999');
  await block.getByRole('button', { name: "Reset bind-address to Kapacitor's default" }).click();
  await expect(http.getByRole('textbox', { name: 'bind-address', exact: true })).toHaveValue(':9092');
  const text = (await download(page)).bytes.toString('utf8');
  const httpTable = /\n\[http\]\n([\s\S]*?)\n\[/.exec(text)?.[1] ?? '';
  expect(httpTable).toContain('log-enabled = true');
  expect(httpTable).not.toMatch(/^\s*bind-address =/m);
  // the key is gone from the file: the field says it shows the default
  await expect(block.getByText('default', { exact: true })).toBeVisible();
  await expect(block.getByText('changed', { exact: true })).toBeVisible();
  await expect(block.getByRole('button', { name: "Reset bind-address to Kapacitor's default" })).toHaveCount(0);
});

test('the preview marks a problem line in its gutter', async ({ page }) => {
  await page.goto('./');
  await importBuffer(page, 'k.conf', Buffer.from(withError));
  const preview = page.getByRole('region', { name: 'TOML preview' });
  const line4 = preview.locator('[data-line="4"]');
  await expect(line4).toContainText('bind-address = "9092"');
  await expect(line4).toHaveAttribute('data-problem', 'error');
  await expect(preview.locator('[data-line="5"]')).not.toHaveAttribute('data-problem', /.+/);
  const mark = await line4.locator('span').first().evaluate((el) => getComputedStyle(el).borderRightColor);
  const none = await preview.locator('[data-line="5"] span').first().evaluate((el) => getComputedStyle(el).borderRightColor);
  expect(mark).not.toBe(none);
  expect(mark).not.toBe('rgba(0, 0, 0, 0)');
  // fixed: the mark goes
  const http = await openSection(page, '[http]');
  await http.getByRole('textbox', { name: 'bind-address', exact: true }).fill(':9092');
  await expect(line4).not.toHaveAttribute('data-problem', /.+/);
});

test('clicking a problem opens its section and focuses its field', async ({ page }) => {
  await page.goto('./');
  await importBuffer(page, 'k.conf', Buffer.from(withError));
  await expect(page.getByRole('region', { name: 'Top-level keys', exact: true })).toBeVisible();
  await page.getByRole('region', { name: 'Problems' }).getByRole('button', { name: /http\.bind-address/ }).click();
  const http = page.getByRole('region', { name: '[http]', exact: true });
  await expect(http.getByRole('textbox', { name: 'bind-address', exact: true })).toBeFocused();
  await expect(page.getByRole('region', { name: 'TOML preview' }).locator('[data-active]')).toContainText('bind-address = "9092"');
});

test('keyboard: Tab reaches a section link, Enter opens it, Tab goes on into its first field', async ({ page }) => {
  await page.goto('./');
  await importFile(page, sample183);
  await expect(page.getByRole('region', { name: 'TOML preview' })).toContainText('hostname = "localhost"');
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  const link = navLink(page, '[http]');
  let reached = false;
  for (let i = 0; i < 60 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await link.evaluate((el) => el === document.activeElement);
  }
  expect(reached).toBe(true);
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  const http = page.getByRole('region', { name: '[http]', exact: true });
  await expect(http).toBeVisible();
  await expect(link).toHaveAttribute('aria-current', 'page');
  await page.keyboard.press('Tab');
  await expect(http.getByRole('textbox', { name: 'bind-address', exact: true })).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type(':9191');
  await expect(page.getByRole('region', { name: 'TOML preview' })).toContainText('bind-address = ":9191"');
});

test('a section opened by its address shows its link in the list, scrolled to; a modified click is left to the browser', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 700 });
  await page.goto('./');
  await importFile(page, sample183);
  const nav = page.getByRole('navigation', { name: 'Sections' });
  await page.evaluate(() => { location.hash = '#udf'; });
  await expect(page.getByRole('region', { name: '[udf]', exact: true })).toBeVisible();
  const link = nav.getByRole('link', { name: '[udf]', exact: true });
  await expect(link).toHaveAttribute('aria-current', 'page');
  await expect(link).toBeInViewport();
  // a modified click is not taken over: the page keeps its section (the browser opens the link elsewhere)
  const popup = page.context().waitForEvent('page', { timeout: 5000 }).catch(() => undefined);
  await nav.getByRole('link', { name: '[http]', exact: true }).click({ modifiers: ['Shift'] });
  await (await popup)?.close();
  await expect(link).toHaveAttribute('aria-current', 'page');
});
