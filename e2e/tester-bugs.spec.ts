// Bugs a fresh-user test run found, each with the right result asserted.
import { expect, test } from '@playwright/test';
import { deflateRawSync } from 'node:zlib';
import { download, dropFiles, importBuffer, importFile, openSection, sample183 } from './support';

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

test('the cluster bundle\'s hosts start from the hosts the document names', async ({ page }) => {
  await page.goto('./');
  const text = [
    'hostname = "kap-2.prod.example.com"',
    'data_dir = "/var/lib/kapacitor"',
    '[enterprise]',
    '  license-path = "/etc/kapacitor/license.json"',
    '[cluster]',
    '  bind-address = ":9090"',
    '  advertise-address = "kap-2.prod.example.com:9090"',
    '[rpc]',
    '  bind-address = ":9091"',
    '  advertise-address = "kap-2.prod.example.com:9091"',
    '',
  ].join('\n');
  await importBuffer(page, 'k.conf', Buffer.from(text));
  await page.getByRole('button', { name: 'Export as…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export as' });
  await dialog.getByRole('tab', { name: 'Enterprise cluster' }).click();
  for (const [i, host] of ['kap-1.prod.example.com', 'kap-2.prod.example.com', 'kap-3.prod.example.com'].entries()) {
    await expect(dialog.getByRole('textbox', { name: `Host of node ${i + 1}` })).toHaveValue(host);
  }
  await expect(dialog.getByText(/start from this document's \[cluster\] advertise-address \(kap-2\.prod\.example\.com\)/)).toBeVisible();
  await expect(dialog.getByText('The 3 files agree: unique addresses, one license.')).toBeVisible();
  // a typed host stays while the others keep following the document
  await dialog.getByRole('textbox', { name: 'Host of node 3' }).fill('kap-9.prod.example.com');
  await dialog.getByRole('textbox', { name: 'Number of nodes' }).fill('4');
  await expect(dialog.getByRole('textbox', { name: 'Host of node 3' })).toHaveValue('kap-9.prod.example.com');
  await expect(dialog.getByRole('textbox', { name: 'Host of node 4' })).toHaveValue('kap-4.prod.example.com');
});

test('a [[httppost]] url Go\'s template parser rejects is an error with its key path and line', async ({ page }) => {
  await page.goto('./');
  await importBuffer(page, 'k.conf', Buffer.from('[[httppost]]\n  endpoint = "hook"\n  url = "http://example.com/{{ .Foo"\n'));
  const problems = page.getByRole('region', { name: 'Problems' });
  const item = problems.getByRole('listitem').filter({ hasText: 'httppost' }).filter({ hasText: 'Go template' });
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('Error');
  await expect(item).toContainText('line 3');
  await expect(item).toContainText('unclosed action (at character 27 of the URL). Kapacitor refuses the file ("invalid URL template syntax").');
  // a template Go parses is no problem
  const httppost = await openSection(page, '[[httppost]]');
  await httppost.getByRole('textbox', { name: 'url', exact: true }).fill('http://example.com/{{ .Foo }}');
  await expect(item).toHaveCount(0);
});

test('Config API requests for Kapacitor 1.8 leave [[marathon]] timeout out and say so', async ({ page }) => {
  await page.goto('./');
  await importFile(page, sample183);
  await page.getByRole('button', { name: 'Export as…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export as' });
  await dialog.getByRole('tab', { name: 'Config API' }).click();
  await dialog.getByText('Whole document', { exact: true }).click();
  const marathon = dialog.getByRole('list', { name: 'Config API requests' }).getByRole('listitem').filter({ hasText: 'POST /kapacitor/v1/config/marathon/mymarathon' });
  await expect(marathon).toHaveCount(1);
  await expect(marathon.locator('pre')).not.toContainText('timeout');
  await expect(marathon).toContainText('Left out for Kapacitor 1.8: timeout (its last release was 1.5.9).');
  const alert = dialog.getByRole('alert').filter({ hasText: 'Left out: Kapacitor 1.8 does not have it' });
  await expect(alert).toContainText('[[marathon]] "mymarathon" timeout: Kapacitor 1.8 no longer has this key (its last release with it was 1.5.9)');
  // no request names it
  for (const pre of await dialog.getByRole('list', { name: 'Config API requests' }).locator('pre').allTextContents()) {
    if (pre.includes('/marathon/')) expect(pre).not.toContain('"timeout"');
  }
});

test('a failed Paste TOML keeps the dialog open with the text, says where, and leaves the document as it was', async ({ page }) => {
  await page.goto('./');
  await importBuffer(page, 'k.conf', Buffer.from('hostname = "before"\n'));
  const preview = page.getByRole('region', { name: 'TOML preview' });
  await expect(preview).toContainText('hostname = "before"');
  await page.getByRole('button', { name: 'Paste TOML' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste kapacitor.conf' });
  const pasted = 'hostname = "after"\n[http\n  bind-address = ":9092"\n';
  await dialog.getByRole('textbox', { name: 'TOML to import' }).fill(pasted);
  await dialog.getByRole('button', { name: 'Import' }).click();
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('Could not import pasted TOML');
  await expect(alert).toContainText(/Line 2, column \d+: /);
  await expect(alert).toContainText('The document that was open has not changed.');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'TOML to import' })).toHaveValue(pasted);
  await expect(preview).toContainText('hostname = "before"');
  await expect(preview).not.toContainText('after');
  // fixed, it imports and the dialog closes
  await dialog.getByRole('textbox', { name: 'TOML to import' }).fill(pasted.replace('[http\n', '[http]\n'));
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog).toBeHidden();
  await expect(preview).toContainText('hostname = "after"');
});

