import { describe, expect, it, vi } from 'vitest';
import { parseDocument } from '../../toml/document';
import { setValue } from '../../toml/edit';
import { secretsBlanked } from '../../kapacitor/outputs/share';
import { draftOf, draftOfOffThread } from './draft';

const text = '[[influxdb]]\n  name = "a"\n  password = "hunter2"\n[smtp]\n  password = "mail-secret"\n';
const source = { encoding: 'utf-8', bom: false, name: 'k.conf' } as const;

describe('draftOfOffThread', () => {
  it('saves the same draft as draftOf, with the secrets blanked by the function it is given', async () => {
    const doc = setValue(parseDocument(text), ['influxdb', 0, 'name'], 'b');
    const state = { doc, original: text, source };
    const blank = vi.fn(async (t: string) => secretsBlanked(parseDocument(t)));
    const draft = await draftOfOffThread(state, false, blank, 1000);
    expect(draft).toEqual(draftOf(state, false, 1000));
    expect(draft.text).not.toContain('hunter2');
    expect(draft.original).not.toContain('mail-secret');
    // the original is blanked once per import, not at every save
    await draftOfOffThread({ ...state, doc: setValue(doc, ['influxdb', 0, 'name'], 'c') }, false, blank, 2000);
    expect(blank).toHaveBeenCalledTimes(3);
    expect(blank.mock.calls[0][0]).toBe(text);
    expect(blank.mock.calls[1][0]).toContain('name = "b"');
    expect(blank.mock.calls[2][0]).toContain('name = "c"');
  });

  it('keeps the texts as they are when the user keeps secrets, without asking the Worker', async () => {
    const doc = parseDocument(text);
    const blank = vi.fn(async (t: string) => t);
    const draft = await draftOfOffThread({ doc, original: text, source }, true, blank, 1);
    expect(draft.text).toContain('hunter2');
    expect(blank).not.toHaveBeenCalled();
  });
});
