import { NativeSelect, PasswordInput, Switch, Textarea, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import type { FieldDef } from '../../kapacitor/types';
import type { KeyPath } from '../../toml/types';
import type { FieldInput, MapRow } from './convert';
import { ListInput } from './ListInput';
import { MapEditor } from './MapEditor';

interface Props {
  field: FieldDef;
  /** the key's path (domId(path) is `id`); map fields give their entries the ids of the entries' paths */
  path: KeyPath;
  id: string;
  input: FieldInput;
  /** why the input was not written (it cannot be converted); shown by the input */
  error?: string;
  /** the document's value at this key has an error finding */
  invalid?: boolean;
  /** the finding shown at the field (its own element, id `${id}-finding`) */
  finding?: ReactNode;
  meta: ReactNode;
  onChange: (input: FieldInput) => void;
  onFocus: () => void;
}

const placeholders: Partial<Record<FieldDef['kind'], string>> = {
  duration: 'e.g. 10s, 1m30s',
  hostport: 'host:port, e.g. :9092',
  url: 'https://…',
  email: 'name@example.com',
  path: '/absolute/path',
};

/** One input for one key; its accessible name is the TOML key, its description the explanation. */
export function FieldControl({ field, path, id, input, error, invalid, finding, meta: facts, onChange, onFocus }: Props) {
  const common = {
    id,
    label: field.key,
    description: field.description,
    // true marks the input invalid without a message under it: the finding below says it, with its severity
    error: error ?? (invalid ? true : undefined),
    'aria-errormessage': !error && invalid ? `${id}-finding` : undefined,
    onFocus,
  };
  const meta = <>{finding}{facts}</>;
  switch (field.kind) {
    case 'boolean':
      return (
        <div>
          {/* a switch's <label> holds its description too: name it by the key alone, and describe it apart */}
          <Switch {...common} aria-label={field.key} aria-description={field.description}
            checked={input as boolean} onChange={(e) => onChange(e.currentTarget.checked)} />
          {meta}
        </div>
      );
    case 'enum': {
      const value = input as string;
      const options = field.options ?? [];
      const data = [
        ...(options.includes(value) || value === '' ? [] : [{ value, label: `${value} (not accepted)` }]),
        ...(options.includes('') ? [] : [{ value: '', label: '(empty)' }]),
        ...options.map((o) => ({ value: o, label: o === '' ? '(empty)' : o })),
      ];
      return (
        <div>
          <NativeSelect {...common} data={data} value={value} onChange={(e) => onChange(e.currentTarget.value)} />
          {meta}
        </div>
      );
    }
    case 'stringList':
      return (
        <div>
          <ListInput {...common} fieldKey={field.key} path={path} value={input as string[]} onChange={(v) => onChange(v)} splitChars={[',']}
            placeholder="Type an item, then Enter or comma" clearable={false} acceptValueOnBlur
            data={field.item === 'enum' ? [...(field.options ?? [])] : []} />
          {meta}
        </div>
      );
    case 'stringMap':
    case 'stringListMap':
      return (
        <div>
          <MapEditor field={field} path={path} rows={input as MapRow[]} onChange={onChange} onFocus={onFocus} error={error} descriptionId={`${id}-description`} />
          {meta}
        </div>
      );
    default: {
      // a value written over several lines (a """ string: a template, a message) keeps its line breaks
      if (field.kind === 'string' && !field.secret && typeof input === 'string' && input.includes('\n')) {
        return (
          <div>
            <Textarea {...common} value={input} autosize minRows={2} maxRows={12} autoComplete="off" spellCheck={false}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
              onChange={(e) => onChange(e.currentTarget.value)} />
            {meta}
          </div>
        );
      }
      const props = {
        ...common, value: input as string, placeholder: placeholders[field.kind], autoComplete: 'off', spellCheck: false,
        inputMode: field.kind === 'integer' || field.kind === 'float' ? ('decimal' as const) : undefined,
        onChange: (e: React.ChangeEvent<HTMLInputElement>) => onChange(e.currentTarget.value),
      };
      return (
        <div>
          {field.secret ? (
            // the reveal is a Tab stop of its own, named for its field: keyboard users can check what they typed
            <PasswordInput {...props} visibilityToggleFocusable visibilityToggleButtonProps={{ 'aria-label': `Show ${field.key}` }} />
          ) : <TextInput {...props} />}
          {meta}
        </div>
      );
    }
  }
}
