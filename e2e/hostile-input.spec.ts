// Hostile and unusual input, through the UI: encodings, bytes TOML refuses, the offered repairs, root `httppost = []`,
// tables defined twice, secrets written oddly, a file over 50 MB, prototype keys, absurd nesting, toml-test cases,
// and a draft the browser will not store. Each test asserts what the user sees (alert text with line and column,
// notices) and the downloaded bytes.
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { changedLines, download, importBuffer, openSection } from './support';

const preview = (page: Page) => page.getByRole('region', { name: 'TOML preview' });
const failure = (page: Page) => page.getByRole('alert').filter({ hasText: 'Could not import' });

/** Imports text as a file and waits until the preview shows its first line. */
async function importText(page: Page, name: string, text: string) {
  await importBuffer(page, name, Buffer.from(text, 'utf8'));
  await expect(preview(page)).toContainText(text.split('\n')[0].trim());
}

async function setHostname(page: Page, value: string) {
  const top = await openSection(page, 'Top-level keys');
  await top.getByRole('textbox', { name: 'hostname', exact: true }).fill(value);
  await expect(preview(page)).toContainText(`hostname = "${value}"`);
}

test.beforeEach(async ({ page }) => {
  await page.goto('./');
});

test('a UTF-8 byte order mark is kept on download after an edit', async ({ page }) => {
  const body = 'hostname = "bom"\ndata_dir = "/d"\n';
  await importBuffer(page, 'bom.conf', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body)]));
  await expect(preview(page)).toContainText('hostname = "bom"');
  await setHostname(page, 'h2');
  const { bytes } = await download(page);
  expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  expect(bytes.subarray(3).toString('utf8')).toBe('hostname = "h2"\ndata_dir = "/d"\n');
});

test('UTF-16 BE with a byte order mark is read with a notice and downloaded as UTF-8 without one', async ({ page }) => {
  const text = 'hostname = "bé"\ndata_dir = "/d"\n';
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1], le[i]];
  await importBuffer(page, 'be.conf', Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
  await expect(page.getByRole('status').filter({ hasText: 'UTF-16' })).toContainText(
    'The file is UTF-16 (big-endian, with a byte order mark). Kapacitor reads only UTF-8, so the export will be UTF-8 without a byte order mark.',
  );
  await expect(preview(page)).toContainText('hostname = "bé"');
  const { bytes } = await download(page);
  expect(bytes.equals(Buffer.from(text, 'utf8'))).toBe(true);
});

test('bytes that are not UTF-8 are refused naming the line, column and byte', async ({ page }) => {
  await importText(page, 'before.conf', 'hostname = "before"\n');
  await importBuffer(page, 'latin1.conf', Buffer.concat([Buffer.from('hostname = "a"\n[smtp]\nfrom = "J'), Buffer.from([0xe9]), Buffer.from('r\u00f4me"\n')]));
  await expect(failure(page)).toContainText('Could not import latin1.conf');
  await expect(failure(page)).toContainText('Line 3, column 10: byte 0xE9 (at byte offset 31) is not valid UTF-8; Kapacitor reads only UTF-8.');
  await expect(failure(page)).toContainText('The document that was open has not changed.');
  expect((await download(page)).bytes.toString('utf8')).toBe('hostname = "before"\n');
});

test('a NUL byte is refused with its line and column', async ({ page }) => {
  await importBuffer(page, 'nul.conf', Buffer.from('hostname = "h"\n[http]\n  bind-address = ":90\u000092"\n'));
  await expect(failure(page)).toContainText('Line 3, column 22: the file holds a NUL character (U+0000), which TOML does not allow.');
  await expect(failure(page).getByRole('button', { name: /and import$/ })).toHaveCount(0);
});

