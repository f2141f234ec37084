import { MantineProvider } from '@mantine/core';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { fieldOf } from '../../kapacitor/schema';
import type { KeyPath } from '../../toml/types';
import type { MapRow } from './convert';
import { MapEditor } from './MapEditor';

function render(section: string, key: string, path: KeyPath, rows: MapRow[]) {
  return renderToStaticMarkup(
    <MantineProvider>
      <MapEditor field={fieldOf(section, key)!} path={path} rows={rows} onChange={() => {}} onFocus={() => {}} descriptionId="d" />
    </MantineProvider>,
  );
}

const inputs = (html: string) => html.match(/<input[^>]*>/g) ?? [];
const attr = (tag: string | undefined, name: string) => (tag ?? '').match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];

describe('MapEditor', () => {
  const path: KeyPath = ['httppost', 0, 'headers'];
  const rows = [{ key: 'X-Trace', value: 'on' }, { key: 'Authorization', value: 'Bearer s3cr3t-t0ken' }];

  it('masks a secret value (an Authorization header) and shows the others', () => {
    const html = render('httppost', 'headers', path, rows);
    const [, traceValue, , authValue] = inputs(html);
    expect(attr(traceValue, 'type') ?? 'text').toBe('text');
    expect(attr(traceValue, 'value')).toBe('on');
    expect(attr(authValue, 'type')).toBe('password');
    expect(attr(authValue, 'aria-label')).toBe('headers value 2');
    // the value is the input's (the browser masks it), never text of the page
    expect(html.replace(authValue, '')).not.toContain('s3cr3t');
    // the reveal is a button of its own, reachable by Tab, named for its row
    const reveal = (html.match(/<button[^>]*>/g) ?? []).find((b) => attr(b, 'aria-label') === 'Show headers value 2');
    expect(reveal).toBeDefined();
    expect(attr(reveal!, 'tabindex')).toBe('0');
    expect(attr(reveal!, 'aria-pressed')).toBe('false');
  });

  it('masks every value of a secret map (fluxtask secrets)', () => {
    const html = render('fluxtask', 'secrets', ['fluxtask', 'secrets'], [{ key: 'db', value: 'pw' }]);
    expect(attr(inputs(html)[1], 'type')).toBe('password');
  });

  it('gives each entry\'s value input the id of its path, and the map\'s id to its first input', () => {
    const html = render('httppost', 'headers', path, rows);
    const [traceKey, traceValue, authKey, authValue] = inputs(html);
    expect(attr(traceValue, 'id')).toBe('field-httppost--0--headers--X-Trace');
    expect(attr(authValue, 'id')).toBe('field-httppost--0--headers--Authorization');
    expect(attr(traceKey, 'id')).toBe('field-httppost--0--headers');
    expect(attr(authKey, 'id')).toBe('field-httppost--0--headers--Authorization-key');
  });

  it('an empty map gives its id to Add', () => {
    const html = render('httppost', 'headers', path, []);
    expect(inputs(html)).toEqual([]);
    expect(html).toMatch(/<button[^>]*id="field-httppost--0--headers"[^>]*>[\s\S]*?Add to headers/);
  });
});
