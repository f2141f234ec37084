// Text-level helpers: the parsed values cannot tell `1` from `1.0`, nor say where a header sits
// inside its line, so a few rules look at the document text itself.

export interface LineIndex {
  /** 1-based line → offset of its first character */
  start(line: number): number;
  /** the line's text without its newline */
  text(line: number): string;
  count: number;
}

export function indexLines(text: string): LineIndex {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return {
    count: starts.length,
    start: (line) => starts[line - 1] ?? text.length,
    text: (line) => {
      const s = starts[line - 1];
      if (s === undefined) return '';
      const e = line < starts.length ? starts[line] - 1 : text.length;
      return text.slice(s, e).replace(/\r$/, '');
    },
  };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `key = value` on one line: where the value's text starts and what it is (trailing comment dropped).
 *  Only for values that hold no `#` themselves (numbers, booleans), which is what the callers need. */
export function scalarTextOnLine(lineText: string, key: string): { text: string; column: number } | undefined {
  const keyPattern = `(?:${escapeRegExp(key)}|"${escapeRegExp(key)}"|'${escapeRegExp(key)}')`;
  const m = new RegExp(`^(\\s*${keyPattern}\\s*=\\s*)([^#]*?)\\s*(?:#.*)?$`).exec(lineText);
  if (!m) return undefined;
  return { text: m[2], column: m[1].length };
}

/** where `[name]` (or `[[name]]`) sits on its header line, as document offsets */
export function headerSpan(lines: LineIndex, line: number): { start: number; end: number; text: string } | undefined {
  const t = lines.text(line);
  const m = /^(\s*)(\[\[?[^\]]*\]\]?)/.exec(t);
  if (!m) return undefined;
  const start = lines.start(line) + m[1].length;
  return { start, end: start + m[2].length, text: m[2] };
}
