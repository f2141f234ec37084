// Which finding a field shows: the most severe one whose path starts with the field's path, so a list item
// (["cluster", "roles", 1]) or a map entry (["httppost", 0, "headers", "X"]) shows at its list or map.
import type { Finding, Severity } from '../../kapacitor/types';
import type { KeyPath } from '../../toml/types';
import { pathKey } from '../problems/useFindings';

export interface FieldFindings {
  /** the most severe finding at or under the path; the first of them in the checker's order on a tie */
  top: Finding;
  /** how many findings are at or under the path, `top` included */
  count: number;
}

const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** For every path some finding's path starts with (the finding's own path included): what a field there shows. */
export function findingsByPrefix(findings: readonly Finding[]): Map<string, FieldFindings> {
  const out = new Map<string, FieldFindings>();
  for (const f of findings) {
    for (let n = 1; n <= f.path.length; n++) {
      const key = pathKey(f.path.slice(0, n));
      const had = out.get(key);
      if (!had) out.set(key, { top: f, count: 1 });
      else out.set(key, { top: rank[f.severity] < rank[had.top.severity] ? f : had.top, count: had.count + 1 });
    }
  }
  return out;
}

export function findingsAt(byPrefix: Map<string, FieldFindings>, path: KeyPath): FieldFindings | undefined {
  return byPrefix.get(pathKey(path));
}
