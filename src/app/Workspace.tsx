import { Alert, CloseButton, Loader, Stack } from '@mantine/core';
import { Suspense, lazy, memo, useEffect, useState } from 'react';
import { useEditor, useEditorStore } from './StoreContext';
import { sections } from '../kapacitor/schema';
import { TomlPreview } from '../features/preview/TomlPreview';
import { ProblemsPanel } from '../features/problems/ProblemsPanel';
import { EmptyStart } from '../features/import-export/EmptyStart';
import { ImportFailureAlert } from '../features/import-export/ImportFailureAlert';
import { ExportRefusedAlert } from '../features/import-export/ExportRefusedAlert';
import { ImportProgress } from '../features/import-export/ImportProgress';
import { VersionGuessNote } from '../features/import-export/VersionGuessNote';
import { DraftKeeper } from '../features/drafts/DraftKeeper';
import { loadForms } from '../features/section-form/loadForms';
import { preloadRest } from './preloadRest';
import classes from './Workspace.module.css';
import { FORMS_ID } from './SkipLink';

// The forms and the checker are chunks of their own, fetched right after the first paint (see preloadRest):
// the page, its import control, navigation and preview are usable before they arrive.
const SectionView = lazy(() => loadForms().then((m) => ({ default: m.SectionView })));

function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    const id = requestAnimationFrame(() => setTimeout(() => {
      setPainted(true);
      void preloadRest();
    }));
    return () => cancelAnimationFrame(id);
  }, []);
  return painted;
}

/** Memoised: the busy flag of an import renders the page's shell, and the workspace need not render with it. */
export const Workspace = memo(function Workspace() {
  const store = useEditorStore();
  const failure = useEditor((s) => s.importFailure);
  const notices = useEditor((s) => s.notices);
  const editError = useEditor((s) => s.editError);
  const sectionName = useEditor((s) => s.section);
  const section = sections.find((s) => s.name === sectionName) ?? sections[0];
  const formsWanted = useAfterFirstPaint();
  return (
    <div className={classes.workspace}>
      {/* the target of "Skip to forms": focusable by script only */}
      <div className={classes.forms} id={FORMS_ID} tabIndex={-1}>
        <Stack gap="sm" p="md">
          <ImportProgress />
          <VersionGuessNote />
          {failure ? <ImportFailureAlert failure={failure} /> : null}
          {editError ? (
            <Alert role="alert" color="red" variant="light" title="Edit not applied"
              withCloseButton onClose={() => store.set({ editError: undefined })} closeButtonLabel="Dismiss">
              {editError}
            </Alert>
          ) : null}
          <ExportRefusedAlert />
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
          {formsWanted ? (
            <Suspense fallback={<Loader size="sm" role="status" aria-label="Loading the forms" />}>
              <SectionView key={section.name} section={section} />
            </Suspense>
          ) : null}
        </Stack>
      </div>
      <div className={classes.side}>
        <div className={classes.preview}><TomlPreview /></div>
        <div className={classes.problems}><ProblemsPanel /></div>
      </div>
    </div>
  );
});
