import { plural } from '../../toml/text';
import { DraftSecretsToggle } from '../drafts/DraftKeeper';
import { memo, useEffect, useMemo, useRef } from 'react';
import type { Store } from '../../app/store';
import { useSettledState } from '../../app/settledDoc';
import { editCounts, problemCounts } from '../changes/sectionCounts';
import { originalValues } from '../changes/useOriginal';
import { useFindings } from '../problems/useFindings';
import classes from './SectionNav.module.css';
import { useEditor, useEditorStore } from '../../app/StoreContext';
import { sections } from '../../kapacitor/schema';
import type { SectionDef, SectionGroup } from '../../kapacitor/types';
import { sectionAnchor, sectionHeader } from '../section-form/sectionHeader';

const groupTitles: Record<SectionGroup, string> = {
  core: 'Core',
  enterprise: 'Enterprise',
  'influxdb-inputs': 'InfluxDB and inputs',
  'alert-handlers': 'Alert handlers',
  discovery: 'Discovery and scraping',
  'udf-tasks': 'UDFs and tasks',
};

interface LinkFacts { header: string; inFile: boolean; edited: number; errors: number; warnings: number }

/** One link per section, named by its TOML header, grouped as operators think of them. */
export function SectionNav() {
  // counts trail a keystroke by a frame (on a large file, until typing pauses): typing must not wait for sixty links
  const { doc, original: originalText } = useSettledState();
  const current = useEditor((s) => s.section);
  useHashNavigation(useEditorStore());
  const groups = Object.keys(groupTitles) as SectionGroup[];
  const original = originalValues(originalText, doc);
  const findings = useFindings();
  const edits = useMemo(() => editCounts(doc.values, original), [doc, original]);
  const problems = useMemo(() => problemCounts(findings, doc.values), [findings, doc]);
  const factsOf = (section: SectionDef): LinkFacts => {
    const p = problems.get(section.name);
    return {
      header: sectionHeader(section, doc),
      inFile: section.kind === 'root' || doc.get([section.name]) !== undefined,
      edited: edits.get(section.name) ?? 0,
      errors: p?.error ?? 0,
      warnings: p?.warning ?? 0,
    };
  };
  return (
    <nav aria-label="Sections" className={classes.nav}>
      {groups.map((group) => {
        const members = sections.filter((s) => s.group === group);
        if (members.length === 0) return null;
        return (
          <div key={group}>
            <p className={classes.group}>{groupTitles[group]}</p>
            <ul className={classes.list}>
              {members.map((section) => (
                <SectionLink key={sectionAnchor(section)} section={section} active={current === section.name} {...factsOf(section)} />
              ))}
            </ul>
          </div>
        );
      })}
      <div className={classes.foot}><DraftSecretsToggle /></div>
    </nav>
  );
}

function scrollIntoList(el: HTMLElement) {
  const list = el.closest('nav');
  if (!list) return;
  const [item, box] = [el.getBoundingClientRect(), list.getBoundingClientRect()];
  if (item.top < box.top) list.scrollTop -= box.top - item.top;
  else if (item.bottom > box.bottom) list.scrollTop += item.bottom - box.bottom;
}

function openSection(store: Store, section: SectionDef) {
  store.set({ section: section.name, activePath: section.kind === 'root' ? undefined : [section.name] });
}

/** A section's address (#http, #top-level) typed or changed by hand opens that section. */
function useHashNavigation(store: Store) {
  useEffect(() => {
    const onHash = () => {
      const anchor = decodeURIComponent(location.hash.replace(/^#/, ''));
      const section = sections.find((s) => sectionAnchor(s) === anchor);
      if (section && store.get().section !== section.name) openSection(store, section);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [store]);
}

/** Renders again only when what it shows changes. A plain link, not Mantine's NavLink: sixty of those took about
 *  25 ms to render again after an import, and this is the page's first paint too. */
const SectionLink = memo(function SectionLink({ section, active, header, inFile, edited, errors, warnings }: LinkFacts & { section: SectionDef; active: boolean }) {
  const store = useEditorStore();
  const anchor = sectionAnchor(section);
  const link = useRef<HTMLAnchorElement>(null);
  // a section opened by search or a problem shows its link too, wherever the list is scrolled. By scrollTop, not
  // scrollIntoView: that moved Chromium's Tab starting point to the link, so the first Tab skipped "Skip to forms"
  useEffect(() => { if (active && link.current) scrollIntoList(link.current); }, [active]);
  const facts = [edited ? `${edited} edited` : '', errors ? plural(errors, 'error') : '', warnings ? plural(warnings, 'warning') : '', inFile ? '' : 'defaults only'].filter(Boolean).join(', ');
  return (
    <li>
      <a ref={link} href={`#${anchor}`} className={classes.link} data-active={active || undefined}
        aria-label={header} aria-description={facts || undefined} title={facts || undefined}
        aria-current={active ? 'page' : undefined}
        onClick={(e) => {
          // Ctrl, Cmd, Shift or a middle click open the section in another tab or window, as links do
          if (e.ctrlKey || e.metaKey || e.shiftKey || e.altKey || e.button !== 0) return;
          e.preventDefault();
          openSection(store, section);
          history.replaceState(null, '', `#${anchor}`);
          // move focus to the section so Tab continues into its fields
          requestAnimationFrame(() => document.getElementById(`section-heading-${section.name || 'top-level'}`)?.focus());
        }}>
        <span className={classes.label} data-in-file={inFile || undefined}>{header}</span>
        <Counts edited={edited} errors={errors} warnings={warnings} />
      </a>
    </li>
  );
});

function Counts({ edited, errors, warnings }: { edited: number; errors: number; warnings: number }) {
  return (
    <span className={classes.counts} aria-hidden="true">
      {edited ? <span className={classes.edited}>{edited}✎</span> : null}
      {errors ? <span className={classes.errors}>{errors}</span> : null}
      {warnings ? <span className={classes.warnings}>{warnings}</span> : null}
    </span>
  );
}
