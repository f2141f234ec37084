import { Button, Group, ScrollArea, Text, UnstyledButton } from '@mantine/core';
import { applyFix } from './applyFix';
import classes from './ProblemsPanel.module.css';
import { useEditorStore } from '../../app/StoreContext';
import type { Finding, Severity } from '../../kapacitor/types';
import { focusPath } from '../section-form/focusPath';
import { formatPath } from './formatPath';
import { useFindings } from './useFindings';

const label: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Info' };

/** Every finding, with its severity, key path and line; a click takes the user to the field. */
export function ProblemsPanel() {
  const store = useEditorStore();
  const findings = useFindings();
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return (
    <section aria-label="Problems" style={{ display: 'flex', flexDirection: 'column', minHeight: 0, height: '100%' }}>
      <Group px="sm" py={6} gap="xs" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
        <Text size="sm" fw={600}>Problems</Text>
        <span className={classes.count} data-severity="error">{counts.error} errors</span>
        <span className={classes.count} data-severity="warning">{counts.warning} warnings</span>
        <span className={classes.count} data-severity="info">{counts.info} info</span>
      </Group>
      <ScrollArea style={{ flex: 1 }} type="auto">
        {findings.length === 0 ? <Text size="sm" c="dimmed" p="sm">No problems found.</Text> : null}
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {findings.map((f, i) => (
            <li key={i} className={classes.item}>
              <UnstyledButton className={classes.goto} px="sm" py={4} onClick={() => focusPath(store, f.path)}>
                <ProblemLine finding={f} />
              </UnstyledButton>
              {f.fix ? (
                <Button size="compact-xs" variant="light" mr="sm" onClick={() => applyFix(store, f)} title={f.fix.label}>
                  {f.fix.label}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      </ScrollArea>
    </section>
  );
}

function ProblemLine({ finding: f }: { finding: Finding }) {
  return (
    <Text size="sm" component="span">
      <span className={classes.sev} data-severity={f.severity}>{label[f.severity]}</span>
      <code>{formatPath(f.path)}</code>
      {f.line !== undefined ? <Text span c="dimmed"> · line {f.line}</Text> : <Text span c="dimmed"> · not in file</Text>}
      <Text span> — {f.message}</Text>
    </Text>
  );
}
