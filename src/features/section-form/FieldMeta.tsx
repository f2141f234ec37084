import { Box, Group, Text } from '@mantine/core';
import { memo, useState } from 'react';
import { useEditor, useEditorStore } from '../../app/StoreContext';
import type { Store } from '../../app/store';
import { useOriginalValues } from '../changes/useOriginal';
import { originalPathOf } from '../changes/originalPath';
import { removeValue, setValue } from '../../toml/edit';
import { deepEqual } from '../../toml/equal';
import { getIn } from '../../toml/values';
import type { TomlTable, TomlValue } from '../../toml/types';
import type { FieldDef } from '../../kapacitor/types';
import { canSetFromEnv, envVarName } from '../../kapacitor/env';
import { formatValue } from '../../toml/format';
import type { KeyPath } from '../../toml/types';
import { domId } from './domId';
import classes from './FieldMeta.module.css';

interface Props {
  field: FieldDef;
  path: KeyPath;
  inFile: boolean;
  /** what applies when the key is missing here (effectiveDefault: entry count, Enterprise) */
  defaultValue: TomlValue | undefined;
}

/** The facts under a field: Kapacitor's default, its environment variable, the release it came with, and the
 *  longer help behind "More" (the accessible description stays the one-line description). Plain elements, not
 *  Mantine's Badge, Button and Text: every field has this, and they were a third of a form's render time. */
export const FieldMeta = memo(function FieldMeta({ field, path, inFile, defaultValue }: Props) {
  const store = useEditorStore();
  const originals = useOriginalValues();
  // an entry moved or copied is compared with its imported self (by name), not with whatever was imported there;
  // a key the import did not have resets to absent; an entry with no imported counterpart has nothing to reset to
  const importedPath = (values: TomlTable) => originalPathOf(originals, values, path);
  const hasOriginal = useEditor((s) => importedPath(s.doc.values) !== undefined);
  // booleans, not the value: a keystroke renders these facts again only when one of them flips
  const changed = useEditor((s) => {
    const at = importedPath(s.doc.values);
    return !deepEqual(s.doc.get(path), at && getIn(originals, at));
  });
  const atDefault = useEditor((s) => defaultValue === undefined || deepEqual(s.doc.get(path), defaultValue));
  const [helpOpen, setHelpOpen] = useState(false);
  const helpId = `${domId(path)}-help`;
  // a required key whose built-in default is empty (data_dir): "the default" is what stops Kapacitor
  const noDefault = field.required === true && (defaultValue === '' || (Array.isArray(defaultValue) && defaultValue.length === 0));
  // the button that did its job goes away: the field it acted on takes the focus
  const reset = (value: TomlValue | undefined) => {
    resetTo(store, path, value);
    requestAnimationFrame(() => document.getElementById(domId(path))?.focus());
  };
  return (
    <>
      <div className={classes.facts}>
        {changed ? (
          <>
            <span className={classes.badge} data-kind="changed">changed</span>
            {hasOriginal ? (
              <button type="button" className={classes.action} aria-label={`Reset ${field.key} to the imported value`}
                onClick={() => { const at = importedPath(store.get().doc.values); reset(at && getIn(originals, at)); }}>
                Reset to imported
              </button>
            ) : null}
          </>
        ) : null}
        {inFile && !atDefault && !noDefault ? (
          <button type="button" className={classes.action} data-dimmed aria-label={`Reset ${field.key} to Kapacitor's default`}
            onClick={() => reset(undefined)}>
            Use default
          </button>
        ) : null}
        {inFile ? null : <span className={classes.badge} data-kind="default">default</span>}
        {noDefault ? <span>No default: required</span>
          : defaultValue !== undefined && field.kind !== 'table' && field.kind !== 'tableMap' ? (
            <span>Default: <code>{field.secret ? '""' : formatValue(defaultValue)}</code></span>
          ) : null}
        {canSetFromEnv(field) && field.kind !== 'table' ? (
          <span>{envNames(field, path).map((name, i) => <span key={name}>{i ? ' or ' : ''}<code>{name}</code></span>)}</span>
        ) : (
          <span>not settable from the environment</span>
        )}
        <span>since {field.since ?? '1.5 or earlier'}</span>
        {field.enterprise ? <span className={classes.badge} data-kind="enterprise">Enterprise</span> : null}
        {field.help ? <MoreButton field={field} open={helpOpen} helpId={helpId} onToggle={() => setHelpOpen((o) => !o)} /> : null}
      </div>
      {field.help ? <HelpText field={field} open={helpOpen} helpId={helpId} /> : null}
    </>
  );
});

/** The description and the "More" help of a field that holds other fields (httppost basic-auth, the functions of
 *  [udf]): what FieldMeta shows under a single key, less what belongs to keys (default, variable). */
export function TableFieldIntro({ field, path, descriptionId }: { field: FieldDef; path: KeyPath; descriptionId?: string }) {
  const [helpOpen, setHelpOpen] = useState(false);
  const helpId = `${domId(path)}-help`;
  return (
    <Box mb="sm">
      <Group gap={6} wrap="wrap" align="baseline">
        <Text id={descriptionId} size="sm" c="dimmed">{field.description}</Text>
        {field.help ? <MoreButton field={field} open={helpOpen} helpId={helpId} onToggle={() => setHelpOpen((o) => !o)} /> : null}
      </Group>
      {field.help ? <HelpText field={field} open={helpOpen} helpId={helpId} /> : null}
    </Box>
  );
}

function MoreButton({ field, open, helpId, onToggle }: { field: FieldDef; open: boolean; helpId: string; onToggle: () => void }) {
  return (
    <button type="button" className={classes.action} aria-expanded={open} aria-controls={helpId} aria-label={`More about ${field.key}`}
      onClick={onToggle}>
      More <span aria-hidden className={classes.chevron} data-open={open || undefined}>▸</span>
    </button>
  );
}

function HelpText({ field, open, helpId }: { field: FieldDef; open: boolean; helpId: string }) {
  return <div id={helpId} className={classes.help} hidden={!open}>{field.help}</div>;
}

/** The variables that set this key at this path: list items and map entries are one variable each (…_TO_0,
 *  …_HEADERS_<key>), and some keys have documented aliases (KAPACITOR_LICENSE_KEY). */
export function envNames(field: FieldDef, path: KeyPath): string[] {
  const name = field.kind === 'stringList' ? `${envVarName([...path, 0])}, _1, …`
    : field.kind === 'stringMap' ? `${envVarName(path)}_<key>`
    : envVarName(path);
  return [name, ...(field.envAliases ?? [])];
}

/** Puts back the imported value, or removes the key so Kapacitor's default applies; forms re-read the document. */
function resetTo(store: Store, path: KeyPath, value: TomlValue | undefined) {
  const { doc } = store.get();
  try {
    store.clearUnwritten(path);
    store.applyEdit(value === undefined ? removeValue(doc, path) : setValue(doc, path, value), true);
  } catch (e) {
    store.set({ editError: `Could not reset ${path.join('.')}: ${(e as Error).message}` });
  }
}
