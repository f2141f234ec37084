import { Fieldset, Stack } from '@mantine/core';
import { memo, useContext, useEffect, useMemo } from 'react';
import { Controller, useForm, type Resolver } from 'react-hook-form';
import { useEditor, useEditorStore } from '../../app/StoreContext';
import type { FieldDef } from '../../kapacitor/types';
import type { KeyPath, TomlTable, TomlValue } from '../../toml/types';
import { pathKey } from '../../toml/values';
import { fromInput, isTable, toInput, type FieldInput } from './convert';
import { CommitContext } from './commit';
import { FieldControl } from './FieldControl';
import { domId } from './domId';
import { FieldMeta } from './FieldMeta';
import { TableMapEditor } from './TableMapEditor';
import { validateInput } from './validateInput';
import { FieldFinding } from './FieldFinding';
import { findingsAt, type FieldFindings } from './fieldFindings';

interface Props {
  fields: readonly FieldDef[];
  basePath: KeyPath;
  /** default for a key missing from the file */
  defaultOf: (field: FieldDef) => TomlValue | undefined;
  /** findings by path prefix (findingsByPrefix) */
  findings: Map<string, FieldFindings>;
}

type FormValues = Record<string, FieldInput>;

/** The fields of one table (a section, an array entry, or a nested table), as one react-hook-form form. */
export const SectionFields = memo(function SectionFields({ fields, basePath, defaultOf, findings }: Props) {
  const store = useEditorStore();
  const commit = useContext(CommitContext);
  const table = useEditor((s) => (basePath.length === 0 ? s.doc.values : s.doc.get(basePath)));
  const values: TomlTable = isTable(table) ? table : {};
  const scalar = fields.filter((f) => f.kind !== 'table' && f.kind !== 'tableMap');

  // an input that was not written (store.unwritten) comes back when the field mounts again, with its error
  const pending = useMemo(() => {
    const unwritten = store.get().unwritten;
    return scalar.filter((f) => unwritten[pathKey([...basePath, f.key])] !== undefined);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const defaultValues = useMemo(() => {
    const out: FormValues = {};
    const unwritten = store.get().unwritten;
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
        const path = [...basePath, field.key];
        const inFile = Object.hasOwn(values, field.key);
        const found = findingsAt(findings, path);
        if (field.kind === 'table') {
          return (
            <Fieldset key={field.key} legend={field.key}>
              <SectionFields fields={field.fields ?? []} basePath={path} defaultOf={(f) => f.default} findings={findings} />
            </Fieldset>
          );
        }
        if (field.kind === 'tableMap') {
          return <TableMapEditor key={field.key} field={field} path={path} findings={findings} />;
        }
        return (
          <Controller key={field.key} name={field.key} control={control}
            render={({ field: f, fieldState }) => {
              // while the input cannot be written, findings (about the value in the file) would mislead; once it is
              // written, an error finding says what the input check says, with its fix
              const written = fromInput(field, f.value).ok;
              const shown = written ? found : undefined;
              const invalid = shown?.top.severity === 'error';
              const id = domId(path);
              return (
                <FieldControl field={field} id={id} input={f.value} error={invalid ? undefined : fieldState.error?.message} invalid={invalid}
                  finding={shown ? <FieldFinding findings={shown} id={`${id}-finding`} /> : null}
                  meta={<FieldMeta field={field} path={path} inFile={inFile} defaultValue={defaultOf(field)} />}
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
      })}
    </Stack>
  );
});
