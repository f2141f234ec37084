import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../toml/document';
import { ExportRefused, exportText, fieldLabel } from './exportDocument';

const source = { encoding: 'utf-8' as const, bom: false, name: 'kapacitor.conf' };
const doc = parseDocument('[alert]\ntopic-buffer-length = 5000\n');

describe('exportBytes refuses while a field holds input that was not written', () => {
  it('exports the text when every input is written', () => {
    expect(exportText({ doc, source, unwritten: {} })).toBe('[alert]\ntopic-buffer-length = 5000\n');
    expect(exportText({ doc, source })).toBe('[alert]\ntopic-buffer-length = 5000\n');
  });
  it('names each field, what it holds and why it was not written', () => {
    const unwritten = {
      a: { path: ['alert', 'topic-buffer-length'], input: '12a', message: 'topic-buffer-length must be a whole number, such as 5000' },
      b: { path: ['kafka', 0, 'batch-size'], input: 'x', message: 'batch-size must be a whole number, such as 0' },
    };
    expect(() => exportText({ doc, source, unwritten })).toThrow(ExportRefused);
    expect(() => exportText({ doc, source, unwritten })).toThrow(
      '2 fields hold input that is not in the file, so the file would still say the old value. ' +
      'topic-buffer-length in [alert] holds "12a" (topic-buffer-length must be a whole number, such as 5000); ' +
      'batch-size in [[kafka]] #1 holds "x" (batch-size must be a whole number, such as 0). Correct them, or use "Reset to imported", then export again.',
    );
  });
});

describe('fieldLabel', () => {
  it('says where a field is as the forms name it', () => {
    expect(fieldLabel(['hostname'])).toBe('hostname (top-level)');
    expect(fieldLabel(['http', 'bind-address'])).toBe('bind-address in [http]');
    expect(fieldLabel(['httppost', 1, 'basic-auth', 'username'])).toBe('basic-auth.username in [[httppost]] #2');
    expect(fieldLabel(['udf', 'functions', 'x', 'args'])).toBe('functions.x.args in [udf]');
  });
});
