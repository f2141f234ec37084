// A small TOML tokenizer for one preview line: enough to colour comments, headers, keys, strings, numbers and booleans.
export type TokenKind = 'comment' | 'header' | 'key' | 'string' | 'number' | 'bool' | 'punct' | 'text';
export interface Token { kind: TokenKind; text: string }

const patterns: [TokenKind, RegExp][] = [
  ['comment', /^#.*/],
  ['string', /^("""[\s\S]*?"""|'''[\s\S]*?'''|"(?:[^"\\]|\\.)*"?|'[^']*'?)/],
  ['bool', /^(true|false)(?![\w-])/],
  ['number', /^([+-]?(inf|nan)|[+-]?(0x[\da-fA-F_]+|0o[0-7_]+|0b[01_]+|[\d_]+(\.[\d_]+)?([eE][+-]?\d+)?)|\d{4}-\d\d-\d\d[T ]?[\d:.]*(Z|[+-]\d\d:\d\d)?)(?![\w-])/],
  ['punct', /^[=,[\]{}.]/],
  ['text', /^[^\s#"'=,[\]{}.]+/],
  ['text', /^\s+/],
];

export function tokenizeLine(line: string): Token[] {
  const header = /^(\s*)(\[\[?[^\]#]*\]\]?)(.*)$/.exec(line);
  if (header) {
    return [
      ...(header[1] ? [{ kind: 'text' as const, text: header[1] }] : []),
      { kind: 'header', text: header[2] },
      ...tokenizeLine(header[3]),
    ];
  }
  const out: Token[] = [];
  let rest = line;
  let keyPart = /^\s*[^=#"']*("[^"]*"|'[^']*')?[^=#"']*=/.test(line);
  while (rest.length) {
    if (keyPart) {
      const m = /^(\s*)((?:"(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_-]+)(?:\s*\.\s*(?:"(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_-]+))*)(\s*)/.exec(rest);
      if (m && m[2]) {
        if (m[1]) out.push({ kind: 'text', text: m[1] });
        out.push({ kind: 'key', text: m[2] });
        if (m[3]) out.push({ kind: 'text', text: m[3] });
        rest = rest.slice(m[0].length);
      }
      keyPart = false;
      continue;
    }
    let matched = false;
    for (const [kind, re] of patterns) {
      const m = re.exec(rest);
      if (m && m[0].length) {
        out.push({ kind, text: m[0] });
        rest = rest.slice(m[0].length);
        matched = true;
        break;
      }
    }
    if (!matched) {
      out.push({ kind: 'text', text: rest[0] });
      rest = rest.slice(1);
    }
  }
  return out;
}