for (const { what, line, label, repaired } of [
  { what: 'a line of only no-break spaces', line: '\u00a0\u00a0 \u00a0', label: 'Blank 1 line of no-break spaces (line 2) and import', repaired: '' },
  { what: 'a ; comment line', line: '; the web UI port', label: 'Replace 1 ";" comment with "#" (line 2) and import', repaired: '# the web UI port' },
]) {
  test(`${what} is refused naming the line, and the offered repair imports only on the click`, async ({ page }) => {
    await importText(page, 'before.conf', 'hostname = "before"\n');
    const broken = `hostname = "h"\n${line}\n[http]\n  bind-address = ":9092"\n`;
    await importBuffer(page, 'pasted.conf', Buffer.from(broken));
    await expect(failure(page)).toContainText('Line 2, column 1:');
    const repair = failure(page).getByRole('button', { name: label, exact: true });
    await expect(repair).toBeVisible();
    // nothing is imported before the click
    await expect(preview(page)).toContainText('hostname = "before"');
    expect((await download(page)).bytes.toString('utf8')).toBe('hostname = "before"\n');
    await repair.click();
    await expect(failure(page)).toHaveCount(0);
    await expect(preview(page)).toContainText('bind-address = ":9092"');
    if (repaired) await expect(preview(page)).toContainText(repaired);
    expect((await download(page)).bytes.toString('utf8')).toBe(`hostname = "h"\n${repaired}\n[http]\n  bind-address = ":9092"\n`);
  });
}

test('root httppost = [] is exported as written until an entry is added, then only a [[httppost]] table', async ({ page }) => {
  const text = 'hostname = "h"\nhttppost = []\n\n[http]\n  bind-address = ":9092"\n';
  await importText(page, 'old.conf', text);
  await setHostname(page, 'h2');
  const edited = text.replace('"h"', '"h2"');
  expect((await download(page)).bytes.toString('utf8')).toBe(edited);
  const section = await openSection(page, '[[httppost]]');
  await section.getByRole('button', { name: 'Add [[httppost]] entry' }).click();
  await expect(preview(page)).toContainText('[[httppost]]');
  const out = (await download(page)).bytes.toString('utf8');
  expect(out).not.toMatch(/^\s*httppost\s*=/m);
  expect(out.match(/^\[\[httppost\]\]$/gm)).toHaveLength(1);
  // the other lines stay as they were, the line that said "no endpoints" is gone
  expect(out.startsWith('hostname = "h2"\n\n[http]\n  bind-address = ":9092"\n')).toBe(true);
  expect(out.slice(out.indexOf('[[httppost]]'))).toMatch(/^\[\[httppost\]\]\n {2}endpoint = "default"\n/);
});

test('a table defined twice is refused naming both lines, and the offered merge merges', async ({ page }) => {
  const text = 'hostname = "h"\n[http]\n  bind-address = ":9092"\n[smtp]\n  enabled = false\n[http]\n  log-enabled = true\n';
  await importBuffer(page, 'appended.conf', Buffer.from(text));
  await expect(failure(page)).toContainText('Line 6, column 2: [http] is defined twice: line 2 and line 6');
  const merge = failure(page).getByRole('button', { name: 'Merge the second [http] (line 6) into the first (line 2) and import', exact: true });
  await merge.click();
  await expect(failure(page)).toHaveCount(0);
  await expect(preview(page)).toContainText('log-enabled = true');
  expect((await download(page)).bytes.toString('utf8')).toBe(
    'hostname = "h"\n[http]\n  bind-address = ":9092"\n  log-enabled = true\n[smtp]\n  enabled = false\n',
  );
});

test('editing the hostname leaves secrets written with escapes, literal quotes and comments byte for byte', async ({ page }) => {
  const text = [
    'hostname = "h"',
    '[smtp]',
    '  enabled = true',
    '  password = "p\\"a\\\\ss\\u00e9\\tw0rd" # the mail password, escaped',
    '[[influxdb]]',
    '  name = "db"',
    "  password = 'lit\"eral\\n' # a literal string: no escapes",
    '  username = "u"',
    '[pushover]',
    '  token = """multi "quoted" \\',
    '    token"""',
    '',
  ].join('\n');
  await importText(page, 'secrets.conf', text);
  await setHostname(page, 'edited');
  const out = (await download(page)).bytes.toString('utf8');
  expect(changedLines(text, out)).toEqual([{ line: 1, before: 'hostname = "h"', after: 'hostname = "edited"' }]);
});

