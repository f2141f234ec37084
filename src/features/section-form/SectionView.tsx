import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useCallback, useLayoutEffect, useState } from 'react';
import { useEditor } from '../../app/StoreContext';
import { effectiveDefault } from '../../kapacitor/defaults';
import type { FieldDef, SectionDef } from '../../kapacitor/types';
import { useFindings } from '../problems/useFindings';
import { FieldFindingsContext, FieldFindingsSource } from './fieldFindings';
import { ArraySection } from './ArraySection';
import { SectionFields } from './SectionFields';
import { sectionHeader } from './sectionHeader';

/** The form of one section, as a region named by its TOML header. It subscribes to facts about the document
 *  (its header, whether the file has it), never to the document itself: a keystroke renders only its field. */
export function SectionView({ section }: { section: SectionDef }) {
  const header = useEditor((s) => sectionHeader(section, s.doc));
  const generation = useEditor((s) => s.generation);
  const enterprise = useEditor((s) => s.options.enterprise);
  const inFile = useEditor((s) => section.kind === 'root' || s.doc.get([section.name]) !== undefined);
  // an entry action running in the Worker will replace what the region shows
  const busy = useEditor((s) => s.entryOpBusy?.section === section.name);
  const [findings] = useState(() => new FieldFindingsSource());
  const defaultOf = useCallback((f: FieldDef) => effectiveDefault(section, f, 0, { enterprise }), [section, enterprise]);
  const headingId = `section-heading-${section.name || 'top-level'}`;
  return (
    <FieldFindingsContext.Provider value={findings}>
      <FindingsFeed source={findings} />
      <section aria-label={header} aria-busy={busy || undefined}>
        <Stack gap="md">
          <div>
            <Group gap="xs">
              <Title order={2} size="h3" id={headingId} tabIndex={-1}><code>{header}</code></Title>
              {!inFile ? <Badge variant="light" color="gray">not in file: Kapacitor defaults</Badge> : null}
              {section.enterprise ? <Badge variant="outline">Enterprise</Badge> : null}
              {section.since ? <Badge variant="outline" color="gray">since {section.since}</Badge> : null}
            </Group>
            <Text c="dimmed" size="sm" mt={4}>{section.description}</Text>
          </div>
          {section.kind === 'array' || section.kind === 'tableOrArray' ? (
            <ArraySection section={section} header={header} />
          ) : (
            // remounted when the Enterprise switch flips: the defaults it shows are read once per mount
            <SectionFields key={`${generation}-${enterprise}`} fields={section.fields} basePath={section.kind === 'root' ? [] : [section.name]}
              defaultOf={defaultOf} />
          )}
        </Stack>
      </section>
    </FieldFindingsContext.Provider>
  );
}

/** Hands each new set of findings to the fields, which take only their own; renders nothing. */
function FindingsFeed({ source }: { source: FieldFindingsSource }) {
  const findings = useFindings();
  // before paint: a field mounted in this commit must not show the previous set's finding
  useLayoutEffect(() => { source.set(findings); }, [source, findings]);
  return null;
}