test('a share link pasted into an open tab is read: at once without edits, after asking with them', async ({ page }) => {
  const link = (text: string) => `#doc=${deflateRawSync(Buffer.from(text)).toString('base64url')}`;
  await page.goto('./');
  await importBuffer(page, 'k.conf', Buffer.from('hostname = "mine"\n'));
  const preview = page.getByRole('region', { name: 'TOML preview' });
  await expect(preview).toContainText('hostname = "mine"');
  // nothing edited: the shared document replaces it at once
  await page.evaluate((hash) => { location.hash = hash; }, link('hostname = "shared-1"\n'));
  await expect(preview).toContainText('hostname = "shared-1"');
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('');
  // edited: asked first; keeping the document leaves it and its edit alone
  const top = await openSection(page, 'Top-level keys');
  await top.getByRole('textbox', { name: 'hostname', exact: true }).fill('edited');
  await expect(preview).toContainText('hostname = "edited"');
  await page.evaluate((hash) => { location.hash = hash; }, link('hostname = "shared-2"\n'));
  const ask = page.getByRole('dialog', { name: 'Open the shared document?' });
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Keep my document' }).click();
  await expect(ask).toBeHidden();
  await expect(preview).toContainText('hostname = "edited"');
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('');
  // asked again, and opened
  await page.evaluate((hash) => { location.hash = hash; }, link('hostname = "shared-3"\n'));
  await ask.getByRole('button', { name: 'Open the shared document' }).click();
  await expect(preview).toContainText('hostname = "shared-3"');
  // Undo brings the edited document back
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(preview).toContainText('hostname = "edited"');
});

// ---- a second fresh-user run ----

