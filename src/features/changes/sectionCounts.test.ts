import { parse } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { editCounts, problemCounts } from './sectionCounts';
import type { TomlTable } from '../../toml/types';

const t = (s: string) => parse(s) as TomlTable;

describe('editCounts', () => {
  it('counts changed leaf values per section, root keys under ""', () => {
    const before = t('hostname = "a"\n[http]\nbind-address = ":9092"\nlog-enabled = true\n[[influxdb]]\nname = "x"\nurls = ["u"]\n');
    const after = t('hostname = "b"\n[http]\nbind-address = ":9093"\nlog-enabled = false\n[[influxdb]]\nname = "y"\nurls = ["u", "v"]\n[rpc]\nbind-address = ":1"\n');
    expect(Object.fromEntries(editCounts(after, before))).toEqual({ '': 1, http: 2, influxdb: 2, rpc: 1 });
    expect(editCounts(before, before).size).toBe(0);
  });

  it('matches entries by name, as the fields do: a move is no edit, a removed entry is one', () => {
    const before = t('[[influxdb]]\nname = "a"\nurls = ["u"]\n[[influxdb]]\nname = "b"\nurls = ["v"]\n[[influxdb]]\nname = "c"\n');
    const moved = t('[[influxdb]]\nname = "b"\nurls = ["v"]\n[[influxdb]]\nname = "a"\nurls = ["u"]\n[[influxdb]]\nname = "c"\n');
    expect(editCounts(moved, before).size).toBe(0);
    const movedAndEdited = t('[[influxdb]]\nname = "b"\nurls = ["w"]\n[[influxdb]]\nname = "a"\nurls = ["u"]\n[[influxdb]]\nname = "c"\n');
    expect(Object.fromEntries(editCounts(movedAndEdited, before))).toEqual({ influxdb: 1 });
    const removed = t('[[influxdb]]\nname = "a"\nurls = ["u"]\n[[influxdb]]\nname = "c"\n');
    expect(Object.fromEntries(editCounts(removed, before))).toEqual({ influxdb: 1 });
  });
});

describe('problemCounts', () => {
  it('groups errors and warnings by section and skips info', () => {
    const values = t('hostname = "a"\n[http]\nx = 1\n');
    const counts = problemCounts([
      { severity: 'error', rule: 'r', path: ['hostname'], message: '' },
      { severity: 'warning', rule: 'r', path: ['http', 'x'], message: '' },
      { severity: 'error', rule: 'r', path: ['http', 'bind-address'], message: '' },
      { severity: 'info', rule: 'r', path: ['config-override', 'enabled'], message: '' },
    ], values);
    expect(Object.fromEntries(counts)).toEqual({ '': { error: 1, warning: 0 }, http: { error: 1, warning: 1 } });
  });
});
