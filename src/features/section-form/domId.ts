import type { KeyPath } from '../../toml/types';

/** The DOM id of a key's field: the link from problems, search and preview lines to the form. */
export function domId(path: KeyPath): string {
  return `field-${path.map((p) => String(p).replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.charCodeAt(0)}`)).join('--')}`;
}