test('Paste TOML: Import waits for text; a failure puts focus back in the text, and the alert reads as sentences', async ({ page }) => {
  await page.goto('./');
  await importBuffer(page, 'k.conf', Buffer.from('hostname = "mine"\n'));
  await page.getByRole('button', { name: 'Paste TOML' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste kapacitor.conf' });
  const text = dialog.getByRole('textbox', { name: 'TOML to import' });
  await expect(dialog.getByRole('button', { name: 'Import' })).toBeDisabled();
  await text.fill('   \n');
  await expect(dialog.getByRole('button', { name: 'Import' })).toBeDisabled();
  await text.fill('a = 1\na = 2\n');
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog.getByRole('alert')).toContainText('The document that was open has not changed.');
  await expect(dialog.getByRole('alert')).not.toContainText(/[a-z] The document/);
  await expect(text).toBeFocused();
  await expect(page.getByRole('region', { name: 'TOML preview' })).toContainText('hostname = "mine"');
});

test('dropping two files opens the first and says the second was not opened', async ({ page }) => {
  await page.goto('./');
  await dropFiles(page, [{ name: 'a.conf', text: 'hostname = "a"\n' }, { name: 'b.conf', text: 'hostname = "b"\n' }]);
  await expect(page.getByRole('region', { name: 'TOML preview' })).toContainText('hostname = "a"');
  await expect(page.getByRole('status').filter({ hasText: 'files were dropped' })).toContainText('2 files were dropped: a.conf is open; b.conf was not opened.');
});

test('removing a map row by keyboard puts focus on the row that took its place', async ({ page }) => {
  await page.goto('./');
  await importBuffer(page, 'k.conf', Buffer.from('[[httppost]]\n  endpoint = "e"\n  url = "http://x"\n  [httppost.headers]\n    A = "1"\n    B = "2"\n    C = "3"\n'));
  const entry = (await openSection(page, '[[httppost]]')).getByRole('region', { name: '[[httppost]] #1', exact: true });
  await entry.getByRole('button', { name: 'Remove headers row 2' }).focus();
  await page.keyboard.press('Enter');
  await expect(entry.getByRole('button', { name: 'Remove headers row 2' })).toBeFocused();
  await expect(entry.getByRole('textbox', { name: 'headers key 2' })).toHaveValue('C');
  await page.keyboard.press('Enter');
  await expect(entry.getByRole('button', { name: 'Remove headers row 1' })).toBeFocused();
});

test('the pager keeps focus when its button is disabled on the new page, and Problems\' Show more focuses the first new finding', async ({ page }) => {
  const text = Array.from({ length: 45 }, (_, i) => `[[influxdb]]\n  name = "db-${i + 1}"\n  timeout = 5\n`).join('\n');
  await page.goto('./');
  await importBuffer(page, 'k.conf', Buffer.from(text));
  const section = await openSection(page, '[[influxdb]]');
  const next = section.getByRole('button', { name: 'Next 20 [[influxdb]] entries' }).last();
  await next.click();
  await expect(section.getByText('Entries #21–#40 of 45').first()).toBeVisible();
  await section.getByRole('button', { name: 'Next 20 [[influxdb]] entries' }).last().click();
  await expect(section.getByText('Entries #41–#45 of 45').first()).toBeVisible();
  await expect(section.getByRole('combobox', { name: '[[influxdb]] entries to show' }).last()).toBeFocused();
  await expect(section.getByRole('region', { name: '[[influxdb]] #41', exact: true })).toBeInViewport();

  const problems = page.getByRole('region', { name: 'Problems' });
  await expect(problems).toContainText('91 errors');
  await problems.getByRole('button', { name: /^Show \d+ more problems$/ }).click();
  await expect(problems.getByRole('listitem').nth(100).getByRole('button').first()).toBeFocused();
});

test('counts read "1 line", not "1 lines"', async ({ page }) => {
  await page.goto('./');
  await importBuffer(page, 'k.conf', Buffer.from('hostname = "x"'));
  const preview = page.getByRole('region', { name: 'TOML preview' });
  await expect(preview).toContainText('1 line');
  await expect(preview).not.toContainText('1 lines');
});

test('a problem about a whole entry focuses that entry\'s title, on its page', async ({ page }) => {
  const text = Array.from({ length: 30 }, (_, i) => `[[influxdb]]\n  name = "db-${i + 1}"\n  urls = ["http://db-${i + 1}:8086"]\n`).join('\n');
  await page.goto('./');
  await importBuffer(page, 'k.conf', Buffer.from(text));
  const problems = page.getByRole('region', { name: 'Problems' });
  // with 30 entries, each entry starts from empty values: a warning about the whole entry
  await problems.getByRole('button', { name: /^Warning influxdb\[25\] · line/ }).click();
  const section = page.getByRole('region', { name: '[[influxdb]]', exact: true });
  await expect(section.getByRole('region', { name: '[[influxdb]] #26', exact: true }).getByRole('heading')).toBeFocused();
  await expect(section.getByText('Entries #21–#30 of 30').first()).toBeVisible();
});

test('after a move, an entry is compared with its own imported values: no "changed", and no Reset that writes another entry\'s values', async ({ page }) => {
  const text = Array.from({ length: 30 }, (_, i) => `[[influxdb]]\n  name = "db-${i + 1}"\n  urls = ["http://db-${i + 1}:8086"]\n`).join('\n');
  await page.goto('./');
  await importBuffer(page, 'k.conf', Buffer.from(text));
  const section = await openSection(page, '[[influxdb]]');
  await section.getByRole('button', { name: 'Move [[influxdb]] #3 down', exact: true }).click();
  const moved = section.getByRole('region', { name: '[[influxdb]] #4', exact: true });
  await moved.getByRole('button', { name: 'Open [[influxdb]] #4', exact: true }).click();
  const name = moved.getByRole('textbox', { name: 'name', exact: true });
  await expect(name).toHaveValue('db-3');
  await expect(moved.getByRole('button', { name: 'Reset name to the imported value' })).toHaveCount(0);
  await expect(moved.getByRole('button', { name: 'Reset urls to the imported value' })).toHaveCount(0);
  await name.fill('db-3-renamed');
  // renamed after the move: no imported entry has that name, and db-4 (imported here) is elsewhere: nothing to reset to
  await expect(moved.getByRole('button', { name: 'Reset name to the imported value' })).toHaveCount(0);
  await name.fill('db-3');
  await expect(page.getByRole('region', { name: 'TOML preview' })).not.toContainText('db-3-renamed');
  const { bytes } = await download(page);
  expect(bytes.toString('utf8').match(/name = "db-4"/g)).toHaveLength(1);
});

test('dropping two files when the first cannot be read: its error says the second was not opened', async ({ page }) => {
  await page.goto('./');
  await dropFiles(page, [{ name: 'bad.conf', text: '[http\n' }, { name: 'ok.conf', text: 'hostname = "ok"\n' }]);
  const alert = page.getByRole('alert').filter({ hasText: 'Could not import bad.conf' });
  await expect(alert).toContainText('2 files were dropped: only bad.conf was tried; ok.conf was not opened.');
});

test('closing Paste TOML, the first time as every time, puts focus back on its button', async ({ page }) => {
  await page.goto('./');
  const paste = page.getByRole('button', { name: 'Paste TOML' });
  const dialog = page.getByRole('dialog', { name: 'Paste kapacitor.conf' });
  await paste.click();
  await expect(dialog.getByRole('textbox', { name: 'TOML to import' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(paste).toBeFocused();
  await paste.click();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(paste).toBeFocused();
  await paste.click();
  await dialog.getByRole('textbox', { name: 'TOML to import' }).fill('hostname = "pasted"\n');
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('region', { name: 'TOML preview' })).toContainText('hostname = "pasted"');
  await expect(paste).toBeFocused();
  // Ctrl+Enter in the text imports it, as the description says
  await paste.click();
  await dialog.getByRole('textbox', { name: 'TOML to import' }).fill('hostname = "by keyboard"\n');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('region', { name: 'TOML preview' })).toContainText('hostname = "by keyboard"');
  await expect(dialog).toBeHidden();
});

for (const button of ['Changes', 'Export as…']) {
  test(`closing ${button}, the first time as every time, puts focus back on its button`, async ({ page }) => {
    await page.goto('./');
    await importFile(page, sample183);
    const opener = page.getByRole('button', { name: button, exact: true });
    for (let round = 0; round < 2; round++) {
      await opener.click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toBeHidden();
      await expect(opener).toBeFocused();
    }
  });
}

test('data_dir offers no "Use default" (its default stops Kapacitor); Reset and Use default leave focus on their field', async ({ page }) => {
  await page.goto('./');
  await importFile(page, sample183);
  const top = await openSection(page, 'Top-level keys');
  await expect(top.getByText('No default: required')).toBeVisible();
  await expect(top.getByRole('button', { name: "Reset data_dir to Kapacitor's default" })).toHaveCount(0);

  const http = await openSection(page, '[http]');
  const bind = http.getByRole('textbox', { name: 'bind-address', exact: true });
  await bind.fill(':9093');
  await http.getByRole('button', { name: 'Reset bind-address to the imported value' }).focus();
  await page.keyboard.press('Enter');
  await expect(bind).toHaveValue(':9092');
  await expect(bind).toBeFocused();
  await bind.fill(':9093');
  await http.getByRole('button', { name: "Reset bind-address to Kapacitor's default" }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('region', { name: 'TOML preview' })).not.toContainText('bind-address = ":9093"');
  await expect(http.getByRole('textbox', { name: 'bind-address', exact: true })).toBeFocused();
});

test('a failed first import does not speak of a document that was open', async ({ page }) => {
  await page.goto('./');
  await importBuffer(page, 'bad.conf', Buffer.from('a = "open\n'));
  await expect(page.getByRole('alert')).toContainText('Nothing was opened.');
  await expect(page.getByRole('alert')).not.toContainText('The document that was open');
  await importBuffer(page, 'good.conf', Buffer.from('hostname = "h"\n'));
  await importBuffer(page, 'bad.conf', Buffer.from('a = "open\n'));
  await expect(page.getByRole('alert')).toContainText('Line 1, column 5: This string is not closed on its line');
  await expect(page.getByRole('alert')).toContainText('The document that was open has not changed.');
});
