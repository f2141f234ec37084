import { Fieldset, Stack } from '@mantine/core';
import { memo, useContext, useEffect, useMemo } from 'react';
import { Controller, useForm, type Control, type Resolver } from 'react-hook-form';
import { useEditor, useEditorStore } from '../../app/StoreContext';
import type { FieldDef } from '../../kapacitor/types';
import type { KeyPath, TomlValue } from '../../toml/types';
import type { TomlDocument } from '../../toml/document';
import { pathKey } from '../../toml/values';
import { fromInput, isTable, toInput, type FieldInput } from './convert';
import { CommitContext } from './commit';
import { FieldControl } from './FieldControl';
import { domId } from './domId';
import { FieldMeta, TableFieldIntro } from './FieldMeta';
import { TableMapEditor } from './TableMapEditor';
import { validateInput } from './validateInput';
import { FieldFinding } from './FieldFinding';
import { useFieldFindings } from './fieldFindings';

interface Props {
  fields: readonly FieldDef[];
  basePath: KeyPath;
  /** default for a key missing from the file; keep it the same function between renders (useCallback) */
  defaultOf: (field: FieldDef) => TomlValue | undefined;
}

type FormValues = Record<string, FieldInput>;

export const schemaDefault = (f: FieldDef) => f.default;

/** The keys the file has in the table at `basePath`, as one string: a keystroke changes a value, not this. */
function keysIn(doc: TomlDocument, basePath: KeyPath): string {
  const table = basePath.length === 0 ? doc.values : doc.get(basePath);
  return isTable(table) ? Object.keys(table).join('\u0000') : '';
}

const sameProps = (a: Props, b: Props) => a.fields === b.fields && a.defaultOf === b.defaultOf && pathKey(a.basePath) === pathKey(b.basePath);

/** The fields of one table (a section, an array entry, or a nested table), as one react-hook-form form.
 *  A keystroke renders again only its own field: the form re-reads the document only when it is remounted. */
export const SectionFields = memo(function SectionFields({ fields, basePath, defaultOf }: Props) {
  const store = useEditorStore();
  const baseKey = pathKey(basePath);
  const keys = useEditor((s) => keysIn(s.doc, basePath));
  const present = useMemo(() => new Set(keys === '' ? [] : keys.split('\u0000')), [keys]);
  const scalar = useMemo(() => fields.filter((f) => f.kind !== 'table' && f.kind !== 'tableMap'), [fields]);
  const paths = useMemo(() => new Map(fields.map((f) => [f.key, [...basePath, f.key] as KeyPath])),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [fields, baseKey]);
  const defaults = useMemo(() => new Map(fields.map((f) => [f.key, defaultOf(f)])), [fields, defaultOf]);

  // an input that was not written (store.unwritten) comes back when the field mounts again, with its error
  const pending = useMemo(() => {
    const unwritten = store.get().unwritten;
    return scalar.filter((f) => unwritten[pathKey([...basePath, f.key])] !== undefined);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const defaultValues = useMemo(() => {
    const out: FormValues = {};
    const { doc, unwritten } = store.get();
    const table = basePath.length === 0 ? doc.values : doc.get(basePath);
    const values = isTable(table) ? table : {};
    for (const f of scalar) out[f.key] = toInput(f, Object.hasOwn(values, f.key) ? values[f.key] : defaultOf(f));
    for (const f of pending) out[f.key] = unwritten[pathKey([...basePath, f.key])].input as FieldInput;
    return out;
    // read once per mount: forms are remounted when the document is replaced from outside
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const resolver: Resolver<FormValues> = async (input) => {
    const errors: Record<string, { type: string; message: string }> = {};
    for (const f of scalar) {
      const message = validateInput(f, input[f.key]);
      if (message) errors[f.key] = { type: 'validate', message };
    }
    return { values: Object.keys(errors).length ? {} : input, errors } as never;
  };

  const { control, trigger } = useForm<FormValues>({ defaultValues, resolver, mode: 'onChange' });
  useEffect(() => {
    if (pending.length > 0) void trigger(pending.map((f) => f.key));
  }, [pending, trigger]);

  return (
    <Stack gap="md">
      {fields.map((field) => {
        const path = paths.get(field.key)!;
        if (field.kind === 'table') {
          return (
            <Fieldset key={field.key} legend={field.key} aria-describedby={`${domId(path)}-description`}>
              <TableFieldIntro field={field} path={path} descriptionId={`${domId(path)}-description`} />
              <SectionFields fields={field.fields ?? []} basePath={path} defaultOf={schemaDefault} />
            </Fieldset>
          );
        }
        if (field.kind === 'tableMap') {
          return <TableMapEditor key={field.key} field={field} path={path} />;
        }
        return <FieldRow key={field.key} field={field} path={path} control={control} inFile={present.has(field.key)} defaultValue={defaults.get(field.key)} />;
      })}
    </Stack>
  );
}, sameProps);

interface RowProps {
  field: FieldDef;
  path: KeyPath;
  control: Control<FormValues>;
  inFile: boolean;
  defaultValue: TomlValue | undefined;
}

/** One field: renders again when its input, its finding, or whether the file has it changes. */
const FieldRow = memo(function FieldRow({ field, path, control, inFile, defaultValue }: RowProps) {
  const store = useEditorStore();
  const commit = useContext(CommitContext);
  const found = useFieldFindings(path);
  return (
    <Controller name={field.key} control={control}
      render={({ field: f, fieldState }) => {
        // while the input cannot be written, findings (about the value in the file) would mislead; once it is
        // written, an error finding says what the input check says, with its fix
        const written = fromInput(field, f.value).ok;
        const shown = written ? found : undefined;
        const invalid = shown?.top.severity === 'error';
        const id = domId(path);
        return (
          <FieldControl field={field} path={path} id={id} input={f.value} error={invalid ? undefined : fieldState.error?.message} invalid={invalid}
            finding={shown ? <FieldFinding findings={shown} id={`${id}-finding`} /> : null}
            meta={<FieldMeta field={field} path={path} inFile={inFile} defaultValue={defaultValue} />}
            onFocus={() => store.set({ activePath: path })}
            onChange={(input) => {
              f.onChange(input);
              if (store.get().activePath !== path) store.set({ activePath: path });
              const converted = fromInput(field, input);
              // an input that is not written is noted, so export refuses rather than write the old value
              if (!converted.ok) store.setUnwritten(path, { input, message: converted.message });
              else if (commit(store, path, converted.value, field.kind === 'float')) store.setUnwritten(path, undefined);
              else store.setUnwritten(path, { input, message: store.get().editError ?? 'the edit was refused' });
            }} />
        );
      }} />
  );
});
