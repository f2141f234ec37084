// Test helper: builds a FindingsInput from TOML text with smol-toml and a small line scanner, so the
// rule tests do not depend on the document model being written alongside.
import { parse } from 'smol-toml';
import type { KeyPath, TomlTable } from '../../toml/types';
import type { CheckOptions, Finding, FindingFix } from '../types';
import { findProblems, type FindingsInput } from './index';

const keyPart = String.raw`(?:[A-Za-z0-9_-]+|"(?:[^"\\]|\\.)*"|'[^']*')`;
const dottedKey = new RegExp(String.raw`^\s*(${keyPart}(?:\s*\.\s*${keyPart})*)\s*=`);
const header = new RegExp(String.raw`^\s*(\[\[?)\s*(${keyPart}(?:\s*\.\s*${keyPart})*)\s*\]\]?`);

function splitKey(s: string): string[] {
  const out: string[] = [];
  const re = new RegExp(keyPart, 'g');
  for (const m of s.matchAll(re)) {
    const k = m[0];
    out.push(k.startsWith('"') ? JSON.parse(k) : k.startsWith("'") ? k.slice(1, -1) : k);
  }
  return out;
}

export function inputFromText(text: string): FindingsInput {
  const values = parse(text) as TomlTable;
  const lines = new Map<string, number>();
  const tables: { path: KeyPath; name: string; isArray: boolean; header: { line: number } }[] = [];
  const arrayCounts = new Map<string, number>();
  let current: (string | number)[] = [];
  let inMultiline: string | undefined;
  let bracketDepth = 0;
  const rows = text.split(/\r?\n/);

  const resolve = (segments: string[]): (string | number)[] => {
    const path: (string | number)[] = [];
    for (const s of segments) {
      path.push(s);
      const count = arrayCounts.get(JSON.stringify(path));
      if (count !== undefined) path.push(count - 1);
    }
    return path;
  };

  rows.forEach((row, i) => {
    const line = i + 1;
    if (inMultiline) {
      if (row.includes(inMultiline)) inMultiline = undefined;
      return;
    }
    if (bracketDepth > 0) {
      bracketDepth += countBrackets(row);
      return;
    }
    const h = header.exec(row);
    if (h) {
      const segments = splitKey(h[2]);
      const isArray = h[1] === '[[';
      let path: (string | number)[];
      if (isArray) {
        const parent = resolve(segments.slice(0, -1));
        const arrayPath = [...parent, segments[segments.length - 1]];
        const id = JSON.stringify(arrayPath);
        const n = (arrayCounts.get(id) ?? 0) + 1;
        arrayCounts.set(id, n);
        path = [...arrayPath, n - 1];
      } else {
        path = resolve(segments);
      }
      current = path;
      lines.set(JSON.stringify(path), line);
      tables.push({ path, name: segments.join('.'), isArray, header: { line } });
      return;
    }
    const k = dottedKey.exec(row);
    if (k) {
      const path = [...current, ...splitKey(k[1])];
      const id = JSON.stringify(path);
      if (!lines.has(id)) lines.set(id, line);
      const rest = row.slice(k[0].length);
      const triple = /("""|''')/.exec(rest);
      if (triple && rest.split(triple[1]).length === 2) inMultiline = triple[1];
      else bracketDepth = Math.max(0, countBrackets(rest));
    }
  });

  return {
    values,
    text,
    tables,
    lineOf: (path) => lines.get(JSON.stringify(path)),
  };
}

/** net `[` minus `]` outside strings and comments: > 0 means a multi-line array continues */
function countBrackets(s: string): number {
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#') break;
    else if (c === '[') depth++;
    else if (c === ']') depth--;
  }
  return depth;
}

/** findings for a TOML snippet, judged as open-source 1.8 unless told otherwise */
export function check(text: string, options: Partial<CheckOptions> = {}): Finding[] {
  return findProblems(inputFromText(text), { version: '1.8', enterprise: false, ...options });
}

/** what a case checks of a finding: any of its fields, the fix in part */
export type ExpectedFinding = Omit<Partial<Finding>, 'fix'> & { fix?: Partial<FindingFix> };

export interface RuleCase {
  name: string;
  toml: string;
  options?: Partial<CheckOptions>;
  /** the findings of the rules under test, in order; [] for the valid side */
  expected: ExpectedFinding[];
}

/** the findings of `rules` only, so each table tests its own family */
export function findingsOf(c: RuleCase, rules: readonly string[]): Finding[] {
  return check(c.toml, c.options).filter((f) => rules.includes(f.rule));
}

/** TOML text from lines, one argument per line */
export function lines(...rows: string[]): string {
  return `${rows.join('\n')}\n`;
}
