import { MantineProvider } from '@mantine/core';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createStore } from '../../app/App';
import { StoreContext } from '../../app/StoreContext';
import { fieldOf } from '../../kapacitor/schema';
import { parseDocument } from '../../toml/document';
import type { KeyPath } from '../../toml/types';
import { commitValue } from './commit';
import { fromInput, toInput } from './convert';
import { ListInput } from './ListInput';
import { removedIndex, removeLabel, removeListItem } from './listItems';

const urls = ['http://localhost:8086', 'http://b:8086', 'http://c:8086'];

function render(value: string[]) {
  return renderToStaticMarkup(
    <MantineProvider>
      <StoreContext.Provider value={createStore()}>
        <ListInput id="field-influxdb--0--urls" label="urls" fieldKey="urls" path={['influxdb', 0, 'urls']} value={value} onChange={() => {}} onFocus={() => {}} />
      </StoreContext.Provider>
    </MantineProvider>,
  );
}

/** the <button …> tags in the markup */
const buttons = (html: string) => html.match(/<button[^>]*>/g) ?? [];

describe('ListInput', () => {
  it('gives every item a remove button in the Tab order, named by the item and the key', () => {
    const html = render(urls);
    const removers = buttons(html).filter((b) => b.includes('data-list-remove'));
    expect(removers).toHaveLength(3);
    removers.forEach((b, i) => {
      expect(b).toContain(`aria-label="Remove ${urls[i]} from urls"`);
      expect(b).toContain('tabindex="0"');
      expect(b).not.toContain('aria-hidden="true"');
    });
    expect(removeLabel('http://localhost:8086', 'urls')).toBe('Remove http://localhost:8086 from urls');
    expect(removeLabel('', 'to')).toBe('Remove the empty item from to');
  });

  it('keeps the field named by its TOML key', () => {
    const html = render(urls);
    expect(html).toMatch(/<label[^>]*for="field-influxdb--0--urls"[^>]*>urls<\/label>/);
    expect(html).toMatch(/<input[^>]*id="field-influxdb--0--urls"/);
  });

  it('an empty list has no remove button', () => {
    expect(buttons(render([])).filter((b) => b.includes('data-list-remove'))).toEqual([]);
  });

});

/** What the form does when a list field's item is removed: removeListItem, then the form's own write of the list. */
function removeFromForm(text: string, section: string, key: string, index: number): string {
  const store = createStore();
  store.load(parseDocument(text), { encoding: 'utf-8', bom: false, name: 'k.conf' });
  const field = fieldOf(section, key)!;
  const path: KeyPath = section === 'influxdb' ? [section, 0, key] : [section, key];
  const before = toInput(field, store.get().doc.get(path)) as string[];
  const after = before.filter((_, i) => i !== index);
  removeListItem(store, path, before, after, index);
  const converted = fromInput(field, after);
  expect(converted.ok).toBe(true);
  if (converted.ok) expect(commitValue(store, path, converted.value)).toBe(true);
  expect(store.get().doc.get(path)).toEqual(after);
  return store.get().doc.text;
}

describe('removing one item of a list', () => {
  it('changes only that item in the TOML', () => {
    const one = '[[influxdb]]\n  name = "a"\n  urls = ["http://localhost:8086", "http://b:8086", "http://c:8086"] # three\n  timeout = "5s"\n';
    expect(removeFromForm(one, 'influxdb', 'urls', 1)).toBe(one.replace('"http://b:8086", ', ''));
    expect(removeFromForm(one, 'influxdb', 'urls', 0)).toBe(one.replace('"http://localhost:8086", ', ''));
    expect(removeFromForm(one, 'influxdb', 'urls', 2)).toBe(one.replace(', "http://c:8086"', ''));
  });

  it('keeps a list written over several lines, and the other items\' comments where they were', () => {
    // the whole list written again put it on one line (no comments) or moved "# db team" onto c (with comments)
    const plain = '[smtp]\n  to = [\n    "a@example.com",\n    "b@example.com",\n    "c@example.com",\n  ]\n';
    const plainAfter = removeFromForm(plain, 'smtp', 'to', 1);
    expect(plainAfter).not.toContain('b@example.com');
    expect(plainAfter.split('\n').filter((l) => l.trim() !== '')).toEqual(plain.split('\n').filter((l) => l.trim() !== '' && !l.includes('b@example.com')));

    const commented = '[smtp]\n  to = [\n    "a@example.com", # ops\n    "b@example.com", # db team\n    "c@example.com", # web\n  ]\n';
    expect(removeFromForm(commented, 'smtp', 'to', 1)).toBe(commented.replace('    "b@example.com", # db team\n', '    # db team\n'));
  });

  it('finds the removed item: the button pressed, else where the lists part', () => {
    expect(removedIndex(['a', 'b', 'c'], ['a', 'c'])).toBe(1);
    expect(removedIndex(['a', 'b', 'c'], ['a', 'b'])).toBe(2);
    // the same text twice: the button says which
    expect(removedIndex(['a', 'x', 'b', 'x'], ['a', 'x', 'b'], 3)).toBe(3);
    expect(removedIndex(['a', 'x', 'b', 'x'], ['a', 'b', 'x'], 1)).toBe(1);
    // a wrong hint is not trusted
    expect(removedIndex(['a', 'b', 'c'], ['a', 'c'], 0)).toBe(1);
    // not one removal
    expect(removedIndex(['a', 'b'], ['a', 'b', 'c'])).toBeUndefined();
    expect(removedIndex(['a', 'b', 'c'], ['c', 'a'])).toBeUndefined();
  });

  it('leaves a list the file does not have to the form\'s write', () => {
    const store = createStore();
    store.load(parseDocument('[smtp]\n  enabled = true\n'), { encoding: 'utf-8', bom: false, name: 'k.conf' });
    const before = store.get().doc.text;
    removeListItem(store, ['smtp', 'to'], ['a', 'b'], ['b'], 0);
    expect(store.get().doc.text).toBe(before);
  });
});
