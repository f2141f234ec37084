import { Button } from '@mantine/core';
import { useEditorStore } from '../../app/StoreContext';
import type { Severity } from '../../kapacitor/types';
import { applyFix } from '../problems/applyFix';
import type { FieldFindings } from './fieldFindings';
import classes from './FieldFinding.module.css';

const label: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Info' };

/** The most severe finding at or under a field, with its severity in words and its fix (applied only on click). */
export function FieldFinding({ findings, id }: { findings: FieldFindings; id: string }) {
  const store = useEditorStore();
  const { top, count } = findings;
  return (
    <div className={classes.finding} data-severity={top.severity} id={id} data-rule={top.rule} aria-live="polite">
      <span className={classes.sev}>{label[top.severity]}</span>
      <span className={classes.message}>
        {top.message}
        {count > 1 ? <span className={classes.more}> (and {count - 1} more in Problems)</span> : null}
      </span>
      {top.fix ? (
        <Button size="compact-xs" variant="light" onClick={() => applyFix(store, top)}>
          {top.fix.label}
        </Button>
      ) : null}
    </div>
  );
}
