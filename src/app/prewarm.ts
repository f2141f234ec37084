// The first import of a page used to run everything cold: the parser, the checker, the version guess and the
// preview's line work not yet compiled by the JavaScript engine, and the preview's fonts (italic and bold monospace)
// not yet loaded. It took about twice as long as every import after it. Once the page is idle, Kapacitor's own
// sample goes through the same steps twice (an engine compiles a function well only once it has run), and the
// preview lays out one line in each of its styles. Every result is thrown away.
import { loadSample183 } from '../kapacitor/samples';
import { guessVersion } from '../kapacitor/version';
import { computeFindings, loadChecker } from '../features/problems/useFindings';
import { readDocument } from '../features/import-export/readDocument';
import { warmPreview } from '../features/preview/warmPreview';
import { setValue } from '../toml/edit';
import type { TomlDocument } from '../toml/document';

type Idle = (work: () => void) => void;

export const whenIdle: Idle = (work) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => work(), { timeout: 2000 }) : setTimeout(work, 0));

/** How many times the sample is read and checked. */
export const PREWARM_PASSES = 2;

export async function prewarmDocumentModel(idle: Idle = whenIdle): Promise<void> {
  const [text] = await Promise.all([loadSample183(), loadChecker()]);
  const bytes = new TextEncoder().encode(text);
  const slot = (work: () => void) => new Promise<void>((done) => idle(() => { work(); done(); }));
  for (let pass = 0; pass < PREWARM_PASSES; pass++) {
    let doc: TomlDocument | undefined;
    await slot(() => { doc = readDocument(bytes).doc; });
    await slot(() => {
      guessVersion(doc!.values);
      warmPreview(doc!);
    });
    await slot(() => computeFindings(setValue(doc!, ['hostname'], 'prewarm'), { version: '1.8', enterprise: false }));
  }
}
