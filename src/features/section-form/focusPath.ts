import type { Store } from '../../app/store';
import { sections } from '../../kapacitor/schema';
import type { KeyPath } from '../../toml/types';
import { domId } from './domId';

/** Shows the section that holds `path`, then focuses the field (or its closest ancestor on screen). */
export function focusPath(store: Store, path: KeyPath): void {
  const first = path[0];
  const section = sections.find((s) => s.kind !== 'root' && s.name === first) ? String(first) : '';
  store.set({ section, activePath: path });
  requestAnimationFrame(() => requestAnimationFrame(() => {
    for (let n = path.length; n > 0; n--) {
      const el = document.getElementById(domId(path.slice(0, n)));
      if (el) {
        el.scrollIntoView({ block: 'center' });
        el.focus();
        return;
      }
    }
  }));
}
