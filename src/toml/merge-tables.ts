// A [table] defined twice (a snippet appended to a file that already had the table) merged into one, for the user to
// confirm: the second table's keys (with the comments among them) move to after the first table's last key and the
// second header goes; a comment on that header's line stays where it was. Every other byte is kept.
// Not offered when both tables set the same key: which value is meant is for the user to say.
import { parseAst } from './full-ast';
import { cut } from './edit-text';
import { findDuplicateTables, scanHeaders, type DuplicateTable, type HeaderLine } from './scan';
import { detectNewline, isBlankLine, lineEnd, lineList, lineStart, nextLineStart } from './text';
import type { Repair } from './repair';

export type Merge = Repair | { refusal: string; lines: number[] };

/** Every [table] defined twice merged into its first definition; undefined when there is none or a table's body cannot
 *  be read on its own. The result is text only: the caller parses it before offering it. */
export function mergeDuplicateTables(text: string): Merge | undefined {
  const merged: DuplicateTable[] = [];
  let current = text;
  // One at a time: each merge moves lines, so the headers are found again.
  for (let round = 0; round < 1000; round++) {
    const headers = scanHeaders(current);
    const twice = findDuplicateTables(current, headers)[0];
    if (!twice) break;
    const step = mergeOne(current, twice, headers);
    if (step === undefined) return undefined;
    if (typeof step !== 'string') return step;
    merged.push(twice);
    current = step;
  }
  if (merged.length === 0) return undefined;
  // Lines as they are in the text the user has.
  const original = findDuplicateTables(text);
  const lines = [...new Set(original.flatMap((d) => [d.first.line, d.second.line]))].sort((a, b) => a - b);
  const groups = new Map<number, DuplicateTable[]>();
  for (const d of original) groups.set(d.first.line, [...(groups.get(d.first.line) ?? []), d]);
  const parts = [...groups.values()].map((group) => {
    const { header, first } = group[0];
    const later = group.length === 1 ? `the second ${header} (line ${group[0].second.line})` : `the ${group.length} later ${header} tables (${lineList(group.map((d) => d.second.line))})`;
    return `${later} into the first (line ${first.line})`;
  });
  const description = `Merge ${parts.join(' and ')}`;
  return { description, lines, text: current };
}

/** The text with `twice.second` merged into `twice.first`, a refusal, or undefined when a body cannot be read. */
function mergeOne(text: string, { header, first, second }: DuplicateTable, headers: HeaderLine[]): string | { refusal: string; lines: number[] } | undefined {
  const firstBody = body(text, first, headers);
  const secondBody = body(text, second, headers);
  if (!firstBody || !secondBody) return undefined;
  const lines = [first.line, second.line];
  for (const a of firstBody.keys) {
    for (const b of secondBody.keys) {
      const shorter = a.length <= b.length ? a : b;
      const longer = a.length <= b.length ? b : a;
      if (shorter.every((part, i) => longer[i] === part)) {
        const key = shorter.join('.');
        return { refusal: `${header} is defined twice (lines ${first.line} and ${second.line}) and both define ${key}; keep one by hand.`, lines };
      }
    }
  }

  const removals: [number, number][] = [];
  let moved = '';
  if (secondBody.keys.length > 0) {
    // From the first line with anything on it after the header to the end of the last key's line.
    let from = nextLineStart(text, second.lineEnd);
    while (from < secondBody.lastPairEnd && isBlankLine(text, from)) from = nextLineStart(text, from);
    const to = lineEnd(text, secondBody.lastPairEnd);
    moved = text.slice(from, to);
    removals.push([nextLineStart(text, second.lineEnd), nextLineStart(text, to)]);
  }
  if (second.comment === -1) {
    removals.push([second.lineStart, nextLineStart(text, second.lineEnd)]);
  } else {
    removals.push([second.start, second.comment]);
  }
  // Whole lines cut after a blank line take the blank lines after them too, so the spacing stays as it was.
  const merged = mergeRanges(removals).map(([start, end]): [number, number] => {
    if (start === lineStart(text, start) && start > 0 && isBlankLine(text, lineStart(text, start - 1))) {
      while (end < text.length && end === lineStart(text, end) && isBlankLine(text, end) && nextLineStart(text, end) > end) {
        end = nextLineStart(text, end);
      }
    }
    return [start, end];
  });
  let result = cut(text, merged);
  if (moved) {
    const at = firstBody.keys.length > 0 ? lineEnd(text, firstBody.lastPairEnd) : first.lineEnd;
    result = result.slice(0, at) + detectNewline(text) + moved + result.slice(at);
  }
  return result;
}

interface Body {
  /** key paths of the body's key/value lines (dotted keys as their parts) */
  keys: string[][];
  /** offset in the whole text where the last key/value ends */
  lastPairEnd: number;
}

/** The key/value lines after a header, up to the next header (read on their own). */
function body(text: string, header: HeaderLine, headers: HeaderLine[]): Body | undefined {
  const start = nextLineStart(text, header.lineEnd);
  const end = headers.find((h) => h.lineStart >= start)?.lineStart ?? text.length;
  let ast;
  try {
    ast = parseAst(text.slice(start, end));
  } catch {
    return undefined;
  }
  const top = ast.body[0];
  if (top.body.some((node) => node.type !== 'TOMLKeyValue')) return undefined;
  const keys: string[][] = [];
  let lastPairEnd = -1;
  for (const node of top.body) {
    if (node.type !== 'TOMLKeyValue') continue;
    keys.push(node.key.keys.map((k) => (k.type === 'TOMLBare' ? k.name : k.value)));
    lastPairEnd = start + node.range[1];
  }
  return { keys, lastPairEnd };
}

function mergeRanges(ranges: [number, number][]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}