test('a file over 50 MB is refused with a message', async ({ page }, testInfo) => {
  await importText(page, 'before.conf', 'hostname = "before"\n');
  // from a path: Playwright hands a local browser the file itself (a 51 MB buffer would be copied over the protocol)
  mkdirSync(testInfo.outputDir, { recursive: true });
  const path = join(testInfo.outputDir, 'huge.conf');
  writeFileSync(path, Buffer.alloc(51 * 1024 * 1024, 'a = 1\n'));
  try {
    const started = Date.now();
    await page.getByLabel('Import kapacitor.conf').setInputFiles(path);
    await expect(failure(page)).toContainText('huge.conf is 51.0 MB; the editor opens files up to 50 MB.');
    // the whole file is refused: there is no line to name
    await expect(failure(page)).not.toContainText('Line 1, column 1');
    await expect(failure(page)).toContainText('The document that was open has not changed.');
    expect(Date.now() - started).toBeLessThan(20_000);
    await expect(preview(page)).toContainText('hostname = "before"');
  } finally {
    rmSync(path, { force: true });
  }
});

test('keys named __proto__, constructor and prototype round-trip byte for byte and pollute nothing', async ({ page }) => {
  const text = [
    'hostname = "h"',
    '__proto__ = { polluted = "yes" }',
    'constructor = { prototype = { polluted = "yes" } }',
    '"prototype" = "p"',
    '[http.__proto__]',
    '  polluted = true',
    '[[constructor2]]',
    '  __proto__ = 1',
    '',
  ].join('\n');
  await importText(page, 'proto.conf', text);
  expect((await download(page)).bytes.toString('utf8')).toBe(text);
  await setHostname(page, 'h2');
  expect((await download(page)).bytes.toString('utf8')).toBe(text.replace('"h"', '"h2"'));
  expect(await page.evaluate(() => {
    const probe = {} as Record<string, unknown>;
    return [probe.polluted, Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'), typeof probe.constructor, ({}).constructor === Object];
  })).toEqual([undefined, false, 'function', true]);
});

test('absurd nesting gives an alert quickly, not a crash or a hang', async ({ page }) => {
  for (const { name, text, where } of [
    { name: 'deep-array.conf', text: `a = ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`, where: 'Line 1, column 105: nesting deeper than 100 levels' },
    { name: 'deep-key.conf', text: `${Array.from({ length: 40_000 }, (_, i) => `k${i}`).join('.')} = 1\n`, where: 'Line 1, column 395: nesting deeper than 100 levels' },
  ]) {
    const started = Date.now();
    await importBuffer(page, name, Buffer.from(text));
    await expect(failure(page)).toContainText(`Could not import ${name}`);
    await expect(failure(page)).toContainText(where);
    expect(Date.now() - started).toBeLessThan(10_000);
  }
  // the page still works
  await importText(page, 'fine.conf', 'hostname = "fine"\n');
});

test('one 300,000-character value opens quickly and comes out byte for byte', async ({ page }) => {
  const text = `data_dir = "/var/lib/kapacitor"\n[deadman]\n  message = "${'x'.repeat(300_000)}"\n`;
  const started = Date.now();
  await importText(page, 'long.conf', text);
  await expect(preview(page)).toContainText('[deadman]');
  // masking URL passwords in that line was quadratic: 0.4 s at 20,000 characters, well over a minute here
  expect(Date.now() - started).toBeLessThan(15_000);
  expect((await download(page)).bytes.toString('utf8')).toBe(text);
});

const SUITE = join(process.cwd(), 'fixtures/toml-test/tests');
const listed = new Set(readFileSync(join(SUITE, 'files-toml-1.0.0'), 'utf8').split('\n'));

/** One toml-test invalid case per category directory, with the line and column the alert names. */
const invalidCases: [file: string, line: number, column: number][] = [
  ['invalid/array/extending-table.toml', 5, 2],
  ['invalid/bool/almost-false.toml', 1, 27],
  ['invalid/control/bare-cr.toml', 2, 1],
  ['invalid/datetime/hour-over.toml', 2, 5],
  ['invalid/encoding/bad-utf8-in-array.toml', 2, 23],
  ['invalid/float/arabic-zero-01.toml', 1, 20],
  ['invalid/inline-table/duplicate-key-01.toml', 2, 9],
  ['invalid/integer/arabic-zero-01.toml', 1, 19],
  ['invalid/key/dotted-redefine-table-02.toml', 4, 1],
  ['invalid/local-date/mday-over.toml', 3, 5],
  ['invalid/local-datetime/hour-over.toml', 2, 5],
  ['invalid/local-time/no-secs.toml', 2, 11],
  ['invalid/spec-1.0.0/string-4-0.toml', 2, 46],
  ['invalid/string/multiline-bad-escape-02.toml', 2, 9],
  ['invalid/table/append-with-dotted-keys-02.toml', 8, 3],
];

test('toml-test: an invalid case from each category is refused with its line and column', async ({ page }) => {
  expect(new Set(invalidCases.map(([file]) => file.split('/')[1]))).toEqual(
    new Set([...listed].filter((f) => f.startsWith('invalid/')).map((f) => f.split('/')[1])),
  );
  await importText(page, 'before.conf', 'hostname = "before"\n');
  for (const [file, line, column] of invalidCases) {
    expect(listed.has(file), file).toBe(true);
    const name = file.replaceAll('/', '_');
    await importBuffer(page, name, readFileSync(join(SUITE, file)));
    await expect(failure(page), file).toContainText(`Could not import ${name}`);
    await expect(failure(page), file).toContainText(`Line ${line}, column ${column}:`);
  }
  expect((await download(page)).bytes.toString('utf8')).toBe('hostname = "before"\n');
});

const validCases = [
  'valid/example.toml',
  'valid/spec-example-1.toml',
  'valid/multibyte.toml',
  'valid/newline-crlf.toml',
  'valid/utf8-bom-01.toml',
  'valid/key/quoted-unicode.toml',
  'valid/string/multiline-quotes.toml',
  'valid/array/nested.toml',
];

test('toml-test: valid cases import without an alert and download byte for byte', async ({ page }) => {
  for (const file of validCases) {
    expect(listed.has(file), file).toBe(true);
    const bytes = readFileSync(join(SUITE, file));
    const name = file.replaceAll('/', '_');
    await importBuffer(page, name, bytes);
    const first = bytes.toString('utf8').replace(/^\uFEFF/, '').split(/\r?\n/).find((l) => l.trim() !== '')!.trim().slice(0, 30);
    await expect(preview(page), file).toContainText(first);
    await expect(failure(page), file).toHaveCount(0);
    const out = (await download(page)).bytes;
    expect(out.equals(bytes), `${file} comes back byte for byte`).toBe(true);
  }
});

test('a draft the browser refuses to store gives a notice to export, and typing goes on', async ({ page }) => {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key === 'kapacitor-config-editor:draft') throw new DOMException(`Setting the value of '${key}' exceeded the quota.`, 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  await page.goto('./');
  await importText(page, 'mine.conf', 'hostname = "k"\ndata_dir = "/d"\n');
  const notice = page.getByRole('status').filter({ hasText: 'The draft could not be saved' });
  await expect(notice).toContainText(
    "The draft could not be saved in this browser: the browser's storage for this page is full (the draft is about 1 kB); export your work to keep it.",
  );
  // non-blocking: the forms still take input, and the work is in the export
  await setHostname(page, 'typed');
  expect((await download(page)).bytes.toString('utf8')).toBe('hostname = "typed"\ndata_dir = "/d"\n');
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
  await page.reload();
  await expect(page.getByText('Unsaved work found')).toHaveCount(0);
});

test('a 3 MB document keeps its draft (Chromium holds about 5 million characters) and its original after a reload', async ({ page }) => {
  const text = `hostname = "big"\ndata_dir = "/d"\n${'# a long comment line that fills the file up to a few megabytes of text\n'.repeat(42_000)}`;
  expect(text.length).toBeGreaterThan(3_000_000);
  await importBuffer(page, 'big.conf', Buffer.from(text));
  await expect(preview(page)).toContainText('hostname = "big"', { timeout: 30_000 });
  await setHostname(page, 'edited');
  await page.waitForTimeout(1500);
  await expect(page.getByRole('status').filter({ hasText: 'The draft could not be saved' })).toHaveCount(0);
  await page.reload();
  await expect(page.getByText('Unsaved work found')).toBeVisible();
  await page.getByRole('button', { name: 'Restore draft' }).click();
  await expect(preview(page)).toContainText('hostname = "edited"', { timeout: 30_000 });
  // the imported original came back too: the field can go back to it
  const top = await openSection(page, 'Top-level keys');
  await top.getByRole('button', { name: 'Reset hostname to the imported value' }).click();
  await expect(preview(page)).toContainText('hostname = "big"');
  expect((await download(page)).bytes.equals(Buffer.from(text))).toBe(true);
});
