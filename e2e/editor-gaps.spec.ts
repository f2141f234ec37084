// Gaps an operator working by keyboard, or with secrets in headers, ran into: list items removable one by one,
// a skip link past the Sections navigation, masked header values, search landing on a map entry, help for
// nested tables, Copied on the share link's Copy, and Add on a map writing nothing until the entry is typed.
import { expect, test } from '@playwright/test';
import { download, importBuffer, openSection } from './support';

const base = 'hostname = "k1"\ndata_dir = "/var/lib/kapacitor"\n';

test.describe('list items', () => {
  const text = `${base}
[[influxdb]]
  enabled = true
  name = "local"
  urls = ["http://localhost:8086", "http://influx-b:8086", "http://influx-c:8086"] # three readers
  timeout = "5s"

[smtp]
  enabled = true
  to = [
    "ops@example.com", # on call
    "db@example.com", # database team
    "web@example.com", # web team
  ]
`;

  test('a middle item is removed by keyboard with its own button; only its text leaves the file', async ({ page }) => {
    await page.goto('./');
    await importBuffer(page, 'k.conf', Buffer.from(text));
    const influx = (await openSection(page, '[[influxdb]]')).getByRole('region', { name: '[[influxdb]] #1', exact: true });
    const urls = influx.getByRole('combobox', { name: 'urls', exact: true });
    await expect(urls).toBeVisible();
    const middle = influx.getByRole('button', { name: 'Remove http://influx-b:8086 from urls', exact: true });
    await expect(middle).toBeVisible();
    // reached by Tab: Shift+Tab from the text box goes back over the items' buttons
    await urls.focus();
    await page.keyboard.press('Shift+Tab');
    await expect(influx.getByRole('button', { name: 'Remove http://influx-c:8086 from urls' })).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(middle).toBeFocused();
    // the focused item is ringed as a whole, its × filled
    const ring = await middle.evaluate((el) => ({ item: getComputedStyle(el.parentElement!).outlineStyle, x: getComputedStyle(el).backgroundColor }));
    expect(ring.item).toBe('solid');
    expect(ring.x).not.toBe('rgba(0, 0, 0, 0)');
    await page.keyboard.press('Enter');

    const preview = page.getByRole('region', { name: 'TOML preview' });
    await expect(preview).toContainText('urls = ["http://localhost:8086", "http://influx-c:8086"] # three readers');
    await expect(middle).toHaveCount(0);
    // the focus goes on to the next item's button, not to the page
    await expect(influx.getByRole('button', { name: 'Remove http://influx-c:8086 from urls' })).toBeFocused();
    // Delete on a focused item's button removes that item too
    await influx.getByRole('button', { name: 'Remove http://localhost:8086 from urls' }).focus();
    await page.keyboard.press('Delete');
    await expect(preview).toContainText('urls = ["http://influx-c:8086"] # three readers');
    await expect(influx.getByRole('button', { name: 'Remove http://influx-c:8086 from urls' })).toBeFocused();

    const { bytes } = await download(page);
    expect(bytes.toString('utf8')).toBe(text.replace('"http://localhost:8086", "http://influx-b:8086", ', ''));
  });

  test('removing an item of a list written over lines with comments keeps the other items and their comments', async ({ page }) => {
    await page.goto('./');
    await importBuffer(page, 'k.conf', Buffer.from(text));
    const smtp = await openSection(page, '[smtp]');
    await expect(smtp.getByRole('combobox', { name: 'to', exact: true })).toBeVisible();
    const db = smtp.getByRole('button', { name: 'Remove db@example.com from to', exact: true });
    await db.focus();
    await page.keyboard.press('Space');
    await expect(db).toHaveCount(0);
    await expect(smtp.getByRole('button', { name: 'Remove web@example.com from to' })).toBeFocused();
    const { bytes } = await download(page);
    // the item's text goes; its comment and every other line stay as they were
    expect(bytes.toString('utf8')).toBe(text.replace('    "db@example.com", # database team\n', '    # database team\n'));
  });
});

