import { Alert, CloseButton, Stack } from '@mantine/core';
import { useEditor, useEditorStore } from './StoreContext';
import { sections } from '../kapacitor/schema';
import { SectionView } from '../features/section-form/SectionView';
import { TomlPreview } from '../features/preview/TomlPreview';
import { ProblemsPanel } from '../features/problems/ProblemsPanel';
import { EmptyStart } from '../features/import-export/EmptyStart';
import { DraftKeeper } from '../features/drafts/DraftKeeper';
import classes from './Workspace.module.css';

export function Workspace() {
  const store = useEditorStore();
  const failure = useEditor((s) => s.importFailure);
  const notices = useEditor((s) => s.notices);
  const editError = useEditor((s) => s.editError);
  const sectionName = useEditor((s) => s.section);
  const section = sections.find((s) => s.name === sectionName) ?? sections[0];
  return (
    <div className={classes.workspace}>
      <div className={classes.forms}>
        <Stack gap="sm" p="md">
          {failure ? (
            <Alert role="alert" color="red" variant="light" title={`Could not import ${failure.source}`}
              withCloseButton onClose={() => store.set({ importFailure: undefined })} closeButtonLabel="Dismiss">
              Line {failure.line}, column {failure.column}: {failure.message.replace(/^Line \d+, column \d+: /, '')}
              {' '}The document that was open has not changed.
            </Alert>
          ) : null}
          {editError ? (
            <Alert role="alert" color="red" variant="light" title="Edit not applied"
              withCloseButton onClose={() => store.set({ editError: undefined })} closeButtonLabel="Dismiss">
              {editError}
            </Alert>
          ) : null}
          {notices.map((n, i) => (
            <Alert key={i} role="status" color="yellow" variant="light" title="Note about this file">
              <Stack gap={0}>
                {n}
                <CloseButton aria-label="Dismiss note" size="sm" style={{ alignSelf: 'flex-end' }}
                  onClick={() => store.set({ notices: notices.filter((_, j) => j !== i) })} />
              </Stack>
            </Alert>
          ))}
          <DraftKeeper />
          <EmptyStart />
          <SectionView key={section.name} section={section} />
        </Stack>
      </div>
      <div className={classes.side}>
        <div className={classes.preview}><TomlPreview /></div>
        <div className={classes.problems}><ProblemsPanel /></div>
      </div>
    </div>
  );
}
