// Top-level layout: which section each table belongs to, whether it is written in the shape Kapacitor
// decodes ([x] vs [[x]]), and the tables that belong to no section.
import type { TomlTable, TomlValue } from '../../toml/types';
import type { SectionDef } from '../types';
import { sectionByName, sections } from '../schema';
import { fieldIn, firstLineWithin, isTable, isTableArray, type Ctx, type SectionEntry } from './context';
import { closest, sectionAlias } from './suggest';
import { headerSpan } from './text';
import { availability } from './versions';

function sectionFor(key: string): { section: SectionDef; exact: boolean } | undefined {
  const exact = key === '' ? undefined : sectionByName(key);
  if (exact) return { section: exact, exact: true };
  const lower = key.toLowerCase();
  const loose = sections.find((s) => s.name !== '' && s.name.toLowerCase() === lower);
  return loose ? { section: loose, exact: false } : undefined;
}

export function buildEntries(ctx: Ctx): void {
  const rootSection = sectionByName('');
  const rootTable: TomlTable = Object.create(null);
  const values = ctx.input.values;

  for (const [key, value] of Object.entries(values)) {
    if (rootSection && fieldIn(rootSection.fields, key)) {
      rootTable[key] = value;
      continue;
    }
    const match = sectionFor(key);
    if (match) {
      if (!match.exact) {
        const name = match.section.name;
        // both spellings: BurntSushi/toml decodes each into the same field, in Go's random map order
        const both = Object.prototype.hasOwnProperty.call(values, name);
        ctx.report({
          severity: 'warning',
          rule: 'key-case',
          path: [key],
          line: firstLineWithin(ctx, [key]),
          message: both
            ? `[${key}] is read as [${name}] because Kapacitor ignores case when nothing matches exactly, and [${name}] is in the file as well: Kapacitor reads both into the same section in no fixed order. Keep one of them.`
            : `[${key}] is read as [${name}] because Kapacitor ignores case when nothing matches exactly. Write it as [${name}].`,
          ...(!both && { fix: { label: `Rename to [${name}]`, renameTo: name } }),
        });
      }
      addSection(ctx, match.section, key, value);
      continue;
    }
    if (isTable(value) || isTableArray(value)) unknownSection(ctx, key, value);
    else rootTable[key] = value;
  }
  if (rootSection) ctx.entries.unshift({ section: rootSection, path: [], table: rootTable, index: 0, count: 1, fromArray: false });
}

function addSection(ctx: Ctx, section: SectionDef, key: string, value: TomlValue): void {
  const name = section.name;
  const entries: SectionEntry[] = [];
  if (isTable(value)) {
    entries.push({ section, path: [key], table: value, index: 0, count: 1, fromArray: false });
    if (section.kind === 'array') arrayWrittenAsTable(ctx, section, key);
  } else if (isTableArray(value)) {
    value.forEach((table, index) => entries.push({ section, path: [key, index], table, index, count: value.length, fromArray: true }));
    if (section.kind === 'table' || section.kind === 'root') {
      ctx.report({
        severity: 'error',
        rule: 'table-required',
        path: [key, 0],
        message: `[[${name}]] is written as an array of tables, but Kapacitor expects a single [${name}] table and refuses the file. Write one [${name}] header.`,
      });
      return;
    }
  } else {
    ctx.report({
      severity: 'error',
      rule: 'invalid-value',
      path: [key],
      message: `${key} must be a [${name}] table, not a plain value: Kapacitor refuses the file.`,
    });
    return;
  }
  ctx.entries.push(...entries);

  const first = entries[0];
  if (!first) return;
  if (section.enterprise && !ctx.options.enterprise) {
    ctx.report({
      severity: 'warning',
      rule: 'enterprise-only',
      path: first.path,
      message: `[${name}] is Enterprise-only: open-source Kapacitor ignores it.`,
    });
    entries.forEach((e) => ctx.skipped.add(e));
    return;
  }
  const available = availability(section.since, ctx.options.version);
  if (available === 'no') {
    ctx.report({
      severity: 'warning',
      rule: 'version-missing',
      path: first.path,
      message: `[${name}] is not in Kapacitor ${ctx.options.version} (added in ${section.since}): it is ignored.`,
    });
    entries.forEach((e) => ctx.skipped.add(e));
  } else if (available === 'later-patch') {
    ctx.report({
      severity: 'info',
      rule: 'version-patch',
      path: first.path,
      message: `[${name}] needs Kapacitor ${section.since} or later; older ${ctx.options.version}.x releases ignore it.`,
    });
  }
}

function arrayWrittenAsTable(ctx: Ctx, section: SectionDef, key: string): void {
  const name = section.name;
  const header = ctx.input.tables.find((t) => !t.isArray && t.path.length === 1 && t.path[0] === key);
  const span = header ? headerSpan(ctx.lines, header.header.line) : undefined;
  ctx.report({
    severity: 'error',
    rule: 'array-table-required',
    path: [key],
    line: header?.header.line,
    message: `[${key}] must be written [[${name}]]: Kapacitor reads ${name} as a list of entries and refuses a single table ("expected slice but found map"). Change the header to [[${name}]].`,
    ...(span && {
      fix: {
        label: `Change the header to [[${name}]]`,
        replaceText: { start: span.start, end: span.end, text: `[${span.text}]` },
      },
    }),
  });
}

function unknownSection(ctx: Ctx, key: string, value: TomlValue): void {
  const headers = ctx.input.tables.filter((t) => t.path[0] === key);
  const line = headers[0]?.header.line;
  if (key === 'static' && isTable(value) && isTable(value.labels)) {
    const labels = headers.find((t) => t.name === 'static.labels');
    const span = labels ? headerSpan(ctx.lines, labels.header.line) : undefined;
    ctx.report({
      severity: 'warning',
      rule: 'sample-static-labels',
      path: ['static', 'labels'],
      line: labels?.header.line ?? line,
      message:
        '[static.labels] belongs to no section, so Kapacitor ignores it and these labels are never applied (a mistake copied from the shipped sample). Write the header as [static-discovery.labels], under its [[static-discovery]] entry.',
      ...(span && { fix: { label: 'Rename to [static-discovery.labels]', replaceText: { start: span.start, end: span.end, text: '[static-discovery.labels]' } } }),
    });
    return;
  }
  const known = sections.map((s) => s.name).filter((n) => n !== '');
  const suggestion = sectionAlias(key) ?? closest(key, known);
  const usable = suggestion && !(suggestion in ctx.input.values) ? suggestion : undefined;
  const single = headers.length === 1 && headers[0].name === key ? headers[0] : undefined;
  const span = single && usable ? headerSpan(ctx.lines, single.header.line) : undefined;
  const brackets = single?.isArray ? ['[[', ']]'] : ['[', ']'];
  ctx.report({
    severity: 'warning',
    rule: 'unknown-section',
    path: [key],
    line,
    message: `[${key}] is not a Kapacitor section: Kapacitor ignores it and everything in it.${usable ? ` Did you mean [${usable}]?` : ''}`,
    ...(span &&
      usable && {
        fix: { label: `Rename to [${usable}]`, replaceText: { start: span.start, end: span.end, text: `${brackets[0]}${usable}${brackets[1]}` } },
      }),
  });
}
