import { Box, Group, Switch, Text } from '@mantine/core';
import { plural } from '../../toml/text';
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useEditor, useEditorStore } from '../../app/StoreContext';
import { focusPath } from '../section-form/focusPath';
import { pathAtLine } from './pathAtLine';
import { tokenizeLine } from './highlight';
import { MASK_BY_LINE_CHARS, maskedLine, secretSpans } from './maskSecrets';
import { setShowSecrets, useShowSecrets } from './showSecrets';
import { useFindings } from '../problems/useFindings';
import classes from './TomlPreview.module.css';

const LINE_HEIGHT = 20;
const OVERSCAN = 15;

/** The document's text, virtualised so a 10,000-line file scrolls smoothly; it follows the field being edited. */
export function TomlPreview() {
  const doc = useEditor((s) => s.doc);
  const showSecrets = useShowSecrets();
  // secrets are masked in what is shown, never in what is exported or copied; only the lines on screen are built
  const spans = useMemo(() => (showSecrets || doc.text.length >= MASK_BY_LINE_CHARS ? undefined : secretSpans(doc)), [doc, showSecrets]);
  const lineText = (n: number) => (showSecrets ? doc.lineAt(n).text : maskedLine(doc, n, spans));
  const lineCount = doc.lineCount();
  const activeLine = useEditor((s) => (s.activePath ? s.doc.nearestLine(s.activePath) : undefined));
  const findings = useFindings();
  const problemLines = useMemo(() => {
    const m = new Map<number, string>();
    for (const f of findings) if (f.line !== undefined && (f.severity === 'error' || !m.has(f.line))) m.set(f.line, f.severity);
    return m;
  }, [findings]);
  const store = useEditorStore();
  const openLine = useCallback((n: number) => {
    const path = pathAtLine(store.get().doc, n);
    if (path) focusPath(store, path);
  }, [store]);
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setHeight(el.clientHeight));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  useEffect(() => {
    const el = scroller.current;
    if (!el || activeLine === undefined) return;
    const top = (activeLine - 1) * LINE_HEIGHT;
    if (top < el.scrollTop || top > el.scrollTop + el.clientHeight - LINE_HEIGHT * 2) {
      el.scrollTop = Math.max(0, top - el.clientHeight / 3);
      setScrollTop(el.scrollTop);
    }
  }, [activeLine]); // not on every keystroke: reading scrollTop there forced a layout before the frame

  const first = Math.max(0, Math.floor(scrollTop / LINE_HEIGHT) - OVERSCAN);
  const last = Math.min(lineCount, Math.ceil((scrollTop + height) / LINE_HEIGHT) + OVERSCAN);
  const gutter = String(lineCount).length;

  return (
    <Box component="section" aria-label="TOML preview" className={classes.root}>
      <PreviewBar showSecrets={showSecrets} lineCount={lineCount} activeLine={activeLine} />
      <div ref={scroller} className={classes.scroller} tabIndex={0} role="group" aria-label="TOML text"
        onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}>
        <div style={{ height: lineCount * LINE_HEIGHT, position: 'relative' }}>
          <pre className={classes.code} style={{ top: first * LINE_HEIGHT }}>
            {Array.from({ length: Math.max(0, last - first) }, (_, i) => {
              const n = first + i + 1;
              return <PreviewLine key={n} n={n} text={lineText(n)} active={n === activeLine} problem={problemLines.get(n)} gutter={gutter} onOpen={openLine} />;
            })}
          </pre>
        </div>
      </div>
    </Box>
  );
}

/** The preview's title bar: memoised, so a keystroke that keeps the line count renders none of it. */
const PreviewBar = memo(function PreviewBar({ showSecrets, lineCount, activeLine }: { showSecrets: boolean; lineCount: number; activeLine: number | undefined }) {
  return (
    <Group justify="space-between" px="sm" py={6} className={classes.bar}>
      <Text size="sm" fw={600}>Preview</Text>
      <Group gap="sm" wrap="nowrap">
        <Switch size="xs" label="Show secrets" checked={showSecrets}
          onChange={(e) => setShowSecrets(e.currentTarget.checked)} />
        <Text size="xs" c="dimmed">{plural(lineCount, 'line')}{activeLine ? ` · line ${activeLine}` : ''}</Text>
      </Group>
    </Group>
  );
});

interface LineProps { n: number; text: string; active: boolean; problem: string | undefined; gutter: number; onOpen: (n: number) => void }

/** One line of the preview: a keystroke renders again only the line it changed. */
const PreviewLine = memo(function PreviewLine({ n, text, active, problem, gutter, onOpen }: LineProps) {
  return (
    <div className={classes.line} data-line={n} data-active={active || undefined} data-problem={problem} onClick={() => onOpen(n)}>
      <span className={classes.num} aria-hidden="true">{String(n).padStart(gutter, ' ')}</span>
      <span className={classes.text}>{text === '' ? ' ' : tokenizeLine(text).map((t, k) => (t.kind === 'text' ? t.text : <span key={k} className={classes[t.kind]}>{t.text}</span>))}</span>
    </div>
  );
});
