import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useEditor } from '../../app/StoreContext';
import { effectiveDefault } from '../../kapacitor/defaults';
import type { SectionDef } from '../../kapacitor/types';
import { useFindings } from '../problems/useFindings';
import { findingsByPrefix } from './fieldFindings';
import { ArraySection } from './ArraySection';
import { SectionFields } from './SectionFields';
import { sectionHeader } from './sectionHeader';

/** The form of one section, as a region named by its TOML header. */
export function SectionView({ section }: { section: SectionDef }) {
  const doc = useEditor((s) => s.doc);
  const generation = useEditor((s) => s.generation);
  const enterprise = useEditor((s) => s.options.enterprise);
  const header = sectionHeader(section, doc);
  const all = useFindings();
  const findings = useMemo(() => findingsByPrefix(all), [all]);
  const inFile = section.kind === 'root' ? true : doc.get([section.name]) !== undefined;
  const headingId = `section-heading-${section.name || 'top-level'}`;
  return (
    <section aria-label={header}>
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
          <ArraySection section={section} header={header} findings={findings} />
        ) : (
          // remounted when the Enterprise switch flips: the defaults it shows are read once per mount
          <SectionFields key={`${generation}-${enterprise}`} fields={section.fields} basePath={section.kind === 'root' ? [] : [section.name]}
            defaultOf={(f) => effectiveDefault(section, f, 0, { enterprise })} findings={findings} />
        )}
      </Stack>
    </section>
  );
}
