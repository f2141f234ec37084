// What TOML 0.4 cannot read: everything TOML 0.5 and later added, as far as the syntax tree shows it.
// (Which readers are TOML 0.4 is for the layer above to say.)
import type { AST } from 'toml-eslint-parser';
import { parseAst } from './full-ast';

export interface Toml04Problem {
  line: number;
  column: number;
  message: string;
}

const OLD = 'TOML 0.4 cannot read';

/** Problems in text that parses as TOML 1.0 (throws TomlInputError otherwise), in text order. */
export function checkToml04(text: string): Toml04Problem[] {
  const problems: Toml04Problem[] = [];
  const report = (node: AST.HasLocs, message: string) =>
    problems.push({ line: node.loc.start.line, column: node.loc.start.column + 1, message });

  const keys = (key: AST.TOMLKey) => {
    for (const part of key.keys) {
      if (part.type === 'TOMLQuoted' && part.style === 'literal') report(part, `${OLD} a key in single quotes: use double quotes.`);
    }
  };

  const value = (node: AST.TOMLContentNode): void => {
    if (node.type === 'TOMLArray') {
      const types = node.elements.map(typeName);
      const odd = types.findIndex((t) => t !== types[0]);
      if (odd !== -1) {
        report(node.elements[odd], `${OLD} an array that mixes ${types[0]} and ${types[odd]} values: give every item the same type.`);
      }
      node.elements.forEach(value);
    } else if (node.type === 'TOMLInlineTable') {
      node.body.forEach(pair);
    } else if (node.kind === 'local-date-time' || node.kind === 'local-date' || node.kind === 'local-time') {
      report(node, `${OLD} a date or time without a UTC offset: write it in full, e.g. 1979-05-27T07:32:00Z.`);
    } else if (node.kind === 'offset-date-time' && node.datetime[10] !== 'T' && node.datetime[10] !== 't') {
      report(node, `${OLD} a space between date and time: use T.`);
    } else if (node.kind === 'integer' && /^0[xob]/i.test(node.number)) {
      report(node, `${OLD} hexadecimal, octal or binary integers: write it in decimal.`);
    } else if (node.kind === 'float' && /inf|nan/.test(node.number)) {
      report(node, `${OLD} inf or nan.`);
    }
  };

  const pair = (node: AST.TOMLKeyValue) => {
    if (node.key.keys.length > 1) report(node.key, `${OLD} dotted keys: put the key under its own [table] instead.`);
    keys(node.key);
    value(node.value);
  };

  for (const node of parseAst(text).body[0].body) {
    if (node.type === 'TOMLKeyValue') pair(node);
    else {
      keys(node.key);
      node.body.forEach(pair);
    }
  }
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Types as TOML 0.4 tells them apart: all strings are one type, all arrays are one, integers and floats are two. */
function typeName(node: AST.TOMLContentNode): string {
  if (node.type === 'TOMLArray') return 'array';
  if (node.type === 'TOMLInlineTable') return 'inline table';
  if (node.kind.endsWith('time') || node.kind.endsWith('date')) return 'date';
  return node.kind;
}