test('Skip to forms is the first Tab stop, shows on focus and jumps past the Sections navigation', async ({ page }) => {
  await page.goto('./');
  const skip = page.getByRole('link', { name: 'Skip to forms' });
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
  // out of sight until focused
  const hidden = await skip.boundingBox();
  expect(hidden!.y + hidden!.height).toBeLessThanOrEqual(0);
  await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  const shown = await skip.boundingBox();
  expect(shown!.y).toBeGreaterThanOrEqual(0);
  expect(shown!.height).toBeGreaterThan(20);
  await expect(skip).toBeInViewport();
  expect(await skip.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');

  await importBuffer(page, 'k.conf', Buffer.from(base));
  await expect(page.getByRole('region', { name: 'Top-level keys', exact: true })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
  await skip.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#forms')).toBeFocused();
  expect(new URL(page.url()).hash).not.toBe('#forms');
  // the next Tabs land in the forms (a note's Dismiss, then the fields), not in the toolbar or among the section links
  const hostname = page.getByRole('region', { name: 'Top-level keys', exact: true }).getByRole('textbox', { name: 'hostname', exact: true });
  for (let i = 0; i < 4 && !(await hostname.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
    const where = await page.evaluate(() => ({ inForms: !!document.activeElement?.closest('#forms'), inNav: !!document.activeElement?.closest('nav') }));
    expect(where).toEqual({ inForms: true, inNav: false });
  }
  await expect(hostname).toBeFocused();
});

test.describe('map fields', () => {
  const SECRET = 'Bearer s3cr3t-t0ken-xyz';
  const text = `${base}
[[httppost]]
  endpoint = "hook"
  url = "http://example.com/hook"
  [httppost.headers]
    X-Trace = "on"
    Authorization = "${SECRET}"
`;

  test('a secret header value is masked in the form as in the preview, with a button to show it; never logged', async ({ page }) => {
    const logs: string[] = [];
    page.on('console', (m) => logs.push(m.text()));
    await page.goto('./');
    await importBuffer(page, 'k.conf', Buffer.from(text));
    const entry = (await openSection(page, '[[httppost]]')).getByRole('region', { name: '[[httppost]] #1', exact: true });
    const trace = entry.getByRole('textbox', { name: 'headers value 1', exact: true });
    const auth = entry.getByLabel('headers value 2', { exact: true });
    await expect(trace).toHaveValue('on');
    expect(await trace.evaluate((el: HTMLInputElement) => el.type)).toBe('text');
    await expect(auth).toHaveAttribute('type', 'password');
    await expect(auth).toHaveValue(SECRET);
    const preview = page.getByRole('region', { name: 'TOML preview' });
    await expect(preview).toContainText('Authorization = "••••••"');
    expect(await page.locator('body').innerText()).not.toContain('s3cr3t');

    const show = entry.getByRole('button', { name: 'Show headers value 2', exact: true });
    await show.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => auth.evaluate((el: HTMLInputElement) => el.type)).toBe('text');
    await expect(show).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Enter');
    await expect(auth).toHaveAttribute('type', 'password');

    // a key typed as Authorization masks its value as soon as the key says it is a credential
    await entry.getByRole('textbox', { name: 'headers key 1', exact: true }).fill('X-Api-Key');
    await expect(entry.getByLabel('headers value 1', { exact: true })).toHaveAttribute('type', 'password');
    await expect(preview).toContainText('X-Api-Key = "••••••"');
    expect(logs.filter((l) => l.includes('s3cr3t'))).toEqual([]);
  });

  test('a search hit on a map entry focuses that entry\'s value', async ({ page }) => {
    await page.goto('./');
    await importBuffer(page, 'k.conf', Buffer.from(text));
    await expect(page.getByRole('region', { name: 'TOML preview' })).toContainText('X-Trace');
    await page.keyboard.press('Control+k');
    await page.getByRole('textbox', { name: 'Search keys' }).fill('X-Trace');
    const hit = page.getByRole('dialog').getByRole('button', { name: /\[\[httppost\]\] #1 headers\.X-Trace/ });
    await expect(hit).toHaveCount(1);
    await hit.click();
    const entry = page.getByRole('region', { name: '[[httppost]] #1', exact: true });
    const value = entry.getByRole('textbox', { name: 'headers value 1', exact: true });
    await expect(value).toBeFocused();
    await expect(value).toHaveValue('on');

    await page.keyboard.press('Control+k');
    await page.getByRole('textbox', { name: 'Search keys' }).fill('Authorization');
    await page.getByRole('dialog').getByRole('button', { name: /\[\[httppost\]\] #1 headers\.Authorization/ }).click();
    await expect(entry.getByLabel('headers value 2', { exact: true })).toBeFocused();
  });

  test('clicking a problem at a map entry focuses that entry\'s value', async ({ page }) => {
    await page.goto('./');
    await importBuffer(page, 'k.conf', Buffer.from(`${base}
[[influxdb]]
  enabled = true
  name = "local"
  urls = ["http://localhost:8086"]
  [influxdb.subscriptions]
    telegraf = ["autogen"]
    other = "not-a-list"
`));
    const problem = page.getByRole('region', { name: 'Problems' }).getByRole('button', { name: /subscriptions\.other/ }).first();
    await expect(problem).toBeVisible();
    await problem.click();
    const entry = page.getByRole('region', { name: '[[influxdb]] #1', exact: true });
    await expect(entry.getByRole('textbox', { name: 'subscriptions value 2 (comma-separated list)', exact: true })).toBeFocused();
  });

  test('Add writes nothing until the new entry has a key and a value', async ({ page }) => {
    const plain = `${base}
[[httppost]]
  endpoint = "hook"
  url = "http://example.com/hook"
`;
    await page.goto('./');
    await importBuffer(page, 'k.conf', Buffer.from(plain));
    const entry = (await openSection(page, '[[httppost]]')).getByRole('region', { name: '[[httppost]] #1', exact: true });
    const preview = page.getByRole('region', { name: 'TOML preview' });
    await entry.getByRole('button', { name: 'Add to headers', exact: true }).click();
    const key = entry.getByRole('textbox', { name: 'headers key 1', exact: true });
    await expect(key).toBeFocused();
    await expect(entry.getByText('A new row is written once it has a key and a value.')).toBeVisible();
    expect((await download(page)).bytes.toString('utf8')).toBe(plain);

    await key.pressSequentially('X-Trace');
    await expect(key).toHaveValue('X-Trace');
    expect((await download(page)).bytes.toString('utf8')).toBe(plain);
    await expect(preview).not.toContainText('X-Trace');

    await entry.getByRole('textbox', { name: 'headers value 1', exact: true }).pressSequentially('on');
    await expect(preview).toContainText('X-Trace = "on"');
    const after = (await download(page)).bytes.toString('utf8');
    expect(after).not.toBe(plain);
    expect(after).toMatch(/X-Trace = "on"/);
    expect(after.replace(/\s*(\[httppost\.headers\]\s*)?X-Trace = "on"|headers = \{ X-Trace = "on" \}/, '').trim()).toBe(plain.trim());
  });

  test('Add on a map the file has (influxdb subscriptions) leaves it as it is until the entry is typed', async ({ page }) => {
    const withSubs = `${base}
[[influxdb]]
  enabled = true
  name = "local"
  urls = ["http://localhost:8086"]
  [influxdb.subscriptions]
    telegraf = ["autogen"]
`;
    await page.goto('./');
    await importBuffer(page, 'k.conf', Buffer.from(withSubs));
    const entry = (await openSection(page, '[[influxdb]]')).getByRole('region', { name: '[[influxdb]] #1', exact: true });
    await entry.getByRole('button', { name: 'Add to subscriptions', exact: true }).click();
    expect((await download(page)).bytes.toString('utf8')).toBe(withSubs);
    await entry.getByRole('textbox', { name: 'subscriptions key 2', exact: true }).fill('mydb');
    expect((await download(page)).bytes.toString('utf8')).toBe(withSubs);
    await entry.getByRole('textbox', { name: 'subscriptions value 2 (comma-separated list)', exact: true }).fill('autogen');
    await expect(page.getByRole('region', { name: 'TOML preview' })).toContainText('mydb = ["autogen"]');
    expect((await download(page)).bytes.toString('utf8')).toBe(`${withSubs}    mydb = ["autogen"]\n`);
  });
});

test('nested-table fields show their help under More: [[httppost]] basic-auth, [udf] functions', async ({ page }) => {
  await page.goto('./');
  await importBuffer(page, 'k.conf', Buffer.from(`${base}
[[httppost]]
  endpoint = "hook"
  url = "http://example.com/hook"

[udf]
[udf.functions]
  [udf.functions.goavg]
    prog = "/usr/local/bin/moving_avg"
    timeout = "10s"
`));
  const entry = (await openSection(page, '[[httppost]]')).getByRole('region', { name: '[[httppost]] #1', exact: true });
  const auth = entry.getByRole('group', { name: 'basic-auth', exact: true });
  await expect(auth).toHaveAccessibleDescription('HTTP basic authentication: { username = "...", password = "..." }.');
  const more = auth.getByRole('button', { name: 'More about basic-auth', exact: true });
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  const help = 'Give both username and password (1.5 had a check for that, which was never run).';
  await expect(auth.getByText(help)).toBeHidden();
  await more.click();
  await expect(more).toHaveAttribute('aria-expanded', 'true');
  await expect(auth.getByText(help)).toBeVisible();
  // the fields inside keep their own help
  await expect(auth.getByRole('button', { name: 'More about password', exact: true })).toBeVisible();

  const udf = await openSection(page, '[udf]');
  const functions = udf.getByRole('group', { name: 'functions', exact: true });
  await functions.getByRole('button', { name: 'More about functions', exact: true }).click();
  await expect(functions.getByText(/The table name is the name TICKscripts use/)).toBeVisible();
  await expect(functions.getByRole('group', { name: 'goavg' }).getByRole('button', { name: 'More about prog', exact: true })).toBeVisible();
});

test('the share link\'s Copy says Copied, as the other Copy buttons do', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./');
  await importBuffer(page, 'k.conf', Buffer.from(base));
  await page.getByRole('button', { name: 'Export as…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export as' });
  await dialog.getByRole('tab', { name: 'Share link' }).click();
  const link = dialog.getByRole('textbox', { name: 'Share link' });
  await expect(link).toHaveValue(/#doc=/);
  const copy = dialog.getByRole('button', { name: 'Copy link', exact: true });
  await copy.click();
  await expect(copy).toHaveText('Copied ✓');
  await expect(dialog.getByRole('status').filter({ hasText: 'Share link copied to the clipboard' })).toHaveCount(1);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await link.inputValue());
  await expect(copy).toHaveText('Copy link', { timeout: 5000 });
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe: list items' remove buttons, masked header values, nested-table help and the focused skip link (${scheme})`, async ({ page }) => {
    test.setTimeout(120_000);
    const { default: AxeBuilder } = await import('@axe-core/playwright');
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('./');
    await importBuffer(page, 'k.conf', Buffer.from(`${base}
[[httppost]]
  endpoint = "hook"
  url = "http://example.com/hook"
  [httppost.headers]
    X-Trace = "on"
    Authorization = "Bearer t"

[smtp]
  enabled = true
  to = ["ops@example.com", "db@example.com"]
`));
    const serious = async () => (await new AxeBuilder({ page }).analyze()).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} ${v.nodes.slice(0, 4).map((n) => n.target.join(' ')).join(' | ')}`);
    const httppost = await openSection(page, '[[httppost]]');
    await httppost.getByRole('button', { name: 'More about basic-auth' }).click();
    await httppost.getByRole('button', { name: 'Add to headers' }).first().click();
    await page.getByRole('link', { name: 'Skip to forms' }).focus();
    expect(await serious(), '[[httppost]]').toEqual([]);
    const smtp = await openSection(page, '[smtp]');
    await smtp.getByRole('button', { name: 'Remove db@example.com from to' }).focus();
    expect(await serious(), '[smtp]').toEqual([]);
  });
}
