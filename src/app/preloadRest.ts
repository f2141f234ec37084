// The code that is not needed for the first paint (forms, checker, search, diff, "Export as…") is fetched right
// after it, while the page is idle. Once it has arrived the page needs the network for nothing: it keeps working
// offline, and "no request after load" holds. <html data-loaded="all"> tells when that point is reached.
import { loadForms } from '../features/section-form/loadForms';
import { loadChecker } from '../features/problems/useFindings';
import { loadKeySearchDialog } from '../features/search/KeySearch';
import { loadDiffView } from '../features/diff/DiffButton';
import { loadOutputsDialog } from '../features/outputs/OutputsButton';
import { loadSample183 } from '../kapacitor/samples';
import { allFields } from '../kapacitor/schema';
import { startCheckWorker } from '../features/problems/remoteFindings';
import { loadPasteDialog, loadPresetItems, loadSharedLinkPrompt } from '../features/import-export/ImportControls';
import { startParseWorker } from '../features/import-export/readInWorker';
import { prewarmDocumentModel, whenIdle } from './prewarm';

let started: Promise<void> | undefined;

export function preloadRest(): Promise<void> {
  started ??= Promise.allSettled([loadForms(), loadChecker(), loadKeySearchDialog(), loadDiffView(), loadOutputsDialog(), loadSample183(), loadPresetItems(), loadPasteDialog(), loadSharedLinkPrompt(), import('../toml/full-ast'), import('../features/import-export/repairOffer')])
    .then(() => {
      // the Workers' scripts too: a large import or check later needs no request
      startCheckWorker();
      startParseWorker();
      void import('../kapacitor/zod').then(({ prewarmZod }) => prewarmZod(allFields().map((f) => f.field), whenIdle));
      void prewarmDocumentModel();
      document.documentElement.dataset.loaded = 'all';
    });
  return started;
}
