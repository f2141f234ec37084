import { MantineProvider } from '@mantine/core';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { sections } from '../../kapacitor/schema';
import type { FieldDef } from '../../kapacitor/types';
import type { KeyPath } from '../../toml/types';
import { domId } from './domId';
import { TableFieldIntro } from './FieldMeta';

/** every field that holds other fields ('table', 'tableMap'), with the path of its form */
function tableFields(): { field: FieldDef; path: KeyPath }[] {
  const out: { field: FieldDef; path: KeyPath }[] = [];
  const walk = (fields: readonly FieldDef[], base: KeyPath) => {
    for (const f of fields) {
      if (f.kind === 'table' || f.kind === 'tableMap') {
        out.push({ field: f, path: [...base, f.key] });
        walk(f.fields ?? [], f.kind === 'tableMap' ? [...base, f.key, 'name'] : [...base, f.key]);
      }
    }
  };
  for (const s of sections) walk(s.fields, s.kind === 'root' ? [] : s.kind === 'table' ? [s.name] : [s.name, 0]);
  return out;
}

const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const reEsc = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** the CSS-module class the markup gives FieldMeta.module.css's `.name` */
const classOf = (html: string, name: string) => html.match(new RegExp(`class="(_${name}_[a-z0-9]+)"`))?.[1] ?? name;

describe('TableFieldIntro', () => {
  test('the schema has nested-table fields: httppost basic-auth, udf functions', () => {
    const names = tableFields().map(({ path }) => path.join('.'));
    expect(names).toContain('httppost.0.basic-auth');
    expect(names).toContain('udf.functions');
  });

  test.each(tableFields().map(({ field, path }) => [path.join('.'), field, path] as const))(
    '%s shows its description and its help behind "More"', (_, field, path) => {
      const html = renderToStaticMarkup(<MantineProvider><TableFieldIntro field={field} path={path} descriptionId="d" /></MantineProvider>);
      expect(field.help, 'the schema gives every field a help').toBeTruthy();
      expect(html).toContain(`aria-label="More about ${field.key}"`);
      expect(html).toContain(`aria-controls="${domId(path)}-help"`);
      expect(html).toContain('aria-expanded="false"');
      // the help is in the page, hidden until "More" opens it; the description is the fieldset's description
      expect(html).toContain(`<div id="${domId(path)}-help" class="${classOf(html, 'help')}" hidden="">${esc(field.help!)}</div>`);
      expect(html).toMatch(new RegExp(`<p [^>]*id="d">${reEsc(esc(field.description))}</p>`));
    });
});
