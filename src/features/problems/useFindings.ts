import { useDeferredValue, useMemo } from 'react';
import { useEditor } from '../../app/StoreContext';
import { findProblems } from '../../kapacitor/findings';
import type { Finding } from '../../kapacitor/types';
import type { TomlDocument } from '../../toml/document';
import type { CheckOptions } from '../../kapacitor/types';

const cache = new WeakMap<TomlDocument, { key: string; findings: Finding[] }>();

export function computeFindings(doc: TomlDocument, options: CheckOptions): Finding[] {
  const key = `${options.version}|${options.enterprise}`;
  const hit = cache.get(doc);
  if (hit && hit.key === key) return hit.findings;
  let findings: Finding[];
  try {
    findings = findProblems({ values: doc.values, text: doc.text, lineOf: (p) => doc.lineOf(p), tables: doc.tables }, options);
  } catch (e) {
    findings = [{ severity: 'error', rule: 'internal', path: [], message: `The checker failed: ${(e as Error).message}` }];
  }
  cache.set(doc, { key, findings });
  return findings;
}

/** Findings for the open document; computed after typing settles so a keystroke never waits on them. */
export function useFindings(): Finding[] {
  const doc = useDeferredValue(useEditor((s) => s.doc));
  const options = useEditor((s) => s.options);
  return useMemo(() => computeFindings(doc, options), [doc, options]);
}

export function pathKey(path: readonly (string | number)[]): string {
  return path.map(String).join('\u0000');
}
