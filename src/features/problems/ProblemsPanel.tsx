import { Button, Group, Text } from '@mantine/core';
import { plural } from '../../toml/text';
import { useRef, useState } from 'react';
import { applyFix } from './applyFix';
import classes from './ProblemsPanel.module.css';
import { useEditorStore } from '../../app/StoreContext';
import type { Finding, Severity } from '../../kapacitor/types';
import { focusPath } from '../section-form/focusPath';
import { formatPath } from './formatPath';
import { useFindingsStatus } from './useFindings';

/** Findings listed at once; "Show more" lists the next ones. */
export const PROBLEMS_PER_PAGE = 100;

const label: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Info' };

/** Every finding, with its severity, key path and line; a click takes the user to the field. */
export function ProblemsPanel() {
  const store = useEditorStore();
  const { findings, checking } = useFindingsStatus();
  // a file with thousands of entries can have thousands of findings: they are listed a page at a time
  const [shown, setShown] = useState(PROBLEMS_PER_PAGE);
  const list = useRef<HTMLUListElement>(null);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return (
    // not aria-busy while checking: the check runs on after the import, and the document is usable meanwhile;
    // the status says it
    <section aria-label="Problems" style={{ display: 'flex', flexDirection: 'column', minHeight: 0, height: '100%' }}>
      <Group px="sm" py={6} gap="xs" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
        <Text size="sm" fw={600}>Problems</Text>
        <span className={classes.count} data-severity="error">{plural(counts.error, 'error')}</span>
        <span className={classes.count} data-severity="warning">{plural(counts.warning, 'warning')}</span>
        <span className={classes.count} data-severity="info">{counts.info} info</span>
        <span role="status" className={classes.checking}>{checking ? 'Checking the file…' : ''}</span>
      </Group>
      {/* a native scroller: Mantine's ScrollArea measured itself on every render, and was 11 kB of the first load */}
      <div className={classes.scroll}>
        {findings.length === 0 && !checking ? <Text size="sm" c="dimmed" p="sm">No problems found.</Text> : null}
        <ul ref={list} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {findings.slice(0, shown).map((f, i) => (
            <li key={i} className={classes.item}>
              <button type="button" className={classes.goto} onClick={() => focusPath(store, f.path)}>
                <ProblemLine finding={f} />
              </button>
              {f.fix ? (
                <Button size="compact-xs" variant="light" mr="sm" onClick={() => applyFix(store, f)} title={f.fix.label}>
                  {f.fix.label}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
        {findings.length > shown ? (
          <Group px="sm" py="xs" gap="xs">
            <Text size="sm" c="dimmed">Showing {shown} of {findings.length}.</Text>
            <Button size="compact-sm" variant="default" onClick={() => {
              // focus goes to the first finding just listed (the button itself may be gone)
              const first = shown;
              setShown((n) => n + PROBLEMS_PER_PAGE);
              requestAnimationFrame(() => list.current?.querySelectorAll<HTMLElement>(`.${classes.goto}`)[first]?.focus());
            }}>
              Show {plural(Math.min(PROBLEMS_PER_PAGE, findings.length - shown), 'more problem')}
            </Button>
          </Group>
        ) : null}
      </div>
    </section>
  );
}

function ProblemLine({ finding: f }: { finding: Finding }) {
  // plain elements: this renders once per finding, and a large file has thousands
  return (
    <span className={classes.line}>
      <span className={classes.sev} data-severity={f.severity}>{label[f.severity]}</span>
      <code>{formatPath(f.path)}</code>
      <span className={classes.dim}>{f.line !== undefined ? ` · line ${f.line}` : ' · not in file'}</span>
      <span> — {f.message}</span>
    </span>
  );
}
