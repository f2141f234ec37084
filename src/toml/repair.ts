// Repairs of text that does not parse, for the user to confirm: only two exact, line-local ones.
//  - a line whose first non-blank character is ; (an INI-style comment): the ; becomes #
//  - a line of nothing but no-break spaces (U+00A0) and other blanks (pasted from a web page): it becomes empty
// Lines inside multi-line strings are string content and never touched.
import { parseDocument } from './document';
import { mergeDuplicateTables } from './merge-tables';
import { scanLines } from './scan';
import { capitalise, lineList, plural } from './text';

export interface Repair {
  /** what the repair does, naming the lines: "Replace 3 ; comments with # (lines 2, 5, 9)" */
  description: string;
  /** 1-based lines it changes */
  lines: number[];
  text: string;
}

const NBSP_LINE = /^[ \t\u00a0]*\u00a0[ \t\u00a0]*$/;

/** The ; comment lines and no-break-space lines repaired, or undefined when there are none. */
export function repairLines(text: string): Repair | undefined {
  const semicolons: number[] = [];
  const blanks: number[] = [];
  const edits: { at: number; end: number; insert: string }[] = [];
  for (const l of scanLines(text)) {
    if (l.inString) continue;
    let i = l.start;
    while (text[i] === ' ' || text[i] === '\t') i++;
    if (text[i] === ';') {
      semicolons.push(l.line);
      edits.push({ at: i, end: i + 1, insert: '#' });
    } else if (text.charCodeAt(i) === 0xa0 && NBSP_LINE.test(text.slice(l.start, l.end))) {
      blanks.push(l.line);
      edits.push({ at: l.start, end: l.end, insert: '' });
    }
  }
  if (edits.length === 0) return undefined;
  let result = '';
  let from = 0;
  for (const e of edits) {
    result += text.slice(from, e.at) + e.insert;
    from = e.end;
  }
  result += text.slice(from);
  const parts: string[] = [];
  if (semicolons.length > 0) {
    parts.push(`replace ${plural(semicolons.length, '";" comment')} with "#" (${lineList(semicolons)})`);
  }
  if (blanks.length > 0) parts.push(`blank ${plural(blanks.length, 'line')} of no-break spaces (${lineList(blanks)})`);
  const description = capitalise(parts.join(' and '));
  return { description, lines: [...semicolons, ...blanks].sort((a, b) => a - b), text: result };
}

/** What to offer for text that does not parse: the line repairs, then merges of tables defined twice, as long as the
 *  result parses. `refusal` says why a merge is not offered (the same key in both tables). */
export function suggestRepair(text: string): Repair | { refusal: string } | undefined {
  const steps: Repair[] = [];
  let current = text;
  const lines = repairLines(current);
  if (lines) {
    steps.push(lines);
    current = lines.text;
  }
  // Tables defined twice are found by a scan; the text is parsed once, at the end (a parse of a large file is slow).
  const merge = mergeDuplicateTables(current);
  if (merge && 'refusal' in merge) return { refusal: merge.refusal };
  if (merge) {
    steps.push(merge);
    current = merge.text;
  }
  if (steps.length === 0 || !parses(current)) return undefined;
  const description = steps.map((s, i) => (i === 0 ? s.description : uncapitalise(s.description))).join(', then ');
  const changed = [...new Set(steps.flatMap((s) => s.lines))].sort((a, b) => a - b);
  return { description, lines: changed, text: current };
}

function parses(text: string): boolean {
  try {
    parseDocument(text);
    return true;
  } catch {
    return false;
  }
}

function uncapitalise(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}
