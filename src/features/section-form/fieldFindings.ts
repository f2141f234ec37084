// Which finding a field shows: the most severe one whose path starts with the field's path, so a list item
// (["cluster", "roles", 1]) or a map entry (["httppost", 0, "headers", "X"]) shows at its list or map.
import { createContext, useContext, useSyncExternalStore } from 'react';
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

const sameShown = (a: FieldFindings, b: FieldFindings) => a.count === b.count && a.top.severity === b.top.severity
  && a.top.rule === b.top.rule && a.top.message === b.top.message && a.top.line === b.top.line && fixKey(a.top.fix) === fixKey(b.top.fix);
const fixKey = (fix: Finding['fix']) => JSON.stringify(fix, (_, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v));

/** Findings by path for the fields of the section on screen. Each field subscribes to its own path, so a new set
 *  of findings renders again only the fields whose finding changed, not every field of every entry. */
export class FieldFindingsSource {
  private byPrefix = new Map<string, FieldFindings>();
  private listeners = new Set<() => void>();
  subscribe = (l: () => void) => { this.listeners.add(l); return () => { this.listeners.delete(l); }; };
  get = (key: string): FieldFindings | undefined => this.byPrefix.get(key);
  set(findings: readonly Finding[]) {
    const next = findingsByPrefix(findings);
    for (const [key, shown] of next) {
      const had = this.byPrefix.get(key);
      // the same finding again keeps its object, so the field's subscription sees no change
      if (had && sameShown(had, shown)) next.set(key, had);
    }
    this.byPrefix = next;
    for (const l of this.listeners) l();
  }
}

export const FieldFindingsContext = createContext(new FieldFindingsSource());

/** The finding a field shows (see findingsByPrefix). */
export function useFieldFindings(path: KeyPath): FieldFindings | undefined {
  const source = useContext(FieldFindingsContext);
  const key = pathKey(path);
  return useSyncExternalStore(source.subscribe, () => source.get(key));
}
