// Checks a large document off the page's thread: parse the text, run every rule, send the findings back.
import { findProblems } from '../../kapacitor/findings';
import { parseDocument, type TomlDocument } from '../../toml/document';
import '../../toml/full-ast';
import type { CheckRequest, CheckResponse } from './remoteFindings';
import { secretsBlanked } from '../../kapacitor/outputs/share';

let last: TomlDocument | undefined;

/** The parse of `text`, kept for the next request: a draft and a check (or a change of version) ask for the same text. */
function docOf(text: string): TomlDocument {
  const doc = last?.text === text ? last : parseDocument(text);
  last = doc;
  return doc;
}

self.onmessage = (event: MessageEvent<CheckRequest>) => {
  const { id, text } = event.data;
  let response: CheckResponse;
  if ('blank' in event.data) {
    try {
      response = { id, blanked: secretsBlanked(docOf(text)) };
    } catch (e) {
      response = { id, failed: (e as Error).message };
    }
    (self as unknown as Worker).postMessage(response);
    return;
  }
  const { options } = event.data;
  try {
    const doc = docOf(text);
    response = { id, findings: findProblems({ values: doc.values, text: doc.text, lineOf: (p) => doc.lineOf(p), tables: doc.tables }, options) };
  } catch (e) {
    response = { id, findings: [{ severity: 'error', rule: 'internal', path: [], message: `The checker failed: ${(e as Error).message}` }] };
  }
  (self as unknown as Worker).postMessage(response);
};
