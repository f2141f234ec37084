// Checks a large document off the page's thread: parse the text, run every rule, send the findings back.
import { findProblems } from '../../kapacitor/findings';
import { parseDocument, type TomlDocument } from '../../toml/document';
import '../../toml/full-ast';
import type { CheckRequest, CheckResponse } from './remoteFindings';

let last: TomlDocument | undefined;

self.onmessage = (event: MessageEvent<CheckRequest>) => {
  const { id, text, options } = event.data;
  let response: CheckResponse;
  try {
    // a change of version or Enterprise checks the same text again
    const doc = last?.text === text ? last : parseDocument(text);
    last = doc;
    response = { id, findings: findProblems({ values: doc.values, text: doc.text, lineOf: (p) => doc.lineOf(p), tables: doc.tables }, options) };
  } catch (e) {
    response = { id, findings: [{ severity: 'error', rule: 'internal', path: [], message: `The checker failed: ${(e as Error).message}` }] };
  }
  (self as unknown as Worker).postMessage(response);
};
