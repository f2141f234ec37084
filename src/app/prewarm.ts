// The first import of a page used to run the parser and the checker cold (not yet compiled by the JavaScript
// engine): about twice as slow as every import after it. Once the page is idle, one pass over Kapacitor's own
// sample warms them up, so the operator's first file opens as fast as the later ones. The result is thrown away.
import { parseDocument } from '../toml/document';
import { loadSample183 } from '../kapacitor/samples';
import { computeFindings, loadChecker } from '../features/problems/useFindings';
import { setValue } from '../toml/edit';

type Idle = (work: () => void) => void;

export const whenIdle: Idle = (work) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => work(), { timeout: 2000 }) : setTimeout(work, 0));

export async function prewarmDocumentModel(idle: Idle = whenIdle): Promise<void> {
  const [text] = await Promise.all([loadSample183(), loadChecker()]);
  await new Promise<void>((done) => idle(() => {
    const doc = parseDocument(text);
    idle(() => {
      computeFindings(setValue(doc, ['hostname'], 'prewarm'), { version: '1.8', enterprise: false });
      done();
    });
  }));
}
