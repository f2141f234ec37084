// Writes small generated TOML files (the minimal files): comment lines, root pairs, then [table] and [[array]]
// blocks. Values go through formatValue, so each stays on one line; maps are written as inline tables, which every
// Kapacitor version reads (TOML 0.4 has inline tables, and no dotted keys are used).
import type { TomlValue } from '../../toml/types';
import { formatKey, formatValue } from '../../toml/format';

export interface Pair {
  comments: string[];
  key: string;
  value: TomlValue;
  /** write numbers with a decimal point (float keys) */
  float?: boolean;
}

export interface Block {
  comments: string[];
  /** table name parts (['udf', 'functions', 'goavg']); undefined for the root pairs */
  header?: string[];
  array?: boolean;
  pairs: Pair[];
}

export function headerText(parts: readonly string[], array: boolean): string {
  const name = parts.map(formatKey).join('.');
  return array ? `[[${name}]]` : `[${name}]`;
}

function commentLines(lines: readonly string[], indent: string): string[] {
  return lines.flatMap((l) => l.split('\n')).map((l) => (l === '' ? `${indent}#` : `${indent}# ${l}`));
}

/** The file: `preamble` as comment lines, the root block's pairs, then every other block. */
export function writeBlocks(preamble: readonly string[], blocks: readonly Block[]): string {
  const out: string[] = commentLines(preamble, '');
  for (const block of blocks) {
    const indent = block.header ? '  ' : '';
    const lines: string[] = [...commentLines(block.comments, '')];
    if (block.header) lines.push(headerText(block.header, block.array ?? false));
    for (const p of block.pairs) {
      lines.push(...commentLines(p.comments, indent));
      lines.push(`${indent}${formatKey(p.key)} = ${formatValue(p.value, { float: p.float })}`);
    }
    if (lines.length === 0) continue;
    if (out.length > 0) out.push('');
    out.push(...lines);
  }
  return out.length === 0 ? '' : `${out.join('\n')}\n`;
}
