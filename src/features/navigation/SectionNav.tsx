import { Box, NavLink, ScrollArea, Text } from '@mantine/core';
import { DraftSecretsToggle } from '../drafts/DraftKeeper';
import { useMemo } from 'react';
import { editCounts, problemCounts } from '../changes/sectionCounts';
import { useOriginalValues } from '../changes/useOriginal';
import { useFindings } from '../problems/useFindings';
import classes from './SectionNav.module.css';
import { useEditor, useEditorStore } from '../../app/StoreContext';
import { sections } from '../../kapacitor/schema';
import type { SectionGroup } from '../../kapacitor/types';
import { sectionAnchor, sectionHeader } from '../section-form/sectionHeader';

const groupTitles: Record<SectionGroup, string> = {
  core: 'Core',
  enterprise: 'Enterprise',
  'influxdb-inputs': 'InfluxDB and inputs',
  'alert-handlers': 'Alert handlers',
  discovery: 'Discovery and scraping',
  'udf-tasks': 'UDFs and tasks',
};

/** One link per section, named by its TOML header, grouped as operators think of them. */
export function SectionNav() {
  const store = useEditorStore();
  const doc = useEditor((s) => s.doc);
  const current = useEditor((s) => s.section);
  const groups = Object.keys(groupTitles) as SectionGroup[];
  const original = useOriginalValues();
  const findings = useFindings();
  const edits = useMemo(() => editCounts(doc.values, original), [doc, original]);
  const problems = useMemo(() => problemCounts(findings, doc.values), [findings, doc]);
  return (
    <nav aria-label="Sections" style={{ height: '100%' }}>
      <ScrollArea h="100%" type="auto">
        {groups.map((group) => {
          const members = sections.filter((s) => s.group === group);
          if (members.length === 0) return null;
          return (
            <div key={group}>
              <Text size="xs" fw={700} tt="uppercase" c="dimmed" px="sm" pt="sm" pb={4}>{groupTitles[group]}</Text>
              <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                {members.map((section) => {
                  const inFile = section.kind === 'root' || doc.get([section.name]) !== undefined;
                  const anchor = sectionAnchor(section);
                  const header = sectionHeader(section, doc);
                  const edited = edits.get(section.name) ?? 0;
                  const p = problems.get(section.name);
                  const facts = [edited ? `${edited} edited` : '', p?.error ? `${p.error} errors` : '', p?.warning ? `${p.warning} warnings` : '', inFile ? '' : 'defaults only'].filter(Boolean).join(', ');
                  return (
                    <li key={anchor}>
                      <NavLink component="a" href={`#${anchor}`} active={current === section.name} variant="filled"
                        aria-label={header} aria-description={facts || undefined} title={facts || undefined}
                        rightSection={<Counts edited={edited} errors={p?.error ?? 0} warnings={p?.warning ?? 0} />}
                        aria-current={current === section.name ? 'page' : undefined}
                        label={<span style={{ fontFamily: 'var(--mantine-font-family-monospace)', fontWeight: inFile ? 600 : 400 }}>{header}</span>}
                        onClick={(e) => { e.preventDefault(); store.set({ section: section.name, activePath: section.kind === 'root' ? undefined : [section.name] }); history.replaceState(null, '', `#${anchor}`);
                          // move focus to the section so Tab continues into its fields
                          requestAnimationFrame(() => document.getElementById(`section-heading-${section.name || 'top-level'}`)?.focus());
                        }}
                        py={4} />
                    </li>
                  );
                })}
              </ul>
            </div>
          );
        })}
        <Box p="sm"><DraftSecretsToggle /></Box>
      </ScrollArea>
    </nav>
  );
}

function Counts({ edited, errors, warnings }: { edited: number; errors: number; warnings: number }) {
  return (
    <span className={classes.counts} aria-hidden="true">
      {edited ? <span className={classes.edited}>{edited}✎</span> : null}
      {errors ? <span className={classes.errors}>{errors}</span> : null}
      {warnings ? <span className={classes.warnings}>{warnings}</span> : null}
    </span>
  );
}
