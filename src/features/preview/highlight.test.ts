import { describe, expect, it } from 'vitest';
import { tokenizeLine } from './highlight';

const kinds = (line: string) => tokenizeLine(line).filter((t) => t.text.trim() !== '').map((t) => `${t.kind}:${t.text}`);

describe('tokenizeLine', () => {
  it('colours keys, values and comments', () => {
    expect(kinds('  bind-address = ":9092" # the API')).toEqual(['key:bind-address', 'punct:=', 'string:":9092"', 'comment:# the API']);
    expect(kinds('enabled = true')).toEqual(['key:enabled', 'punct:=', 'bool:true']);
    expect(kinds('timeout = 0')).toEqual(['key:timeout', 'punct:=', 'number:0']);
    expect(kinds('urls = ["http://a", "b"]')).toEqual(['key:urls', 'punct:=', 'punct:[', 'string:"http://a"', 'punct:,', 'string:"b"', 'punct:]']);
    expect(kinds('"a b".c = 1.5')).toEqual(['key:"a b".c', 'punct:=', 'number:1.5']);
  });
  it('colours headers and comment lines', () => {
    expect(kinds('[[influxdb]]')).toEqual(['header:[[influxdb]]']);
    expect(kinds('  [influxdb.subscriptions] # subs')).toEqual(['header:[influxdb.subscriptions]', 'comment:# subs']);
    expect(kinds('# [http]')).toEqual(['comment:# [http]']);
  });
  it('gives back every character', () => {
    for (const line of ['  a = "x # not a comment" # c', 'headers = { content_type = "json" }', '[tls]', '    ']) {
      expect(tokenizeLine(line).map((t) => t.text).join('')).toBe(line);
    }
  });
});
