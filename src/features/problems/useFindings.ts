import { useMemo, useSyncExternalStore } from 'react';
import { useEditor } from '../../app/StoreContext';
import { SETTLE_AT_ONCE_CHARS, useSettledDoc } from '../../app/settledDoc';
import type { Finding } from '../../kapacitor/types';
import type { TomlDocument } from '../../toml/document';
import type { CheckOptions } from '../../kapacitor/types';
import { canCheckRemotely, remoteFindings, remotelyChecked, remoteVersion, subscribeRemoteFindings } from './remoteFindings';

const cache = new WeakMap<TomlDocument, { key: string; findings: Finding[] }>();

// The checker (every rule, and zod) is its own chunk: the page is usable before it arrives, and findings
// appear as soon as it has loaded (it starts loading right after the first paint, see loadChecker).
type Checker = typeof import('../../kapacitor/findings');
let checker: Checker | undefined;
let loading: Promise<Checker> | undefined;
const loaded = new Set<() => void>();
const NONE: Finding[] = [];

export function loadChecker(): Promise<Checker> {
  loading ??= import('../../kapacitor/findings').then((m) => {
    checker = m;
    for (const l of loaded) l();
    return m;
  });
  return loading;
}

function useCheckerLoaded(): boolean {
  return useSyncExternalStore((l) => { loaded.add(l); return () => { loaded.delete(l); }; }, () => checker !== undefined);
}

/** Findings of a document; [] until the checker has loaded (then callers render again). */
export function computeFindings(doc: TomlDocument, options: CheckOptions): Finding[] {
  if (!checker) return NONE;
  const { findProblems } = checker;
  const key = `${options.version}|${options.enterprise}`;
  const hit = cache.get(doc);
  if (hit && hit.key === key) return hit.findings;
  let findings: Finding[];
  try {
    findings = findProblems({ values: doc.values, text: doc.text, lineOf: (p) => doc.lineOf(p), tables: doc.tables }, options);
  } catch (e) {
    findings = [{ severity: 'error', rule: 'internal', path: [], message: `The checker failed: ${(e as Error).message}` }];
  }
  // Most keystrokes change no finding: hand back the same array, so nothing that shows findings renders again.
  if (last && last.key === key && sameFindings(last.findings, findings)) findings = last.findings;
  last = { key, findings };
  cache.set(doc, { key, findings });
  return findings;
}

let last: { key: string; findings: Finding[] } | undefined;

const fixKey = (fix: Finding['fix']) => JSON.stringify(fix, (_, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v));

function sameFindings(a: Finding[], b: Finding[]): boolean {
  return a.length === b.length && a.every((f, i) => {
    const g = b[i];
    return f.severity === g.severity && f.rule === g.rule && f.message === g.message && f.line === g.line
      && f.path.length === g.path.length && f.path.every((p, j) => p === g.path[j])
      && fixKey(f.fix) === fixKey(g.fix);
  });
}

/** Findings for the open document. On a large document they are checked in a Worker once typing pauses, so
 *  neither a keystroke nor the page waits on a check of the whole file; every caller sees the same checked document. */
export function useFindings(): Finding[] {
  return useFindingsStatus().findings;
}

/** The findings, and whether they are not yet those of the document (the checker still loading, or a large
 *  document's check still running in the Worker: on 10 MB that takes seconds, and "no problems" meanwhile misled). */
export function useFindingsStatus(): { findings: Finding[]; checking: boolean } {
  const doc = useSettledDoc();
  const options = useEditor((s) => s.options);
  const ready = useCheckerLoaded();
  const answered = useSyncExternalStore(subscribeRemoteFindings, remoteVersion);
  const remote = doc.text.length >= SETTLE_AT_ONCE_CHARS && canCheckRemotely();
  const findings = useMemo(() => {
    if (remote) return remoteFindings(doc, options);
    return ready ? computeFindings(doc, options) : NONE;
  }, [doc, options, ready, answered, remote]);
  // a large document waits for typing to pause (or a new one for its first frame) before it is checked: the open one
  // differing from the checked one is checking too. A boolean, so a keystroke renders nothing here
  const behind = useEditor((s) => s.doc !== doc && s.doc.text.length >= SETTLE_AT_ONCE_CHARS);
  return { findings, checking: behind || (remote ? !remotelyChecked(doc, options) : !ready) };
}


export function pathKey(path: readonly (string | number)[]): string {
  return path.map(String).join('\u0000');
}
