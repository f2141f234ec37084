import type { TomlDocument } from '../../toml/document';
import { tokenizeLine } from './highlight';
import { maskedLine, secretSpans } from './maskSecrets';
import classes from './TomlPreview.module.css';

/** How many lines of the document the warm-up builds: about what a first screen of the preview shows. */
const LINES = 60;

/** Runs the preview's per-line work on a document (secrets masked, lines tokenized) and lays out one line in each
 *  of its styles off screen, so the first real import finds the code compiled and the italic and bold monospace
 *  fonts loaded (loading them took 7-10 ms of the first import's frame). */
export function warmPreview(doc: TomlDocument): void {
  const spans = secretSpans(doc);
  for (let n = 1; n <= Math.min(LINES, doc.lineCount()); n++) tokenizeLine(maskedLine(doc, n, spans));
  if (typeof document === 'undefined' || !document.body) return;
  const box = document.createElement('pre');
  box.className = classes.code;
  box.setAttribute('aria-hidden', 'true');
  box.style.cssText = 'position:fixed;left:-10000px;top:0;visibility:hidden';
  for (const kind of ['comment', 'header', 'key', 'string', 'number', 'punct'] as const) {
    const span = document.createElement('span');
    span.className = classes[kind];
    span.textContent = `${kind} = [0.5] # x `;
    box.append(span);
  }
  document.body.append(box);
  void box.offsetWidth; // layout now, in idle time
  box.remove();
}
