import type { KeyPath } from '../../toml/types';

/** A key path as operators read it: http.bind-address, influxdb[0].urls, "odd key" quoted. */
export function formatPath(path: KeyPath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else {
      const key = /^[A-Za-z0-9_-]+$/.test(part) ? part : JSON.stringify(part);
      out += out === '' ? key : `.${key}`;
    }
  }
  return out || '(document)';
}
